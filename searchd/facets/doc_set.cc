// Document bitmaps; see doc_set.h.
#include "facets/doc_set.h"

#include <algorithm>

namespace vnsearch::searchd {

DocSet DocSet::of_term(const Xapian::Database& db, const std::string& term, Xapian::docid end) {
    DocSet set(end);
    for (auto it = db.postlist_begin(term); it != db.postlist_end(term); ++it) {
        if (*it < end) set.insert(*it);
    }
    return set;
}

namespace {

// Adds each document the matcher visits to a set.
class Collector : public Xapian::MatchSpy {
public:
    Collector(DocSet& set, Xapian::docid end) : set_(set), end_(end) {}
    void operator()(const Xapian::Document& doc, double) override {
        if (doc.get_docid() < end_) set_.insert(doc.get_docid());
    }
    std::string name() const override { return "vnsearch.DocSetCollector"; }

private:
    DocSet& set_;
    Xapian::docid end_;
};

}  // namespace

DocSet DocSet::of_query(const Xapian::Database& db, const Xapian::Query& query, Xapian::docid end) {
    DocSet set(end);
    Collector collector(set, end);
    Xapian::Enquire enquire(db);
    enquire.set_query(query);
    enquire.set_weighting_scheme(Xapian::BoolWeight());
    auto list = [&] {
        Xapian::MSet matches = enquire.get_mset(0, db.get_doccount());
        for (auto it = matches.begin(); it != matches.end(); ++it) {
            if (*it < end) set.insert(*it);
        }
        return set;
    };
    // Over several databases a spy sees each one's own docids: list the matches (combined docids).
    if (db.size() > 1) return list();
    enquire.add_matchspy(&collector);
    try {
        enquire.get_mset(0, 0, db.get_doccount());
    } catch (const Xapian::UnimplementedError&) {
        enquire.clear_matchspies();  // a remote database runs no spy of ours
        return list();
    }
    return set;
}

DocSet& DocSet::operator&=(const DocSet& other) {
    std::size_t common = std::min(words_.size(), other.words_.size());
    for (std::size_t i = 0; i < common; ++i) words_[i] &= other.words_[i];
    std::fill(words_.begin() + static_cast<std::ptrdiff_t>(common), words_.end(), 0);
    return *this;
}

DocSet& DocSet::operator|=(const DocSet& other) {
    if (other.words_.size() > words_.size()) words_.resize(other.words_.size());
    for (std::size_t i = 0; i < other.words_.size(); ++i) words_[i] |= other.words_[i];
    return *this;
}

DocSet& DocSet::operator^=(const DocSet& other) {
    if (other.words_.size() > words_.size()) words_.resize(other.words_.size());
    for (std::size_t i = 0; i < other.words_.size(); ++i) words_[i] ^= other.words_[i];
    return *this;
}

DocSet& DocSet::subtract(const DocSet& other) {
    std::size_t common = std::min(words_.size(), other.words_.size());
    for (std::size_t i = 0; i < common; ++i) words_[i] &= ~other.words_[i];
    return *this;
}

Xapian::doccount DocSet::count() const {
    Xapian::doccount total = 0;
    for (auto word : words_) total += static_cast<Xapian::doccount>(std::popcount(word));
    return total;
}

Xapian::doccount DocSet::count_through(Xapian::docid docid) const {
    std::size_t last = docid / 64;
    Xapian::doccount total = 0;
    for (std::size_t i = 0; i < std::min(last, words_.size()); ++i) total += static_cast<Xapian::doccount>(std::popcount(words_[i]));
    if (last < words_.size()) {
        std::uint64_t through = docid % 64 == 63 ? ~std::uint64_t{0} : (std::uint64_t{1} << (docid % 64 + 1)) - 1;
        total += static_cast<Xapian::doccount>(std::popcount(words_[last] & through));
    }
    return total;
}

Xapian::docid DocSet::first_from(Xapian::docid docid) const {
    std::size_t word = docid / 64;
    if (word >= words_.size()) return 0;
    std::uint64_t bits = words_[word] & (~std::uint64_t{0} << (docid % 64));
    while (bits == 0) {
        if (++word == words_.size()) return 0;
        bits = words_[word];
    }
    return static_cast<Xapian::docid>(word * 64 + static_cast<std::size_t>(std::countr_zero(bits)));
}

}  // namespace vnsearch::searchd
