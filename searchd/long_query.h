// Queries of four plain words or more typed without marks (a headline pasted or typed from memory, the
// words of a URL slug): the article's text need not hold every word, so no word is required. Any
// word matches, ranked by BM25; holding every word, the pairs typed side by side (folded bigrams), the
// words in the typed order a few apart, and a title holding them side by side lift an article.
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

// True for `words` that a long query serves: four or more, none typed with marks (three, "dai hoi dang",
// keep every word required, as short spans name what they look for exactly).
bool is_long_unmarked_query(const std::vector<schema::Token>& words);

LongQuery build_long_query(const std::vector<schema::Token>& words);

}  // namespace vnsearch::searchd
