// --rebuild's last step before the swap: the fresh database (each shard of a fresh set) rewritten by
// Xapian's compaction, with the same document ids. A database written article by article leaves its
// B-tree blocks part full; compacted, the shared corpora's index went 1.3 GB -> 751 MB (issue 15).
// Only a rebuild pays for it (about a fifth of the rebuild's time): nightly incremental runs append
// to the compacted database as usual.
#pragma once

#include <cstdint>
#include <filesystem>

namespace vnsearch::indexer {

struct CompactionResult {
    std::uintmax_t bytes_before = 0;
    std::uintmax_t bytes_after = 0;
    double seconds = 0;
};

// Compacts the database in `db` (a database directory nobody else has open: the rebuild's own) in place.
// Throws Xapian::Error or std::filesystem::filesystem_error; `db` is then left as it was or compacted,
// never half of either.
CompactionResult compact_in_place(const std::filesystem::path& db);

// Bytes of the files under `dir`.
std::uintmax_t directory_bytes(const std::filesystem::path& dir);

}  // namespace vnsearch::indexer
