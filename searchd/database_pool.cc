// Per-thread read-only databases with refresh on index change; see database_pool.h.
#include "database_pool.h"

namespace vnsearch::searchd {

DatabasePool::DatabasePool(std::filesystem::path path) : path_(std::move(path)) {
    auto entry = std::make_unique<Entry>(Entry{open(), 0, {}});
    entry->uuid = entry->database.get_uuid();
    uuid_ = entry->uuid;
    facet_index_ = std::make_shared<const FacetIndex>(entry->database);
    idle_.push_back(std::move(entry));
}

DatabasePool::~DatabasePool() = default;

Xapian::Database DatabasePool::open() const {
    try {
        return Xapian::Database(path_.string());
    } catch (const Xapian::Error& error) {
        throw DatabaseUnavailable("cannot open the database at " + path_.string() + ": " + error.get_description() +
                                  " (build it with: indexer --db " + path_.string() + " PATH...)");
    }
}

IndexVersion DatabasePool::version_on_disk() const {
    Xapian::Database database = open();
    return IndexVersion{database.get_revision(), database.get_uuid()};
}

void DatabasePool::index_changed(const IndexVersion& version, std::shared_ptr<const FacetIndex> facets) {
    std::lock_guard lock(mutex_);
    ++generation_;
    uuid_ = version.uuid;
    facet_index_ = std::move(facets);
}

std::shared_ptr<const FacetIndex> DatabasePool::facet_index_for(const Xapian::Database& db) {
    std::shared_ptr<const FacetIndex> latest;
    {
        std::lock_guard lock(mutex_);
        latest = facet_index_;
    }
    if (latest && latest->describes(db)) return latest;
    auto built = std::make_shared<const FacetIndex>(db);  // outside the lock: it reads the disk
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
    // Opening and reopening happen outside the lock: they touch the disk.
    if (!entry) {
        entry = std::make_unique<Entry>(Entry{open(), generation, {}});
        entry->uuid = entry->database.get_uuid();
    } else if (entry->generation != generation) {
        if (entry->uuid != uuid) {
            entry->database = open();  // a new directory was swapped in: the old handle sees the old one
        } else {
            entry->database.reopen();
        }
        entry->uuid = entry->database.get_uuid();
        entry->generation = generation;
    }
    return entry;
}

void DatabasePool::release(std::unique_ptr<Entry> entry) {
    std::lock_guard lock(mutex_);
    idle_.push_back(std::move(entry));
}

DatabasePool::Lease::Lease(DatabasePool& pool) : pool_(pool), entry_(pool.acquire()) {}

DatabasePool::Lease::~Lease() { pool_.release(std::move(entry_)); }

void DatabasePool::Lease::open_anew() {
    entry_->database = pool_.open();
    entry_->uuid = entry_->database.get_uuid();
}

}  // namespace vnsearch::searchd
