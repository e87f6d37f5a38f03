// The DocSets of one database revision's terms, for counting a query's matches with bitmaps: a
// frequent term's set is built once and kept (shared by every worker thread), a rare one is read from
// its posting list each time, which costs less than keeping it. Memory is bounded: the kept sets start
// afresh when they pass max_bytes.
#pragma once

#include <cstddef>
#include <memory>
#include <mutex>
#include <string>
#include <unordered_map>

#include <xapian.h>

#include "facets/doc_set.h"

namespace vnsearch::searchd {

class TermSets {
public:
    // Terms in at least this many documents are kept (reading 256 postings costs about what a lookup does).
    static constexpr Xapian::doccount kKeepFrom = 256;
    // 1,000,000 articles make a set 125 KB: 64 MB held ~500, fewer than the 1M mixed file's frequent terms,
    // and rebuilding them was a third of its CPU time (39.8 -> 21.6 ms a query with 256 MB; 512 gained nothing).
    static constexpr std::size_t kDefaultMaxBytes = std::size_t{256} << 20;

    // end: the revision's get_lastdocid() + 1.
    explicit TermSets(Xapian::docid end, std::size_t max_bytes = kDefaultMaxBytes) : end_(end), max_bytes_(max_bytes) {}
    TermSets(const TermSets&) = delete;
    TermSets& operator=(const TermSets&) = delete;

    // The documents holding `term` (every document for the empty term). Thread-safe; `db` must be the
    // revision these sets describe.
    std::shared_ptr<const DocSet> of(const Xapian::Database& db, const std::string& term);

    // The documents a query with no posting list of its own matches (a wildcard: the prefixes of
    // search as you type), kept by its serialised form like a frequent term's. nullptr when the query
    // cannot be serialised (a posting source).
    std::shared_ptr<const DocSet> of_query(const Xapian::Database& db, const Xapian::Query& query);

    Xapian::docid end() const { return end_; }

private:
    std::shared_ptr<const DocSet> kept(const std::string& key);
    void keep(const std::string& key, std::shared_ptr<const DocSet> set);

    Xapian::docid end_;
    std::size_t max_bytes_;
    std::mutex mutex_;
    std::unordered_map<std::string, std::shared_ptr<const DocSet>> kept_;  // terms, and queries as "\0" + serialised
    std::size_t bytes_ = 0;
};

}  // namespace vnsearch::searchd
