// The words Analyzer::tokenize() would find in a text, before any analysis: where each one is and,
// when a table lookup can tell, the first letter of its folded form and a hash of all of it. For a caller that needs only some
// words analysed: searchd's snippets analyse only the words that may match the query, since most words
// of a hit's body cannot, and looking each one up in the analysed-word cache was a fifth of a search.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

namespace vnsearch::schema {

struct WordSpan {
    std::size_t begin = 0;  // bytes of the text
    std::size_t end = 0;
    char initial = 0;       // the folded form's first byte (an ASCII letter or digit); 0: not known
    // Fnv1a of the whole folded form, when every character of the word folds to ASCII on its own (all of
    // Vietnamese does): a snippet tells from it that a word is none of the query's without analysing it.
    bool folded_known = false;
    std::uint64_t folded_hash = 0;
};

// Appends to `out` the spans of the words tokenize(text) returns, in order. False (and `out` holds
// part of them) when it cannot promise that: a word whose analysed form might pass
// Analyzer::kMaxWordBytes (tokenize() drops those), or one with a character from U+2100 on (beyond the
// table it reads); analyse the text then.
bool word_spans(std::string_view text, std::vector<WordSpan>& out);

}  // namespace vnsearch::schema
