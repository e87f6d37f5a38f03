// Collapse of syndicated copies (collapse=1, related articles) done in the answer's own order: the
// first article of each duplicate-key group in the MSet's order is kept. Xapian's collapse key keeps
// the first of a group it meets among equal weights, in docid order, which differs between one
// database and shards; the MSet's order breaks ties by article id, so this answer does not.
#pragma once

#include <cstddef>
#include <limits>
#include <vector>

#include <xapian.h>

namespace vnsearch::searchd {

// The matches of `mset` that come first in their story (articles without a duplicate key are each
// their own), in order, at most `limit`. Reads each match's duplicate key value.
std::vector<Xapian::MSetIterator> first_of_each_story(const Xapian::MSet& mset,
                                                      std::size_t limit = std::numeric_limits<std::size_t>::max());
// The same over matches already in the answer's order (answer_order.h).
std::vector<Xapian::MSetIterator> first_of_each_story(const std::vector<Xapian::MSetIterator>& matches,
                                                      std::size_t limit = std::numeric_limits<std::size_t>::max());

}  // namespace vnsearch::searchd
