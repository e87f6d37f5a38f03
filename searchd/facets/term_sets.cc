// Kept term bitmaps; see term_sets.h.
#include "facets/term_sets.h"

namespace vnsearch::searchd {

std::shared_ptr<const DocSet> TermSets::kept(const std::string& key) {
    std::lock_guard lock(mutex_);
    auto it = kept_.find(key);
    return it == kept_.end() ? nullptr : it->second;
}

void TermSets::keep(const std::string& key, std::shared_ptr<const DocSet> set) {
    std::lock_guard lock(mutex_);
    if (bytes_ + set->bytes() > max_bytes_) {
        kept_.clear();
        bytes_ = 0;
    }
    std::size_t bytes = set->bytes();
    if (kept_.emplace(key, std::move(set)).second) bytes_ += bytes;
}

std::shared_ptr<const DocSet> TermSets::of(const Xapian::Database& db, const std::string& term) {
    if (auto set = kept(term)) return set;
    auto set = std::make_shared<const DocSet>(DocSet::of_term(db, term, end_));  // outside the lock: reads the disk
    if (term.empty() || db.get_termfreq(term) >= kKeepFrom) keep(term, set);
    return set;
}

std::shared_ptr<const DocSet> TermSets::of_query(const Xapian::Database& db, const Xapian::Query& query) {
    std::string key(1, '\0');
    try {
        key += query.serialise();
    } catch (const Xapian::UnimplementedError&) {
        return nullptr;
    } catch (const Xapian::InvalidOperationError&) {
        return nullptr;
    }
    if (auto set = kept(key)) return set;
    auto set = std::make_shared<const DocSet>(DocSet::of_query(db, query, end_));
    if (set->count() >= kKeepFrom) keep(key, set);
    return set;
}

}  // namespace vnsearch::searchd
