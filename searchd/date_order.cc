// Docids in date order; see date_order.h.
#include "date_order.h"

#include <algorithm>
#include <string>
#include <utility>

#include "vnsearch/schema/layout.h"

namespace vnsearch::searchd {

DateOrder::DateOrder(const Xapian::Database& db, bool newest) {
    Xapian::valueno slot = newest ? schema::slot::kDateDescKey : schema::slot::kDateAscKey;
    std::vector<std::pair<std::string, Xapian::docid>> keyed;
    keyed.reserve(db.get_value_freq(slot));
    for (auto it = db.valuestream_begin(slot); it != db.valuestream_end(slot); ++it) keyed.emplace_back(*it, it.get_docid());
    // Keys end with the article id, so they are distinct; docid order decides only between copies.
    if (newest) {
        std::sort(keyed.begin(), keyed.end(), [](const auto& a, const auto& b) {
            return a.first != b.first ? a.first > b.first : a.second < b.second;
        });
    } else {
        std::sort(keyed.begin(), keyed.end());
    }
    docids_.reserve(keyed.size());
    for (const auto& entry : keyed) docids_.push_back(entry.second);
}

std::vector<Xapian::docid> DateOrder::page(const DocSet& matches, std::size_t skip, std::size_t count) const {
    std::vector<Xapian::docid> page;
    for (Xapian::docid docid : docids_) {
        if (page.size() == count) break;
        if (!matches.contains(docid)) continue;
        if (skip > 0) {
            --skip;
        } else {
            page.push_back(docid);
        }
    }
    return page;
}

std::size_t DateOrder::expected_scan(Xapian::doccount matches, std::size_t skip, std::size_t count) const {
    if (matches == 0) return docids_.size();
    return std::min(docids_.size(), (skip + count) * docids_.size() / matches);
}

}  // namespace vnsearch::searchd
