// The write side of the index: a Xapian WritableDatabase with upserts by id term and commits in
// batches (each batch one transaction, so a kill leaves the last commit). Knows Xapian, not formats.
// Over a shard set (shard_set.h) it writes each article into its id's shard and speaks of documents by
// the docids Xapian gives them in the combined database, (docid in shard - 1) * shards + shard + 1.
#pragma once

#include <cstddef>
#include <filesystem>
#include <optional>
#include <string>
#include <unordered_set>
#include <vector>

#include <xapian.h>

#include "vnsearch/schema/document_builder.h"

namespace vnsearch::indexer {

enum class UpsertResult { New, Updated, Unchanged };

struct Upserted {
    UpsertResult result;
    Xapian::docid docid;
};

class IndexWriter {
public:
    // Opens or creates the database (shards > 1: the shard set at db_dir, its stub written once its
    // shards exist). Throws Xapian::DatabaseLockError when another writer has it.
    // The builder says which spelling words a replaced or removed document takes back.
    // `durable` false: commits skip fsync (Xapian::DB_NO_SYNC), for a rebuild's scratch databases that
    // a crash throws away anyway.
    IndexWriter(const std::filesystem::path& db_dir, std::size_t batch_size, const schema::DocumentBuilder& builder,
                std::size_t shards = 1, bool durable = true);
    // An open batch that was not committed is dropped, as after a kill: the database stays at its
    // last commit.
    ~IndexWriter() = default;
    IndexWriter(const IndexWriter&) = delete;
    IndexWriter& operator=(const IndexWriter&) = delete;

    // Replaces the document with the same id term, or adds it. Unchanged (same stored article from
    // the same source file) leaves the database untouched.
    Upserted upsert(const schema::BuiltDocument& built);

    std::optional<Xapian::docid> find(const std::string& id_term) const;
    // Documents carrying a term (e.g. a source file's term).
    std::unordered_set<Xapian::docid> documents_with(const std::string& term) const;

    // Removes the article with this id term; false when there was none.
    bool remove(const std::string& id_term);
    void remove(Xapian::docid docid);
    // Removes every document carrying the term; returns how many.
    std::size_t remove_all_with(const std::string& term);

    // Metadata (the incremental state) lives in the first shard, which commits last: a kill between
    // the shards' commits leaves files to read again, whose articles the other shards already hold
    // (then unchanged), never a state that claims articles no shard has.
    std::string metadata(const std::string& key) const { return shards_.front().get_metadata(key); }
    // Part of the open batch: committed with the documents changed before it. Empty value removes.
    void set_metadata(const std::string& key, const std::string& value);
    std::vector<std::string> metadata_keys(const std::string& prefix) const;

    // Commits the open batch (no-op when nothing changed). Called every batch_size changes and at the end.
    void commit();

    Xapian::doccount document_count() const;

private:
    void begin_change();  // opens a batch if none is open
    void end_change();    // counts one change and commits a full batch
    // Takes back the spelling words of a document about to be replaced or deleted, so the "did you
    // mean" frequencies count the articles in the index, not every version ever indexed.
    void forget_spelling(Xapian::WritableDatabase& shard, const Xapian::Document& old);
    // Combined docids, both ways.
    Xapian::docid combined(std::size_t shard, Xapian::docid local) const {
        return static_cast<Xapian::docid>((local - 1) * shards_.size() + shard + 1);
    }
    std::size_t shard_of_docid(Xapian::docid docid) const { return (docid - 1) % shards_.size(); }
    Xapian::docid local_docid(Xapian::docid docid) const {
        return static_cast<Xapian::docid>((docid - 1) / shards_.size() + 1);
    }

    std::vector<Xapian::WritableDatabase> shards_;
    const schema::DocumentBuilder& builder_;
    std::size_t batch_size_;
    std::size_t pending_ = 0;
    bool in_batch_ = false;
};

}  // namespace vnsearch::indexer
