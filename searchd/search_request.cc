// Parsing and validation of the search API's parameters; see search_request.h.
#include "search_request.h"

#include <charconv>
#include <cmath>
#include <string_view>

#include "vnsearch/schema/text.h"

namespace vnsearch::searchd {
namespace {

[[noreturn]] void reject(std::string_view name, std::string_view value, std::string_view accepted) {
    throw BadRequest("parameter '" + std::string(name) + "' has the value '" + std::string(value) +
                     "': " + std::string(accepted));
}

// The single value of a parameter that may appear at most once.
std::optional<std::string> single(const QueryParams& params, const std::string& name) {
    auto [first, last] = params.equal_range(name);
    if (first == last) return std::nullopt;
    if (std::next(first) != last) throw BadRequest("parameter '" + name + "' is given more than once; give it once");
    return first->second;
}

std::vector<std::string> all_non_empty(const QueryParams& params, const std::string& name) {
    std::vector<std::string> values;
    auto [first, last] = params.equal_range(name);
    for (auto it = first; it != last; ++it) {
        if (!it->second.empty()) values.push_back(it->second);
    }
    return values;
}

std::size_t integer_in(const QueryParams& params, const std::string& name, std::size_t fallback, std::size_t min,
                       std::size_t max) {
    auto text = single(params, name);
    if (!text) return fallback;
    std::string accepted = "expected a whole number from " + std::to_string(min) + " to " + std::to_string(max);
    std::size_t value = 0;
    const char* end = text->data() + text->size();
    auto [stop, error] = std::from_chars(text->data(), end, value);
    if (text->empty() || error != std::errc() || stop != end || value < min || value > max) {
        reject(name, *text, accepted);
    }
    return value;
}

std::optional<schema::Date> date_in(const QueryParams& params, const std::string& name) {
    auto text = single(params, name);
    if (!text || text->empty()) return std::nullopt;
    try {
        return schema::parse_iso_date(*text);
    } catch (const schema::DateError& error) {
        reject(name, *text, std::string("expected a date YYYY-MM-DD (") + error.what() + ")");
    }
}

// A parameter naming one of a few choices; `fallback` when absent.
template <typename Value>
Value choice_in(const QueryParams& params, const std::string& name, Value fallback,
                std::initializer_list<std::pair<std::string_view, Value>> choices, std::string_view accepted) {
    auto text = single(params, name);
    if (!text) return fallback;
    for (const auto& [spelling, value] : choices) {
        if (*text == spelling) return value;
    }
    reject(name, *text, accepted);
}

SortOrder sort_in(const QueryParams& params) {
    return choice_in(params, "sort", SortOrder::Relevance,
                     {{"relevance", SortOrder::Relevance}, {"date_desc", SortOrder::DateDesc},
                      {"date_asc", SortOrder::DateAsc}},
                     "expected relevance, date_desc or date_asc");
}

DateInterval interval_in(const QueryParams& params) {
    return choice_in(params, "date_interval", DateInterval::Month,
                     {{"year", DateInterval::Year}, {"month", DateInterval::Month}, {"day", DateInterval::Day}},
                     "expected year, month or day");
}

FacetSelection facets_in(const QueryParams& params) {
    auto text = single(params, "facets");
    if (!text) return FacetSelection{};
    FacetSelection selection{false, false, false};
    std::string_view rest = *text;
    while (!rest.empty()) {
        auto comma = rest.find(',');
        std::string_view item = schema::trim(rest.substr(0, comma));
        rest = comma == std::string_view::npos ? std::string_view{} : rest.substr(comma + 1);
        if (item == "date") {
            selection.date = true;
        } else if (item == "org") {
            selection.org = true;
        } else if (item == "category") {
            selection.category = true;
        } else if (!item.empty()) {
            reject("facets", *text, "expected a comma-separated list of date, org, category (empty for none)");
        }
    }
    return selection;
}

double recency_in(const QueryParams& params) {
    auto text = single(params, "recency");
    if (!text) return 0.0;
    double value = -1.0;
    const char* end = text->data() + text->size();
    auto [stop, error] = std::from_chars(text->data(), end, value);
    if (text->empty() || error != std::errc() || stop != end || !std::isfinite(value) || value < 0.0 || value > 1.0) {
        reject("recency", *text, "expected a number from 0 to 1");
    }
    return value;
}

// A 0/1 switch, off when absent.
bool flag_in(const QueryParams& params, const std::string& name) {
    return choice_in(params, name, false, {{"0", false}, {"1", true}}, "expected 0 or 1");
}

std::string query_in(const QueryParams& params) {
    std::string q = single(params, "q").value_or("");
    if (q.size() > SearchRequest::kMaxQueryBytes) {
        throw BadRequest("parameter 'q' is " + std::to_string(q.size()) + " bytes long; at most " +
                         std::to_string(SearchRequest::kMaxQueryBytes) + " are accepted");
    }
    return q;
}

}  // namespace

SearchRequest parse_search_request(const QueryParams& params) {
    SearchRequest request;
    request.q = query_in(params);
    request.page = integer_in(params, "page", 1, 1, SearchRequest::kMaxPage);
    request.per_page = integer_in(params, "per_page", 10, 0, SearchRequest::kMaxPerPage);
    request.sort = sort_in(params);
    request.date_from = date_in(params, "date_from");
    request.date_to = date_in(params, "date_to");
    if (request.date_from && request.date_to && request.date_to->sort_key() < request.date_from->sort_key()) {
        throw BadRequest("parameter 'date_to' (" + request.date_to->iso_date() + ") is before 'date_from' (" +
                         request.date_from->iso_date() + "); give date_from <= date_to");
    }
    request.orgs = all_non_empty(params, "org");
    request.categories = all_non_empty(params, "category");
    request.facets = facets_in(params);
    request.facet_size = integer_in(params, "facet_size", 10, 1, SearchRequest::kMaxFacetSize);
    request.date_interval = interval_in(params);
    request.recency = recency_in(params);
    request.collapse = flag_in(params, "collapse");
    request.prefix = flag_in(params, "prefix");
    return request;
}

RelatedRequest parse_related_request(const QueryParams& params) {
    RelatedRequest request;
    request.per_page = integer_in(params, "per_page", 10, 1, SearchRequest::kMaxPerPage);
    return request;
}

}  // namespace vnsearch::searchd
