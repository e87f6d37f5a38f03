// The documents a query matches, as a DocSet built from term sets, for an exact count of matches and
// facets without Xapian's matcher visiting every match. Understands what QueryBuilder and the filters
// build: terms, AND, OR, AND_NOT, XOR, FILTER, SYNONYM, MAX, SCALE_WEIGHT, the left side of AND_MAYBE
// (its right side only weighs), MatchAll, MatchNothing and WILDCARD (expanded by the matcher, kept).
// PHRASE and NEAR stand for the AND of their terms, a superset: the answer then says it is not exact.
#pragma once

#include <optional>

#include <xapian.h>

#include "facets/doc_set.h"
#include "facets/term_sets.h"

namespace vnsearch::searchd {

struct QueryDocs {
    DocSet docs;
    bool exact = true;  // false: a superset (positions were not checked)
};

// nullopt when the query holds anything else (a wildcard, a value range, a posting source).
std::optional<QueryDocs> query_docs(const Xapian::Query& query, const Xapian::Database& db, TermSets& sets);

}  // namespace vnsearch::searchd
