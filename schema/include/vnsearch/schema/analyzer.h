// The Vietnamese text analyzer: the only code that turns text into terms.
// The indexer and searchd both call it, so a term written is always a term that can be found.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
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

// Analysed words remembered for one thread that tokenizes much text (the indexer's analysis worker):
// news text repeats its words, and a lookup costs a fraction of a word's ICU normalization and tone
// placement. Installed for a scope with WordMemo::Use; tokenize() and normalize() on that thread
// then consult it. Results are the same with or without it.
class WordMemo {
public:
    static constexpr std::size_t kMaxWords = 100000;  // then it starts over: memory stays bounded

    // Makes `memo` the calling thread's memo until destroyed (then the previous one is back).
    class Use {
    public:
        explicit Use(WordMemo& memo);
        ~Use();
        Use(const Use&) = delete;
        Use& operator=(const Use&) = delete;

    private:
        WordMemo* previous_;
    };

    // The memo of the calling thread, or nullptr.
    static WordMemo* current();

    // The remembered exact and folded forms of `word` as written, or nullptr.
    const std::pair<std::string, std::string>* find(std::string_view word) const;
    void remember(std::string_view word, std::string exact, std::string folded);

private:
    struct Hash {
        using is_transparent = void;
        std::size_t operator()(std::string_view text) const { return std::hash<std::string_view>{}(text); }
    };
    std::unordered_map<std::string, std::pair<std::string, std::string>, Hash, std::equal_to<>> words_;
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
