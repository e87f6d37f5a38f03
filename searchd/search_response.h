// The JSON of GET /search and GET /articles/{id}/related: hits with snippets, facets.
// The shape is the REST contract of issue 2; change it only with the README and the tests.
#pragma once

#include <nlohmann/json.hpp>

#include "search_request.h"
#include "searcher.h"
#include "snippet_builder.h"
#include "stopwatch.h"

namespace vnsearch::searchd {

// One hit: id, title, url, date, source, orgs, category, score, snippet.
nlohmann::json hit_json(const Hit& hit, const MatchWords& words, const SnippetBuilder& snippets);

// {"total", "page", "per_page", "took_ms", "hits", "facets" [, "suggestion"]}; took_ms is read from
// `since` once the snippets are built, so it covers the whole search.
nlohmann::json search_response_json(const SearchRequest& request, const SearchResult& result,
                                    const SnippetBuilder& snippets, const Stopwatch& since);

// {"id", "hits"}: the articles related to `id`, their snippets marking the words they share.
nlohmann::json related_response_json(const std::string& id, const RelatedResult& result,
                                     const SnippetBuilder& snippets);

}  // namespace vnsearch::searchd
