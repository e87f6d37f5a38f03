// Live pickup of index changes: a thread that checks, every interval and when poked (SIGHUP),
// whether the database's revision or UUID changed, and tells the pool so workers refresh.
#pragma once

#include <chrono>
#include <condition_variable>
#include <functional>
#include <mutex>
#include <string>
#include <thread>

#include "database_pool.h"

namespace vnsearch::searchd {

class IndexWatcher {
public:
    static constexpr std::chrono::milliseconds kDefaultInterval{1000};

    // Starts watching at once; stops and joins in the destructor. on_failure runs (on the watcher's
    // thread) after each check that could not open the database: the metrics count them.
    explicit IndexWatcher(DatabasePool& pool, std::chrono::milliseconds interval = kDefaultInterval,
                          std::function<void()> on_failure = {});
    ~IndexWatcher();
    IndexWatcher(const IndexWatcher&) = delete;
    IndexWatcher& operator=(const IndexWatcher&) = delete;

    // Checks now instead of at the next tick.
    void poke();

private:
    void run();
    void check();
    void note_failure(const std::string& why);  // logs the first failure of a run of them

    DatabasePool& pool_;
    std::chrono::milliseconds interval_;
    std::function<void()> on_failure_;
    IndexVersion seen_;
    bool failing_ = false;  // the last check failed: log the next failure only once

    std::mutex mutex_;
    std::condition_variable wake_;
    bool poked_ = false;
    bool stopping_ = false;
    std::thread thread_;  // last: starts once everything above is ready
};

}  // namespace vnsearch::searchd
