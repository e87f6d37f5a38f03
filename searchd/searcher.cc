// Enquire, filters, sorting and facets; see searcher.h.
#include "searchd/searcher.h"

#include "searchd/date_key_maker.h"
#include "searchd/facet_index.h"
#include "searchd/recency_source.h"
#include "searchd/related_finder.h"
#include "vnsearch/schema/layout.h"

namespace vnsearch::searchd {
namespace {

using schema::Layout;
namespace slot = schema::slot;

constexpr Xapian::doccount kExactTotalUpTo = 1000;

Xapian::Query any_term(const std::vector<std::string>& names, std::string (*term_of)(std::string_view)) {
    std::vector<Xapian::Query> terms;
    for (const auto& name : names) terms.emplace_back(term_of(name));
    return Xapian::Query(Xapian::Query::OP_OR, terms.begin(), terms.end());
}

Xapian::Query date_filter(const SearchRequest& request) {
    if (request.date_from && request.date_to) {
        return Xapian::Query(Xapian::Query::OP_VALUE_RANGE, slot::kDate, request.date_from->sort_key(),
                             request.date_to->sort_key());
    }
    if (request.date_from) return Xapian::Query(Xapian::Query::OP_VALUE_GE, slot::kDate, request.date_from->sort_key());
    if (request.date_to) return Xapian::Query(Xapian::Query::OP_VALUE_LE, slot::kDate, request.date_to->sort_key());
    return Xapian::Query();
}

// The request's filters and the query text's own (org:, category:), all of which must hold.
Xapian::Query filtered(const Xapian::Query& query, const SearchRequest& request, const Xapian::Query& text_filter) {
    std::vector<Xapian::Query> filters;
    if (!request.orgs.empty()) filters.push_back(any_term(request.orgs, &Layout::org_term));
    if (!request.categories.empty()) filters.push_back(any_term(request.categories, &Layout::category_term));
    if (auto dates = date_filter(request); !dates.empty()) filters.push_back(dates);
    if (!text_filter.empty()) filters.push_back(text_filter);
    if (filters.empty()) return query;
    return Xapian::Query(Xapian::Query::OP_FILTER, query,
                         Xapian::Query(Xapian::Query::OP_AND, filters.begin(), filters.end()));
}

// The spies of the facets asked for; they see every match when checkatleast covers the collection.
// Through the facet index when it describes this very revision (array lookups), else through the value
// streams. With the index and the separate count below, 600 title spans on dantri + baomoi with all
// three facets went from median 3.7-3.9 to 3.2-3.4 ms and p99 114-117 to 20-21 ms (in process).
class FacetSpies {
public:
    FacetSpies(const Xapian::Database& db, const FacetIndex* index, const FacetSelection& selection)
        : selection_(selection) {
        if (index && index->describes(db)) {
            fast_.emplace(*index, selection);
        } else {
            dates_.emplace(db, slot::kDate, SlotCountMatchSpy::Values::Whole);
            categories_.emplace(db, slot::kCategory, SlotCountMatchSpy::Values::Whole);
            orgs_.emplace(db, slot::kOrgs, SlotCountMatchSpy::Values::List);
        }
    }

    void attach(Xapian::Enquire& enquire) {
        if (!selection_.any()) return;
        if (fast_) {
            enquire.add_matchspy(&*fast_);
            return;
        }
        if (selection_.date) enquire.add_matchspy(&*dates_);
        if (selection_.org) enquire.add_matchspy(&*orgs_);
        if (selection_.category) enquire.add_matchspy(&*categories_);
    }

