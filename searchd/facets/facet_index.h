// An in-memory copy of one database revision's facet slots (date, category, organizations) by
// document, so counting the facets of every match costs array lookups instead of value-stream reads;
// with the revision's term sets (term_sets.h), from which a query's matches are counted as bitmaps,
// and its date orders (date_order.h), from which a date-sorted page is read off those bitmaps.
#pragma once

#include <array>
#include <cstdint>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include <xapian.h>

#include "date_order.h"
#include "facets/doc_set.h"
#include "facets/facet_values.h"
#include "facets/org_names.h"
#include "facets/term_sets.h"
#include "index_version.h"
#include "search_request.h"
#include "story_collapse.h"

namespace vnsearch::searchd {

class FacetIndex {
public:
    static constexpr std::int32_t kNone = -1;

    // One pass over each slot's value stream. Memory: 12 bytes a document plus each distinct value,
    // and the term sets (bounded, see TermSets).
    // `version` is db's (index_version.h): over several databases, docids interleave (Xapian numbers
    // document d of leaf i of n as (d-1)*n+i) and this index is by those combined docids.
    FacetIndex(const Xapian::Database& db, IndexVersion version);
    // One database, whose version it reads.
    explicit FacetIndex(const Xapian::Database& db) : FacetIndex(db, version_of(db)) {}

    // True when `version` is the very one this index was built from (then its counts are exact).
    bool describes(const IndexVersion& version) const { return version == version_; }
    bool describes(const Xapian::Database& db) const { return describes(version_of(db)); }
    // True when this index was built from a later revision of the same database than `other` (never,
    // over remote databases, which tell no revision: the latest built wins).
    bool newer_than(const FacetIndex& other) const {
        return version_.uuid == other.version_.uuid && version_.revision > other.version_.revision;
    }

    Xapian::docid size() const { return static_cast<Xapian::docid>(day_.size()); }
    std::int32_t day_of(Xapian::docid docid) const { return day_[docid]; }
    std::int32_t category_of(Xapian::docid docid) const { return category_[docid]; }
    std::int32_t org_list_of(Xapian::docid docid) const { return org_list_[docid]; }

    const std::vector<std::string>& days() const { return days_; }              // "YYYYMMDD"
    const std::vector<std::string>& categories() const { return categories_; }
    const std::vector<std::string>& orgs() const { return orgs_; }
    // Every spelling of the organization `name` names (org_names.h): what an org filter matches.
    std::vector<std::string> org_spellings(const std::string& name) const { return org_names_.spellings(name); }
    // Each name's place in byte order (facet_values.h, name_ranks).
    const std::vector<std::int32_t>& category_ranks() const { return category_ranks_; }
    const std::vector<std::int32_t>& org_ranks() const { return org_ranks_; }
    // The distinct organizations of a distinct list (org_list_of), as indices into orgs().
    std::span<const std::int32_t> org_list(std::int32_t list) const {
        auto i = static_cast<std::size_t>(list);
        return std::span<const std::int32_t>(org_list_items_).subspan(org_list_starts_[i], org_list_starts_[i + 1] - org_list_starts_[i]);
    }
    // The bucket of each day (index into bucket_names(interval)); kNone for a key that is no date.
    std::int32_t bucket_of_day(std::int32_t day, DateInterval interval) const {
        return day_buckets_[static_cast<std::size_t>(interval)][static_cast<std::size_t>(day)];
    }
    const std::vector<std::string>& bucket_names(DateInterval interval) const {
        return bucket_names_[static_cast<std::size_t>(interval)];
    }
    const std::vector<std::int32_t>& bucket_ranks(DateInterval interval) const {
        return bucket_ranks_[static_cast<std::size_t>(interval)];
    }

    // The dated documents from `from` to `to` (Date::sort_key() forms, either open), as the date
    // filter's value range matches them.
    DocSet dated_between(const std::optional<std::string>& from, const std::optional<std::string>& to) const;

    // This revision's term sets; thread-safe.
    TermSets& term_sets() const { return term_sets_; }

    // This revision's documents newest or oldest first, read from `db` (this revision) on first use
    // (1,000,000 articles: about a second and 4 MB each); thread-safe.
    const DateOrder& date_order(const Xapian::Database& db, bool newest) const;

