// Long queries typed without marks; see long_query.h.
//
// Measured with scripts/eval (seed 1, 300 queries per kind, both shared corpora, index of 77e4ae0):
// slug MRR@10 0.344 with every word required; any word with the bigrams alone 0.347; with the
// all-words and in-order boosts below 0.371 from three words on, 0.359 from four (three common words,
// "dai hoi dang", would otherwise match most of the index). Most slug spans that still miss are words
// the article does not hold (99 of 300 targets lack one) or function words ("nay co the").
#include "long_query.h"

#include <string>

#include "vnsearch/schema/layout.h"

namespace vnsearch::searchd {
namespace {

using schema::Field;
using schema::Layout;
using schema::Token;

constexpr std::size_t kMinWords = 4;
constexpr double kAllWordsBoost = 2.0;   // the article holds every word
constexpr double kBigramBoost = 2.0;     // pairs typed side by side, side by side in the article
constexpr double kInOrderBoost = 2.0;    // the words (or all but one) in the typed order, a few apart
constexpr Xapian::termcount kInOrderSlack = 6;
constexpr double kTitlePhraseBoost = 2.0;

Xapian::Query any_of(const std::vector<Xapian::Query>& queries) {
    return Xapian::Query(Xapian::Query::OP_OR, queries.begin(), queries.end());
}

Xapian::Query scaled(const Xapian::Query& query, double factor) {
    return Xapian::Query(Xapian::Query::OP_SCALE_WEIGHT, query, factor);
}

Xapian::Query in_order(const std::vector<Xapian::Query>& terms) {
    return Xapian::Query(Xapian::Query::OP_PHRASE, terms.begin(), terms.end(),
                         static_cast<Xapian::termcount>(terms.size()) + kInOrderSlack);
}

// The words in the typed order within a window, and, from four words on, every order missing one
// word (a headline word the article does not repeat).
std::vector<Xapian::Query> in_order_boosts(const std::vector<Xapian::Query>& terms) {
    std::vector<Xapian::Query> boosts{scaled(in_order(terms), kInOrderBoost)};
    if (terms.size() < 4) return boosts;
    for (std::size_t skip = 0; skip < terms.size(); ++skip) {
        std::vector<Xapian::Query> rest;
        for (std::size_t k = 0; k < terms.size(); ++k) {
            if (k != skip) rest.push_back(terms[k]);
        }
        boosts.push_back(scaled(in_order(rest), kInOrderBoost));
    }
    return boosts;
}

}  // namespace

bool is_long_unmarked_query(const std::vector<Token>& words) {
    if (words.size() < kMinWords) return false;
    for (const Token& word : words) {
        if (word.has_marks()) return false;
    }
    return true;
}

LongQuery build_long_query(const std::vector<Token>& words) {
    std::vector<Xapian::Query> terms, bigrams, title;
    for (const Token& word : words) {
        terms.emplace_back(Layout::term(Field::BodyFolded, word.folded));
        title.emplace_back(Layout::term(Field::TitleFolded, word.folded));
    }
    for (std::size_t i = 1; i < words.size(); ++i) {
        bigrams.emplace_back(Layout::bigram_term(Field::BigramFolded, words[i - 1].folded, words[i].folded));
    }
    Xapian::Query matching = any_of(terms);
    Xapian::Query ranked(Xapian::Query::OP_AND_MAYBE, matching, scaled(any_of(bigrams), kBigramBoost));
    // Each positional or conjunctive boost in an AND_MAYBE of its own (see assemble() in query_builder.cc).
    ranked = Xapian::Query(Xapian::Query::OP_AND_MAYBE, ranked,
                           scaled(Xapian::Query(Xapian::Query::OP_AND, terms.begin(), terms.end()), kAllWordsBoost));
    for (const Xapian::Query& boost : in_order_boosts(terms)) ranked = Xapian::Query(Xapian::Query::OP_AND_MAYBE, ranked, boost);
    // The title phrase, checked only where one of the bigrams is (as the short-query title boost).
    Xapian::Query phrase(Xapian::Query::OP_PHRASE, title.begin(), title.end(), static_cast<Xapian::termcount>(title.size()));
    ranked = Xapian::Query(Xapian::Query::OP_AND_MAYBE, ranked,
                           Xapian::Query(Xapian::Query::OP_FILTER, scaled(phrase, kTitlePhraseBoost), any_of(bigrams)));
    return {ranked, matching};
}

}  // namespace vnsearch::searchd
