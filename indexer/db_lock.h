// The indexer's own lock: flock on a file beside the database (DIR.lock), held for a whole run
// (including --rebuild, whose swap replaces DIR itself), so a second indexer stops at once.
#pragma once

#include <filesystem>
#include <optional>
#include <string>

namespace vnsearch::indexer {

class DbLock {
public:
    // "DIR.lock" for database directory DIR (trailing slashes ignored).
    static std::filesystem::path lock_path_for(const std::filesystem::path& db_dir);

    // Takes the lock without waiting; nullopt when another process holds it. Throws
    // std::runtime_error when the lock file cannot be opened.
    static std::optional<DbLock> try_acquire(const std::filesystem::path& lock_path);

    DbLock(DbLock&& other) noexcept : fd_(other.fd_) { other.fd_ = -1; }
    DbLock& operator=(DbLock&&) = delete;
    DbLock(const DbLock&) = delete;
    DbLock& operator=(const DbLock&) = delete;
    ~DbLock();  // closing the file releases the lock (the file stays: removing it would race)

private:
    explicit DbLock(int fd) : fd_(fd) {}
    int fd_;
};

}  // namespace vnsearch::indexer
