// Upserts and batched commits; see index_writer.h.
#include "indexer/index_writer.h"

#include <algorithm>

namespace vnsearch::indexer {
namespace {

std::optional<Xapian::docid> find(const Xapian::Database& db, const std::string& id_term) {
    auto posting = db.postlist_begin(id_term);
    if (posting == db.postlist_end(id_term)) return std::nullopt;
    return *posting;
}

bool has_term(const Xapian::Document& doc, const std::string& term) {
    auto it = doc.termlist_begin();
    it.skip_to(term);
    return it != doc.termlist_end() && *it == term;
}

}  // namespace

IndexWriter::IndexWriter(const std::filesystem::path& db_dir, std::size_t batch_size)
    : db_(db_dir.string(), Xapian::DB_CREATE_OR_OPEN), batch_size_(std::max<std::size_t>(batch_size, 1)) {}

void IndexWriter::changed() {
    if (++pending_ >= batch_size_) commit();
}

UpsertResult IndexWriter::upsert(const BuiltDocument& built) {
    auto existing = find(db_, built.id_term);
    if (existing) {
        Xapian::Document old = db_.get_document(*existing);
        bool same_source = built.source_term.empty() || has_term(old, built.source_term);
        if (same_source && old.get_data() == built.document.get_data()) return UpsertResult::Unchanged;
    }
    if (!in_batch_) {
        db_.begin_transaction();
        in_batch_ = true;
    }
    db_.replace_document(built.id_term, built.document);
    for (const auto& word : built.spelling_words) db_.add_spelling(word);
    changed();
    return existing ? UpsertResult::Updated : UpsertResult::New;
}

bool IndexWriter::remove(const std::string& id_term) {
    if (!find(db_, id_term)) return false;
    if (!in_batch_) {
        db_.begin_transaction();
        in_batch_ = true;
    }
    db_.delete_document(id_term);
    changed();
    return true;
}

std::vector<std::string> IndexWriter::id_terms_with(const std::string& term, std::string_view id_prefix) const {
    std::vector<std::string> ids;
    for (auto posting = db_.postlist_begin(term); posting != db_.postlist_end(term); ++posting) {
        Xapian::Document doc = db_.get_document(*posting);
        auto it = doc.termlist_begin();
        it.skip_to(std::string(id_prefix));
        if (it != doc.termlist_end() && std::string_view(*it).starts_with(id_prefix)) ids.push_back(*it);
    }
    return ids;
}

void IndexWriter::set_metadata(const std::string& key, const std::string& value) {
    if (!in_batch_) {
        db_.begin_transaction();
        in_batch_ = true;
    }
    db_.set_metadata(key, value);
}

std::vector<std::string> IndexWriter::metadata_keys(const std::string& prefix) const {
    return {db_.metadata_keys_begin(prefix), db_.metadata_keys_end(prefix)};
}

void IndexWriter::commit() {
    if (in_batch_) db_.commit_transaction();
    in_batch_ = false;
    pending_ = 0;
}

}  // namespace vnsearch::indexer
