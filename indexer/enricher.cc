// Article enrichment between the readers and the document builder; see enricher.h.
#include "enricher.h"

#include <set>

#include "vnsearch/schema/text.h"
#include "vnsearch/schema/date.h"
#include "vnsearch/schema/layout.h"

namespace vnsearch::indexer {
namespace {

using schema::collapse_spaces;

// Each paragraph with its spaces collapsed, blank lines dropped: "one paragraph a line".
std::string clean_body(std::string_view text) {
    std::string body;
    for (auto line : schema::split_lines(text)) {
        std::string paragraph = collapse_spaces(line);
        if (paragraph.empty()) continue;
        if (!body.empty()) body += '\n';
        body += paragraph;
    }
    return body;
}

}  // namespace

Enricher::Enricher(const std::filesystem::path& data_dir)
    : catalog_(data_dir.empty() ? OrgCatalog::load_default() : OrgCatalog::load(data_dir)),
      extractor_(catalog_) {}

std::vector<std::string> Enricher::organizations(const schema::Article& article) const {
    std::vector<std::string> given;
    if (!article.source.empty()) given.push_back(article.source);
    given.insert(given.end(), article.orgs.begin(), article.orgs.end());
    std::vector<std::string> orgs;
    std::set<std::string> keys;  // the extractor merges by name; the index keys by Layout::org_term
    for (auto& org : extractor_.extract(article.title + "\n" + article.body, given)) {
        if (keys.insert(schema::Layout::org_term(org)).second) orgs.push_back(std::move(org));
    }
    return orgs;
}

schema::Article Enricher::enrich(RawArticle raw, const Warn& warn) const {
    schema::Article article = std::move(raw.article);
    article.title = collapse_spaces(article.title);
    article.source = collapse_spaces(article.source);
    article.category = collapse_spaces(article.category);
    article.body = clean_body(article.body);
    for (auto& org : article.orgs) org = collapse_spaces(org);
    try {
        article.date = schema::parse_date(raw.raw_date);
    } catch (const schema::DateError& error) {
        warn(ReadError{raw.date_origin, std::string("bad date, indexed without one: ") + error.what()});
        article.date.reset();
    }
    article.orgs = organizations(article);
    return article;
}

}  // namespace vnsearch::indexer
