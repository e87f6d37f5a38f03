// Enquire, filters, sorting and facets; see searcher.h.
#include "searcher.h"

#include <map>

#include "answer_order.h"
#include "date_key_maker.h"
#include "date_order.h"
#include "facets/doc_set_source.h"
#include "facets/facet_counter.h"
#include "facets/match_progress.h"
#include "facets/query_docs.h"
#include "filters.h"
#include "index_freshness.h"
#include "recency_source.h"
#include "story_collapse.h"
#include "vnsearch/schema/layout.h"

namespace vnsearch::searchd {
namespace {

using schema::Layout;
namespace slot = schema::slot;

// Matches the ranking pass checks at least before Xapian prunes by weight. Where the matches do not lead
// the pass (several databases, a count cut short, many matches), pruning can lose one (doc_set_source.h);
// checking more first loses fewer (shared mix: 8 of 950 first pages at 1,000, 2 at 5,000, none at
// 20,000) but cost the 1M mix's median x1.21 and x1.43.
constexpr Xapian::doccount kRankAtLeast = 1000;

// The request with its org filters widened to every spelling of the names they give (org_names.h).
SearchRequest with_every_org_spelling(const SearchRequest& request, const FacetIndex& index) {
    SearchRequest spelled = request;
    spelled.orgs.clear();
    for (const auto& org : request.orgs) {
        for (auto& spelling : index.org_spellings(org)) spelled.orgs.push_back(std::move(spelling));
    }
    return spelled;
}

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
    Xapian::Query ranked_undated;  // `ranked` with the term filters only (no date range)
    bool scored = false;
    Xapian::Query tier;          // BuiltQuery's: what page_tiered ranks first
};

// True when every document has the date sort keys (an index written since they exist).
bool has_date_keys(const Xapian::Database& db) {
    return db.get_value_freq(slot::kDateAscKey) == db.get_doccount() &&
           db.get_value_freq(slot::kDateDescKey) == db.get_doccount();
}

// The matches a page holds: from `first` (0-based), `count` of them.
struct PageRange {
    Xapian::doccount first = 0;
    Xapian::doccount count = 0;
};

PageRange page_of(const SearchRequest& request) {
    return PageRange{static_cast<Xapian::doccount>((request.page - 1) * request.per_page),
                     static_cast<Xapian::doccount>(request.per_page)};
}

// The page of hits: `range` of the matches in order; nullopt: every match (collapsed by the caller, in
// order). The total and the facets are counted apart (count() below). The matcher checks at least
// kRankAtLeast matches before it prunes (with fewer, the 10th hit of 4 in 1,000 mixed queries changed:
// pruning, see above).
Xapian::MSet rank(Xapian::Database& db, const Matching& matching, const SearchRequest& request,
                  const FacetIndex& index, std::optional<PageRange> range) {
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
    // Every order ends with the article id, so no answer depends on docids, which differ between one
    // database and shards. Built-in sorters only: a remote database (xapian-tcpsrv) takes no KeyMaker.
    // (The key maker reads the facet index by docid only on one database: a sort key over several
    // sees each shard's own docid.) The id tie-break reads every weighed match's id: at 1,000,000
    // articles ~40% of a rare word's block reads (q=sushi: 800 preads against 457). Ranking by weight
    // alone and breaking ties afterwards lost more matches to the pruning bug (kRankAtLeast): Xapian
    // prunes harder without a sort key (q=bảo hiểm y lost its best hit, 99.15).
    const FacetIndex* dates = db.size() == 1 ? &index : nullptr;
    DateKeyMaker newest_first(true, dates), oldest_first(false, dates);
    if (order == SortOrder::Relevance) enquire.set_sort_by_relevance_then_value(slot::kId, false);
    if (order != SortOrder::Relevance && has_date_keys(db)) {
        bool newest = order == SortOrder::DateDesc;
        enquire.set_sort_by_value(newest ? slot::kDateDescKey : slot::kDateAscKey, newest);
    } else if (order == SortOrder::DateDesc) {  // an index written before the date keys: date, relevance, docid
        enquire.set_sort_by_key_then_relevance(&newest_first, true);
    } else if (order == SortOrder::DateAsc) {
        enquire.set_sort_by_key_then_relevance(&oldest_first, false);
    }
    if (!range) return enquire.get_mset(0, db.get_doccount());
    return enquire.get_mset(range->first, range->count, kRankAtLeast);
}

struct Counted {
    Xapian::doccount total = 0;
    bool exact = true;
    double facet_scale = 1.0;       // what the facet counts stand for, when the count stopped early
    std::optional<DocSet> matches = std::nullopt;  // every match, when counted with the term sets
    bool matched_by_xapian = false;   // `matches` came from Xapian's matcher (positions checked and all)
};

// The number of matches (and their facets) by Xapian's matcher: an unweighted pass over the bare
// query, within SearchBounds::count_budget (kept by MatchProgress: not Enquire::set_time_limit, see
// match_progress.h). Cut short, the total is estimated from the share of the
// candidates (a superset of the matches, when known) that matched so far, else Xapian's estimate.
// Finished in time, it keeps the matches for the ranking pass (match()).
Counted count_by_matching(Xapian::Database& db, const Matching& matching, FacetCounter* facets,
                          const DocSet* candidates, std::chrono::microseconds budget) {
    Xapian::Enquire enquire(db);
    enquire.set_query(matching.bare);
    enquire.set_weighting_scheme(Xapian::BoolWeight());
    DocSet matches(db.get_lastdocid() + 1);
    MatchProgress progress(MatchProgress::Clock::now() + budget, &matches);
    enquire.add_matchspy(&progress);
    if (facets) facets->attach(enquire);
    Xapian::doccount xapian_estimate = 0;
    try {
        Xapian::MSet counted = enquire.get_mset(0, 0, db.get_doccount());
        if (counted.get_matches_lower_bound() == counted.get_matches_upper_bound()) {
            return Counted{counted.get_matches_estimated(), true, 1.0, std::move(matches), true};
        }
        xapian_estimate = counted.get_matches_estimated();
    } catch (const MatchProgress::OutOfTime&) {
        enquire.clear_matchspies();  // Xapian's estimate from the terms' statistics: no match is run for it
        xapian_estimate = enquire.get_mset(0, 0).get_matches_estimated();
    }
    Counted result{candidates ? progress.estimate(*candidates) : std::max(progress.matched(), xapian_estimate), false};
    if (facets && facets->documents() > 0) {
        result.facet_scale = static_cast<double>(result.total) / facets->documents();
    }
    return result;
}

DocSet docs_of(const Xapian::MSet& matches, const FacetIndex& index) {
    DocSet docs(index.size());
    for (auto it = matches.begin(); it != matches.end(); ++it) {
        if (*it < index.size()) docs.insert(*it);
    }
    return docs;
}

// The number of matches (and their facets) by listing every match: what counts over several databases,
// where a match spy sees each shard's own docids (not the combined ones the facet index is by), and over
// a remote database, where spies cannot run (xapian-tcpsrv only knows Xapian's own). Exact, without
// count_by_matching's time budget: costs an MSet of every match.
Counted count_by_listing(Xapian::Database& db, const Matching& matching, const FacetIndex& index,
                         FacetCounter* facets) {
    Xapian::Enquire enquire(db);
    enquire.set_query(matching.bare);
    enquire.set_weighting_scheme(Xapian::BoolWeight());
    Xapian::MSet matches = enquire.get_mset(0, db.get_doccount());
    if (facets) facets->count(docs_of(matches, index));
    return Counted{matches.size(), true};
}

// The exact number of matches, with the facets counted on the way: bitmap operations over the
// revision's term sets when the query is made of terms (dantri + baomoi, q=hà nội: 9,582 matches
// counted, facets and all, in ~0.1 ms; Xapian's pass over them took 20-30 ms), else Xapian's matcher.
Counted count(Xapian::Database& db, const Matching& matching, const SearchRequest& request, const FacetIndex& index,
              FacetCounter* facets, bool remote, std::chrono::microseconds budget) {
    std::optional<QueryDocs> docs = query_docs(matching.counted, db, index.term_sets());
    if (docs && (request.date_from || request.date_to)) {
        auto key = [](const std::optional<schema::Date>& date) {
            return date ? std::optional<std::string>(date->sort_key()) : std::nullopt;
        };
        docs->docs &= index.dated_between(key(request.date_from), key(request.date_to));
    }
    if (docs && docs->exact) {
        if (facets) facets->count(docs->docs);
        Xapian::doccount total = docs->docs.count();
        return Counted{total, true, 1.0, std::move(docs->docs)};
    }
    // Spies cannot run remotely, and over several databases they see each shard's own docids.
    return remote || db.size() > 1 ? count_by_listing(db, matching, index, facets)
                                   : count_by_matching(db, matching, facets, docs ? &docs->docs : nullptr, budget);
}

// A date-sorted page is read off the match bitmap when that reads at most this many docids (~0.3 ms).
constexpr std::size_t kMaxDateScan = 200000;

// The weights Xapian gives these documents for the ranked query (what a sorted MSet reports as score).
std::map<Xapian::docid, double> weights_of(Xapian::Database& db, const Xapian::Query& ranked,
                                            const std::vector<Hit>& hits) {
    std::vector<Xapian::Query> ids;
    for (const auto& hit : hits) ids.emplace_back(Layout::id_term(hit.article.id));
    Xapian::Enquire enquire(db);
    enquire.set_query(Xapian::Query(Xapian::Query::OP_FILTER, ranked, Xapian::Query(Xapian::Query::OP_OR, ids.begin(), ids.end())));
    Xapian::MSet mset = enquire.get_mset(0, static_cast<Xapian::doccount>(ids.size()));
    std::map<Xapian::docid, double> weights;
    for (auto it = mset.begin(); it != mset.end(); ++it) weights[*it] = it.get_weight();
    return weights;
}

// The page of a date-sorted search (an empty query lists newest first) read off its match bitmap in
// the revision's date order, with the scores Xapian would give: the same page as rank()'s, which
// visits and compares every match. nullopt when that does not apply (one local database with the
// date sort keys, matches counted by the term sets) or would read more than kMaxDateScan docids.
std::optional<std::vector<Hit>> page_by_date(Xapian::Database& db, const Matching& matching, const SearchRequest& request,
                                             const FacetIndex& index, const Counted& counted, bool remote) {
    SortOrder order = request.sort == SortOrder::Relevance && !matching.scored ? SortOrder::DateDesc : request.sort;
    if (order == SortOrder::Relevance || !counted.matches || remote || db.size() != 1 || !has_date_keys(db)) {
        return std::nullopt;
    }
    PageRange page = page_of(request);
    const DateOrder& dates = index.date_order(db, order == SortOrder::DateDesc);
    if (dates.expected_scan(counted.total, page.first, page.count) > kMaxDateScan) return std::nullopt;
    std::vector<Xapian::docid> docids = dates.page(*counted.matches, page.first, page.count);
    std::vector<Hit> hits;
    for (Xapian::docid docid : docids) hits.push_back(Hit{stored_article(db.get_document(docid)), 0.0});
    if (matching.scored && !hits.empty()) {
        auto weights = weights_of(db, matching.ranked, hits);
        for (std::size_t i = 0; i < hits.size(); ++i) hits[i].score = weights[docids[i]];
    }
    return hits;
}

// The tier a broad query's page is ranked in first (then the rest): see page_tiered.
struct Tier {
    Xapian::Query query;
    Xapian::doccount matches = 0;  // the matches in it
};

// The matches of the query's tier (BuiltQuery::tier), counted with the term sets. Words typed side by
// side: the matches holding two of them side by side (one of the folded bigrams). Ranking every match
// was most of a broad query's time (1,000,000 articles, q=về tôi và: 666,749 matches, 124 ms), and the
// best matches hold a bigram anyway, which weighs far more than a syllable most articles hold: over the
// 369 broad queries of words in the 1M mixed file, the first hit was the same in 366 and 99.6% of the
// first ten, at a quarter of the time. One word: the matches holding it in their title.
std::optional<Tier> first_tier(Xapian::Database& db, const Matching& matching, const FacetIndex& index,
                               const Counted& counted, Xapian::doccount from) {
    if (matching.tier.empty() || !counted.matches || counted.total <= from) return std::nullopt;
    auto in_tier = query_docs(matching.tier, db, index.term_sets());
    if (!in_tier || !in_tier->exact) return std::nullopt;
    DocSet tier_matches = *counted.matches;
    tier_matches &= in_tier->docs;
    return Tier{matching.tier, tier_matches.count()};
}

// The page of a broad query of words (more than `from` matches; SearchBounds) ranked in two
// tiers: the matches of the tier above by score, then the others by score. Pages cross from one tier
// to the next without repeats or gaps. nullopt when no tier applies: every match is ranked.
std::optional<std::vector<Hit>> page_tiered(Xapian::Database& db, const Matching& matching, const SearchRequest& request,
                                            const FacetIndex& index, const Counted& counted, Xapian::doccount from) {
    if (request.sort != SortOrder::Relevance || !matching.scored) return std::nullopt;
    std::optional<Tier> tier = first_tier(db, matching, index, counted, from);
    if (!tier) return std::nullopt;
    PageRange page = page_of(request);
    std::vector<Hit> hits;
    auto take = [&](const Xapian::Query& part, PageRange range) {
        Matching tiered = matching;
        tiered.ranked = part;
        for (const auto& it : in_answer_order(rank(db, tiered, request, index, range))) hits.push_back(Hit::at(it));
    };
    if (page.first < tier->matches) {
        take(Xapian::Query(Xapian::Query::OP_FILTER, matching.ranked, tier->query),
             PageRange{page.first, std::min(page.count, tier->matches - page.first)});
    }
    if (page.first + page.count > tier->matches) {
        Xapian::doccount first = page.first > tier->matches ? page.first - tier->matches : 0;
        take(Xapian::Query(Xapian::Query::OP_AND_NOT, matching.ranked, tier->query),
             PageRange{first, page.first + page.count - std::max(page.first, tier->matches)});
    }
    return hits;
}

// A collapsed search, counted and faceted from the very listing its page comes from. Collapsed here, not
// by Xapian's collapse key: Xapian keeps the first article of a group it meets among equal weights, in
// docid order, which differs between one database and shards; this keeps the first in the answer's own
// order (ties by id). Exact; costs ranking every match, and over a remote database reading each one's
// duplicate key (a round trip per match).
SearchResult match_collapsed(Xapian::Database& db, const Matching& matching, const SearchRequest& request,
                             const std::shared_ptr<const FacetIndex>& index, bool remote, Xapian::doccount exact_facets_up_to) {
    Xapian::MSet all = rank(db, matching, request, *index, std::nullopt);
    bool by_weight = request.sort == SortOrder::Relevance && matching.scored;
    std::vector<Xapian::MSetIterator> ordered = by_weight ? in_answer_order(all) : in_mset_order(all);
    // Stories from the revision's table, not from each match's key (a remote database would send the
    // whole key stream for it: there each match's key is read instead).
    std::vector<Xapian::MSetIterator> kept = remote ? first_of_each_story(ordered)
                                                    : first_of_each_story(ordered, index->stories(db));
    SearchResult result;
    result.total = static_cast<Xapian::doccount>(kept.size());
    auto first = static_cast<std::size_t>((request.page - 1) * request.per_page);
    for (std::size_t i = first; i < kept.size() && i - first < static_cast<std::size_t>(request.per_page); ++i) {
        result.hits.push_back(Hit::at(kept[i]));
    }
    if (request.facets.any()) {
        FacetCounter facets(index, request.facets, exact_facets_up_to);
        DocSet docs(index->size());
        for (const auto& it : kept) {
            if (*it < index->size()) docs.insert(*it);
        }
        facets.count(docs);
        result.facets = facets.collect(request.date_interval, request.facet_size);
        result.facets_exact = facets.exact();
    }
    return result;
}

SearchResult match(Xapian::Database& db, const Matching& matching, const SearchRequest& request,
                   const std::shared_ptr<const FacetIndex>& index, bool remote, const SearchBounds& bounds) {
    if (request.collapse) return match_collapsed(db, matching, request, index, remote, bounds.exact_facets_up_to);
    std::optional<FacetCounter> facets;
    if (request.facets.any()) facets.emplace(index, request.facets, bounds.exact_facets_up_to);
    Counted counted = count(db, matching, request, *index, facets ? &*facets : nullptr, remote, bounds.count_budget);

    SearchResult result;
    result.total = counted.total;
    result.total_exact = counted.exact;
    result.facets_exact = counted.exact && (!facets || facets->exact());
    bool page_wanted = request.per_page > 0 && (result.total > 0 || !counted.exact);  // per_page=0: none
    // The matches counted lead the ranking pass, which then reads positions and dates for them alone (a
    // phrase: "nguoi nam", 209 matches of 20,000 candidates; Xapian read candidates' dates from the value
    // stream for a date range: 1,000,000 articles, q=guong with a 28-day range, 632 matches, 34 ms) and
    // loses fewer to Xapian's pruning (doc_set_source.h).
    std::optional<DocSetSource> known;  // outlives every ranking pass below: the query points at it
    Matching ranking = matching;
    // Not for more matches counted with the term sets than the tiers' bound (SearchBounds::tiered_from, the
    // size past which ranking cost is managed): walking them one by one cost more than Xapian's pruning
    // saves (1,000,000 articles, q=vào, 762,672 matches: 47 -> 101 ms).
    bool lead = counted.matched_by_xapian || counted.total <= bounds.tiered_from;
    if (counted.matches && lead && !remote && db.size() == 1) {
        known.emplace(*counted.matches);
        ranking.ranked = Xapian::Query(Xapian::Query::OP_FILTER, matching.ranked_undated, Xapian::Query(&*known));
    }
    if (page_wanted) {
        auto page = page_by_date(db, ranking, request, *index, counted, remote);
        if (!page) page = page_tiered(db, ranking, request, *index, counted, bounds.tiered_from);
        if (page) {
            result.hits = std::move(*page);
            page_wanted = false;
        }
    }
    if (page_wanted) {
        Xapian::MSet mset = rank(db, ranking, request, *index, page_of(request));
        if (request.sort == SortOrder::Relevance && matching.scored) {
            for (const auto& it : in_answer_order(mset)) result.hits.push_back(Hit::at(it));
        } else {
            for (auto it = mset.begin(); it != mset.end(); ++it) result.hits.push_back(Hit::at(it));
        }
    }
    if (facets) result.facets = facets->collect(request.date_interval, request.facet_size, counted.facet_scale);
    return result;
}

}  // namespace

