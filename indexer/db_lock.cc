// flock-based run lock; see db_lock.h.
#include "db_lock.h"

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <stdexcept>
#include <string>

namespace vnsearch::indexer {

std::filesystem::path DbLock::lock_path_for(const std::filesystem::path& db_dir) {
    std::string dir = db_dir.string();
    while (dir.size() > 1 && dir.back() == '/') dir.pop_back();
    return dir + ".lock";
}

std::optional<DbLock> DbLock::try_acquire(const std::filesystem::path& lock_path) {
    int fd = ::open(lock_path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
    if (fd < 0) {
        throw std::runtime_error("cannot open lock file " + lock_path.string() + ": " + std::strerror(errno));
    }
    if (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
        int error = errno;
        ::close(fd);
        if (error == EWOULDBLOCK) return std::nullopt;
        throw std::runtime_error("cannot lock " + lock_path.string() + ": " + std::strerror(error));
    }
    // Who holds it, for a curious operator (cat DIR.lock); not used for locking.
    std::string pid = std::to_string(::getpid()) + "\n";
    if (::ftruncate(fd, 0) == 0 && ::write(fd, pid.data(), pid.size()) < 0) {
        // Informational only.
    }
    return DbLock(fd);
}

DbLock::~DbLock() {
    if (fd_ >= 0) ::close(fd_);
}

}  // namespace vnsearch::indexer
