// JSON of search results; see search_response.h.
#include "search_response.h"

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

// Division by a power of ten gives the double nearest the decimal: 37.0624, not 37.062400000000004.
double rounded(double value, double scale) { return std::round(value * scale) / scale; }

}  // namespace

nlohmann::ordered_json article_json(const schema::Article& article) {
    nlohmann::json fields = schema::to_json(article);  // the stored form decides which fields there are
    nlohmann::ordered_json ordered;
    for (const char* key : {"id", "url", "title", "date", "time", "source", "orgs", "category", "views", "body"}) {
        if (auto it = fields.find(key); it != fields.end()) ordered[key] = *it;
    }
    for (const auto& [key, value] : fields.items()) {  // a field added to the model later still shows
        if (!ordered.contains(key)) ordered[key] = value;
    }
    return ordered;
}

nlohmann::ordered_json hit_json(const Hit& hit, const MatchWords& words, const SnippetBuilder& snippets) {
    const schema::Article& article = hit.article;
    return {
        {"id", article.id},
        {"title", article.title},
        {"title_html", snippets.highlight(article.title, words)},
        {"url", article.url},
        {"date", article.date ? nlohmann::json(article.date->iso_date()) : nlohmann::json(nullptr)},
        {"source", article.source},
        {"orgs", article.orgs},
        {"category", article.category},
        {"score", rounded(hit.score, 1e4)},
        {"snippet", snippets.build(article.body, words, article.title)},
    };
}

nlohmann::ordered_json search_response_json(const SearchRequest& request, const SearchResult& result,
                                            const SnippetBuilder& snippets, const Stopwatch& since) {
    Json hits = Json::array();
    for (const Hit& hit : result.hits) hits.push_back(hit_json(hit, result.highlight, snippets));
    Json json = {
        {"total", result.total},
        {"total_exact", result.total_exact},
        {"page", request.page},
        {"per_page", request.per_page},
        {"took_ms", rounded(since.elapsed_ms(), 100)},
        {"hits", std::move(hits)},
        {"facets", facets_json(result.facets)},
        {"facets_exact", result.facets_exact},
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
