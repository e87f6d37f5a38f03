// When the served index last changed: the commit stamp the indexer writes into the database's metadata
// (schema/commit_stamp.h), or for an index written before stamps, the modification time of the
// database's version file (iamglass; the directory itself as a last resort).
#pragma once

#include <chrono>
#include <filesystem>
#include <optional>

#include <xapian.h>

namespace vnsearch::searchd {

using TimePoint = std::chrono::system_clock::time_point;

// nullopt when neither the stamp nor the files tell.
std::optional<TimePoint> last_commit_time(const Xapian::Database& db, const std::filesystem::path& db_dir);

// Whole seconds from `when` to `now`, never negative (clocks of two machines may disagree).
long long age_seconds(TimePoint when, TimePoint now);

// "2024-06-30T02:31:07Z".
std::string utc_text(TimePoint when);

}  // namespace vnsearch::searchd
