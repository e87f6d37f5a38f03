// JSON of search results; see search_response.h.
#include "search_response.h"

#include <cmath>
#include <cstdint>

#include "http/json_writer.h"

namespace vnsearch::searchd {
namespace {

using http::JsonWriter;

void write_facet(JsonWriter& out, std::string_view name, const std::optional<std::vector<FacetValue>>& values) {
    if (!values) return;
    out.key(name).begin_array();
    for (const auto& value : *values) {
        out.begin_object().key("value").value(value.value).key("count").value(value.count).end_object();
    }
    out.end_array();
}

void write_facets(JsonWriter& out, const Facets& facets) {
    out.begin_object();
    write_facet(out, "date", facets.date);
    write_facet(out, "org", facets.org);
    write_facet(out, "category", facets.category);
    out.end_object();
}

// Division by a power of ten gives the double nearest the decimal: 37.0624, not 37.062400000000004.
double rounded(double value, double scale) { return std::round(value * scale) / scale; }

void write_hit(JsonWriter& out, const Hit& hit, const MatchWords& words, const SnippetBuilder& snippets) {
    const schema::Article& article = hit.article;
    out.begin_object();
    out.key("id").value(article.id);
    out.key("title").value(article.title);
    out.key("title_html").value(snippets.highlight(article.title, words));
    out.key("url").value(article.url);
    out.key("date");
    if (article.date) {
        out.value(article.date->iso_date());
    } else {
        out.null();
    }
    out.key("source").value(article.source);
    out.key("orgs").begin_array();
    for (const std::string& org : article.orgs) out.value(org);
    out.end_array();
    out.key("category").value(article.category);
    out.key("score").value(rounded(hit.score, 1e4));
    out.key("snippet").value(snippets.build(article.body, words, article.title));
    out.end_object();
}

// The hits array (the snippets are built here).
std::string hits_json(const std::vector<Hit>& hits, const MatchWords& words, const SnippetBuilder& snippets) {
    JsonWriter out;
    out.begin_array();
    for (const Hit& hit : hits) write_hit(out, hit, words, snippets);
    out.end_array();
    return out.take();
}

constexpr std::string_view kTookKey = ",\"took_ms\":";

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

std::string search_response_json(const SearchRequest& request, const SearchResult& result,
                                 const SnippetBuilder& snippets, const Stopwatch& since) {
    std::string hits = hits_json(result.hits, result.highlight, snippets);  // before took_ms is read
    JsonWriter out;
    out.begin_object();
    out.key("total").value(result.total);
    out.key("total_exact").value(result.total_exact);
    out.key("page").value(request.page);
    out.key("per_page").value(request.per_page);
    out.key("took_ms").value(rounded(since.elapsed_ms(), 100));
    out.key("hits").raw(hits);
    out.key("facets");
    write_facets(out, result.facets);
    out.key("facets_exact").value(result.facets_exact);
    if (result.suggestion) out.key("suggestion").value(*result.suggestion);
    out.end_object();
    return out.take();
}

// The answer's first ,"took_ms": is the top-level key: the members before it are numbers and booleans.
std::string retimed(const std::string& answer, const Stopwatch& since) {
    std::size_t key = answer.find(kTookKey);
    if (key == std::string::npos) return answer;
    std::size_t begin = key + kTookKey.size();
    std::size_t end = answer.find_first_of(",}", begin);
    if (end == std::string::npos) return answer;
    std::string text = answer.substr(0, begin);
    http::append_json_double(text, rounded(since.elapsed_ms(), 100));
    text.append(answer, end);
    return text;
}

std::string related_response_json(const std::string& id, const RelatedResult& result, const SnippetBuilder& snippets) {
    JsonWriter out;
    out.begin_object().key("id").value(id);
    out.key("hits").raw(hits_json(result.hits, result.highlight, snippets));
    out.end_object();
    return out.take();
}

}  // namespace vnsearch::searchd
