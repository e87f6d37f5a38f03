// Enquire, filters, sorting and facets; see searcher.h.
#include "searcher.h"

#include "date_key_maker.h"
#include "facets/facet_counter.h"
#include "facets/match_progress.h"
#include "facets/query_docs.h"
#include "filters.h"
#include "index_freshness.h"
#include "recency_source.h"
#include "vnsearch/schema/layout.h"

namespace vnsearch::searchd {
namespace {

using schema::Layout;
namespace slot = schema::slot;

// A query the term sets cannot count (a phrase, whose positions they do not hold) is counted by
// Xapian's matcher for at most this long; past it, total and facets are estimates and say so.
constexpr double kCountBudgetSeconds = 0.004;
// Matches the ranking pass checks at least (what it checked before totals were counted apart).
constexpr Xapian::doccount kRankAtLeast = 1000;

// The request's filters and the query text's own (org:, category:), all of which must hold.
Xapian::Query filtered(const Xapian::Query& query, const SearchRequest& request, const Xapian::Query& text_filter) {
    Xapian::Query filter = all_filters({any_org(request.orgs), any_category(request.categories),
                                        date_range(request.date_from, request.date_to), text_filter});
    if (filter.empty()) return query;
    return Xapian::Query(Xapian::Query::OP_FILTER, query, filter);
}

// The same without the date range, which the facet index applies to counted sets itself.
Xapian::Query term_filtered(const Xapian::Query& query, const SearchRequest& request, const Xapian::Query& text_filter) {
    Xapian::Query filter = all_filters({any_org(request.orgs), any_category(request.categories), text_filter});
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

// What to match: the ranked query (with its proximity boosts) and the bare matching part of it, both
// filtered, and the bare part with the term filters only (what the term sets count).
struct Matching {
    Xapian::Query ranked;
    Xapian::Query bare;
    Xapian::Query counted;
    bool scored = false;
};

// The page of hits. The total and the facets are counted apart (count() below). The matcher still
// checks at least kRankAtLeast matches as before: with fewer, Xapian's pruning changed the 10th hit of
// 4 in 1,000 mixed queries (dantri + baomoi), and ranking must not change.
Xapian::MSet rank(Xapian::Database& db, const Matching& matching, const SearchRequest& request,
                  const FacetIndex& index) {
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
    DateKeyMaker newest_first(true, &index), oldest_first(false, &index);
    if (order == SortOrder::DateDesc) enquire.set_sort_by_key_then_relevance(&newest_first, true);
    if (order == SortOrder::DateAsc) enquire.set_sort_by_key_then_relevance(&oldest_first, false);
    if (request.collapse) enquire.set_collapse_key(slot::kDupKey);
    auto first = static_cast<Xapian::doccount>((request.page - 1) * request.per_page);
    return enquire.get_mset(first, static_cast<Xapian::doccount>(request.per_page), kRankAtLeast);
}

struct Counted {
    Xapian::doccount total = 0;
    bool exact = true;
    double facet_scale = 1.0;  // what the facet counts stand for, when the count stopped early
};

// The number of matches (and their facets) by Xapian's matcher: an unweighted pass over the bare
// query, within kCountBudgetSeconds. Cut short, the total is estimated from the share of the
// candidates (a superset of the matches, when known) that matched so far, else Xapian's estimate.
// Collapsed totals count what can be listed.
Counted count_by_matching(Xapian::Database& db, const Matching& matching, const SearchRequest& request,
                          FacetCounter* facets, const DocSet* candidates) {
    Xapian::Enquire enquire(db);
    enquire.set_query(matching.bare);
    enquire.set_weighting_scheme(Xapian::BoolWeight());
    if (request.collapse) enquire.set_collapse_key(slot::kDupKey);
    MatchProgress progress;
    enquire.add_matchspy(&progress);
    if (facets) facets->attach(enquire);
    enquire.set_time_limit(kCountBudgetSeconds);
    Xapian::MSet counted = enquire.get_mset(0, 0, db.get_doccount());
    if (counted.get_matches_lower_bound() == counted.get_matches_upper_bound()) {
        return Counted{counted.get_matches_estimated(), true};
    }
    Counted result{candidates && !request.collapse ? progress.estimate(*candidates)
                                                   : std::max(progress.matched(), counted.get_matches_estimated()),
                   false};
    if (facets && facets->documents() > 0) {
        result.facet_scale = static_cast<double>(result.total) / facets->documents();
    }
    return result;
}

// The exact number of matches, with the facets counted on the way: bitmap operations over the
// revision's term sets when the query is made of terms (dantri + baomoi, q=hà nội: 9,582 matches
// counted, facets and all, in ~0.1 ms; Xapian's pass over them took 20-30 ms), else Xapian's matcher.
Counted count(Xapian::Database& db, const Matching& matching, const SearchRequest& request, const FacetIndex& index,
              FacetCounter* facets) {
    std::optional<QueryDocs> docs;
    if (!request.collapse) docs = query_docs(matching.counted, db, index.term_sets());
    if (docs && (request.date_from || request.date_to)) {
        auto key = [](const std::optional<schema::Date>& date) {
            return date ? std::optional<std::string>(date->sort_key()) : std::nullopt;
        };
        docs->docs &= index.dated_between(key(request.date_from), key(request.date_to));
    }
    if (docs && docs->exact) {
        if (facets) facets->count(docs->docs);
        return Counted{docs->docs.count(), true};
    }
    return count_by_matching(db, matching, request, facets, docs ? &docs->docs : nullptr);
}

SearchResult match(Xapian::Database& db, const Matching& matching, const SearchRequest& request,
                   const std::shared_ptr<const FacetIndex>& index) {
    std::optional<FacetCounter> facets;
    if (request.facets.any()) facets.emplace(index, request.facets);
    Counted counted = count(db, matching, request, *index, facets ? &*facets : nullptr);

    SearchResult result;
    result.total = counted.total;
    result.total_exact = result.facets_exact = counted.exact;
    if (request.per_page > 0 && (result.total > 0 || !counted.exact)) {  // per_page=0: no page to rank
        Xapian::MSet mset = rank(db, matching, request, *index);
        for (auto it = mset.begin(); it != mset.end(); ++it) result.hits.push_back(Hit::at(it));
    }
    if (facets) result.facets = facets->collect(request.date_interval, request.facet_size, counted.facet_scale);
    return result;
}

}  // namespace

SearchResult Searcher::search(const SearchRequest& request) const {
    BuiltQuery built = builder_.build(request.q, request.prefix);
    // --ranking bm25 ranks the bare query: the same matches without the proximity boosts.
    auto matching = [&](const Xapian::Query& boosted, const Xapian::Query& bare) {
        const Xapian::Query& ranked = ranking_ == Ranking::Proximity ? boosted : bare;
        return Matching{filtered(ranked, request, built.filter), filtered(bare, request, built.filter),
                        term_filtered(bare, request, built.filter), built.scored};
    };
    return pool_.with_database([&](Xapian::Database& db) {
        auto index = pool_.facet_index_for(db);
        SearchResult result = match(db, matching(built.ranked, built.bare), request, index);
        if (result.total == 0 && result.total_exact && !built.relaxed.empty()) {
            result = match(db, matching(built.relaxed, built.relaxed_bare), request, index);
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
