// Encoding of per-file state and the hashes it holds; see file_state.h. The encoding is length-
// prefixed ("<n>:<bytes>") so paths and ids may hold any byte.
#include "file_state.h"

#include <sys/stat.h>

#include <cerrno>
#include <charconv>

#include "file_bytes.h"
#include "vnsearch/schema/fnv1a.h"

namespace vnsearch::indexer {
namespace {

constexpr std::string_view kVersion = "vnsearch-file-state-1";
// Xapian recommends metadata keys of at most 200 bytes.
constexpr std::size_t kMaxKeyBytes = 200;

void put(std::string& out, std::string_view field) {
    out += std::to_string(field.size());
    out += ':';
    out += field;
}

// Reads one "<n>:<bytes>" field; false at the end or on malformed input.
bool take(std::string_view& in, std::string_view& field) {
    auto colon = in.find(':');
    if (colon == std::string_view::npos || colon == 0) return false;
    std::size_t size = 0;
    auto [end, error] = std::from_chars(in.data(), in.data() + colon, size);
    if (error != std::errc() || end != in.data() + colon || in.size() - colon - 1 < size) return false;
    field = in.substr(colon + 1, size);
    in.remove_prefix(colon + 1 + size);
    return true;
}

template <typename Number>
bool take_number(std::string_view& in, Number& value) {
    std::string_view field;
    if (!take(in, field)) return false;
    auto [end, error] = std::from_chars(field.data(), field.data() + field.size(), value);
    return error == std::errc() && end == field.data() + field.size();
}

}  // namespace

std::string FileState::key_for(std::string_view path) {
    if (kKeyPrefix.size() + path.size() <= kMaxKeyBytes) return std::string(kKeyPrefix) + std::string(path);
    return std::string(kKeyPrefix) + "#" + schema::fnv1a_hex(path);  // the full path is in the value
}

std::string FileState::encode() const {
    std::string out;
    put(out, kVersion);
    put(out, path);
    put(out, std::to_string(stat.size));
    put(out, std::to_string(stat.mtime_ns));
    put(out, content_hash);
    put(out, complete ? "1" : "0");
    for (const auto& [id, hash] : article_hashes) {
        put(out, id);
        put(out, hash);
    }
    return out;
}

std::optional<FileState> FileState::decode(std::string_view in) {
    FileState state;
    std::string_view version, path, hash, complete;
    if (!take(in, version) || version != kVersion || !take(in, path) || !take_number(in, state.stat.size) ||
        !take_number(in, state.stat.mtime_ns) || !take(in, hash) || !take(in, complete)) {
        return std::nullopt;
    }
    state.path = path;
    state.content_hash = hash;
    state.complete = complete == "1";
    while (!in.empty()) {
        std::string_view id, article_hash;
        if (!take(in, id) || !take(in, article_hash)) return std::nullopt;
        state.article_hashes.emplace(id, article_hash);
    }
    return state;
}

FileStat FileState::stat_file(const std::filesystem::path& path) {
    struct stat info {};
    if (::stat(path.c_str(), &info) != 0) throw_cannot_read(errno);
    return FileStat{static_cast<std::uint64_t>(info.st_size),
                    static_cast<std::int64_t>(info.st_mtim.tv_sec) * 1'000'000'000 + info.st_mtim.tv_nsec};
}

std::string FileState::hash_file(const std::filesystem::path& path) {
    schema::Fnv1a hash;
    read_file_chunks(path, [&](std::string_view chunk) { hash.update(chunk); });
    return hash.hex();
}

std::string FileState::hash_article(const RawArticle& raw) {
    const auto& a = raw.article;
    std::string fields;
    for (std::string_view field : {std::string_view(a.id), std::string_view(a.url), std::string_view(a.title),
                                   std::string_view(raw.raw_date), std::string_view(a.source),
                                   std::string_view(a.category), std::string_view(a.body)}) {
        put(fields, field);
    }
    put(fields, a.views ? std::to_string(*a.views) : "-");
    for (const auto& org : a.orgs) put(fields, org);
    return schema::fnv1a_hex(fields);
}

}  // namespace vnsearch::indexer
