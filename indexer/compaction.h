// --rebuild's last step before the swap: the fresh database (each shard of a fresh set) rewritten by
// Xapian's compaction, with the same document ids. A database written article by article leaves its
// B-tree blocks part full; compacted, the shared corpora's index went 1.3 GB -> 751 MB (issue 15).
// Only a rebuild pays for it (about a fifth of the rebuild's time): nightly incremental runs append
// to the compacted database as usual.
#pragma once

#include <cstdint>
#include <filesystem>
#include <vector>

namespace vnsearch::indexer {

// The B-tree block size of every database compaction writes (Xapian's default is 8 KB, the most 64 KB).
// Searches read postings a block at a time with pread(): on the shared corpora, the Searcher+JSON loop
// spent ~7% less CPU a query with 32 KB blocks (1.89 -> 1.78 ms, five alternating runs; 16 KB: 1.83),
// the index the same size. Incremental runs write into the compacted database at its block size
// (500 new articles: 2.7 -> 2.4 s, but the database grew 229 MB instead of 164 until the next rebuild).
inline constexpr int kCompactedBlockSize = 32768;

struct CompactionResult {
    std::uintmax_t bytes_before = 0;
    std::uintmax_t bytes_after = 0;
    double seconds = 0;
};

// Compacts the database in `db` (a database directory nobody else has open: the rebuild's own) in place.
// Throws Xapian::Error or std::filesystem::filesystem_error; `db` is then left as it was or compacted,
// never half of either.
CompactionResult compact_in_place(const std::filesystem::path& db);

// Merges the part databases of a parallel rebuild (rebuild_part.h), in order, into a new compacted
// database at `target`: part 0's documents first, each next part's numbered on from the last. The
// files' states are metadata of part 0 alone; keys every part writes (the analysis and commit stamps)
// are taken from part 0. Throws Xapian::Error; a failed merge leaves no `target`.
CompactionResult merge_parts(const std::vector<std::filesystem::path>& parts, const std::filesystem::path& target);

// Bytes of the files under `dir`.
std::uintmax_t directory_bytes(const std::filesystem::path& dir);

}  // namespace vnsearch::indexer
