// What searchd serves (--db, repeatable) and how to open it as one Xapian database: each entry a
// database directory, a shard set (a directory holding a stub file XAPIANDB that lists its shards, as
// `indexer --shards N` writes it), or tcp://HOST:PORT (a database served by Xapian's xapian-tcpsrv).
// Xapian's add_database combines them: term statistics are global, so ranking, totals and the order
// of hits are those of one database holding every article.
#pragma once

#include <chrono>
#include <filesystem>
#include <stdexcept>
#include <string>
#include <vector>

#include <xapian.h>

namespace vnsearch::searchd {

// Thrown when a database cannot be opened; the message names the entry and the cause.
struct DatabaseUnavailable : std::runtime_error {
    using std::runtime_error::runtime_error;
};

// A --db entry that is not one of the three forms; the message says what was expected.
struct BadDatabaseEntry : std::invalid_argument {
    using std::invalid_argument::invalid_argument;
};

struct DatabaseEntry {
    std::string text;  // as given
    bool remote = false;
    std::string host;  // remote only
    unsigned port = 0;
    std::filesystem::path path;  // local only
};

// "tcp://HOST:PORT" (HOST may be [v6]) or a path; throws BadDatabaseEntry.
DatabaseEntry parse_database_entry(const std::string& text);

// Xapian's remote timeouts: a remote database that stops answering fails the request after
// `reply`, one that cannot be reached after `connect`, instead of hanging it.
struct RemoteTimeouts {
    std::chrono::milliseconds reply{10000};
    std::chrono::milliseconds connect{3000};
};

// The databases opened: the combined one the requests search, and its leaves (each one database, a
// shard set's shards listed one by one), whose versions tell when anything changed.
struct OpenedDatabases {
    Xapian::Database combined;
    std::vector<Xapian::Database> leaves;
};

class DatabaseList {
public:
    // Throws BadDatabaseEntry for an empty list or a malformed entry.
    explicit DatabaseList(const std::vector<std::string>& entries, RemoteTimeouts timeouts = {});

    // Opens every entry anew; throws DatabaseUnavailable naming the entry that failed.
    OpenedDatabases open() const;

    bool has_remote() const;
    // The first local directory (where the single-database fallbacks look for files), or empty.
    std::filesystem::path first_local_path() const;
    // The entries as given, joined by ", " (for messages).
    std::string describe() const;

private:
    std::vector<DatabaseEntry> entries_;
    RemoteTimeouts timeouts_;
};

}  // namespace vnsearch::searchd
