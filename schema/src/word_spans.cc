// Word spans without analysis; see word_spans.h.
#include "vnsearch/schema/word_spans.h"

#include <unicode/unistr.h>

#include <array>
#include <cstdint>

#include "icu_normalizers.h"
#include "vnsearch/schema/analyzer.h"
#include "word_scan.h"

namespace vnsearch::schema {
namespace {

constexpr UChar32 kTableEnd = 0x2100;  // Latin, Greek, Cyrillic, combining marks, Vietnamese, punctuation
constexpr UChar32 kDStroke = 0x0111;   // đ folds to d (Analyzer)

// What analysing one character of a word gives, as far as a span needs it.
struct CharFacts {
    char initial = 0;       // the folded form's first byte when the word starts with this character
    std::uint8_t bound = 0;  // bytes of its case-folded, decomposed form: at least what it adds to a word
};

// Analyzer's steps on one character: case folding, then NFD (its analysed form is that, with marks
// moved and recomposed, so never longer); the folded form drops marks and maps đ to d.
CharFacts facts_of(UChar32 c) {
    icu::UnicodeString folded(c);
    folded.foldCase();
    UErrorCode status = U_ZERO_ERROR;
    icu::UnicodeString decomposed = icu_normalizers::nfd().normalize(folded, status);
    std::string bytes;
    decomposed.toUTF8String(bytes);
    CharFacts facts;
    facts.bound = static_cast<std::uint8_t>(bytes.size());
    UChar32 first = decomposed.isEmpty() ? 0 : decomposed.char32At(0);
    if (first == kDStroke) {
        facts.initial = 'd';
    } else if (first > 0 && first < 0x80 && (U_GET_GC_MASK(first) & (U_GC_L_MASK | U_GC_N_MASK)) != 0) {
        facts.initial = static_cast<char>(first);
    }
    // A word starting with a mark: the folded form starts further on, so its initial stays unknown.
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
            }
            if (bound > Analyzer::kMaxWordBytes) {
                sure = false;
                return;
            }
            out.push_back({begin, end, initial});
        },
        [](std::size_t, std::size_t) {});
    return sure;
}

}  // namespace vnsearch::schema
