// Query -> DocSet; see query_docs.h.
#include "facets/query_docs.h"

namespace vnsearch::searchd {
namespace {

using Op = Xapian::Query::op;

std::optional<QueryDocs> evaluate(const Xapian::Query& query, const Xapian::Database& db, TermSets& sets);

// Every subquery's set combined by `combine`, starting from the first.
template <typename Combine>
std::optional<QueryDocs> fold(const Xapian::Query& query, const Xapian::Database& db, TermSets& sets, Combine combine) {
    std::size_t count = query.get_num_subqueries();
    if (count == 0) return QueryDocs{DocSet(sets.end()), true};
    auto result = evaluate(query.get_subquery(0), db, sets);
    for (std::size_t i = 1; result && i < count; ++i) {
        auto next = evaluate(query.get_subquery(i), db, sets);
        if (!next) return std::nullopt;
        combine(result->docs, next->docs);
        result->exact = result->exact && next->exact;
    }
    return result;
}

std::optional<QueryDocs> evaluate(const Xapian::Query& query, const Xapian::Database& db, TermSets& sets) {
    auto both = [](DocSet& a, const DocSet& b) { a &= b; };
    auto either = [](DocSet& a, const DocSet& b) { a |= b; };
    switch (query.get_type()) {
        case Op::LEAF_TERM:
        case Op::LEAF_MATCH_ALL: {
            std::string term = query.get_type() == Op::LEAF_TERM ? *query.get_terms_begin() : std::string();
            return QueryDocs{*sets.of(db, term), true};
        }
        case Op::LEAF_MATCH_NOTHING: return QueryDocs{DocSet(sets.end()), true};
        case Op::OP_AND:
        case Op::OP_FILTER: return fold(query, db, sets, both);
        case Op::OP_OR:
        case Op::OP_SYNONYM:
        case Op::OP_MAX: return fold(query, db, sets, either);
        case Op::OP_XOR: {
            auto either_not_both = fold(query, db, sets, [](DocSet& a, const DocSet& b) { a ^= b; });
            if (either_not_both && !either_not_both->exact) return std::nullopt;  // no superset of that
            return either_not_both;
        }
        case Op::OP_AND_NOT: {
            if (query.get_num_subqueries() == 0) return std::nullopt;
            auto kept = evaluate(query.get_subquery(0), db, sets);
            for (std::size_t i = 1; kept && i < query.get_num_subqueries(); ++i) {
                auto dropped = evaluate(query.get_subquery(i), db, sets);
                // A superset on the right would drop too much: only exact exclusions are exact.
                if (!dropped || !dropped->exact) return std::nullopt;
                kept->docs.subtract(dropped->docs);
            }
            return kept;
        }
        case Op::OP_AND_MAYBE:
        case Op::OP_SCALE_WEIGHT:
            if (query.get_num_subqueries() == 0) return std::nullopt;
            return evaluate(query.get_subquery(0), db, sets);
        case Op::OP_PHRASE:
        case Op::OP_NEAR: {
            auto all = fold(query, db, sets, both);
            if (all) all->exact = false;
            return all;
        }
        case Op::OP_WILDCARD: {
            // Expanded by the matcher once per revision and pattern (search as you type repeats them).
            auto set = sets.of_query(db, query);
            if (!set) return std::nullopt;
            return QueryDocs{*set, true};
        }
        default: return std::nullopt;
    }
}

}  // namespace

std::optional<QueryDocs> query_docs(const Xapian::Query& query, const Xapian::Database& db, TermSets& sets) {
    if (query.empty()) return QueryDocs{DocSet(sets.end()), true};
    return evaluate(query, db, sets);
}

}  // namespace vnsearch::searchd
