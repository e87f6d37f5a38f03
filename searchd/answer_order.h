// Matches ranked by relevance in an order that does not depend on how articles are laid out over
// databases: by weight, then article id, with weights that differ only in their last bits counted as
// equal. Xapian sums a document's term weights in the order of the query's posting-list tree, which
// it builds per database from that database's term frequencies, so syndicated copies of one story
// score equal on one database and a few ulps apart over shards: enough to swap them, and to change
// which copy a collapse keeps.
#pragma once

#include <vector>

#include <xapian.h>

namespace vnsearch::searchd {

// `mset` (ranked by relevance, ties by article id: Enquire::set_sort_by_relevance_then_value(slot::kId))
// reordered so near-equal weights tie by article id.
std::vector<Xapian::MSetIterator> in_answer_order(const Xapian::MSet& mset);
// `mset`'s matches as it orders them (a sort by date, whose keys end with the article id already).
std::vector<Xapian::MSetIterator> in_mset_order(const Xapian::MSet& mset);

}  // namespace vnsearch::searchd
