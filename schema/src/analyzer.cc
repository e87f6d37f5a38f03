// Vietnamese text analysis: word splitting, NFC, case folding, tone-mark canonicalisation, folding.
//
// Tone-mark rule (one canonical placement, so "hoà"/"hòa", "uỷ"/"ủy", "thuý"/"thúy" and the typo
// "qúa"/"quá" are one syllable). Within the syllable's vowel cluster (the "u" of "qu" and the "i" of
// "gi" before another vowel belong to the consonant):
//   1. a vowel with a quality mark (â ă ê ô ơ ư) carries the tone; in "ươ" the ơ does;
//   2. otherwise in a three-vowel cluster the middle vowel does ("ngoài", "khuỷu");
//   3. otherwise in a two-vowel cluster: the second vowel when a consonant follows ("hoàn", "huỳnh"),
//      the first when the syllable ends with the cluster ("hòa", "khỏe", "thúy", "ủy", "mùa");
//   4. a lone vowel carries it.
// This is the traditional placement, the one most news text uses. Words that are not Vietnamese
// syllables (foreign letters, two tone marks, no vowel) are left as they are.
#include "vnsearch/schema/analyzer.h"

#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <array>
#include <optional>
#include <stdexcept>

#include "icu_normalizers.h"
#include "word_scan.h"
#include "vnsearch/schema/text.h"

