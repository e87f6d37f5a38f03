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

#include "facets/facet_index.h"

namespace vnsearch::searchd {

// Thrown when the database directory cannot be opened; the message names the path and the cause.
struct DatabaseUnavailable : std::runtime_error {
    using std::runtime_error::runtime_error;
};

// Which index is on disk: the revision changes on each commit, the UUID when --rebuild swaps in a new
// database directory (then reopen() is not enough: the path must be opened anew).
struct IndexVersion {
    Xapian::rev revision = 0;
    std::string uuid;
    friend bool operator==(const IndexVersion&, const IndexVersion&) = default;
};

class DatabasePool {
public:
    // Opens the database once to check it is there; throws DatabaseUnavailable.
    explicit DatabasePool(std::filesystem::path path);
    ~DatabasePool();
    DatabasePool(const DatabasePool&) = delete;
    DatabasePool& operator=(const DatabasePool&) = delete;

    // Runs f(Xapian::Database&) on a database this thread alone uses for the call. A query that meets
    // DatabaseModifiedError (the indexer committed twice under it) runs again on a fresh open.
    // Any other Xapian::Error (not a std::exception) becomes a std::runtime_error with its description,
    // so callers and the server's error handling need not know Xapian.
    template <typename F>
    auto with_database(F&& f) {
        Lease lease(*this);
        for (int attempt = 1;; ++attempt) {
            try {
                return f(lease.database());
            } catch (const Xapian::DatabaseModifiedError& error) {
                if (attempt == kMaxAttempts) throw std::runtime_error("the index kept changing: " + error.get_description());
                lease.open_anew();
            } catch (const Xapian::Error& error) {
                throw std::runtime_error("Xapian: " + error.get_description());
            }
        }
    }

    // A database opened anew at the path; throws DatabaseUnavailable.
    Xapian::Database open() const;
    // Reads the version on disk with a fresh open (what the watcher compares); throws DatabaseUnavailable.
    IndexVersion version_on_disk() const;
    // Tells the pool the index changed: every pooled database refreshes before its next use. `facets`
    // is the facet index of that version, built off the request path (nullptr: none yet).
    void index_changed(const IndexVersion& version, std::shared_ptr<const FacetIndex> facets = nullptr);
    // The facet index of db's very revision: the one the watcher built when it describes db, else
    // one built now (the window between a commit and the watcher's next check), kept for the requests
    // that follow unless the pool already has a later revision's.
    std::shared_ptr<const FacetIndex> facet_index_for(const Xapian::Database& db);

    const std::filesystem::path& path() const { return path_; }

private:
    static constexpr int kMaxAttempts = 3;

    struct Entry {
        Xapian::Database database;
        std::uint64_t generation = 0;
        std::string uuid;
    };

    // A database borrowed from the pool for the length of one call.
    class Lease {
    public:
        explicit Lease(DatabasePool& pool);
        ~Lease();
        Lease(const Lease&) = delete;
        Lease& operator=(const Lease&) = delete;
        Xapian::Database& database() { return entry_->database; }
        void open_anew();

    private:
        DatabasePool& pool_;
        std::unique_ptr<Entry> entry_;
    };

    std::unique_ptr<Entry> acquire();
    void release(std::unique_ptr<Entry> entry);

    std::filesystem::path path_;
    mutable std::mutex mutex_;
    std::vector<std::unique_ptr<Entry>> idle_;
    std::uint64_t generation_ = 0;
    std::string uuid_;
    std::shared_ptr<const FacetIndex> facet_index_;
};

}  // namespace vnsearch::searchd
