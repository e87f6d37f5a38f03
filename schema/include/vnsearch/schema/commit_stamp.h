// When the index last changed: the indexer writes the time into the database's metadata with every
// commit (key vnsearch.last_commit, Unix seconds as decimal text), and searchd reports it (/health,
// /metrics), so a monitor sees a nightly run that did not happen. Part of the index format.
#pragma once

#include <chrono>
#include <optional>
#include <string>
#include <string_view>

namespace vnsearch::schema {

struct CommitStamp {
    static constexpr const char* kMetadataKey = "vnsearch.last_commit";

    static std::string encode(std::chrono::system_clock::time_point when);
    // nullopt for an empty or malformed value (an index from before stamps has none).
    static std::optional<std::chrono::system_clock::time_point> decode(std::string_view text);
};

}  // namespace vnsearch::schema
