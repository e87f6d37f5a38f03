// The article model: what every reader produces and what searchd returns.
// Stored as JSON in the Xapian document's data, so indexer and searchd read one shape.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json_fwd.hpp>

#include "vnsearch/schema/date.h"

namespace vnsearch::schema {

struct Article {
    std::string id;                      // stable identity: upserts replace by id
    std::string url;
    std::string title;
    std::optional<Date> date;            // Vietnam local date (and time when known)
    std::string source;                  // publishing body, as written
    std::vector<std::string> orgs;       // canonical organization names (publisher first)
    std::string category;
    std::optional<std::int64_t> views;
    std::string body;                    // plain text, one paragraph a line
};

// JSON as served by GET /articles/{id}: absent optionals are omitted, date is "YYYY-MM-DD",
// time "HH:MM" when known.
nlohmann::json to_json(const Article& article);
Article article_from_json(const nlohmann::json& json);

// The article as kept in a Xapian document's data (its JSON, compressed as one zstd frame), written by
// DocumentBuilder and read back by searchd; reading also takes the plain JSON of older indexes.
// Reading returns nullopt for data that is not a stored article.
std::string to_document_data(const Article& article);
std::optional<Article> article_from_document_data(std::string_view data);

}  // namespace vnsearch::schema
