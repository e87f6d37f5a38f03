// The facets room's one interface to the searcher: counts the date, organization and category facets
// a request asks for over every document a query matches, and orders them for the response.
//
// Inside the room: FacetIndex (facet_index.h) holds one revision's facet slots in memory, by document,
// so counting a match costs array lookups; DocSet, TermSets and query_docs (doc_set.h, term_sets.h,
// query_docs.h) count a query's matches as bitmaps; facet_values.h orders and bounds the counts.
#pragma once

#include <cstddef>
#include <memory>
#include <optional>

#include <xapian.h>

#include "facets/doc_set.h"
#include "facets/facet_index.h"
#include "facets/facet_values.h"
#include "search_request.h"

namespace vnsearch::searchd {

class FacetCounter {
public:
    // Matches counted one by one up to this many (~2 ms); above it, a sample of about as many. At
    // 1,000,000 articles counting was the largest entry of searchd's profile under load with 100,000
    // (26% at 8 connections): see README "Counting".
    static constexpr Xapian::doccount kDefaultExactUpTo = 50000;

    // `index` must describe the very revision of the database the query runs on.
    FacetCounter(std::shared_ptr<const FacetIndex> index, const FacetSelection& selection,
                 Xapian::doccount exact_up_to = kDefaultExactUpTo);

    // Counts every document the matcher visits: give get_mset a check_at_least covering the
    // collection for exact counts.
    void attach(Xapian::Enquire& enquire);
    // Counts these documents (the matches, as a set): each of them up to exact_up_to, else those of
    // evenly spaced blocks of docids (about exact_up_to of them), and the counts become estimates
    // scaled up to the set's size.
    void count(const DocSet& matches);
    // How many documents were counted.
    Xapian::doccount documents() const;
    // False when count() tallied a sample.
    bool exact() const { return sample_scale_ == 1.0; }

    // The facets asked for, each bounded to `size` values; dates grouped by `interval`; counts
    // multiplied by `scale` when the documents counted stand for more (and by count()'s own scale).
    Facets collect(schema::DateInterval interval, std::size_t size, double scale = 1.0) const;

private:
    std::shared_ptr<const FacetIndex> index_;
    FacetSelection selection_;
    Xapian::doccount exact_up_to_;
    double sample_scale_ = 1.0;
    std::optional<FacetIndexMatchSpy> spy_;
};

}  // namespace vnsearch::searchd
