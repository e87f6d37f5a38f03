// Facet counting: a match spy for the multi-valued organization slot (ValueCountMatchSpy counts a
// slot's whole value, not the items of a list), and the ordering and bounding of facet values.
#pragma once

#include <cstddef>
#include <map>
#include <string>
#include <vector>

#include <xapian.h>

#include "searchd/search_request.h"

namespace vnsearch::searchd {

struct FacetValue {
    std::string value;
    Xapian::doccount count = 0;
    friend bool operator==(const FacetValue&, const FacetValue&) = default;
};

// Counts each item of a slot holding a Layout::join_list, once per matching document.
class ListCountMatchSpy : public Xapian::MatchSpy {
public:
    explicit ListCountMatchSpy(Xapian::valueno slot) : slot_(slot) {}
    void operator()(const Xapian::Document& doc, double weight) override;
    std::string name() const override { return "vnsearch.ListCountMatchSpy"; }
    const std::map<std::string, Xapian::doccount>& counts() const { return counts_; }

private:
    Xapian::valueno slot_;
    std::map<std::string, Xapian::doccount> counts_;
};

// The values a ValueCountMatchSpy saw, with their counts.
std::map<std::string, Xapian::doccount> spy_counts(const Xapian::ValueCountMatchSpy& spy);

// Most frequent first (ties by value), at most `limit`.
std::vector<FacetValue> most_frequent(const std::map<std::string, Xapian::doccount>& counts, std::size_t limit);

// Day counts keyed by Date::sort_key() ("YYYYMMDD") -> buckets "YYYY", "YYYY-MM" or "YYYY-MM-DD".
// When there are more than `limit` buckets, the most frequent are kept; they come in calendar order.
std::vector<FacetValue> date_buckets(const std::map<std::string, Xapian::doccount>& day_counts,
                                     DateInterval interval, std::size_t limit);

}  // namespace vnsearch::searchd
