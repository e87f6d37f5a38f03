// Upserts and batched commits; see index_writer.h.
#include "index_writer.h"

#include <algorithm>
#include <chrono>

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
                         const schema::DocumentBuilder& builder)
    : db_(db_dir.string(), Xapian::DB_CREATE_OR_OPEN),
      builder_(builder),
      batch_size_(std::max<std::size_t>(batch_size, 1)) {}

void IndexWriter::begin_change() {
    if (in_batch_) return;
    db_.begin_transaction();
    in_batch_ = true;
}

void IndexWriter::end_change() {
    if (++pending_ >= batch_size_) commit();
}

std::optional<Xapian::docid> IndexWriter::find(const std::string& id_term) const {
    auto posting = db_.postlist_begin(id_term);
    if (posting == db_.postlist_end(id_term)) return std::nullopt;
    return *posting;
}

std::unordered_set<Xapian::docid> IndexWriter::documents_with(const std::string& term) const {
    return {db_.postlist_begin(term), db_.postlist_end(term)};
}

void IndexWriter::forget_spelling(const Xapian::Document& old) {
    for (const auto& word : builder_.stored_spelling_words(old)) db_.remove_spelling(word);
}

Upserted IndexWriter::upsert(const schema::BuiltDocument& built) {
    auto existing = find(built.id_term);
    std::optional<Xapian::Document> old;
    if (existing) {
        old = db_.get_document(*existing);
        bool same_source = built.source_term.empty() || has_term(*old, built.source_term);
        if (same_source && old->get_data() == built.document.get_data()) return {UpsertResult::Unchanged, *existing};
    }
    begin_change();
    if (old) forget_spelling(*old);
    Xapian::docid docid = db_.replace_document(built.id_term, built.document);
    for (const auto& word : built.spelling_words) db_.add_spelling(word);
    end_change();
    return {existing ? UpsertResult::Updated : UpsertResult::New, docid};
}

bool IndexWriter::remove(const std::string& id_term) {
    auto docid = find(id_term);
    if (!docid) return false;
    remove(*docid);
    return true;
}

void IndexWriter::remove(Xapian::docid docid) {
    begin_change();
    forget_spelling(db_.get_document(docid));
    db_.delete_document(docid);
    end_change();
}

std::size_t IndexWriter::remove_all_with(const std::string& term) {
    auto docids = documents_with(term);
    for (auto docid : docids) remove(docid);
    return docids.size();
}

void IndexWriter::set_metadata(const std::string& key, const std::string& value) {
    begin_change();
    db_.set_metadata(key, value);
}

std::vector<std::string> IndexWriter::metadata_keys(const std::string& prefix) const {
    return {db_.metadata_keys_begin(prefix), db_.metadata_keys_end(prefix)};
}

void IndexWriter::commit() {
    if (in_batch_) {
        // Every commit says when it happened: searchd reports the index's age from it.
        db_.set_metadata(schema::CommitStamp::kMetadataKey, schema::CommitStamp::encode(std::chrono::system_clock::now()));
        db_.commit_transaction();
    }
    in_batch_ = false;
    pending_ = 0;
}

}  // namespace vnsearch::indexer
