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

bool word_spans(std::string_view text, std::vector<WordSpan>& out) {
    const CharTable& table = char_table();
    const auto* bytes = reinterpret_cast<const uint8_t*>(text.data());
    bool sure = true;
    word_scan::scan(
        text,
        [&](std::size_t begin, std::size_t end) {
            if (!sure) return;
            std::size_t bound = 0;
            char initial = 0;
            Fnv1a folded;
            bool folded_known = true;
            for (auto i = static_cast<int32_t>(begin); i < static_cast<int32_t>(end);) {
                bool first = i == static_cast<int32_t>(begin);
                UChar32 c;
                U8_NEXT(bytes, i, static_cast<int32_t>(end), c);
                if (c < 0 || c >= kTableEnd) {
                    sure = false;
                    return;
                }
                const CharFacts& facts = table[static_cast<std::size_t>(c)];
                if (first) initial = facts.initial;
                bound += facts.bound;
                folded_known = folded_known && facts.folds_to_ascii;
                if (folded_known) folded.update(std::string_view(facts.folded.data(), facts.folded_size));
            }
            if (bound > Analyzer::kMaxWordBytes) {
                sure = false;
                return;
            }
            out.push_back({begin, end, initial, folded_known, folded_known ? folded.value() : 0});
        },
        [](std::size_t, std::size_t) {});
    return sure;
}

}  // namespace vnsearch::schema