    // This revision's stories (duplicate keys) by docid, read from `db` (this revision) on first use
    // (1,000,000 articles: ~4 MB); thread-safe. What collapse=1 groups matches by.
    const StoryTable& stories(const Xapian::Database& db) const;

private:
    IndexVersion version_;
    std::vector<std::int32_t> day_, category_, org_list_;  // by docid; kNone when the slot is empty
    std::vector<std::string> days_, categories_, orgs_;
    std::vector<std::int32_t> category_ranks_, org_ranks_;
    OrgNames org_names_;  // orgs_ are its shown spellings
    // The org lists flat, one after another (list i is items [starts[i], starts[i+1])): counting a
    // million matches reads them in a few cache lines instead of a heap block per list.
    std::vector<std::uint32_t> org_list_starts_{0};
    std::vector<std::int32_t> org_list_items_;
    std::array<std::vector<std::int32_t>, 3> day_buckets_;    // by DateInterval, then day
    std::array<std::vector<std::string>, 3> bucket_names_;    // by DateInterval
    std::array<std::vector<std::int32_t>, 3> bucket_ranks_;   // by DateInterval
    mutable TermSets term_sets_;                             // a cache, shared by the requests
    mutable std::mutex date_orders_mutex_;
    mutable std::unique_ptr<const DateOrder> date_orders_[2];  // oldest, newest first; built when asked
    mutable std::mutex stories_mutex_;
    mutable std::unique_ptr<const StoryTable> stories_;          // built when asked
};

// The facet counts of a set of matching documents, through a FacetIndex of their revision.
class FacetTally {
public:
    FacetTally(const FacetIndex& index, const FacetSelection& selection);

    void add(Xapian::docid docid) {
        ++documents_;
        if (docid >= index_.size()) return;
        if (selection_.date) {
            if (auto day = index_.day_of(docid); day != FacetIndex::kNone) ++days_[static_cast<std::size_t>(day)];
        }
        if (selection_.category) {
            if (auto category = index_.category_of(docid); category != FacetIndex::kNone) {
                ++categories_[static_cast<std::size_t>(category)];
            }
        }
        if (selection_.org) {
            if (auto list = index_.org_list_of(docid); list != FacetIndex::kNone) {
                for (auto org : index_.org_list(list)) ++orgs_[static_cast<std::size_t>(org)];
            }
        }
    }
    void add(const DocSet& docs) {
        docs.for_each([this](Xapian::docid docid) { add(docid); });
    }
    // A sample of the documents: those of every `stride`-th block of 64 docids (see DocSet::for_each_block).
    void add_sample(const DocSet& docs, std::size_t stride) {
        docs.for_each_block(stride, [this](Xapian::docid docid) { add(docid); });
    }

    // The facets selected, each bounded to `size` values (FacetValues' orders), counts multiplied by
    // `scale` (rounded) when they stand for more documents than were added.
    Facets collect(DateInterval interval, std::size_t size, double scale = 1.0) const;

    // How many documents were added.
    Xapian::doccount documents() const { return documents_; }

    // Every value counted, by name (for tests and checks).
    std::map<std::string, Xapian::doccount> day_counts() const;
    std::map<std::string, Xapian::doccount> category_counts() const;
    std::map<std::string, Xapian::doccount> org_counts() const;

private:
    const FacetIndex& index_;
    FacetSelection selection_;
    std::vector<Xapian::doccount> days_, categories_, orgs_;
    Xapian::doccount documents_ = 0;
};

// Counts the facets of the documents the matcher visits, through a FacetIndex of the same revision.
class FacetIndexMatchSpy : public Xapian::MatchSpy {
public:
    FacetIndexMatchSpy(const FacetIndex& index, const FacetSelection& selection) : tally_(index, selection) {}
    void operator()(const Xapian::Document& doc, double) override { tally_.add(doc.get_docid()); }
    std::string name() const override { return "vnsearch.FacetIndexMatchSpy"; }

    FacetTally& tally() { return tally_; }
    const FacetTally& tally() const { return tally_; }
    std::map<std::string, Xapian::doccount> day_counts() const { return tally_.day_counts(); }
    std::map<std::string, Xapian::doccount> category_counts() const { return tally_.category_counts(); }
    std::map<std::string, Xapian::doccount> org_counts() const { return tally_.org_counts(); }

private:
    FacetTally tally_;
};

}  // namespace vnsearch::searchd
