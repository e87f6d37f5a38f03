// indexer --backup DEST: a consistent, compacted copy of a live database, taken while holding the
// indexer's lock (so no indexer writes meanwhile; a nightly run that starts then exits 3 and the next
// one catches up) and while searchd goes on serving. A shard set is copied as a shard set. The copy is written beside DEST and renamed into
// place when complete: DEST is a whole database or absent, never half a copy.
#pragma once

#include <filesystem>
#include <string>

#include <xapian.h>

namespace vnsearch::indexer {

struct BackupResult {
    Xapian::doccount documents = 0;
    Xapian::rev revision = 0;
    double seconds = 0;
    std::size_t shards = 0;  // 0: a single database; else the copy is a shard set of this many

    // "backed up DB (N documents, revision R) to DEST in S s" (a set: "N documents, K shards, first shard's revision R")
    std::string text(const std::filesystem::path& db, const std::filesystem::path& destination) const;
};

// Throws UsageError when DEST exists or db is not a database, LockedError when an indexer runs,
// Xapian::Error or std::runtime_error when copying fails (DEST then stays absent).
BackupResult back_up(const std::filesystem::path& db, const std::filesystem::path& destination);

}  // namespace vnsearch::indexer
