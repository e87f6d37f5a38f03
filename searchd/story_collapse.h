// Collapse of syndicated copies (collapse=1, related articles) done in the answer's own order: the
// first article of each duplicate-key group in the MSet's order is kept. Xapian's collapse key keeps
// the first of a group it meets among equal weights, in docid order, which differs between one
// database and shards; the MSet's order breaks ties by article id, so this answer does not.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

#include <xapian.h>

namespace vnsearch::searchd {

// One revision's duplicate keys as story numbers by docid, read in one pass over the key's value
// stream: collapsing every match of a broad query read each match's key from Xapian, ~10 us apiece
// (1,000,000 articles, q=có collapse=1: 13 s); a story number is an array read.
class StoryTable {
public:
    static constexpr std::int32_t kNone = -1;  // no duplicate key: a story of its own

    explicit StoryTable(const Xapian::Database& db);

    // kNone for a document without a key, or past the revision this was read from.
    std::int32_t story_of(Xapian::docid docid) const {
        return docid < stories_.size() ? stories_[docid] : kNone;
    }
    std::size_t stories() const { return count_; }

private:
    std::vector<std::int32_t> stories_;  // by docid
    std::size_t count_ = 0;
};

// The matches (in the answer's order, answer_order.h) that come first in their story; articles without a
// duplicate key are each their own. Reads each match's duplicate key value.
std::vector<Xapian::MSetIterator> first_of_each_story(const std::vector<Xapian::MSetIterator>& matches);
// The same with the stories of `table`, which must be of the matches' revision and database.
std::vector<Xapian::MSetIterator> first_of_each_story(const std::vector<Xapian::MSetIterator>& matches,
                                                      const StoryTable& table);

}  // namespace vnsearch::searchd
