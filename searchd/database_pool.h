// Read-only Xapian databases for the worker threads (Xapian objects are not thread-safe, so each
// request borrows one no other thread is using, refreshed to the latest index first), and the facet
// index of the latest revision.
#pragma once

#include <cstdint>
#include <filesystem>
#include <memory>
#include <mutex>
#include <stdexcept>
#include <string>
#include <vector>

#include <xapian.h>

#include "database_list.h"
#include "facets/facet_index.h"
#include "index_version.h"

namespace vnsearch::searchd {

class DatabasePool {
public:
    // Opens the databases once to check they are there; throws DatabaseUnavailable.
    explicit DatabasePool(DatabaseList databases);
    // One local database directory.
    explicit DatabasePool(const std::filesystem::path& path) : DatabasePool(DatabaseList({path.string()})) {}
    ~DatabasePool();
    DatabasePool(const DatabasePool&) = delete;
    DatabasePool& operator=(const DatabasePool&) = delete;

    // Runs f(Xapian::Database&) on a database this thread alone uses for the call. A query that meets
    // DatabaseModifiedError (the indexer committed twice under it) runs again on a fresh open.
    // A remote database that fails becomes DatabaseUnavailable (HTTP 503).
    // Any other Xapian::Error (not a std::exception) becomes a std::runtime_error with its description,
    // so callers and the server's error handling need not know Xapian.
    template <typename F>
    auto with_database(F&& f) {
        return with_database_version([&](Xapian::Database& db, const IndexVersion&) { return f(db); });
    }
    // The same, f(Xapian::Database&, const IndexVersion&) also told which version the database is.
    template <typename F>
    auto with_database_version(F&& f) {
        Lease lease(*this);
        for (int attempt = 1;; ++attempt) {
            try {
                return f(lease.database(), lease.version());
            } catch (const Xapian::DatabaseModifiedError& error) {
                if (attempt == kMaxAttempts) throw std::runtime_error("the index kept changing: " + error.get_description());
                lease.open_anew();
            } catch (const Xapian::NetworkError& error) {
                // A remote database went away or stopped answering (NetworkTimeoutError past the reply
                // timeout): this handle is broken, the next request opens the databases anew.
                lease.discard();
                throw_as_ours(error);
            } catch (const Xapian::Error& error) {
                throw_as_ours(error);
            }
        }
    }

    // Xapian's errors (no std::exception) as the server answers them: a remote database that broke or
    // stopped answering is DatabaseUnavailable (HTTP 503), any other error a runtime_error with its
    // description. The catch clause's type picks the overload.
    [[noreturn]] static void throw_as_ours(const Xapian::NetworkError& error);
    [[noreturn]] static void throw_as_ours(const Xapian::Error& error);

    // The databases opened anew, combined; throws DatabaseUnavailable.
    Xapian::Database open() const { return databases_.open().combined; }
    // The same with its leaves (what the watcher reads the version from).
    OpenedDatabases open_leaves() const { return databases_.open(); }
    // Reads the version on disk with a fresh open (what the watcher compares); throws DatabaseUnavailable.
    IndexVersion version_on_disk() const;
    // Tells the pool the index changed: every pooled database refreshes before its next use. `facets`
    // is the facet index of that version, built off the request path (nullptr: none yet).
    void index_changed(const IndexVersion& version, std::shared_ptr<const FacetIndex> facets = nullptr);
    // The facet index of db's very revision (`version`): the one the watcher built when it describes
    // db, else one built now (the window between a commit and the watcher's next check), kept for the
    // requests that follow unless the pool already has a later revision's.
    std::shared_ptr<const FacetIndex> facet_index_for(const Xapian::Database& db, const IndexVersion& version);
    // The same for one local database, whose version it reads.
    std::shared_ptr<const FacetIndex> facet_index_for(const Xapian::Database& db) {
        return facet_index_for(db, version_of(db));
    }

    const DatabaseList& databases() const { return databases_; }
    // The first local directory served (where freshness falls back to file times), or empty.
    std::filesystem::path path() const { return databases_.first_local_path(); }

private:
    static constexpr int kMaxAttempts = 3;

    struct Entry {
        OpenedDatabases opened;
        std::uint64_t generation = 0;
        IndexVersion version;  // what `opened` shows, read when it was opened or reopened
    };

    // A database borrowed from the pool for the length of one call.
    class Lease {
    public:
        explicit Lease(DatabasePool& pool);
        ~Lease();
        Lease(const Lease&) = delete;
        Lease& operator=(const Lease&) = delete;
        Xapian::Database& database() { return entry_->opened.combined; }
        const IndexVersion& version() const { return entry_->version; }
        void open_anew();
        // Not given back to the pool: its connection to a remote database broke.
        void discard() { discarded_ = true; }

    private:
        DatabasePool& pool_;
        bool discarded_ = false;
        std::unique_ptr<Entry> entry_;
    };

    std::unique_ptr<Entry> open_entry(std::uint64_t generation) const;
    std::unique_ptr<Entry> acquire();
    void release(std::unique_ptr<Entry> entry);

    DatabaseList databases_;
    mutable std::mutex mutex_;
    std::vector<std::unique_ptr<Entry>> idle_;
    std::uint64_t generation_ = 0;
    std::string uuid_;
    std::shared_ptr<const FacetIndex> facet_index_;
};

}  // namespace vnsearch::searchd
