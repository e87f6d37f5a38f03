// The facets room's one interface to the searcher: counts the date, organization and category facets
// a request asks for over every document a query matches, and orders them for the response.
//
// Inside the room: FacetIndex (facet_index.h) holds one revision's facet slots in memory, by document,
// so counting a match costs array lookups; facet_values.h orders and bounds the counts.
#pragma once

#include <cstddef>
#include <memory>
#include <optional>

#include <xapian.h>

#include "facets/facet_index.h"
#include "facets/facet_values.h"
#include "search_request.h"

namespace vnsearch::searchd {

class FacetCounter {
public:
    // `index` must describe the very revision of the database the query runs on.
    FacetCounter(std::shared_ptr<const FacetIndex> index, const FacetSelection& selection);

    // Counts every document the matcher visits: give get_mset a check_at_least covering the
    // collection for exact counts.
    void attach(Xapian::Enquire& enquire);

    // The facets asked for, each bounded to `size` values; dates grouped by `interval`.
    Facets collect(schema::DateInterval interval, std::size_t size) const;

private:
    std::shared_ptr<const FacetIndex> index_;
    FacetSelection selection_;
    std::optional<FacetIndexMatchSpy> spy_;
};

}  // namespace vnsearch::searchd
