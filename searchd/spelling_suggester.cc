// Spelling suggestions; see spelling_suggester.h.
#include "spelling_suggester.h"

#include <algorithm>
#include <set>

#include "vnsearch/schema/layout.h"

namespace vnsearch::searchd {
namespace {

using schema::Field;
using schema::Layout;
using schema::Token;

constexpr std::size_t kMaxSyllableLetters = 7;  // "nghiêng"; longer is not a Vietnamese syllable

// The vowel-quality marks and đ a plain letter can carry (as NFD combining sequences).
std::vector<std::string> letter_options(char letter) {
    switch (letter) {
        case 'a': return {"a", "a\u0302", "a\u0306"};
        case 'e': return {"e", "e\u0302"};
        case 'o': return {"o", "o\u0302", "o\u031B"};
        case 'u': return {"u", "u\u031B"};
        case 'd': return {"d", "\u0111"};
        default: return {std::string(1, letter)};
    }
}

bool is_vowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y'; }

// How many articles hold `exact` (a marking of `folded`) as written.
Xapian::doccount exact_frequency(const Xapian::Database& db, const std::string& exact, const std::string& folded) {
    return db.get_termfreq(Layout::marked_term(Field::BodyExact, exact, folded));
}

// How many articles hold the pair `first` `second` as written: both words as written and the pair
// without marks (the index keeps pairs folded only). Counted up to kMaxPairCount: the evidence a
// marking needs is a few articles, and a common pair costs no more than that to count. A word
// without marks has no term of its own (its folded term stands for every marking): 0, no evidence.
Xapian::doccount pair_frequency(const Xapian::Database& db, const Token& first, const Token& second) {
    constexpr Xapian::doccount kMaxPairCount = 1000;
    if (!first.has_marks() || !second.has_marks()) return 0;
    Xapian::Query as_written(Xapian::Query::OP_AND, Xapian::Query(Layout::marked_term(Field::BodyExact, first.exact, first.folded)),
                             Xapian::Query(Layout::marked_term(Field::BodyExact, second.exact, second.folded)));
    Xapian::Query pair(Layout::bigram_term(Field::BigramFolded, first.folded, second.folded));
    Xapian::Enquire enquire(db);
    enquire.set_query(Xapian::Query(Xapian::Query::OP_FILTER, pair, as_written));
    enquire.set_weighting_scheme(Xapian::BoolWeight());
    return enquire.get_mset(0, 0, kMaxPairCount).get_matches_lower_bound();
}

// How often `word` (a marking of `folded`) stands next to its marked neighbours (0 when it has none).
Xapian::doccount context_frequency(const Xapian::Database& db, const std::string& word, const std::string& folded,
                                   const Token* before, const Token* after) {
    Token token{word, folded, 0, 0};
    Xapian::doccount frequency = 0;
    if (before) frequency += pair_frequency(db, *before, token);
    if (after) frequency += pair_frequency(db, token, *after);
    return frequency;
}

// A word typed with marks: another marking when the evidence for it is overwhelming.
std::optional<std::string> remark(const Xapian::Database& db, const Token& word, const Token* before,
                                  const Token* after) {
    Xapian::doccount typed = exact_frequency(db, word.exact, word.folded);
    // Common words are spelt as meant: only rare ones are worth the variant lookups.
    if (typed > std::max<Xapian::doccount>(3, db.get_doccount() / 2000)) return std::nullopt;
    bool has_context = before || after;
    Xapian::doccount typed_context = has_context ? context_frequency(db, word.exact, word.folded, before, after) : typed;

    std::optional<std::string> best;
    Xapian::doccount best_context = 0, best_frequency = 0;
    for (const std::string& variant : mark_variants(word.folded)) {
        if (variant == word.exact) continue;
        Xapian::doccount frequency = exact_frequency(db, variant, word.folded);
        if (frequency == 0) continue;
        Xapian::doccount context = has_context ? context_frequency(db, variant, word.folded, before, after) : frequency;
        if (context > best_context || (context == best_context && frequency > best_frequency)) {
            best = variant;
            best_context = context;
            best_frequency = frequency;
        }
    }
    if (!best) return std::nullopt;
    if (typed == 0) return best;  // the marking typed is nowhere in the index
    bool convincing = best_context >= SpellingSuggester::kMinEvidence &&
                      best_context >= SpellingSuggester::kEvidenceRatio * std::max<double>(typed_context, 1.0);
    return convincing ? best : std::nullopt;
}

// A word unknown to the index: the closest word of the spelling dictionary, in the typed style.
std::optional<std::string> respell(const Xapian::Database& db, const Token& word) {
    std::string typed = word.has_marks() ? word.exact : word.folded;
    std::string suggestion = db.get_spelling_suggestion(typed);
    if (suggestion.empty()) return std::nullopt;
    Token found = schema::Analyzer::tokenize(suggestion).at(0);
    if (!word.has_marks()) return found.folded;
    if (found.has_marks()) return found.exact;
    // The dictionary's closest word is unmarked but the user typed marks: its best marking.
    return remark(db, Token{found.folded, found.folded, 0, 0}, nullptr, nullptr);
}

}  // namespace

std::vector<std::string> mark_variants(const std::string& folded) {
    if (folded.empty() || folded.size() > kMaxSyllableLetters) return {};
    if (!std::all_of(folded.begin(), folded.end(), [](char c) { return c >= 'a' && c <= 'z'; })) return {};
    auto first_vowel = std::find_if(folded.begin(), folded.end(), is_vowel);
    if (first_vowel == folded.end()) return {};
    auto toned = static_cast<std::size_t>(first_vowel - folded.begin());

    // Every combination of letter options, one NFD string per letter.
    std::vector<std::vector<std::string>> spellings = {{}};
    for (char letter : folded) {
        std::vector<std::vector<std::string>> longer;
        for (const auto& prefix : spellings) {
            for (const auto& option : letter_options(letter)) {
                longer.push_back(prefix);
                longer.back().push_back(option);
            }
        }
        spellings = std::move(longer);
    }
    // Each tone goes on the first vowel; Analyzer::normalize moves it to its canonical vowel.
    static const char* const kTones[] = {"", "\u0300", "\u0301", "\u0309", "\u0303", "\u0323"};
    std::set<std::string> variants;
    for (const auto& letters : spellings) {
        for (const char* tone : kTones) {
            std::string text;
            for (std::size_t i = 0; i < letters.size(); ++i) text += letters[i] + (i == toned ? tone : "");
            variants.insert(schema::Analyzer::normalize(text));
        }
    }
    return {variants.begin(), variants.end()};
}

std::optional<std::string> SpellingSuggester::suggest(const Xapian::Database& db,
                                                      const std::vector<Token>& words) const {
    std::vector<std::string> corrected;
    bool changed = false;
    for (std::size_t i = 0; i < words.size(); ++i) {
        const Token& word = words[i];
        const Token* before = i > 0 && words[i - 1].has_marks() ? &words[i - 1] : nullptr;
        const Token* after = i + 1 < words.size() && words[i + 1].has_marks() ? &words[i + 1] : nullptr;
        std::optional<std::string> better;
        bool known = word.has_marks() ? exact_frequency(db, word.exact, word.folded) > 0
                                      : db.get_termfreq(Layout::term(Field::BodyFolded, word.folded)) > 0;
        if (word.has_marks()) better = remark(db, word, before, after);
        if (!better && !known) better = respell(db, word);
        changed = changed || better.has_value();
        corrected.push_back(better.value_or(word.has_marks() ? word.exact : word.folded));
    }
    if (!changed) return std::nullopt;
    std::string joined;
    for (const auto& word : corrected) joined += (joined.empty() ? "" : " ") + word;
    return joined;
}

std::optional<std::string> SpellingSuggester::suggest_while_typing(const Xapian::Database& db,
                                                                   const std::vector<Token>& words) const {
    if (words.size() < 2) return std::nullopt;
    auto before = suggest(db, std::vector<Token>(words.begin(), words.end() - 1));
    if (!before) return std::nullopt;
    const Token& typing = words.back();
    return *before + " " + (typing.has_marks() ? typing.exact : typing.folded);
}

}  // namespace vnsearch::searchd