    Facets collect(const SearchRequest& request) const {
        Facets facets;
        if (selection_.date) {
            facets.date = date_buckets(fast_ ? fast_->day_counts() : dates_->counts(), request.date_interval,
                                       request.facet_size);
        }
        if (selection_.org) facets.org = most_frequent(fast_ ? fast_->org_counts() : orgs_->counts(), request.facet_size);
        if (selection_.category) {
            facets.category = most_frequent(fast_ ? fast_->category_counts() : categories_->counts(), request.facet_size);
        }
        return facets;
    }

private:
    FacetSelection selection_;
    std::optional<FacetIndexMatchSpy> fast_;
    std::optional<SlotCountMatchSpy> dates_, categories_, orgs_;
};

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

// The page of hits. With `spies` (a listing with nothing to rank, whose sort visits every match
// anyway), the facets are counted in the same pass.
Xapian::MSet rank(Xapian::Database& db, const Matching& matching, const SearchRequest& request, FacetSpies* spies) {
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
    if (spies) spies->attach(enquire);
    // Spies only see the documents the matcher visits: exact counts need it to visit every match.
    // Otherwise totals are exact up to kExactTotalUpTo matches (Xapian's estimate was off by up to 80%
    // on dantri), and estimated beyond.
    Xapian::doccount check_at_least = spies ? db.get_doccount() : kExactTotalUpTo;
    auto first = static_cast<Xapian::doccount>((request.page - 1) * request.per_page);
    return enquire.get_mset(first, static_cast<Xapian::doccount>(request.per_page), check_at_least);
}

// The exact number of matches, with the facets counted on the way: an unweighted pass over the bare
// matching part. Counting in the ranking pass made Xapian weigh the proximity boosts of every match:
// dantri + baomoi, 600 title spans, all facets: p90 13.3 -> 7.9 ms, p99 104-111 -> 19 ms (median
// 2.0 -> 2.4 ms for the two passes), identical counts.
Xapian::doccount count(Xapian::Database& db, const Matching& matching, const SearchRequest& request,
                       FacetSpies& spies) {
    Xapian::Enquire enquire(db);
    enquire.set_query(matching.bare);
    enquire.set_weighting_scheme(Xapian::BoolWeight());
    if (request.collapse) enquire.set_collapse_key(slot::kDupKey);  // the total counts what can be listed
    spies.attach(enquire);
    return enquire.get_mset(0, 0, db.get_doccount()).get_matches_estimated();
}

SearchResult match(Xapian::Database& db, const Matching& matching, const SearchRequest& request,
                   const FacetIndex* facet_index) {
    FacetSpies spies(db, facet_index, request.facets);
    bool count_apart = request.facets.any() && matching.scored;
    bool count_here = request.facets.any() && !matching.scored;
    Xapian::MSet mset = rank(db, matching, request, count_here ? &spies : nullptr);

    SearchResult result;
    result.total = count_apart ? count(db, matching, request, spies) : mset.get_matches_estimated();
    for (auto it = mset.begin(); it != mset.end(); ++it) {
        result.hits.push_back(Hit::at(it));
    }
    result.facets = spies.collect(request);
    return result;
}

}  // namespace

Hit Hit::at(const Xapian::MSetIterator& it) {
    return Hit{nlohmann::json::parse(it.get_document().get_data()), it.get_weight()};
}

SearchResult Searcher::search(const SearchRequest& request) const {
    BuiltQuery built = builder_.build(request.q, request.prefix);
    std::shared_ptr<const FacetIndex> facet_index = pool_.facet_index();
    // --ranking bm25 ranks the bare query: the same matches without the proximity boosts.
    auto matching = [&](const Xapian::Query& boosted, const Xapian::Query& bare) {
        const Xapian::Query& ranked = ranking_ == Ranking::Proximity ? boosted : bare;
        return Matching{filtered(ranked, request, built.filter), filtered(bare, request, built.filter), built.scored};
    };
    return pool_.with_database([&](Xapian::Database& db) {
        SearchResult result = match(db, matching(built.ranked, built.bare), request, facet_index.get());
        if (result.total == 0 && !built.relaxed.empty()) {
            result = match(db, matching(built.relaxed, built.relaxed_bare), request, facet_index.get());
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

std::optional<nlohmann::json> Searcher::article(const std::string& id) const {
    return pool_.with_database([&](Xapian::Database& db) -> std::optional<nlohmann::json> {
        auto docid = docid_of(db, id);
        if (!docid) return std::nullopt;
        return nlohmann::json::parse(db.get_document(*docid).get_data());
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
    return pool_.with_database([](Xapian::Database& db) { return IndexStats{db.get_doccount(), db.get_revision(), db.get_uuid()}; });
}

}  // namespace vnsearch::searchd
