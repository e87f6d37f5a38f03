// Upserts and batched commits; see index_writer.h.
#include "index_writer.h"

#include <algorithm>
#include <chrono>

#include "shard_set.h"
#include "vnsearch/schema/commit_stamp.h"

namespace vnsearch::indexer {
namespace {

bool has_term(const Xapian::Document& doc, const std::string& term) {
    auto it = doc.termlist_begin();
    it.skip_to(term);
    return it != doc.termlist_end() && *it == term;
}

}  // namespace

IndexWriter::IndexWriter(const std::filesystem::path& db_dir, std::size_t batch_size,
                         const schema::DocumentBuilder& builder, std::size_t shards, bool durable)
    : builder_(builder), batch_size_(std::max<std::size_t>(batch_size, 1)) {
    int flags = Xapian::DB_CREATE_OR_OPEN | (durable ? 0 : Xapian::DB_NO_SYNC);
    if (shards <= 1) {
        shards_.emplace_back(db_dir.string(), flags);
        return;
    }
    std::filesystem::create_directories(db_dir);
    for (std::size_t shard = 0; shard < shards; ++shard) {
        shards_.emplace_back(shard_path(db_dir, shard).string(), flags);
    }
    if (existing_shards(db_dir) != shards) write_shard_stub(db_dir, shards);
}

void IndexWriter::begin_change() {
    if (in_batch_) return;
    for (auto& shard : shards_) shard.begin_transaction();
    in_batch_ = true;
}

void IndexWriter::end_change() {
    if (++pending_ >= batch_size_) commit();
}

std::optional<Xapian::docid> IndexWriter::find(const std::string& id_term) const {
    std::size_t shard = shard_of(id_term, shards_.size());
    const auto& db = shards_[shard];
    auto posting = db.postlist_begin(id_term);
    if (posting == db.postlist_end(id_term)) return std::nullopt;
    return combined(shard, *posting);
}

std::unordered_set<Xapian::docid> IndexWriter::documents_with(const std::string& term) const {
    std::unordered_set<Xapian::docid> docids;
    for (std::size_t shard = 0; shard < shards_.size(); ++shard) {
        for (auto it = shards_[shard].postlist_begin(term); it != shards_[shard].postlist_end(term); ++it) {
            docids.insert(combined(shard, *it));
        }
    }
    return docids;
}

void IndexWriter::forget_spelling(Xapian::WritableDatabase& shard, const Xapian::Document& old) {
    for (const auto& word : builder_.stored_spelling_words(old)) shard.remove_spelling(word);
}

Upserted IndexWriter::upsert(const schema::BuiltDocument& built) {
    std::size_t shard = shard_of(built.id_term, shards_.size());
    auto& db = shards_[shard];
    auto existing = find(built.id_term);
    std::optional<Xapian::Document> old;
    if (existing) {
        old = db.get_document(local_docid(*existing));
        bool same_source = built.source_term.empty() || has_term(*old, built.source_term);
        if (same_source && old->get_data() == built.document.get_data()) return {UpsertResult::Unchanged, *existing};
    }
    begin_change();
    if (old) forget_spelling(db, *old);
    // A new article is added outright: replace_document(term) would look the id up a second time.
    Xapian::docid docid = existing ? (db.replace_document(local_docid(*existing), built.document), local_docid(*existing))
                                   : db.add_document(built.document);
    for (const auto& word : built.spelling_words) db.add_spelling(word);
    end_change();
    return {existing ? UpsertResult::Updated : UpsertResult::New, combined(shard, docid)};
}

bool IndexWriter::remove(const std::string& id_term) {
    auto docid = find(id_term);
    if (!docid) return false;
    remove(*docid);
    return true;
}

void IndexWriter::remove(Xapian::docid docid) {
    auto& db = shards_[shard_of_docid(docid)];
    Xapian::docid local = local_docid(docid);
    begin_change();
    forget_spelling(db, db.get_document(local));
    db.delete_document(local);
    end_change();
}

std::size_t IndexWriter::remove_all_with(const std::string& term) {
    auto docids = documents_with(term);
    for (auto docid : docids) remove(docid);
    return docids.size();
}

void IndexWriter::set_metadata(const std::string& key, const std::string& value) {
    begin_change();
    shards_.front().set_metadata(key, value);
}

std::vector<std::string> IndexWriter::metadata_keys(const std::string& prefix) const {
    const auto& db = shards_.front();
    return {db.metadata_keys_begin(prefix), db.metadata_keys_end(prefix)};
}

void IndexWriter::commit() {
    if (in_batch_) {
        // Every commit says when it happened: searchd reports the index's age from it. The first shard,
        // which holds the incremental state, commits last (see metadata()).
        std::string stamp = schema::CommitStamp::encode(std::chrono::system_clock::now());
        for (std::size_t shard = shards_.size(); shard-- > 0;) {
            shards_[shard].set_metadata(schema::CommitStamp::kMetadataKey, stamp);
            shards_[shard].commit_transaction();
        }
    }
    in_batch_ = false;
    pending_ = 0;
}

Xapian::doccount IndexWriter::document_count() const {
    Xapian::doccount count = 0;
    for (const auto& shard : shards_) count += shard.get_doccount();
    return count;
}

}  // namespace vnsearch::indexer
