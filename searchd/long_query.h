// Queries of several plain words typed without marks (a headline pasted or typed from memory, the
// words of a URL slug): the article's text need not hold every word, so no word is required. Any
// word matches; the words ranked by BM25 and the pairs typed side by side (folded bigrams) and a
// title holding the words side by side lift the article that has them together.
#pragma once

#include <vector>

#include <xapian.h>

#include "vnsearch/schema/analyzer.h"

namespace vnsearch::searchd {

// What a long query matches and how it ranks.
struct LongQuery {
    Xapian::Query ranked;  // any word, with the proximity boosts
    Xapian::Query bare;    // any word
};

// True for `words` that a long query serves: at least kMinWords of them, none typed with marks.
bool is_long_unmarked_query(const std::vector<schema::Token>& words);

LongQuery build_long_query(const std::vector<schema::Token>& words);

}  // namespace vnsearch::searchd
