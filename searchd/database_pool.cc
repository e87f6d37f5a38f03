// Per-thread read-only databases with refresh on index change; see database_pool.h.
#include "database_pool.h"

namespace vnsearch::searchd {
namespace {

// Opening or refreshing a database can fail over the network too (a remote that stopped answering
// throws NetworkTimeoutError from reopen() or the version read after it), outside with_database's try.
template <typename F>
auto translating_xapian_errors(F&& f) {
    try {
        return f();
    } catch (const Xapian::NetworkError& error) {
        DatabasePool::throw_as_ours(error);
    } catch (const Xapian::Error& error) {
        DatabasePool::throw_as_ours(error);
    }
}

}  // namespace

void DatabasePool::throw_as_ours(const Xapian::NetworkError& error) {
    throw DatabaseUnavailable("a remote database did not answer: " + error.get_description());
}

void DatabasePool::throw_as_ours(const Xapian::Error& error) {
    throw std::runtime_error("Xapian: " + error.get_description());
}

DatabasePool::DatabasePool(DatabaseList databases) : databases_(std::move(databases)) {
    auto entry = open_entry(0);
    uuid_ = entry->version.uuid;
    facet_index_ = std::make_shared<const FacetIndex>(entry->opened.combined, entry->version);
    idle_.push_back(std::move(entry));
}

DatabasePool::~DatabasePool() = default;

std::unique_ptr<DatabasePool::Entry> DatabasePool::open_entry(std::uint64_t generation) const {
    return translating_xapian_errors([&] {
        auto entry = std::make_unique<Entry>(Entry{databases_.open(), generation, {}});
        entry->version = version_of(entry->opened.leaves);
        return entry;
    });
}

IndexVersion DatabasePool::version_on_disk() const { return version_of(databases_.open().leaves); }

void DatabasePool::index_changed(const IndexVersion& version, std::shared_ptr<const FacetIndex> facets) {
    std::lock_guard lock(mutex_);
    ++generation_;
    uuid_ = version.uuid;
    facet_index_ = std::move(facets);
}

std::shared_ptr<const FacetIndex> DatabasePool::facet_index_for(const Xapian::Database& db,
                                                                const IndexVersion& version) {
    std::shared_ptr<const FacetIndex> latest;
    {
        std::lock_guard lock(mutex_);
        latest = facet_index_;
    }
    if (latest && latest->describes(version)) return latest;
    auto built = std::make_shared<const FacetIndex>(db, version);  // outside the lock: it reads the disk
    std::lock_guard lock(mutex_);
    if (!facet_index_ || !facet_index_->newer_than(*built)) facet_index_ = built;
    return built;
}

std::unique_ptr<DatabasePool::Entry> DatabasePool::acquire() {
    std::unique_ptr<Entry> entry;
    std::uint64_t generation;
    std::string uuid;
    {
        std::lock_guard lock(mutex_);
        generation = generation_;
        uuid = uuid_;
        if (!idle_.empty()) {
            entry = std::move(idle_.back());
            idle_.pop_back();
        }
    }
    // Opening and reopening happen outside the lock: they touch the disk (or the network).
    if (!entry) return open_entry(generation);
    if (entry->generation != generation) {
        if (entry->version.uuid != uuid) {
            entry = open_entry(generation);  // a new directory was swapped in: the old handles see the old one
        } else {
            // A failure drops the entry (its remote connection may be broken): the next request opens anew.
            translating_xapian_errors([&] {
                entry->opened.combined.reopen();  // reopens every leaf: they share the combined one's handles
                entry->version = version_of(entry->opened.leaves);
            });
            entry->generation = generation;
        }
    }
    return entry;
}

void DatabasePool::release(std::unique_ptr<Entry> entry) {
    std::lock_guard lock(mutex_);
    idle_.push_back(std::move(entry));
}

DatabasePool::Lease::Lease(DatabasePool& pool) : pool_(pool), entry_(pool.acquire()) {}

DatabasePool::Lease::~Lease() {
    if (!discarded_) pool_.release(std::move(entry_));
}

void DatabasePool::Lease::open_anew() { entry_ = pool_.open_entry(entry_->generation); }

}  // namespace vnsearch::searchd
