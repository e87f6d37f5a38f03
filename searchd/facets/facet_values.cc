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

// An index names tens of thousands of organizations, and a broad query's matches most of them: the
// best `limit` are kept in a heap as the counts are read, and a block of 16 counts none of which can
// enter it (a loop the compiler vectorizes) is passed over. Collecting every counted value first and
// sorting them cost 3% of a search (perf, shared mix).
std::vector<FacetValue> most_frequent(const std::vector<Xapian::doccount>& counts, const std::vector<std::string>& names,
                                      const std::vector<std::int32_t>& ranks, std::size_t limit) {
    if (limit == 0) return {};
    auto better = [&](std::size_t a, std::size_t b) {
        return counts[a] != counts[b] ? counts[a] > counts[b] : ranks[a] < ranks[b];
    };
    std::vector<std::size_t> kept;  // a heap, the worst kept on top
    kept.reserve(limit + 1);
    auto consider = [&](std::size_t i) {
        if (counts[i] == 0) return;
        if (kept.size() < limit) {
            kept.push_back(i);
            std::push_heap(kept.begin(), kept.end(), better);
        } else if (better(i, kept.front())) {
            std::pop_heap(kept.begin(), kept.end(), better);
            kept.back() = i;
            std::push_heap(kept.begin(), kept.end(), better);
        }
    };
    constexpr std::size_t kBlock = 16;
    std::size_t whole = counts.size() - counts.size() % kBlock;
    for (std::size_t start = 0; start < whole; start += kBlock) {
        Xapian::doccount most = 0;
        for (std::size_t i = 0; i < kBlock; ++i) most = std::max(most, counts[start + i]);
        if (most == 0 || (kept.size() == limit && most < counts[kept.front()])) continue;
        for (std::size_t i = start; i < start + kBlock; ++i) consider(i);
    }
    for (std::size_t i = whole; i < counts.size(); ++i) consider(i);
    std::sort_heap(kept.begin(), kept.end(), better);
    std::vector<FacetValue> values;
    values.reserve(kept.size());
    for (std::size_t i : kept) values.push_back({names[i], counts[i]});
    return values;
}

std::vector<std::int32_t> name_ranks(const std::vector<std::string>& names) {
    std::vector<std::size_t> order(names.size());
    for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
    std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return names[a] < names[b]; });
    std::vector<std::int32_t> ranks(names.size());
    for (std::size_t place = 0; place < order.size(); ++place) ranks[order[place]] = static_cast<std::int32_t>(place);
    return ranks;
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
