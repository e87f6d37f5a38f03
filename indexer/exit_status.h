// The indexer's exit statuses, in one place: main returns them and `indexer --help` documents them.
#pragma once

namespace vnsearch::indexer::exit_status {

inline constexpr int kOk = 0;           // every article went in
inline constexpr int kSkipped = 1;      // some articles or files were skipped (reported on stderr)
inline constexpr int kFatal = 2;        // usage error, or a fatal error (database unusable, ...)
inline constexpr int kLocked = 3;       // another indexer holds the database's lock
inline constexpr int kInterrupted = 130;  // SIGINT: work done so far committed
inline constexpr int kTerminated = 143;   // SIGTERM: work done so far committed

}  // namespace vnsearch::indexer::exit_status
