// One database revision's documents in a date order (newest or oldest first, as the date sort keys
// order them), so the page of a broad date-sorted search is read off its match bitmap: Xapian's sort
// visits and compares every match (q= over 1,000,000 articles: 150-270 ms), this stops at the page.
#pragma once

#include <cstddef>
#include <vector>

#include <xapian.h>

#include "facets/doc_set.h"

namespace vnsearch::searchd {

class DateOrder {
public:
    // Reads the revision's kDateDescKey (newest) or kDateAscKey values and sorts the docids as
    // Enquire::set_sort_by_value(slot, newest) does. Documents without the value are left out.
    DateOrder(const Xapian::Database& db, bool newest);

    // The docids of `matches` at [skip, skip + count) in this order.
    std::vector<Xapian::docid> page(const DocSet& matches, std::size_t skip, std::size_t count) const;

    // How many docids page() reads, about, to find that page among `matches` matching documents.
    std::size_t expected_scan(Xapian::doccount matches, std::size_t skip, std::size_t count) const;

private:
    std::vector<Xapian::docid> docids_;
};

}  // namespace vnsearch::searchd
