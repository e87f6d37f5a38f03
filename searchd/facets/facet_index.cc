// The in-memory facet index, its tally and its match spy; see facet_index.h.
#include "facets/facet_index.h"

#include <algorithm>
#include <cmath>
#include <unordered_map>

#include "facets/facet_values.h"
#include "vnsearch/schema/layout.h"

namespace vnsearch::searchd {
namespace {

namespace slot = schema::slot;

// Distinct strings numbered in order of first appearance.
class Interner {
public:
    explicit Interner(std::vector<std::string>& table) : table_(table) {}
    std::int32_t id(const std::string& value) {
        auto [it, added] = ids_.try_emplace(value, static_cast<std::int32_t>(table_.size()));
        if (added) table_.push_back(value);
        return it->second;
    }

private:
    std::vector<std::string>& table_;
    std::unordered_map<std::string, std::int32_t> ids_;
};

// by_docid[docid] = the interned value of the slot, for every document that has one.
void read_slot(const Xapian::Database& db, Xapian::valueno slot, std::vector<std::int32_t>& by_docid,
               Interner& interner) {
    for (auto it = db.valuestream_begin(slot); it != db.valuestream_end(slot); ++it) {
        by_docid[it.get_docid()] = interner.id(*it);
    }
}

std::map<std::string, Xapian::doccount> named(const std::vector<Xapian::doccount>& counts,
                                              const std::vector<std::string>& names) {
    std::map<std::string, Xapian::doccount> result;
    for (std::size_t i = 0; i < counts.size(); ++i) {
        if (counts[i] > 0) result[names[i]] = counts[i];
    }
    return result;
}

constexpr DateInterval kIntervals[] = {DateInterval::Year, DateInterval::Month, DateInterval::Day};

std::vector<FacetValue> scaled(std::vector<FacetValue> values, double scale) {
    if (scale == 1.0) return values;
    for (auto& value : values) value.count = static_cast<Xapian::doccount>(std::llround(value.count * scale));
    return values;
}

}  // namespace

FacetIndex::FacetIndex(const Xapian::Database& db, IndexVersion version)
    : version_(std::move(version)), term_sets_(db.get_lastdocid() + 1) {
    std::size_t slots = static_cast<std::size_t>(db.get_lastdocid()) + 1;
    day_.assign(slots, kNone);
    category_.assign(slots, kNone);
    org_list_.assign(slots, kNone);
    Interner days(days_), categories(categories_);
    std::vector<std::string> lists;
    Interner list_ids(lists);
    read_slot(db, slot::kDate, day_, days);
    read_slot(db, slot::kCategory, category_, categories);
    read_slot(db, slot::kOrgs, org_list_, list_ids);
    std::vector<Xapian::doccount> list_documents(lists.size());
    for (std::int32_t list : org_list_) {
        if (list != kNone) ++list_documents[static_cast<std::size_t>(list)];
    }
    for (std::size_t list = 0; list < lists.size(); ++list) {
        std::size_t first = org_list_items_.size();
        for (const auto& org : distinct_list_items(lists[list])) {
            std::int32_t id = org_names_.add(org, list_documents[list]);
            // Two spellings of one name in a document count once.
            if (std::find(org_list_items_.begin() + static_cast<std::ptrdiff_t>(first), org_list_items_.end(), id) ==
                org_list_items_.end()) {
                org_list_items_.push_back(id);
            }
        }
        org_list_starts_.push_back(static_cast<std::uint32_t>(org_list_items_.size()));
    }
    orgs_ = org_names_.shown();
    for (DateInterval interval : kIntervals) {
        auto i = static_cast<std::size_t>(interval);
        Interner buckets(bucket_names_[i]);
        for (const auto& day : days_) {
            auto date = schema::date_from_sort_key(day);
            day_buckets_[i].push_back(date ? buckets.id(date->bucket(interval)) : kNone);
        }
        bucket_ranks_[i] = name_ranks(bucket_names_[i]);
    }
    category_ranks_ = name_ranks(categories_);
    org_ranks_ = name_ranks(orgs_);
}

DocSet FacetIndex::dated_between(const std::optional<std::string>& from, const std::optional<std::string>& to) const {
    std::vector<bool> in_range(days_.size());
    for (std::size_t day = 0; day < days_.size(); ++day) {
        in_range[day] = (!from || days_[day] >= *from) && (!to || days_[day] <= *to);
    }
    DocSet dated(size());
    for (Xapian::docid docid = 0; docid < size(); ++docid) {
        if (day_[docid] != kNone && in_range[static_cast<std::size_t>(day_[docid])]) dated.insert(docid);
    }
    return dated;
}

const DateOrder& FacetIndex::date_order(const Xapian::Database& db, bool newest) const {
    std::lock_guard lock(date_orders_mutex_);
    auto& order = date_orders_[newest ? 1 : 0];
    if (!order) order = std::make_unique<const DateOrder>(db, newest);
    return *order;
}

const StoryTable& FacetIndex::stories(const Xapian::Database& db) const {
    std::lock_guard lock(stories_mutex_);
    if (!stories_) stories_ = std::make_unique<const StoryTable>(db);
    return *stories_;
}

FacetTally::FacetTally(const FacetIndex& index, const FacetSelection& selection)
    : index_(index),
      selection_(selection),
      days_(selection.date ? index.days().size() : 0),
      categories_(selection.category ? index.categories().size() : 0),
      orgs_(selection.org ? index.orgs().size() : 0) {}

Facets FacetTally::collect(DateInterval interval, std::size_t size, double scale) const {
    Facets facets;
    if (selection_.date) {
        std::vector<Xapian::doccount> buckets(index_.bucket_names(interval).size());
        for (std::size_t day = 0; day < days_.size(); ++day) {
            auto bucket = index_.bucket_of_day(static_cast<std::int32_t>(day), interval);
            if (bucket != FacetIndex::kNone) buckets[static_cast<std::size_t>(bucket)] += days_[day];
        }
        // The most frequent buckets, shown in calendar order (see date_buckets).
        auto kept = most_frequent(buckets, index_.bucket_names(interval), index_.bucket_ranks(interval), size);
        std::sort(kept.begin(), kept.end(), [](const FacetValue& a, const FacetValue& b) { return a.value < b.value; });
        facets.date = scaled(std::move(kept), scale);
    }
    if (selection_.org) facets.org = scaled(most_frequent(orgs_, index_.orgs(), index_.org_ranks(), size), scale);
    if (selection_.category) {
        facets.category = scaled(most_frequent(categories_, index_.categories(), index_.category_ranks(), size), scale);
    }
    return facets;
}

std::map<std::string, Xapian::doccount> FacetTally::day_counts() const { return named(days_, index_.days()); }

std::map<std::string, Xapian::doccount> FacetTally::category_counts() const {
    return named(categories_, index_.categories());
}

std::map<std::string, Xapian::doccount> FacetTally::org_counts() const { return named(orgs_, index_.orgs()); }

}  // namespace vnsearch::searchd
