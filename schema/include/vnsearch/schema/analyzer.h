// The Vietnamese text analyzer: the only code that turns text into terms.
// The indexer and searchd both call it, so a term written is always a term that can be found.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace vnsearch::schema {

// One word (for Vietnamese: one syllable) of a text.
struct Token {
    std::string exact;     // NFC, case-folded, canonical tone placement: "ủy", "đảng"
    std::string folded;    // exact without any marks, đ -> d: "uy", "dang"
    std::size_t begin = 0; // byte span of the word in the text given to tokenize()
    std::size_t end = 0;
    bool has_marks() const { return exact != folded; }
};

class Analyzer {
public:
    // Longest word kept, in bytes of its exact form; longer runs (hashes, URLs) are skipped
    // because Xapian limits term length.
    static constexpr std::size_t kMaxWordBytes = 64;

    // NFC + case folding + canonical tone-mark placement, applied word by word; separators are
    // kept (runs of white space, including no-break spaces, become one ASCII space).
    static std::string normalize(std::string_view text);

    // Removes every mark (tone and vowel quality) and maps đ to d: "Đại hội" -> "dai hoi".
    // Expects normalized text.
    static std::string fold(std::string_view normalized);

    // Splits text (any case, NFC or NFD, old or new tone placement) into words: runs of letters,
    // digits and combining marks. Everything else separates words.
    static std::vector<Token> tokenize(std::string_view text);

    // Moves the tone mark of one lower-case NFC syllable to its canonical vowel (see analyzer.cc
    // for the rule): "hoà" -> "hòa", "uỷ" -> "ủy", "qúa" -> "quá". Non-Vietnamese words pass unchanged.
    static std::string canonical_tone(std::string_view syllable);
};

}  // namespace vnsearch::schema