SearchResult Searcher::search(const SearchRequest& request) const {
    bool remote = pool_.databases().has_remote();
    return pool_.with_database_version([&](Xapian::Database& db, const IndexVersion& version) {
        // Built against the database searched: how common a run's word pairs are there decides
        // which of their boosts apply (QueryBuilder::kMarkedPairMaxArticles, kBodyPhraseMaxArticles).
        BuiltQuery built = builder_.build(request.q, request.prefix, &db);
        if (remote && request.recency > 0.0 && request.sort == SortOrder::Relevance && built.scored) {
            // Its posting source is ours, and xapian-tcpsrv runs only Xapian's own.
            throw BadRequest("recency is not available when searchd serves remote databases (tcp://): leave it "
                             "out, or serve the shards locally");
        }
        auto index = pool_.facet_index_for(db, version);
        // An org filter matches every spelling of the facet value it names (org_names.h).
        std::optional<SearchRequest> spelled;
        if (!request.orgs.empty()) spelled = with_every_org_spelling(request, *index);
        const SearchRequest& filters = spelled ? *spelled : request;
        // --ranking bm25 ranks the bare query: the same matches without the proximity boosts.
        auto matching = [&](const Xapian::Query& boosted, const Xapian::Query& bare) {
            const Xapian::Query& ranked = ranking_ == Ranking::Proximity ? boosted : bare;
            return Matching{filtered(ranked, filters, built.filter), filtered(bare, filters, built.filter),
                            term_filtered(bare, filters, built.filter), term_filtered(ranked, filters, built.filter),
                            built.scored, ranking_ == Ranking::Proximity ? built.tier : Xapian::Query()};
        };
        SearchResult result = match(db, matching(built.ranked, built.bare), request, index, remote, bounds_);
        if (result.total == 0 && result.total_exact && !built.relaxed.empty()) {
            result = match(db, matching(built.relaxed, built.relaxed_bare), request, index, remote, bounds_);
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
    return pool_.with_database_version([this](Xapian::Database& db, const IndexVersion& version) {
        return IndexStats{db.get_doccount(), version.revision, version.tag(), last_commit_time(db, pool_.path())};
    });
}

}  // namespace vnsearch::searchd
