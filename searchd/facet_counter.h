// Facet counting: a match spy counting a slot's values (whole, or the items of a list), and the
// ordering and bounding of facet values.
#pragma once

#include <cstddef>
#include <map>
#include <unordered_map>
#include <string>
#include <string_view>
#include <vector>

#include <xapian.h>

#include "searchd/search_request.h"

namespace vnsearch::searchd {

struct FacetValue {
    std::string value;
    Xapian::doccount count = 0;
    friend bool operator==(const FacetValue&, const FacetValue&) = default;
};

// Counts a slot's values over the documents the matcher visits: the whole value, or each item of a
// Layout::join_list (organizations are multi-valued, which ValueCountMatchSpy is not made for).
// It reads the slot's value stream with ValueIterator::skip_to rather than Document::get_value, which
// decodes a chunk of the stream on every call (with all three facets on dantri + baomoi, the spies
// cost 5.1 ms a query that way, median over title spans). It is the fallback for a revision whose
// FacetIndex is not built yet.
class SlotCountMatchSpy : public Xapian::MatchSpy {
public:
    enum class Values { Whole, List };

    SlotCountMatchSpy(const Xapian::Database& db, Xapian::valueno slot, Values values);
    void operator()(const Xapian::Document& doc, double weight) override;
    std::string name() const override { return "vnsearch.SlotCountMatchSpy"; }
    // Each value (or list item) with the number of documents that had it.
    std::map<std::string, Xapian::doccount> counts() const;

private:
    Xapian::Database db_;
    Xapian::valueno slot_;
    Values values_;
    Xapian::ValueIterator stream_;
    Xapian::docid position_ = 0;  // the stream is at the first value at or after this document
    // Whole values as stored: lists are split once per distinct list in counts(), not once per document.
    std::unordered_map<std::string, Xapian::doccount> raw_;
    // Neighbouring documents often share a value (indexed together): a run is counted in one go.
    std::string run_value_;
    Xapian::doccount run_length_ = 0;
};

// The distinct, non-empty items of a Layout::join_list value: what a document counts once each for.
std::vector<std::string> distinct_list_items(std::string_view joined);

// Most frequent first (ties by value), at most `limit`.
std::vector<FacetValue> most_frequent(const std::map<std::string, Xapian::doccount>& counts, std::size_t limit);

// Day counts keyed by Date::sort_key() ("YYYYMMDD") -> buckets "YYYY", "YYYY-MM" or "YYYY-MM-DD".
// When there are more than `limit` buckets, the most frequent are kept; they come in calendar order.
std::vector<FacetValue> date_buckets(const std::map<std::string, Xapian::doccount>& day_counts,
                                     DateInterval interval, std::size_t limit);

}  // namespace vnsearch::searchd
