// The write side of the index: a Xapian WritableDatabase with upserts by id term and commits in
// batches (each batch one transaction). Knows Xapian, not input formats.
#pragma once

#include <cstddef>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include <xapian.h>

#include "indexer/document_builder.h"

namespace vnsearch::indexer {

enum class UpsertResult { New, Updated, Unchanged };

class IndexWriter {
public:
    // Opens or creates the database. Throws Xapian::DatabaseLockError when another writer has it.
    IndexWriter(const std::filesystem::path& db_dir, std::size_t batch_size);
    // An open batch that was not committed is dropped, as after a kill: the database stays at its
    // last commit.
    ~IndexWriter() = default;
    IndexWriter(const IndexWriter&) = delete;
    IndexWriter& operator=(const IndexWriter&) = delete;

    // Replaces the document with the same id term, or adds it. Unchanged (same stored article from
    // the same source file) leaves the database untouched.
    UpsertResult upsert(const BuiltDocument& built);

    // Removes the article with this id term; false when there was none.
    bool remove(const std::string& id_term);

    // Id terms of the articles carrying `term` (e.g. a source file's term).
    std::vector<std::string> id_terms_with(const std::string& term, std::string_view id_prefix) const;

    std::string metadata(const std::string& key) const { return db_.get_metadata(key); }
    void set_metadata(const std::string& key, const std::string& value);
    std::vector<std::string> metadata_keys(const std::string& prefix) const;

    // Commits the open batch (no-op when nothing changed). Called every batch_size changes and at the end.
    void commit();

    Xapian::doccount document_count() const { return db_.get_doccount(); }
    Xapian::WritableDatabase& database() { return db_; }

private:
    void changed();  // counts one change, opening a batch and committing a full one

    Xapian::WritableDatabase db_;
    std::size_t batch_size_;
    std::size_t pending_ = 0;
    bool in_batch_ = false;
};

}  // namespace vnsearch::indexer
