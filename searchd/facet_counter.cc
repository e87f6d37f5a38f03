// Facet counting and ordering; see facet_counter.h.
#include "searchd/facet_counter.h"

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

SlotCountMatchSpy::SlotCountMatchSpy(const Xapian::Database& db, Xapian::valueno slot, Values values)
    : db_(db), slot_(slot), values_(values), stream_(db.valuestream_begin(slot)) {}

void SlotCountMatchSpy::operator()(const Xapian::Document& doc, double) {
    Xapian::docid docid = doc.get_docid();
    if (docid < position_) {  // the matcher went back (it visits in docid order, but do not rely on it)
        stream_ = db_.valuestream_begin(slot_);
    }
    position_ = docid;
    Xapian::ValueIterator end = db_.valuestream_end(slot_);
    if (stream_ != end && stream_.get_docid() < docid) stream_.skip_to(docid);
    if (stream_ == end || stream_.get_docid() != docid) return;  // no value: nothing to count
    std::string value = *stream_;
    if (run_length_ > 0 && value == run_value_) {
        ++run_length_;
        return;
    }
    if (run_length_ > 0) raw_[run_value_] += run_length_;
    run_value_ = std::move(value);
    run_length_ = 1;
}

std::map<std::string, Xapian::doccount> SlotCountMatchSpy::counts() const {
    std::unordered_map<std::string, Xapian::doccount> raw = raw_;
    if (run_length_ > 0) raw[run_value_] += run_length_;
    std::map<std::string, Xapian::doccount> counts;
    for (const auto& [value, documents] : raw) {
        if (values_ == Values::Whole) {
            counts[value] += documents;
            continue;
        }
        for (const auto& item : distinct_list_items(value)) counts[item] += documents;
    }
    return counts;
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

namespace {

// "20201008" -> "2020", "2020-10" or "2020-10-08"; empty for a malformed value.
std::string bucket_of(const std::string& day, DateInterval interval) {
    if (day.size() != 8) return {};
    switch (interval) {
        case DateInterval::Year: return day.substr(0, 4);
        case DateInterval::Month: return day.substr(0, 4) + "-" + day.substr(4, 2);
        case DateInterval::Day: return day.substr(0, 4) + "-" + day.substr(4, 2) + "-" + day.substr(6, 2);
    }
    return {};
}

}  // namespace

std::vector<FacetValue> date_buckets(const std::map<std::string, Xapian::doccount>& day_counts,
                                     DateInterval interval, std::size_t limit) {
    std::map<std::string, Xapian::doccount> buckets;  // keys sort in calendar order
    for (const auto& [day, count] : day_counts) {
        if (auto bucket = bucket_of(day, interval); !bucket.empty()) buckets[bucket] += count;
    }
    std::vector<FacetValue> kept = most_frequent(buckets, limit);
    std::sort(kept.begin(), kept.end(), [](const FacetValue& a, const FacetValue& b) { return a.value < b.value; });
    return kept;
}

}  // namespace vnsearch::searchd
