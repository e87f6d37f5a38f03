// The in-memory facet index and its match spy; see facet_index.h.
#include "facets/facet_index.h"

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

}  // namespace

FacetIndex::FacetIndex(const Xapian::Database& db) : revision_(db.get_revision()), uuid_(db.get_uuid()) {
    std::size_t slots = static_cast<std::size_t>(db.get_lastdocid()) + 1;
    day_.assign(slots, kNone);
    category_.assign(slots, kNone);
    org_list_.assign(slots, kNone);
    Interner days(days_), categories(categories_), orgs(orgs_);
    std::vector<std::string> lists;
    Interner list_ids(lists);
    read_slot(db, slot::kDate, day_, days);
    read_slot(db, slot::kCategory, category_, categories);
    read_slot(db, slot::kOrgs, org_list_, list_ids);
    for (const auto& list : lists) {
        std::vector<std::int32_t> items;
        for (const auto& org : distinct_list_items(list)) items.push_back(orgs.id(org));
        org_lists_.push_back(std::move(items));
    }
}

bool FacetIndex::describes(const Xapian::Database& db) const {
    return db.get_revision() == revision_ && db.get_uuid() == uuid_;
}

FacetIndexMatchSpy::FacetIndexMatchSpy(const FacetIndex& index, const FacetSelection& selection)
    : index_(index),
      selection_(selection),
      days_(selection.date ? index.days().size() : 0),
      categories_(selection.category ? index.categories().size() : 0),
      org_lists_(selection.org ? index.org_lists().size() : 0) {}

void FacetIndexMatchSpy::operator()(const Xapian::Document& doc, double) {
    Xapian::docid docid = doc.get_docid();
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
        if (auto list = index_.org_list_of(docid); list != FacetIndex::kNone) ++org_lists_[static_cast<std::size_t>(list)];
    }
}

std::map<std::string, Xapian::doccount> FacetIndexMatchSpy::day_counts() const { return named(days_, index_.days()); }

std::map<std::string, Xapian::doccount> FacetIndexMatchSpy::category_counts() const {
    return named(categories_, index_.categories());
}

std::map<std::string, Xapian::doccount> FacetIndexMatchSpy::org_counts() const {
    std::vector<Xapian::doccount> orgs(index_.orgs().size());
    for (std::size_t list = 0; list < org_lists_.size(); ++list) {
        if (org_lists_[list] == 0) continue;
        for (auto org : index_.org_lists()[list]) orgs[static_cast<std::size_t>(org)] += org_lists_[list];
    }
    return named(orgs, index_.orgs());
}

}  // namespace vnsearch::searchd
