// The compacted copy; see backup.h.
#include "backup.h"

#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <system_error>

#include "compaction.h"
#include "db_lock.h"
#include "index_run.h"
#include "input_paths.h"
#include "shard_set.h"

namespace vnsearch::indexer {
namespace fs = std::filesystem;

std::string BackupResult::text(const fs::path& db, const fs::path& destination) const {
    char took[32];
    std::snprintf(took, sizeof took, "%.1f", seconds);
    std::string shard_set = shards > 0 ? std::to_string(shards) + " shards, first shard's " : "";
    return "backed up " + db.string() + " (" + std::to_string(documents) + " documents, " + shard_set + "revision " +
           std::to_string(revision) + ") to " + destination.string() + " in " + took + " s";
}

namespace {

// The same document ids as the live database: the copy is the database, only compacted. A shard set is
// copied as a set (each shard compacted on its own, and the stub), so it restores in place; its shards'
// docid ranges overlap, so they could not be compacted into one with the same ids anyway.
void copy_compacted(const fs::path& db, std::size_t shards, const fs::path& partial) {
    if (shards == 0) {
        Xapian::Database(db.string()).compact(partial.string(), Xapian::DBCOMPACT_NO_RENUMBER, kCompactedBlockSize);
        return;
    }
    fs::create_directories(partial);
    for (std::size_t shard = 0; shard < shards; ++shard) {
        Xapian::Database(shard_path(db, shard).string())
            .compact(shard_path(partial, shard).string(), Xapian::DBCOMPACT_NO_RENUMBER, kCompactedBlockSize);
    }
    write_shard_stub(partial, shards);
}

}  // namespace

BackupResult back_up(const fs::path& db, const fs::path& destination) {
    auto start = std::chrono::steady_clock::now();
    std::error_code error;
    if (fs::exists(destination, error)) {
        throw UsageError("--backup " + destination.string() + ": already exists; give a new directory name");
    }
    if (!fs::is_directory(db, error)) throw UsageError("--db " + db.string() + ": no database there to back up");
    fs::path lock_path = DbLock::lock_path_for(db);
    auto lock = DbLock::try_acquire(lock_path);
    if (!lock) {
        throw LockedError("another indexer is running on " + db.string() + " (lock " + lock_path.string() +
                          "); back up after it finishes");
    }
    Xapian::Database source(db.string());
    std::size_t shards = existing_shards(db);
    fs::path partial = destination.string() + ".partial-" + std::to_string(::getpid());
    fs::remove_all(partial, error);
    try {
        copy_compacted(db, shards, partial);
        fs::rename(partial, destination);
    } catch (...) {
        fs::remove_all(partial, error);
        throw;
    }
    // A combined database has no revision of its own: a set's is its first shard's.
    Xapian::rev revision = shards == 0 ? source.get_revision() : Xapian::Database(shard_path(db, 0).string()).get_revision();
    BackupResult result{source.get_doccount(), revision, 0, shards};
    result.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    return result;
}

}  // namespace vnsearch::indexer
