// The compacted copy; see backup.h.
#include "backup.h"

#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <system_error>

#include "db_lock.h"
#include "index_run.h"
#include "input_paths.h"

namespace vnsearch::indexer {
namespace fs = std::filesystem;

std::string BackupResult::text(const fs::path& db, const fs::path& destination) const {
    char took[32];
    std::snprintf(took, sizeof took, "%.1f", seconds);
    return "backed up " + db.string() + " (" + std::to_string(documents) + " documents, revision " +
           std::to_string(revision) + ") to " + destination.string() + " in " + took + " s";
}

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
    fs::path partial = destination.string() + ".partial-" + std::to_string(::getpid());
    fs::remove_all(partial, error);
    try {
        // The same document ids as the live database: the copy is the database, only compacted.
        source.compact(partial.string(), Xapian::DBCOMPACT_NO_RENUMBER);
        fs::rename(partial, destination);
    } catch (...) {
        fs::remove_all(partial, error);
        throw;
    }
    BackupResult result{source.get_doccount(), source.get_revision(), 0};
    result.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    return result;
}

}  // namespace vnsearch::indexer
