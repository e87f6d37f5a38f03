// One writer's share of a --rebuild run on several cores (IndexRun::rebuild_in_parts): the articles
// whose id term hashes to `index` of `count` (the shard hash, so an id always lands in the same part
// and a repeated id updates its own article). Each part writes a database of its own, with its own
// analysis thread; Xapian's compaction merges them into one at the end (merge_parts, compaction.h).
//
// Every part reads every input (reading is cheap beside analysis and postings). Part 0 alone keeps
// the run's records: it hashes every article for the files' states, writes those states, reports and
// counts read errors, and draws the progress line; the other parts index their articles silently.
#pragma once

#include <cstddef>
#include <string>

#include "shard_set.h"
#include "vnsearch/schema/layout.h"

namespace vnsearch::indexer {

struct RebuildPart {
    std::size_t index = 0;
    std::size_t count = 1;  // 1: the whole run, as without parts

    bool takes(const std::string& article_id) const {
        return count <= 1 || shard_of(schema::Layout::id_term(article_id), count) == index;
    }
    bool keeps_records() const { return index == 0; }
};

}  // namespace vnsearch::indexer
