// Facet values and their order: the counts a FacetCounter collects become the lists a response shows
// (most frequent first for organizations and categories, calendar order for date buckets).
#pragma once

#include <cstddef>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <xapian.h>

#include "vnsearch/schema/date.h"

namespace vnsearch::searchd {

struct FacetValue {
    std::string value;
    Xapian::doccount count = 0;
    friend bool operator==(const FacetValue&, const FacetValue&) = default;
};

// The facets a search counted; a facet not asked for stays nullopt.
struct Facets {
    std::optional<std::vector<FacetValue>> date;
    std::optional<std::vector<FacetValue>> org;
    std::optional<std::vector<FacetValue>> category;
};

// The distinct, non-empty items of a Layout::join_list value: what a document counts once each for.
std::vector<std::string> distinct_list_items(std::string_view joined);

// Most frequent first (ties by value), at most `limit`.
std::vector<FacetValue> most_frequent(const std::map<std::string, Xapian::doccount>& counts, std::size_t limit);
// The same from counts by value number (names[i] counted counts[i] times; zero counts left out),
// without building a map of every value; ranks[i] is names[i]'s place in byte order (name_ranks), so
// that ties, which are many (most organizations are counted once or twice), compare numbers.
std::vector<FacetValue> most_frequent(const std::vector<Xapian::doccount>& counts, const std::vector<std::string>& names,
                                      const std::vector<std::int32_t>& ranks, std::size_t limit);
// Each name's place in byte order.
std::vector<std::int32_t> name_ranks(const std::vector<std::string>& names);

// Day counts keyed by Date::sort_key() ("YYYYMMDD") -> buckets "YYYY", "YYYY-MM" or "YYYY-MM-DD".
// When there are more than `limit` buckets, the most frequent are kept; they come in calendar order.
std::vector<FacetValue> date_buckets(const std::map<std::string, Xapian::doccount>& day_counts,
                                     schema::DateInterval interval, std::size_t limit);

}  // namespace vnsearch::searchd
