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

// How often each marking of a word stands beside the word's marked neighbours, as written. The index
// keeps pairs folded only, so "as written" is: the article holds the folded pair, the neighbour as
// written and the marking. The articles of each side are sampled once, the first kSample of its
// folded pair's (all of them for a rarer pair), and a marking counts the sampled ones holding it: the
// evidence needs a few articles and a ratio, and a common pair costs kSample postings however common
// it is (counting whole intersections took 0.8-1.2 s for "tồ chức hội nghị" at 1,000,000 articles).
class PairContext {
public:
    static constexpr Xapian::doccount kSample = 1000;

    PairContext(const Xapian::Database& db, const Token& word, const Token* before, const Token* after)
        : db_(db), folded_(word.folded) {
        if (before) sides_.push_back(sample(Layout::bigram_term(Field::BigramFolded, before->folded, word.folded), *before));
        if (after) sides_.push_back(sample(Layout::bigram_term(Field::BigramFolded, word.folded, after->folded), *after));
    }

    bool empty() const { return sides_.empty(); }

    // 0 for a marking without marks: it has no term of its own (its folded term stands for them all).
    Xapian::doccount frequency(const std::string& marking) const {
        if (marking == folded_) return 0;
        std::string term = Layout::marked_term(Field::BodyExact, marking, folded_);
        Xapian::doccount count = 0;
        for (const auto& docs : sides_) count += static_cast<Xapian::doccount>(holding(term, docs).size());
        return count;
    }

private:
    // Of the first kSample articles of the pair, those holding the neighbour as written.
    std::vector<Xapian::docid> sample(const std::string& pair, const Token& neighbour) const {
        std::vector<Xapian::docid> first;
        for (auto it = db_.postlist_begin(pair); it != db_.postlist_end(pair) && first.size() < kSample; ++it) {
            first.push_back(*it);
        }
        return holding(Layout::marked_term(Field::BodyExact, neighbour.exact, neighbour.folded), first);
    }

    // Those of `docs` (ascending) that hold `term`.
    std::vector<Xapian::docid> holding(const std::string& term, const std::vector<Xapian::docid>& docs) const {
        std::vector<Xapian::docid> kept;
        auto it = db_.postlist_begin(term);
        for (Xapian::docid doc : docs) {
            if (it == db_.postlist_end(term)) break;
            it.skip_to(doc);
            if (it != db_.postlist_end(term) && *it == doc) kept.push_back(doc);
        }
        return kept;
    }

    const Xapian::Database& db_;
    std::string folded_;
    std::vector<std::vector<Xapian::docid>> sides_;  // sampled articles, before and after
};

// A word typed with marks: another marking when the evidence for it is overwhelming.
std::optional<std::string> remark(const Xapian::Database& db, const Token& word, const Token* before,
                                  const Token* after) {
    Xapian::doccount typed = exact_frequency(db, word.exact, word.folded);
    // Common words are spelt as meant: only rare ones are worth the variant lookups.
    if (typed > std::max<Xapian::doccount>(3, db.get_doccount() / 2000)) return std::nullopt;
    PairContext context_of(db, word, before, after);
    bool has_context = !context_of.empty();
    Xapian::doccount typed_context = has_context ? context_of.frequency(word.exact) : typed;

    std::optional<std::string> best;
    Xapian::doccount best_context = 0, best_frequency = 0;
    for (const std::string& variant : mark_variants(word.folded)) {
        if (variant == word.exact) continue;
        Xapian::doccount frequency = exact_frequency(db, variant, word.folded);
        if (frequency == 0) continue;
        Xapian::doccount context = has_context ? context_of.frequency(variant) : frequency;
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
