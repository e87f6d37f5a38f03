// A shard set on disk: `indexer --shards N --db DIR` makes DIR a directory of N databases (shard-00,
// shard-01, ...) and a stub file DIR/XAPIANDB listing them in Xapian's "auto" stub format, so searchd,
// xapian-delve and xapian-check open DIR as one database. An article's shard is a stable hash of its id
// term, so a later run finds it again to update or delete it.
#pragma once

#include <cstddef>
#include <filesystem>
#include <string_view>

namespace vnsearch::indexer {

inline constexpr const char* kShardStubName = "XAPIANDB";
inline constexpr std::size_t kMaxShards = 256;

// DIR/shard-NN.
std::filesystem::path shard_path(const std::filesystem::path& dir, std::size_t shard);

// How many shards the set at DIR has: 0 when DIR holds no stub (a single database, or nothing yet).
std::size_t existing_shards(const std::filesystem::path& dir);

// The shards a run writes into DIR: `requested` (0: not given) checked against what DIR already holds.
// A set keeps its count (a conflicting --shards is a UsageError naming both); a single database cannot
// become a set in place (UsageError: --rebuild --shards N does it). Returns 1 for a single database.
std::size_t shards_for_run(const std::filesystem::path& dir, std::size_t requested);

// Writes DIR/XAPIANDB listing `count` shards (atomically: readers see the old stub or the new one).
void write_shard_stub(const std::filesystem::path& dir, std::size_t count);

// The shard of an article by its id term: FNV-1a 64 modulo the count, the same on every machine and run.
std::size_t shard_of(std::string_view id_term, std::size_t count);

}  // namespace vnsearch::indexer
