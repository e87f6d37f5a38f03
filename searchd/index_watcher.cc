// Polling for index changes; see index_watcher.h.
#include "index_watcher.h"

#include <spdlog/spdlog.h>

namespace vnsearch::searchd {

IndexWatcher::IndexWatcher(DatabasePool& pool, std::chrono::milliseconds interval, std::function<void()> on_failure)
    : pool_(pool),
      interval_(interval),
      on_failure_(std::move(on_failure)),
      seen_(pool.version_on_disk()),
      thread_([this] { run(); }) {}

IndexWatcher::~IndexWatcher() {
    {
        std::lock_guard lock(mutex_);
        stopping_ = true;
    }
    wake_.notify_all();
    thread_.join();
}

void IndexWatcher::poke() {
    {
        std::lock_guard lock(mutex_);
        poked_ = true;
    }
    wake_.notify_all();
}

void IndexWatcher::run() {
    std::unique_lock lock(mutex_);
    while (!stopping_) {
        wake_.wait_for(lock, interval_, [this] { return stopping_ || poked_; });
        if (stopping_) break;
        poked_ = false;
        lock.unlock();
        check();
        lock.lock();
    }
}

void IndexWatcher::check() {
    try {
        OpenedDatabases opened = pool_.open_leaves();
        IndexVersion now = version_of(opened.leaves);
        if (failing_) spdlog::info("searchd: the database at {} is readable again", pool_.databases().describe());
        failing_ = false;
        if (now == seen_) return;
        spdlog::info("searchd: index changed (revision {} -> {}{}), refreshing", seen_.revision, now.revision,
                     now.uuid != seen_.uuid ? ", new database swapped in" : "");
        // Built here, off the request path: requests count facets the slow way until it is ready.
        pool_.index_changed(now, std::make_shared<const FacetIndex>(opened.combined, now));
        seen_ = now;
    } catch (const std::exception& error) {
        note_failure(error.what());
    } catch (const Xapian::Error& error) {  // not a std::exception
        note_failure(error.get_description());
    }
}

void IndexWatcher::note_failure(const std::string& why) {
    // A rebuild being swapped in, or a disk problem: keep serving what we have and try again.
    if (!failing_) spdlog::warn("searchd: cannot check the database: {}", why);
    failing_ = true;
    if (on_failure_) on_failure_();
}

}  // namespace vnsearch::searchd
