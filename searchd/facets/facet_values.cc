// Facet ordering and bounding; see facet_values.h.
#include "facets/facet_values.h"

#include <algorithm>

#include "vnsearch/schema/layout.h"

namespace vnsearch::searchd {

std::vector<std::string> distinct_list_items(std::string_view joined) {
    auto items = schema::Layout::split_list(joined);
    std::sort(items.begin(), items.end());
    items.erase(std::unique(items.begin(), items.end()), items.end());
    if (!items.empty() && items.front().empty()) items.erase(items.begin());  // sorted: "" comes first
    return items;
}

std::vector<FacetValue> most_frequent(const std::map<std::string, Xapian::doccount>& counts, std::size_t limit) {
    std::vector<FacetValue> values;
    values.reserve(counts.size());
    for (const auto& [value, count] : counts) values.push_back({value, count});
    auto by_count = [](const FacetValue& a, const FacetValue& b) {
        return a.count != b.count ? a.count > b.count : a.value < b.value;
    };
    std::size_t kept = std::min(limit, values.size());
    std::partial_sort(values.begin(), values.begin() + static_cast<std::ptrdiff_t>(kept), values.end(), by_count);
    values.resize(kept);
    return values;
}

std::vector<FacetValue> most_frequent(const std::vector<Xapian::doccount>& counts, const std::vector<std::string>& names,
                                      std::size_t limit) {
    std::vector<std::size_t> counted;
    for (std::size_t i = 0; i < counts.size(); ++i) {
        if (counts[i] > 0) counted.push_back(i);
    }
    auto by_count = [&](std::size_t a, std::size_t b) {
        return counts[a] != counts[b] ? counts[a] > counts[b] : names[a] < names[b];
    };
    std::size_t kept = std::min(limit, counted.size());
    std::partial_sort(counted.begin(), counted.begin() + static_cast<std::ptrdiff_t>(kept), counted.end(), by_count);
    std::vector<FacetValue> values;
    values.reserve(kept);
    for (std::size_t i = 0; i < kept; ++i) values.push_back({names[counted[i]], counts[counted[i]]});
    return values;
}

std::vector<FacetValue> date_buckets(const std::map<std::string, Xapian::doccount>& day_counts,
                                     schema::DateInterval interval, std::size_t limit) {
    std::map<std::string, Xapian::doccount> buckets;  // keys sort in calendar order
    for (const auto& [day, count] : day_counts) {
        if (auto date = schema::date_from_sort_key(day)) buckets[date->bucket(interval)] += count;
    }
    std::vector<FacetValue> kept = most_frequent(buckets, limit);
    std::sort(kept.begin(), kept.end(), [](const FacetValue& a, const FacetValue& b) { return a.value < b.value; });
    return kept;
}

}  // namespace vnsearch::searchd
