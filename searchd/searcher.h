// The search itself: a SearchRequest -> matching articles, facet counts and the words to mark,
// through Xapian's Enquire on a pooled database (filters, sorting, match spies, reopen on change).
#pragma once

#include <chrono>
#include <optional>
#include <string>
#include <vector>

#include <xapian.h>

#include "database_pool.h"
#include "facets/facet_counter.h"
#include "facets/facet_values.h"
#include "hit.h"
#include "match_words.h"
#include "query_builder.h"
#include "related_finder.h"
#include "search_request.h"
#include "spelling_suggester.h"
#include "vnsearch/schema/article.h"

namespace vnsearch::searchd {

struct SearchResult {
    Xapian::doccount total = 0;
    bool total_exact = true;     // false: an estimate (a broad phrase query that could not be counted in time)
    std::vector<Hit> hits;
    Facets facets;
    bool facets_exact = true;    // false: the counts are estimates (of a sample, or scaled up as `total` is)
    MatchWords highlight;
    bool relaxed = false;        // no article had every word: these have some of them
    std::optional<std::string> suggestion;
};

struct IndexStats {
    Xapian::doccount documents = 0;
    Xapian::rev revision = 0;
    // Changes when --rebuild swaps in a new database, whose revisions restart (and, over remote
    // databases, which tell no revision, on every change: IndexVersion::tag()).
    std::string uuid;
    std::optional<std::chrono::system_clock::time_point> last_commit;  // see index_freshness.h
};

// How matches are ranked: with the proximity boosts (the default), or plain BM25 over the same matches,
// which is cheaper and serves as the baseline the boosts are measured against.
enum class Ranking { Proximity, Bm25 };

// How much of the matches of a broad query the Searcher looks at.
struct SearchBounds {
    // Facets of more matches than this are estimated from a sample (FacetCounter).
    Xapian::doccount exact_facets_up_to = FacetCounter::kDefaultExactUpTo;
    // A query of words typed side by side with more matches than this ranks those holding two of its
    // words side by side first, then the others (searcher.cc, page_tiered).
    Xapian::doccount tiered_from = 20000;
    // A query the term sets cannot count (a phrase of three words or more, whose order they do not hold) is counted by
    // Xapian's matcher for at most this long; past it, total and facets are estimates and say so.
    // A wall-clock budget: a busy machine cuts more counts short (tests that compare totals raise it).
    std::chrono::microseconds count_budget{4000};
};

class Searcher {
public:
    explicit Searcher(DatabasePool& pool, Ranking ranking = Ranking::Proximity, SearchBounds bounds = {})
        : pool_(pool), ranking_(ranking), bounds_(bounds) {}

    SearchResult search(const SearchRequest& request) const;
    // The stored article with this id, or nullopt.
    std::optional<schema::Article> article(const std::string& id) const;
    // Articles like this one, or nullopt when there is no article with this id.
    std::optional<RelatedResult> related(const std::string& id, const RelatedRequest& request) const;
    IndexStats stats() const;

private:
    DatabasePool& pool_;
    Ranking ranking_;
    SearchBounds bounds_;
    QueryBuilder builder_;
    SpellingSuggester suggester_;
};

}  // namespace vnsearch::searchd
