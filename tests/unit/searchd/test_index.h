// A tiny in-process index builder for searchd's unit tests, writing the layout the indexer writes
// (through schema's Analyzer and Layout), so tests need no indexer binary. Integration tests use
// the real indexer.
#pragma once

#include <string>
#include <vector>

#include <nlohmann/json.hpp>
#include <xapian.h>

#include "integration/support/temp_dir.h"
#include "vnsearch/schema/analyzer.h"
#include "vnsearch/schema/article.h"
#include "vnsearch/schema/layout.h"

namespace vnsearch::testing {

inline constexpr Xapian::termcount kTitleWeight = 3;

inline void index_words(Xapian::Document& doc, const std::vector<schema::Token>& tokens, Xapian::termpos first,
                        bool is_title, Xapian::WritableDatabase& db) {
    using schema::Field;
    using schema::Layout;
    Xapian::termcount weight = is_title ? kTitleWeight : 1;
    for (std::size_t i = 0; i < tokens.size(); ++i) {
        const auto& token = tokens[i];
        Xapian::termpos position = first + static_cast<Xapian::termpos>(i);
        if (is_title) {
            doc.add_posting(Layout::term(Field::TitleExact, token.exact), position);
            doc.add_posting(Layout::term(Field::TitleFolded, token.folded), position);
        }
        doc.add_posting(Layout::term(Field::BodyExact, token.exact), position, weight);
        doc.add_posting(Layout::term(Field::BodyFolded, token.folded), position, weight);
        db.add_spelling(token.exact);
        db.add_spelling(token.folded);
        if (i == 0) continue;
        doc.add_term(Layout::bigram_term(Field::BigramExact, tokens[i - 1].exact, token.exact), weight);
        doc.add_term(Layout::bigram_term(Field::BigramFolded, tokens[i - 1].folded, token.folded), weight);
    }
}

// Adds (or replaces, by id) one article.
inline void add_article(Xapian::WritableDatabase& db, const schema::Article& article,
                        const std::string& dup_key = {}) {
    using schema::Layout;
    Xapian::Document doc;
    doc.add_boolean_term(Layout::id_term(article.id));
    index_words(doc, schema::Analyzer::tokenize(article.title), 1, true, db);
    index_words(doc, schema::Analyzer::tokenize(article.body), Layout::kBodyFirstPosition, false, db);
    for (const auto& org : article.orgs) doc.add_boolean_term(Layout::org_term(org));
    if (!article.category.empty()) doc.add_boolean_term(Layout::category_term(article.category));
    doc.add_value(schema::slot::kDate, article.date ? article.date->sort_key() : std::string());
    doc.add_value(schema::slot::kCategory, article.category);
    doc.add_value(schema::slot::kOrgs, Layout::join_list(article.orgs));
    doc.add_value(schema::slot::kDupKey, dup_key.empty() ? article.id : dup_key);
    doc.set_data(schema::to_json(article).dump());
    db.replace_document(Layout::id_term(article.id), doc);
}

inline schema::Article article(std::string id, std::string title, std::string body, std::string date = {},
                               std::vector<std::string> orgs = {}, std::string category = {}) {
    schema::Article a;
    a.id = std::move(id);
    a.url = "https://example.vn/" + a.id;
    a.title = std::move(title);
    a.body = std::move(body);
    a.date = schema::parse_date(date);
    a.orgs = std::move(orgs);
    a.source = a.orgs.empty() ? std::string() : a.orgs.front();
    a.category = std::move(category);
    return a;
}

// A database in its own temporary directory.
class TestIndex {
public:
    explicit TestIndex(const std::vector<schema::Article>& articles) {
        Xapian::WritableDatabase db(path(), Xapian::DB_CREATE_OR_OPEN);
        for (const auto& a : articles) add_article(db, a);
        db.commit();
    }
    std::string path() const { return (dir_ / "db").string(); }

private:
    TempDir dir_;
};

}  // namespace vnsearch::testing
