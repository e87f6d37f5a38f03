// A tiny in-process index for searchd's unit tests, written by schema's DocumentBuilder (the same
// code the indexer writes every document with), so tests need no indexer binary and rank the
// documents the indexer writes. Integration tests use the real indexer.
#pragma once

#include <string>
#include <vector>

#include <xapian.h>

#include "integration/support/temp_dir.h"
#include "vnsearch/schema/article.h"
#include "vnsearch/schema/document_builder.h"
#include "vnsearch/schema/layout.h"

namespace vnsearch::testing {

// Adds (or replaces, by id) one article, with its words in the spelling dictionary as the indexer
// adds them (--spelling all).
inline void add_article(Xapian::WritableDatabase& db, const schema::Article& article) {
    schema::BuiltDocument built = schema::DocumentBuilder().build(article, "");
    db.replace_document(built.id_term, built.document);
    for (const auto& word : built.spelling_words) db.add_spelling(word);
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
