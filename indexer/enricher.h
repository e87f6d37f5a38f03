// Turns what a reader found into the article that gets indexed: white space cleaned (the readers
// already gave NFC text and trimmed ids), the raw date parsed (a bad date is reported and dropped, the
// article kept), organizations listed.
#pragma once

#include <filesystem>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "readers/raw_article.h"
#include "vnsearch/schema/article.h"
#include "orgs/org_catalog.h"
#include "orgs/org_extractor.h"

namespace vnsearch::indexer {

class Enricher {
public:
    using Warn = std::function<void(const ReadError&)>;

    // data_dir holds the organization data (orgs/data); empty means OrgCatalog::load_default().
    // Throws std::runtime_error (naming file and line) when the data cannot be used.
    explicit Enricher(const std::filesystem::path& data_dir = {});
    Enricher(const Enricher&) = delete;  // the extractor refers to the catalog
    Enricher& operator=(const Enricher&) = delete;

    schema::Article enrich(RawArticle raw, const Warn& warn) const;

    // Canonical publisher first, then the input's own orgs, then organizations named in the title
    // and body; each once (see OrgExtractor::extract, and compared by Layout::org_term).
    std::vector<std::string> organizations(const schema::Article& article) const;

    // Identifies the organization data loaded (see OrgCatalog::fingerprint).
    const std::string& data_fingerprint() const { return catalog_.fingerprint(); }

private:
    OrgCatalog catalog_;
    OrgExtractor extractor_;
};

}  // namespace vnsearch::indexer