namespace vnsearch::schema {
namespace {

using word_scan::scan;

constexpr UChar32 kDStroke = 0x0111;  // đ: no decomposition, folds to d by hand

bool is_tone_mark(UChar32 c) {
    return c == 0x0300 || c == 0x0301 || c == 0x0303 || c == 0x0309 || c == 0x0323;
}

bool is_quality_mark(UChar32 c) { return c == 0x0302 || c == 0x0306 || c == 0x031B; }

bool is_vowel(UChar32 c) {
    return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y';
}

bool is_vietnamese_base(UChar32 c) { return (c >= 'a' && c <= 'z') || c == kDStroke; }

using icu_normalizers::nfc;
using icu_normalizers::nfd;

// A syllable in NFD: each letter with the non-tone marks that follow it.
struct Letter {
    UChar32 base = 0;
    std::u32string marks;  // quality marks (and anything else that is not a tone)
};

struct Syllable {
    std::vector<Letter> letters;
    std::optional<UChar32> tone;
};

// Splits an NFD syllable into letters; returns nullopt when it is not a plain Vietnamese syllable.
std::optional<Syllable> split_syllable(const icu::UnicodeString& decomposed) {
    Syllable syllable;
    for (int32_t i = 0; i < decomposed.length();) {
        UChar32 c = decomposed.char32At(i);
        i += U16_LENGTH(c);
        if (is_tone_mark(c)) {
            if (syllable.tone || syllable.letters.empty()) return std::nullopt;
            syllable.tone = c;
        } else if (is_quality_mark(c)) {
            if (syllable.letters.empty()) return std::nullopt;
            syllable.letters.back().marks += static_cast<char32_t>(c);
        } else if (is_vietnamese_base(c)) {
            syllable.letters.push_back(Letter{c, {}});
        } else {
            return std::nullopt;
        }
    }
    return syllable;
}

// True when letters[from..] is empty or one of Vietnamese's final consonants.
bool is_final_consonant(const std::vector<Letter>& letters, std::size_t from) {
    std::u32string tail;
    for (std::size_t i = from; i < letters.size(); ++i) {
        if (!letters[i].marks.empty()) return false;
        tail += static_cast<char32_t>(letters[i].base);
    }
    static const std::array<std::u32string_view, 9> kFinals = {U"", U"c", U"ch", U"m", U"n", U"ng", U"nh", U"p", U"t"};
    for (auto final_consonant : kFinals) {
        if (tail == final_consonant) return true;
    }
    return false;
}

// Index of the letter that carries the tone under the rule at the top of this file.
std::optional<std::size_t> tone_position(const std::vector<Letter>& letters) {
    std::size_t first = 0;
    while (first < letters.size() && !is_vowel(letters[first].base)) ++first;
    if (first == letters.size()) return std::nullopt;
    // "qu" + vowel and "gi" + vowel: the u / i belongs to the consonant.
    bool has_next_vowel = first + 1 < letters.size() && is_vowel(letters[first + 1].base);
    if (first == 1 && has_next_vowel && letters[first].marks.empty() &&
        ((letters[0].base == 'q' && letters[1].base == 'u') || (letters[0].base == 'g' && letters[1].base == 'i'))) {
        ++first;
    }
    std::size_t last = first;
    while (last + 1 < letters.size() && is_vowel(letters[last + 1].base)) ++last;
    if (!is_final_consonant(letters, last + 1)) return std::nullopt;  // "café": not one syllable
    std::size_t count = last - first + 1;
    for (std::size_t i = last + 1; i-- > first;) {
        if (!letters[i].marks.empty()) return i;
    }
    if (count == 3) return first + 1;
    if (count == 2) return last + 1 < letters.size() ? last : first;
    if (count == 1) return first;
    return std::nullopt;
}

// Lower-case NFD syllable -> lower-case NFD syllable with the tone at its canonical place.
icu::UnicodeString place_tone(const icu::UnicodeString& decomposed) {
    auto syllable = split_syllable(decomposed);
    if (!syllable || !syllable->tone) return decomposed;
    auto position = tone_position(syllable->letters);
    if (!position) return decomposed;
    icu::UnicodeString out;
    for (std::size_t i = 0; i < syllable->letters.size(); ++i) {
        const Letter& letter = syllable->letters[i];
        out.append(letter.base);
        for (char32_t mark : letter.marks) out.append(static_cast<UChar32>(mark));
        if (i == *position) out.append(*syllable->tone);
    }
    return out;
}

bool is_ascii(std::string_view text) {
    for (unsigned char c : text) {
        if (c >= 0x80) return false;
    }
    return true;
}

// Removes all combining marks from an NFD string and folds đ.
icu::UnicodeString strip_marks(const icu::UnicodeString& decomposed) {
    icu::UnicodeString out;
    for (int32_t i = 0; i < decomposed.length();) {
        UChar32 c = decomposed.char32At(i);
        i += U16_LENGTH(c);
        if (U_GET_GC_MASK(c) & U_GC_M_MASK) continue;
        out.append(c == kDStroke ? UChar32{'d'} : c);
    }
    return out;
}

std::string to_utf8(const icu::UnicodeString& text) {
    std::string out;
    text.toUTF8String(out);
    return out;
}

// The calling thread's WordMemo (see WordMemo::Use), if any.
thread_local WordMemo* current_memo = nullptr;

Token analyse_unknown_word(std::string_view word, std::size_t begin, std::size_t end);

// Exact and folded forms of one word.
Token analyse_word(std::string_view word, std::size_t begin, std::size_t end) {
    if (is_ascii(word)) {
        std::string lower = ascii_lower(word);
        return Token{lower, lower, begin, end};
    }
    WordMemo* memo = current_memo;
    if (!memo) return analyse_unknown_word(word, begin, end);
    if (const auto* known = memo->find(word)) return Token{known->first, known->second, begin, end};
    Token token = analyse_unknown_word(word, begin, end);
    memo->remember(word, token.exact, token.folded);
    return token;
}

Token analyse_unknown_word(std::string_view word, std::size_t begin, std::size_t end) {
    UErrorCode status = U_ZERO_ERROR;
    icu::UnicodeString text = icu::UnicodeString::fromUTF8(icu::StringPiece(word.data(), static_cast<int32_t>(word.size())));
    text.foldCase();
    icu::UnicodeString decomposed = nfd().normalize(text, status);
    icu::UnicodeString canonical = place_tone(decomposed);
    icu::UnicodeString composed = nfc().normalize(canonical, status);
    icu::UnicodeString folded = strip_marks(canonical);
    if (U_FAILURE(status)) throw std::runtime_error("ICU normalization failed");
    return Token{to_utf8(composed), to_utf8(folded), begin, end};
}

}  // namespace

WordMemo::Use::Use(WordMemo& memo) : previous_(current_memo) { current_memo = &memo; }

WordMemo::Use::~Use() { current_memo = previous_; }

WordMemo* WordMemo::current() { return current_memo; }

const std::pair<std::string, std::string>* WordMemo::find(std::string_view word) const {
    auto it = words_.find(word);
    return it == words_.end() ? nullptr : &it->second;
}

void WordMemo::remember(std::string_view word, std::string exact, std::string folded) {
    if (words_.size() >= kMaxWords) words_.clear();
    words_.emplace(std::string(word), std::make_pair(std::move(exact), std::move(folded)));
}

std::vector<Token> Analyzer::tokenize(std::string_view text) {
    std::vector<Token> tokens;
    scan(
        text,
        [&](std::size_t begin, std::size_t end) {
            Token token = analyse_word(text.substr(begin, end - begin), begin, end);
            if (token.exact.size() <= kMaxWordBytes) tokens.push_back(std::move(token));
        },
        [](std::size_t, std::size_t) {});
    return tokens;
}

std::string Analyzer::normalize(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    scan(
        text,
        [&](std::size_t begin, std::size_t end) {
            out += analyse_word(text.substr(begin, end - begin), begin, end).exact;
        },
        [&](std::size_t begin, std::size_t end) {
            icu::UnicodeString gap = icu::UnicodeString::fromUTF8(
                icu::StringPiece(text.data() + begin, static_cast<int32_t>(end - begin)));
            bool only_space = true;
            for (int32_t i = 0; i < gap.length(); ++i) only_space = only_space && u_isUWhiteSpace(gap.char32At(i));
            if (!only_space) {
                out += to_utf8(gap);
            } else if (begin != 0 && end != text.size()) {
                out += ' ';
            }
        });
    return out;
}

std::string Analyzer::fold(std::string_view normalized) {
    UErrorCode status = U_ZERO_ERROR;
    icu::UnicodeString text = icu::UnicodeString::fromUTF8(
        icu::StringPiece(normalized.data(), static_cast<int32_t>(normalized.size())));
    icu::UnicodeString stripped = strip_marks(nfd().normalize(text, status));
    if (U_FAILURE(status)) throw std::runtime_error("ICU normalization failed");
    return to_utf8(nfc().normalize(stripped, status));
}

std::string Analyzer::canonical_tone(std::string_view syllable) {
    UErrorCode status = U_ZERO_ERROR;
    icu::UnicodeString text = icu::UnicodeString::fromUTF8(
        icu::StringPiece(syllable.data(), static_cast<int32_t>(syllable.size())));
    icu::UnicodeString composed = nfc().normalize(place_tone(nfd().normalize(text, status)), status);
    if (U_FAILURE(status)) throw std::runtime_error("ICU normalization failed");
    return to_utf8(composed);
}

}  // namespace vnsearch::schema
