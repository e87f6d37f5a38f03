// The parameters of GET /search (and GET /articles/{id}/related), parsed and validated.
// Every 400 is born here: a BadRequest names the parameter and the values it accepts.
#pragma once

#include <cstddef>
#include <map>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

#include "vnsearch/schema/date.h"

namespace vnsearch::searchd {

// The query string as cpp-httplib decodes it (the same type as httplib::Params).
using QueryParams = std::multimap<std::string, std::string>;

// A parameter the API does not accept; what() is the message of the 400 response.
struct BadRequest : std::invalid_argument {
    using std::invalid_argument::invalid_argument;
};

enum class SortOrder { Relevance, DateDesc, DateAsc };
using schema::DateInterval;

struct FacetSelection {
    bool date = true;
    bool org = true;
    bool category = true;
    bool any() const { return date || org || category; }
};

struct SearchRequest {
    static constexpr std::size_t kMaxPerPage = 100;
    static constexpr std::size_t kMaxPage = 10'000;
    static constexpr std::size_t kMaxFacetSize = 100;
    static constexpr std::size_t kMaxQueryBytes = 1024;

    std::string q;
    std::size_t page = 1;
    std::size_t per_page = 10;
    SortOrder sort = SortOrder::Relevance;
    std::optional<schema::Date> date_from;
    std::optional<schema::Date> date_to;
    std::vector<std::string> orgs;        // any of them
    std::vector<std::string> categories;  // any of them
    FacetSelection facets;
    std::size_t facet_size = 10;
    DateInterval date_interval = DateInterval::Month;
    double recency = 0.0;  // 0: relevance only .. 1: mostly freshness
    bool collapse = false; // one hit per near-duplicate story
    bool prefix = false;   // search as you type: the last word also matches as a prefix
};

// Throws BadRequest. Unknown parameters are ignored; an empty value of a filter means "no filter".
SearchRequest parse_search_request(const QueryParams& params);

struct RelatedRequest {
    std::size_t per_page = 10;
};

RelatedRequest parse_related_request(const QueryParams& params);

}  // namespace vnsearch::searchd
