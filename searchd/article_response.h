// The JSON of GET /articles/{id}, bounded: an article stored before the indexer's --max-article-bytes
// (or with a larger limit) could make one answer tens of megabytes. The body is cut at a character
// boundary past kMaxBodyBytes and the answer says so ("body_truncated": true).
#pragma once

#include <cstddef>

#include <nlohmann/json.hpp>

#include "vnsearch/schema/article.h"

namespace vnsearch::searchd {

inline constexpr std::size_t kMaxArticleBodyBytes = 4 * 1024 * 1024;  // the indexer's default limit

// article_json (search_response.h) of the article with its body cut to max_body_bytes.
nlohmann::ordered_json bounded_article_json(schema::Article article, std::size_t max_body_bytes = kMaxArticleBodyBytes);

}  // namespace vnsearch::searchd
