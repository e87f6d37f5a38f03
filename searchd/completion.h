// Search as you type (prefix=1): the word still being typed is also matched as the start of longer
// words of the index ("dai ho" finds "Đại hội"), through Xapian's OP_WILDCARD. The expansion keeps
// only the most frequent completions, so a one-letter prefix costs a bounded number of posting lists;
// completions weigh less than the word itself, so articles with the word as typed come first.
#pragma once

#include <string_view>

#include <xapian.h>

#include "vnsearch/schema/analyzer.h"
#include "vnsearch/schema/layout.h"

namespace vnsearch::searchd {

class Completion {
public:
    // How many index words a prefix may stand for, most frequent first (WILDCARD_LIMIT_MOST_FREQUENT).
    // The cost is the postings of those words, and the most frequent words of a short prefix are in
    // most articles: one letter gets few completions, as it says little of the word anyway.
    static constexpr Xapian::termcount kMaxWordsOfOneLetter = 4;
    static constexpr Xapian::termcount kMaxWordsOfTwoLetters = 12;
    static constexpr Xapian::termcount kMaxWords = 32;
    // How many word pairs "previous word + prefix" may stand for (the proximity boost of completions).
    static constexpr Xapian::termcount kMaxBigrams = 12;
    // The weight of a completion relative to the word typed.
    static constexpr double kWeight = 0.5;

    // True when the text ends inside a word: its last character is a letter or digit, not a space,
    // quote or punctuation, so the user may still be typing that word.
    static bool ends_inside_word(std::string_view text);

    // The expansion limit of a prefix (its folded form; "đ" and "d" count alike).
    static Xapian::termcount max_words(std::string_view folded_prefix);

    // The longer words that start with `token` in these fields: by its folded form always, and by its
    // exact form too (weighted like an exact match) when typed with marks. Scaled by kWeight.
    static Xapian::Query of_word(const schema::Token& token, double exact_boost);

    // The folded word pairs that start with "previous last" ("dai ho" -> "dai hoi", "dai hoc").
    static Xapian::Query of_bigram(const schema::Token& previous, const schema::Token& last);
};

}  // namespace vnsearch::searchd
