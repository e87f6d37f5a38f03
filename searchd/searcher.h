// The search itself: a SearchRequest -> matching articles, facet counts and the words to mark,
// through Xapian's Enquire on a pooled database (filters, sorting, match spies, reopen on change).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>
#include <xapian.h>

#include "searchd/database_pool.h"
#include "searchd/facet_counter.h"
#include "searchd/match_words.h"
#include "searchd/query_builder.h"
#include "searchd/search_request.h"
#include "searchd/spelling_suggester.h"

namespace vnsearch::searchd {

struct Hit {
    nlohmann::json article;  // the stored article (schema::to_json)
    double score = 0.0;

    // The hit an MSet iterator points at.
    static Hit at(const Xapian::MSetIterator& it);
};

struct Facets {
    std::optional<std::vector<FacetValue>> date;
    std::optional<std::vector<FacetValue>> org;
    std::optional<std::vector<FacetValue>> category;
};

struct SearchResult {
    Xapian::doccount total = 0;  // exact when facets are counted, Xapian's estimate otherwise
    std::vector<Hit> hits;
    Facets facets;
    MatchWords highlight;
    bool relaxed = false;        // no article had every word: these have some of them
    std::optional<std::string> suggestion;
};

struct RelatedResult;

struct IndexStats {
    Xapian::doccount documents = 0;
    Xapian::rev revision = 0;
    std::string uuid;  // changes when --rebuild swaps in a new database, whose revisions restart
};

// How matches are ranked: with the proximity boosts (the default), or plain BM25 over the same matches,
// which is cheaper and serves as the baseline the boosts are measured against.
enum class Ranking { Proximity, Bm25 };

class Searcher {
public:
    explicit Searcher(DatabasePool& pool, Ranking ranking = Ranking::Proximity) : pool_(pool), ranking_(ranking) {}

    SearchResult search(const SearchRequest& request) const;
    // The stored article with this id, or nullopt.
    std::optional<nlohmann::json> article(const std::string& id) const;
    // Articles like this one, or nullopt when there is no article with this id.
    std::optional<RelatedResult> related(const std::string& id, const RelatedRequest& request) const;
    IndexStats stats() const;

private:
    DatabasePool& pool_;
    Ranking ranking_;
    QueryBuilder builder_;
    SpellingSuggester suggester_;
};

}  // namespace vnsearch::searchd
