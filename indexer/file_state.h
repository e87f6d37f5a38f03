// What the index remembers about each input file, kept in the database's own metadata so it commits
// atomically with the articles it describes: size, mtime and content hash (unchanged files are
// skipped without reading) and a hash of each article as read (unchanged articles of a changed
// file are not rebuilt).
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>

#include "readers/raw_article.h"

namespace vnsearch::indexer {

struct FileStat {
    std::uint64_t size = 0;
    std::int64_t mtime_ns = 0;
};

struct FileState {
    std::string path;  // absolute
    FileStat stat;
    std::string content_hash;  // FNV-1a of the file's bytes
    // False while a file is being read, when it had errors or the run was interrupted: such a file is
    // read again next time, and its missing articles are not taken as deleted.
    bool complete = false;
    std::unordered_map<std::string, std::string> article_hashes;  // article id -> hash of what was read

    static constexpr std::string_view kKeyPrefix = "vnsearch.file:";
    // The metadata key for a path; long paths are hashed to stay within Xapian's key limit.
    static std::string key_for(std::string_view path);

    std::string encode() const;
    // nullopt for anything that is not an encoded state (another version, corruption).
    static std::optional<FileState> decode(std::string_view encoded);

    // Throws std::runtime_error("cannot read: <reason>").
    static FileStat stat_file(const std::filesystem::path& path);
    static std::string hash_file(const std::filesystem::path& path);
    // Hash of everything a reader found for one article (before enrichment).
    static std::string hash_article(const RawArticle& raw);
};

}  // namespace vnsearch::indexer
