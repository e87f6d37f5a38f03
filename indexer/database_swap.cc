// Rebuild directories and the atomic swap; see database_swap.h.
#include "database_swap.h"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <stdexcept>
#include <string>
#include <system_error>

namespace vnsearch::indexer {
namespace fs = std::filesystem;
namespace {

fs::path without_trailing_slash(const fs::path& dir) {
    std::string text = dir.string();
    while (text.size() > 1 && text.back() == '/') text.pop_back();
    return text;
}

std::string rebuild_prefix(const fs::path& db_dir) {
    return without_trailing_slash(db_dir).filename().string() + ".rebuild-";
}

}  // namespace

fs::path rebuild_path_for(const fs::path& db_dir) {
    fs::path dir = without_trailing_slash(db_dir);
    return dir.parent_path() / (rebuild_prefix(dir) + std::to_string(::getpid()));
}

void remove_stale_rebuilds(const fs::path& db_dir) {
    fs::path dir = without_trailing_slash(db_dir);
    fs::path parent = dir.parent_path().empty() ? fs::path(".") : dir.parent_path();
    std::string prefix = rebuild_prefix(dir);
    std::error_code error;
    for (const auto& entry : fs::directory_iterator(parent, error)) {
        if (entry.path().filename().string().starts_with(prefix)) fs::remove_all(entry.path(), error);
    }
}

void swap_in(const fs::path& fresh, const fs::path& live_dir) {
    fs::path live = without_trailing_slash(live_dir);
    if (!fs::exists(live)) {
        fs::rename(fresh, live);
        return;
    }
    if (::renameat2(AT_FDCWD, fresh.c_str(), AT_FDCWD, live.c_str(), RENAME_EXCHANGE) != 0) {
        int error = errno;
        throw std::runtime_error("cannot swap the rebuilt database into " + live.string() +
                                 ": renameat2(RENAME_EXCHANGE) failed: " + std::strerror(error) +
                                 (error == EINVAL || error == ENOSYS ? " (this filesystem cannot exchange directories)" : "") +
                                 "; the live database is untouched and the rebuilt one is at " + fresh.string());
    }
    // `fresh` now names the old database; readers that still have it open keep their open files.
    fs::remove_all(fresh);
}

}  // namespace vnsearch::indexer
