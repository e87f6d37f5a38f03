// JSON of search results; see search_response.h.
#include "searchd/search_response.h"

#include <cmath>

namespace vnsearch::searchd {
namespace {

using Json = nlohmann::ordered_json;

Json facet_json(const std::vector<FacetValue>& values) {
    Json list = Json::array();
    for (const auto& value : values) list.push_back({{"value", value.value}, {"count", value.count}});
    return list;
}

Json facets_json(const Facets& facets) {
    Json json = Json::object();
    if (facets.date) json["date"] = facet_json(*facets.date);
    if (facets.org) json["org"] = facet_json(*facets.org);
    if (facets.category) json["category"] = facet_json(*facets.category);
    return json;
}

// A field of the stored article, or the given default when absent.
nlohmann::json field(const nlohmann::json& article, const char* name, nlohmann::json fallback) {
    auto it = article.find(name);
    return it == article.end() ? fallback : *it;
}

// Division by a power of ten gives the double nearest the decimal: 37.0624, not 37.062400000000004.
double rounded(double value, double scale) { return std::round(value * scale) / scale; }

}  // namespace

nlohmann::ordered_json hit_json(const Hit& hit, const MatchWords& words, const SnippetBuilder& snippets) {
    const nlohmann::json& article = hit.article;
    std::string body = article.value("body", "");
    std::string title = article.value("title", "");
    return {
        {"id", field(article, "id", "")},
        {"title", title},
        {"title_html", snippets.highlight(title, words)},
        {"url", field(article, "url", "")},
        {"date", field(article, "date", nullptr)},
        {"source", field(article, "source", "")},
        {"orgs", field(article, "orgs", nlohmann::json::array())},
        {"category", field(article, "category", "")},
        {"score", rounded(hit.score, 1e4)},
        {"snippet", snippets.build(body, words)},
    };
}

nlohmann::ordered_json search_response_json(const SearchRequest& request, const SearchResult& result,
                                            const SnippetBuilder& snippets, const Stopwatch& since) {
    Json hits = Json::array();
    for (const Hit& hit : result.hits) hits.push_back(hit_json(hit, result.highlight, snippets));
    Json json = {
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

nlohmann::ordered_json retimed(const std::string& answer, const Stopwatch& since) {
    Json json = Json::parse(answer);
    json["took_ms"] = rounded(since.elapsed_ms(), 100);
    return json;
}

nlohmann::ordered_json related_response_json(const std::string& id, const RelatedResult& result,
                                             const SnippetBuilder& snippets) {
    Json hits = Json::array();
    for (const Hit& hit : result.hits) hits.push_back(hit_json(hit, result.highlight, snippets));
    return {{"id", id}, {"hits", std::move(hits)}};
}

}  // namespace vnsearch::searchd
