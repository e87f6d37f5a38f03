// Enquire, filters, sorting and facets; see searcher.h.
#include "searcher.h"

#include "date_key_maker.h"
#include "facets/facet_counter.h"
#include "filters.h"
#include "index_freshness.h"
#include "recency_source.h"
#include "vnsearch/schema/layout.h"

namespace vnsearch::searchd {
namespace {

using schema::Layout;
namespace slot = schema::slot;

constexpr Xapian::doccount kExactTotalUpTo = 1000;

// The request's filters and the query text's own (org:, category:), all of which must hold.
Xapian::Query filtered(const Xapian::Query& query, const SearchRequest& request, const Xapian::Query& text_filter) {
    Xapian::Query filter = all_filters({any_org(request.orgs), any_category(request.categories),
                                        date_range(request.date_from, request.date_to), text_filter});
    if (filter.empty()) return query;
    return Xapian::Query(Xapian::Query::OP_FILTER, query, filter);
}

// The most any document could weigh for the query (Xapian's bound, known before matching): the scale
// recency is blended on. Probing the best match instead costs a search pass for the same effect
// (recency=0.5 on dantri + baomoi: x1.78-1.92 the plain median with the probe, x1.70-1.88 with the
// bound; most of the cost is the weaker pruning once freshness can lift any dated match).
double weight_scale(Xapian::Database& db, const Xapian::Query& query) {
    Xapian::Enquire probe(db);
    probe.set_query(query);
    return probe.get_mset(0, 0).get_max_possible();
}

// relevance * (1 - recency) + freshness * recency * (the query's weight scale): recency=1 ranks the
// matches by date alone, anything between blends the two on the query's own scale.
Xapian::Query with_recency(const Xapian::Query& query, double recency, RecencySource& source) {
    return Xapian::Query(Xapian::Query::OP_AND_MAYBE,
                         Xapian::Query(Xapian::Query::OP_SCALE_WEIGHT, query, 1.0 - recency), Xapian::Query(&source));
}

// What to match: the ranked query (with its proximity boosts) and the bare matching part of it,
// both already filtered.
struct Matching {
    Xapian::Query ranked;
    Xapian::Query bare;
    bool scored = false;
};

// The page of hits. With `facets` (a listing with nothing to rank, whose sort visits every match
// anyway), the facets are counted in the same pass.
Xapian::MSet rank(Xapian::Database& db, const Matching& matching, const SearchRequest& request, FacetCounter* facets) {
    Xapian::Enquire enquire(db);
    std::optional<RecencySource> recency;  // outlives get_mset: the query points at it
    if (matching.scored && request.recency > 0.0 && request.sort == SortOrder::Relevance) {
        recency.emplace(request.recency * weight_scale(db, matching.ranked));
    }
    enquire.set_query(recency ? with_recency(matching.ranked, request.recency, *recency) : matching.ranked);
    SortOrder order = request.sort;
    if (!matching.scored) {
        // Nothing to rank by: list newest first, and skip computing weights.
        if (order == SortOrder::Relevance) order = SortOrder::DateDesc;
        enquire.set_weighting_scheme(Xapian::BoolWeight());
    }
    DateKeyMaker newest_first(true), oldest_first(false);
    if (order == SortOrder::DateDesc) enquire.set_sort_by_key_then_relevance(&newest_first, true);
    if (order == SortOrder::DateAsc) enquire.set_sort_by_key_then_relevance(&oldest_first, false);
    if (request.collapse) enquire.set_collapse_key(slot::kDupKey);
    if (facets) facets->attach(enquire);
    // Facets only see the documents the matcher visits: exact counts need it to visit every match.
    // Otherwise totals are exact up to kExactTotalUpTo matches (Xapian's estimate was off by up to 80%
    // on dantri), and estimated beyond.
    Xapian::doccount check_at_least = facets ? db.get_doccount() : kExactTotalUpTo;
    auto first = static_cast<Xapian::doccount>((request.page - 1) * request.per_page);
    return enquire.get_mset(first, static_cast<Xapian::doccount>(request.per_page), check_at_least);
}

// The exact number of matches, with the facets counted on the way: an unweighted pass over the bare
// matching part. Counting in the ranking pass made Xapian weigh the proximity boosts of every match:
// dantri + baomoi, 600 title spans, all facets: p90 13.3 -> 7.9 ms, p99 104-111 -> 19 ms (median
// 2.0 -> 2.4 ms for the two passes), identical counts. With the facet index, that pass costs array
// lookups: median 3.7-3.9 -> 3.2-3.4 ms and p99 114-117 -> 20-21 ms (in process).
Xapian::doccount count(Xapian::Database& db, const Matching& matching, const SearchRequest& request,
                       FacetCounter& facets) {
    Xapian::Enquire enquire(db);
    enquire.set_query(matching.bare);
    enquire.set_weighting_scheme(Xapian::BoolWeight());
    if (request.collapse) enquire.set_collapse_key(slot::kDupKey);  // the total counts what can be listed
    facets.attach(enquire);
    return enquire.get_mset(0, 0, db.get_doccount()).get_matches_estimated();
}

// facet_index: the facet index of db's revision; nullptr when the request asks for no facet.
SearchResult match(Xapian::Database& db, const Matching& matching, const SearchRequest& request,
                   std::shared_ptr<const FacetIndex> facet_index) {
    std::optional<FacetCounter> facets;
    if (facet_index) facets.emplace(std::move(facet_index), request.facets);
    bool count_apart = facets && matching.scored;
    Xapian::MSet mset = rank(db, matching, request, facets && !matching.scored ? &*facets : nullptr);

    SearchResult result;
    result.total = count_apart ? count(db, matching, request, *facets) : mset.get_matches_estimated();
    for (auto it = mset.begin(); it != mset.end(); ++it) {
        result.hits.push_back(Hit::at(it));
    }
    if (facets) result.facets = facets->collect(request.date_interval, request.facet_size);
    return result;
}

}  // namespace

SearchResult Searcher::search(const SearchRequest& request) const {
    BuiltQuery built = builder_.build(request.q, request.prefix);
    // --ranking bm25 ranks the bare query: the same matches without the proximity boosts.
    auto matching = [&](const Xapian::Query& boosted, const Xapian::Query& bare) {
        const Xapian::Query& ranked = ranking_ == Ranking::Proximity ? boosted : bare;
        return Matching{filtered(ranked, request, built.filter), filtered(bare, request, built.filter), built.scored};
    };
    return pool_.with_database([&](Xapian::Database& db) {
        auto facet_index = request.facets.any() ? pool_.facet_index_for(db) : nullptr;
        SearchResult result = match(db, matching(built.ranked, built.bare), request, facet_index);
        if (result.total == 0 && !built.relaxed.empty()) {
            result = match(db, matching(built.relaxed, built.relaxed_bare), request, facet_index);
            result.relaxed = true;
        }
        result.highlight = built.highlight;
        if (built.only_words) {
            result.suggestion = built.completes_last_word ? suggester_.suggest_while_typing(db, built.words)
                                                          : suggester_.suggest(db, built.words);
        }
        return result;
    });
}

namespace {

std::optional<Xapian::docid> docid_of(Xapian::Database& db, const std::string& id) {
    std::string term = Layout::id_term(id);
    auto posting = db.postlist_begin(term);
    if (posting == db.postlist_end(term)) return std::nullopt;
    return *posting;
}

}  // namespace

std::optional<schema::Article> Searcher::article(const std::string& id) const {
    return pool_.with_database([&](Xapian::Database& db) -> std::optional<schema::Article> {
        auto docid = docid_of(db, id);
        if (!docid) return std::nullopt;
        return stored_article(db.get_document(*docid));
    });
}

std::optional<RelatedResult> Searcher::related(const std::string& id, const RelatedRequest& request) const {
    return pool_.with_database([&](Xapian::Database& db) -> std::optional<RelatedResult> {
        auto docid = docid_of(db, id);
        if (!docid) return std::nullopt;
        return RelatedFinder().find(db, *docid, request.per_page);
    });
}

IndexStats Searcher::stats() const {
    return pool_.with_database([this](Xapian::Database& db) {
        return IndexStats{db.get_doccount(), db.get_revision(), db.get_uuid(), last_commit_time(db, pool_.path())};
    });
}

}  // namespace vnsearch::searchd
