// JSON of search results; see search_response.h.
#include "search_response.h"

#include <cmath>

namespace vnsearch::searchd {
namespace {

nlohmann::json facet_json(const std::vector<FacetValue>& values) {
    nlohmann::json list = nlohmann::json::array();
    for (const auto& value : values) list.push_back({{"value", value.value}, {"count", value.count}});
    return list;
}

nlohmann::json facets_json(const Facets& facets) {
    nlohmann::json json = nlohmann::json::object();
    if (facets.date) json["date"] = facet_json(*facets.date);
    if (facets.org) json["org"] = facet_json(*facets.org);
    if (facets.category) json["category"] = facet_json(*facets.category);
    return json;
}

// Division by a power of ten gives the double nearest the decimal: 37.0624, not 37.062400000000004.
double rounded(double value, double scale) { return std::round(value * scale) / scale; }

}  // namespace

nlohmann::json hit_json(const Hit& hit, const MatchWords& words, const SnippetBuilder& snippets) {
    const schema::Article& article = hit.article;
    return {
        {"id", article.id},
        {"title", article.title},
        {"url", article.url},
        {"date", article.date ? nlohmann::json(article.date->iso_date()) : nlohmann::json(nullptr)},
        {"source", article.source},
        {"orgs", article.orgs},
        {"category", article.category},
        {"score", rounded(hit.score, 1e4)},
        {"snippet", snippets.build(article.body, words)},
    };
}

nlohmann::json search_response_json(const SearchRequest& request, const SearchResult& result,
                                    const SnippetBuilder& snippets, const Stopwatch& since) {
    nlohmann::json hits = nlohmann::json::array();
    for (const Hit& hit : result.hits) hits.push_back(hit_json(hit, result.highlight, snippets));
    nlohmann::json json = {
        {"total", result.total},
        {"page", request.page},
        {"per_page", request.per_page},
        {"took_ms", rounded(since.elapsed_ms(), 100)},
        {"hits", std::move(hits)},
        {"facets", facets_json(result.facets)},
    };
    if (result.suggestion) json["suggestion"] = *result.suggestion;
    return json;
}

nlohmann::json related_response_json(const std::string& id, const RelatedResult& result,
                                     const SnippetBuilder& snippets) {
    nlohmann::json hits = nlohmann::json::array();
    for (const Hit& hit : result.hits) hits.push_back(hit_json(hit, result.highlight, snippets));
    return {{"id", id}, {"hits", std::move(hits)}};
}

}  // namespace vnsearch::searchd
