// Related articles: Xapian relevance-set expansion of one article (its most distinctive folded words
// and word pairs) run as a query, excluding the article itself and its near-duplicates.
#pragma once

#include <cstddef>
#include <vector>

#include <xapian.h>

#include "match_words.h"
#include "hit.h"

namespace vnsearch::searchd {

struct RelatedResult {
    std::vector<Hit> hits;
    MatchWords highlight;  // the expansion words, for snippets
};

class RelatedFinder {
public:
    // How many expansion terms make the query: enough for topical overlap, measured on dantri (20
    // terms were dominated by rare English brand words).
    static constexpr Xapian::termcount kExpansionTerms = 40;
    // Matches fetched per related article asked for: syndicated copies of one story take several.
    static constexpr Xapian::doccount kStoriesFetched = 4;

    RelatedResult find(Xapian::Database& db, Xapian::docid article, std::size_t count) const;
};

}  // namespace vnsearch::searchd
