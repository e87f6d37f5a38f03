// The JSON of GET /search and GET /articles/{id}/related: hits with snippets, facets.
// The shape is the REST contract of issue 2; change it only with the README and the tests.
#pragma once

#include <nlohmann/json.hpp>

#include "search_request.h"
#include "searcher.h"
#include "snippet_builder.h"
#include "stopwatch.h"

namespace vnsearch::searchd {

// The objects keep the order written here, the order a reader of the JSON expects. Search and related
// answers are JSON text (http::JsonWriter: the answers sent most, written without a JSON tree).

// GET /articles/{id}: the whole article, the fields of schema::to_json in a reader's order
// (id, url, title, date, time, source, orgs, category, views, body).
nlohmann::ordered_json article_json(const schema::Article& article);

// {"total", "page", "per_page", "took_ms", "hits", "facets" [, "suggestion"]}; took_ms is read from
// `since` once the snippets are built, so it covers the whole search.
// Each hit: id, title, title_html, url, date, source, orgs, category, score, snippet.
std::string search_response_json(const SearchRequest& request, const SearchResult& result,
                                 const SnippetBuilder& snippets, const Stopwatch& since);

// A search answer given before (its JSON text), with took_ms read from `since` anew.
std::string retimed(const std::string& answer, const Stopwatch& since);

// {"id", "hits"}: the articles related to `id`, their snippets marking the words they share.
std::string related_response_json(const std::string& id, const RelatedResult& result, const SnippetBuilder& snippets);

}  // namespace vnsearch::searchd
