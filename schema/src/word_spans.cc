// Word spans without analysis; see word_spans.h.
#include "vnsearch/schema/word_spans.h"

#include <unicode/unistr.h>

#include <algorithm>
#include <array>
#include <cstdint>
#include <string>

#include "icu_normalizers.h"
#include "vnsearch/schema/analyzer.h"
#include "vnsearch/schema/fnv1a.h"
#include "word_scan.h"

namespace vnsearch::schema {
namespace {

constexpr UChar32 kTableEnd = 0x2100;  // Latin, Greek, Cyrillic, combining marks, Vietnamese, punctuation

// What analysing one character of a word gives, as far as a span needs it.
struct CharFacts {
    bool word = false;       // a letter, digit or combining mark (word_scan::is_word_char)
    char initial = 0;        // the folded form's first byte when the word starts with this character
    std::uint8_t bound = 0;  // bytes of its case-folded, decomposed form: at least what it adds to a word
    // What it adds to a word's folded form ("ệ": "e", a combining mark: nothing), when that is ASCII.
    bool folds_to_ascii = false;
    std::uint8_t folded_size = 0;
    std::array<char, 3> folded{};
};

// A character's own folded form, when it is at most three ASCII bytes: a word of such characters folds
// to their forms one after the other (marks are dropped, case folding and đ -> d are per character;
// tests/unit/schema/word_spans_test.cc checks every character of the table inside words).
void set_folded(CharFacts& facts, const std::vector<Token>& tokens) {
    if (tokens.size() > 1) return;
    std::string folded = tokens.empty() ? std::string() : tokens[0].folded;
    if (folded.size() > facts.folded.size()) return;
    for (char c : folded) {
        if (static_cast<unsigned char>(c) >= 0x80) return;
    }
    std::copy(folded.begin(), folded.end(), facts.folded.begin());
    facts.folded_size = static_cast<std::uint8_t>(folded.size());
    facts.folds_to_ascii = true;
}

// The initial is the Analyzer's own folding of the character alone (case, marks, đ -> d all applied
// there; a word's first character decides its folded form's first letter, as marks only move or go).
// The bound: the analysed form of a word is its case-folded NFD with marks moved and recomposed, never
// longer. A word starting with a mark folds to a form that starts further on: no initial.
CharFacts facts_of(UChar32 c) {
    icu::UnicodeString character(c);
    std::string utf8;
    character.toUTF8String(utf8);
    CharFacts facts;
    facts.word = true;
    std::vector<Token> tokens = Analyzer::tokenize(utf8);
    if (tokens.size() == 1 && !tokens[0].folded.empty()) {
        char first = tokens[0].folded.front();
        bool ascii_alnum = (first >= 'a' && first <= 'z') || (first >= '0' && first <= '9');
        if (ascii_alnum) facts.initial = first;
    }
    set_folded(facts, tokens);
    character.foldCase();
    UErrorCode status = U_ZERO_ERROR;
    std::string decomposed;
    icu_normalizers::nfd().normalize(character, status).toUTF8String(decomposed);
    facts.bound = static_cast<std::uint8_t>(decomposed.size());
    return facts;
}

using CharTable = std::array<CharFacts, kTableEnd>;

// Built once (a few milliseconds of ICU), read-only after.
const CharTable& char_table() {
    static const CharTable table = [] {
        CharTable built{};
        for (UChar32 c = 0; c < kTableEnd; ++c) {
            if (word_scan::is_word_char(c)) built[static_cast<std::size_t>(c)] = facts_of(c);
        }
        return built;
    }();
    return table;
}

}  // namespace

// One pass over the text, each character decoded once and looked up in the table (whether it makes
// words too: ICU's category lookup for every character was a tenth of a snippet's time). Word
// boundaries are word_scan's: runs of word characters, any other character or a byte that is not
// UTF-8 between them.
bool word_spans(std::string_view text, std::vector<WordSpan>& out) {
    const CharTable& table = char_table();
    const auto* bytes = reinterpret_cast<const uint8_t*>(text.data());
    const auto length = static_cast<int32_t>(text.size());
    WordSpan word;
    bool in_word = false;
    std::size_t bound = 0;
    Fnv1a folded;
    auto finish = [&](std::size_t end) {
        in_word = false;
        if (bound > Analyzer::kMaxWordBytes) return false;
        word.end = end;
        word.folded_hash = word.folded_known ? folded.value() : 0;
        out.push_back(word);
        return true;
    };
    for (int32_t i = 0; i < length;) {
        int32_t start = i;
        UChar32 c;
        U8_NEXT(bytes, i, length, c);
        bool in_table = c >= 0 && c < kTableEnd;
        bool word_char = in_table ? table[static_cast<std::size_t>(c)].word : c >= 0 && word_scan::is_word_char(c);
        if (!word_char) {
            if (in_word && !finish(static_cast<std::size_t>(start))) return false;
            continue;
        }
        if (!in_table) return false;  // a word with a character the table cannot tell about
        const CharFacts& facts = table[static_cast<std::size_t>(c)];
        if (!in_word) {
            in_word = true;
            word = WordSpan{static_cast<std::size_t>(start), 0, facts.initial, true, 0};
            bound = 0;
            folded = Fnv1a();
        }
        bound += facts.bound;
        word.folded_known = word.folded_known && facts.folds_to_ascii;
        if (word.folded_known) folded.update(std::string_view(facts.folded.data(), facts.folded_size));
    }
    return !in_word || finish(text.size());
}

}  // namespace vnsearch::schema
