// Opening the --db entries as one database; see database_list.h.
#include "database_list.h"

#include <charconv>
#include <fstream>
#include <sstream>

namespace vnsearch::searchd {
namespace fs = std::filesystem;
namespace {

constexpr std::string_view kRemoteScheme = "tcp://";

// The shards a stub file lists, when every line is a local database ("auto PATH" or "glass PATH",
// relative to the stub's directory, as the indexer writes it); empty when it lists anything else
// (remote lines, ...): then the stub is opened by Xapian as one leaf.
std::vector<fs::path> stub_shards(const fs::path& directory) {
    std::ifstream stub(directory / "XAPIANDB");
    if (!stub) return {};
    std::vector<fs::path> shards;
    std::string line;
    while (std::getline(stub, line)) {
        if (line.empty() || line[0] == '#') continue;
        std::istringstream words(line);
        std::string type, path;
        words >> type >> path;
        if ((type != "auto" && type != "glass") || path.empty()) return {};
        shards.push_back(fs::path(path).is_absolute() ? fs::path(path) : directory / path);
    }
    return shards;
}

Xapian::Database open_local(const fs::path& path) {
    return Xapian::Database(path.string());
}

}  // namespace

DatabaseEntry parse_database_entry(const std::string& text) {
    if (text.empty()) throw BadDatabaseEntry("--db: empty entry (expected a directory or tcp://HOST:PORT)");
    if (text.rfind(kRemoteScheme, 0) != 0) return DatabaseEntry{text, false, {}, 0, fs::path(text)};
    std::string rest = text.substr(kRemoteScheme.size());
    auto colon = rest.rfind(':');
    std::string host = colon == std::string::npos ? std::string() : rest.substr(0, colon);
    if (host.size() > 2 && host.front() == '[' && host.back() == ']') host = host.substr(1, host.size() - 2);
    unsigned port = 0;
    std::string port_text = colon == std::string::npos ? std::string() : rest.substr(colon + 1);
    auto [end, error] = std::from_chars(port_text.data(), port_text.data() + port_text.size(), port);
    if (host.empty() || port_text.empty() || error != std::errc() || end != port_text.data() + port_text.size() ||
        port < 1 || port > 65535) {
        throw BadDatabaseEntry("--db: expected tcp://HOST:PORT with a port from 1 to 65535 (a database served by "
                               "xapian-tcpsrv), got '" + text + "'");
    }
    return DatabaseEntry{text, true, host, port, {}};
}

DatabaseList::DatabaseList(const std::vector<std::string>& entries, RemoteTimeouts timeouts) : timeouts_(timeouts) {
    if (entries.empty()) throw BadDatabaseEntry("--db: at least one database is needed");
    for (const auto& entry : entries) entries_.push_back(parse_database_entry(entry));
}

OpenedDatabases DatabaseList::open() const {
    OpenedDatabases opened;
    for (const auto& entry : entries_) {
        try {
            if (entry.remote) {
                opened.leaves.push_back(Xapian::Remote::open(entry.host, entry.port,
                                                             static_cast<unsigned>(timeouts_.reply.count()),
                                                             static_cast<unsigned>(timeouts_.connect.count())));
            } else if (auto shards = stub_shards(entry.path); !shards.empty()) {
                for (const auto& shard : shards) opened.leaves.push_back(open_local(shard));
            } else {
                opened.leaves.push_back(open_local(entry.path));
            }
        } catch (const Xapian::Error& error) {
            std::string hint = entry.remote ? " (is xapian-tcpsrv serving it on that port?)"
                                            : " (build it with: indexer --db " + entry.text + " PATH...)";
            throw DatabaseUnavailable("cannot open the database at " + entry.text + ": " + error.get_description() +
                                      hint);
        }
    }
    for (const auto& leaf : opened.leaves) opened.combined.add_database(leaf);
    return opened;
}

bool DatabaseList::has_remote() const {
    for (const auto& entry : entries_) {
        if (entry.remote) return true;
    }
    return false;
}

fs::path DatabaseList::first_local_path() const {
    for (const auto& entry : entries_) {
        if (!entry.remote) return entry.path;
    }
    return {};
}

std::string DatabaseList::describe() const {
    std::string text;
    for (const auto& entry : entries_) text += (text.empty() ? "" : ", ") + entry.text;
    return text;
}

}  // namespace vnsearch::searchd
