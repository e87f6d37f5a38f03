// An in-memory copy of one database revision's facet slots (date, category, organizations) by
// document, so counting the facets of every match costs array lookups instead of value-stream reads.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include <xapian.h>

#include "search_request.h"

namespace vnsearch::searchd {

class FacetIndex {
public:
    static constexpr std::int32_t kNone = -1;

    // One pass over each slot's value stream. Memory: 12 bytes a document plus each distinct value.
    explicit FacetIndex(const Xapian::Database& db);

    // True when db is the very revision this index was built from (then its counts are exact).
    bool describes(const Xapian::Database& db) const;
    // True when this index was built from a later revision of the same database than `other`.
    bool newer_than(const FacetIndex& other) const { return uuid_ == other.uuid_ && revision_ > other.revision_; }

    Xapian::docid size() const { return static_cast<Xapian::docid>(day_.size()); }
    std::int32_t day_of(Xapian::docid docid) const { return day_[docid]; }
    std::int32_t category_of(Xapian::docid docid) const { return category_[docid]; }
    std::int32_t org_list_of(Xapian::docid docid) const { return org_list_[docid]; }

    const std::vector<std::string>& days() const { return days_; }              // "YYYYMMDD"
    const std::vector<std::string>& categories() const { return categories_; }
    const std::vector<std::string>& orgs() const { return orgs_; }
    // The distinct organizations of each distinct list, as indices into orgs().
    const std::vector<std::vector<std::int32_t>>& org_lists() const { return org_lists_; }

private:
    Xapian::rev revision_;
    std::string uuid_;
    std::vector<std::int32_t> day_, category_, org_list_;  // by docid; kNone when the slot is empty
    std::vector<std::string> days_, categories_, orgs_;
    std::vector<std::vector<std::int32_t>> org_lists_;
};

// Counts the facets of the documents the matcher visits, through a FacetIndex of the same revision.
class FacetIndexMatchSpy : public Xapian::MatchSpy {
public:
    FacetIndexMatchSpy(const FacetIndex& index, const FacetSelection& selection);
    void operator()(const Xapian::Document& doc, double weight) override;
    std::string name() const override { return "vnsearch.FacetIndexMatchSpy"; }

    std::map<std::string, Xapian::doccount> day_counts() const;
    std::map<std::string, Xapian::doccount> category_counts() const;
    std::map<std::string, Xapian::doccount> org_counts() const;

private:
    const FacetIndex& index_;
    FacetSelection selection_;
    std::vector<Xapian::doccount> days_, categories_, org_lists_;
};

}  // namespace vnsearch::searchd
