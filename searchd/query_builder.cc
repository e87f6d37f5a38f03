// User text -> Xapian::Query; see query_builder.h.
//
// Why a hand-written parser and not Xapian::QueryParser: every word a user types must become a pair
// of terms (its exact form, which ranks higher, OR its folded form) plus bigram terms with its
// neighbours, and QueryParser can only map one word to one term (or stem) per prefix. Its grammar is
// small enough to do here: words, "phrases", -excluded, OR, title:, org:, category:; anything
// malformed (an unbalanced quote, a stray operator, "title:" alone) falls back to plain words.
#include "query_builder.h"

#include <algorithm>
#include <limits>
#include <numeric>
#include <optional>
#include <string>

#include "completion.h"
#include "filters.h"
#include "vnsearch/schema/layout.h"
#include "vnsearch/schema/text.h"

namespace vnsearch::searchd {
namespace {

using schema::Analyzer;
using schema::Field;
using schema::Layout;
using schema::Token;

enum class Scope { Body, Title };

// One unit of the query: a word, a phrase or a filter, with its operators.
struct Unit {
    enum class Kind { Word, Phrase, Org, Category } kind = Kind::Word;
    bool excluded = false;
    bool or_with_previous = false;  // joined to the unit before it by OR
    Scope scope = Scope::Body;
    std::vector<Token> tokens;      // one for a Word
    std::string value;              // a filter's name as typed
};

// An odd quote has no partner: it is dropped, so its words are searched as plain words.
std::string balance_quotes(std::string_view text) {
    std::string balanced(text);
    std::size_t quotes = 0;
    for (char c : balanced) quotes += c == '"';
    if (quotes % 2 == 1) balanced[balanced.rfind('"')] = ' ';
    return balanced;
}

// Whitespace-separated chunks; a quoted part (spaces and all) stays inside its chunk.
std::vector<std::string_view> split_chunks(std::string_view text) {
    std::vector<std::string_view> chunks;
    std::size_t i = 0;
    while (i < text.size()) {
        while (i < text.size() && schema::is_ascii_space(text[i])) ++i;
        std::size_t start = i;
        while (i < text.size() && !schema::is_ascii_space(text[i])) {
            if (text[i] == '"') {
                auto close = text.find('"', i + 1);
                i = close == std::string_view::npos ? text.size() : close + 1;
            } else {
                ++i;
            }
        }
        if (i > start) chunks.push_back(text.substr(start, i - start));
    }
    return chunks;
}

bool is_quoted(std::string_view text) { return text.size() >= 2 && text.front() == '"' && text.back() == '"'; }

std::string_view unquote(std::string_view text) { return is_quoted(text) ? text.substr(1, text.size() - 2) : text; }

// "name:value" with a known field name (any case) and a non-empty value.
std::optional<std::pair<std::string, std::string_view>> split_field(std::string_view chunk) {
    auto colon = chunk.find(':');
    if (colon == std::string_view::npos || colon + 1 == chunk.size()) return std::nullopt;
    std::string name = schema::ascii_lower(chunk.substr(0, colon));
    if (name != "title" && name != "org" && name != "category") return std::nullopt;
    return std::make_pair(name, chunk.substr(colon + 1));
}

// The units one chunk stands for (a chunk like "35-CT/TW" holds several words).
void read_chunk(std::string_view chunk, std::vector<Unit>& units) {
    Unit unit;
    if (chunk.size() > 1 && chunk.front() == '-') {
        unit.excluded = true;
        chunk.remove_prefix(1);
    }
    if (auto field = split_field(chunk)) {
        std::string_view value = unquote(field->second);
        if ((field->first == "org" || field->first == "category") && !value.empty()) {
            unit.kind = field->first == "org" ? Unit::Kind::Org : Unit::Kind::Category;
            unit.value = std::string(value);
            units.push_back(std::move(unit));
            return;
        }
        if (field->first == "title") {
            unit.scope = Scope::Title;
            chunk = field->second;
        }
    }
    if (is_quoted(chunk)) {
        unit.kind = Unit::Kind::Phrase;
        unit.tokens = Analyzer::tokenize(unquote(chunk));
        if (!unit.tokens.empty()) units.push_back(std::move(unit));
        return;
    }
    for (Token& token : Analyzer::tokenize(chunk)) {
        Unit word = unit;
        word.tokens = {std::move(token)};
        units.push_back(std::move(word));
    }
}

bool is_positive_text(const Unit& unit) {
    return !unit.excluded && (unit.kind == Unit::Kind::Word || unit.kind == Unit::Kind::Phrase);
}

// Chunks -> units; an OR between two positive words or phrases joins them, any other OR is dropped.
std::vector<Unit> read_units(std::string_view text) {
    std::string balanced = balance_quotes(text);
    auto chunks = split_chunks(balanced);
    std::vector<Unit> units;
    bool pending_or = false;
    for (std::size_t i = 0; i < chunks.size(); ++i) {
        bool is_or = chunks[i] == "OR";
        if (is_or && !units.empty() && is_positive_text(units.back()) && i + 1 < chunks.size()) {
            std::vector<Unit> next;
            read_chunk(chunks[i + 1], next);
            if (!next.empty() && is_positive_text(next.front())) {
                pending_or = true;
                continue;
            }
        }
        if (is_or) continue;  // a stray OR (at an end, or next to a filter) is an operator typo, not a word
        std::size_t first_new = units.size();
        read_chunk(chunks[i], units);
        if (pending_or && first_new < units.size()) units[first_new].or_with_previous = true;
        pending_or = false;
    }
    return units;
}

Field exact_field(Scope scope) { return scope == Scope::Title ? Field::TitleExact : Field::BodyExact; }
Field folded_field(Scope scope) { return scope == Scope::Title ? Field::TitleFolded : Field::BodyFolded; }

// The term for a word taken literally: exact when typed with marks, folded otherwise.
std::string literal_term(const Token& token, Scope scope) {
    return token.has_marks() ? Layout::term(exact_field(scope), token.exact)
                             : Layout::term(folded_field(scope), token.folded);
}

Xapian::Query any_of(const std::vector<Xapian::Query>& queries) {
    if (queries.empty()) return Xapian::Query();
    return Xapian::Query(Xapian::Query::OP_OR, queries.begin(), queries.end());
}

Xapian::Query all_of(const std::vector<Xapian::Query>& queries) {
    if (queries.empty()) return Xapian::Query();
    return Xapian::Query(Xapian::Query::OP_AND, queries.begin(), queries.end());
}

// A word typed with marks prefers its exact form and falls back to its folded form; a word typed
// without marks matches every marked form.
Xapian::Query word_query(const Token& token, Scope scope) {
    Xapian::Query folded(Layout::term(folded_field(scope), token.folded));
    if (!token.has_marks()) return folded;
    Xapian::Query exact(Layout::term(exact_field(scope), token.exact));
    if (QueryBuilder::kExactBoost != 1.0) exact = Xapian::Query(Xapian::Query::OP_SCALE_WEIGHT, exact, QueryBuilder::kExactBoost);
    return Xapian::Query(Xapian::Query::OP_OR, exact, folded);
}

// Words as a phrase over the folded terms of `field` (weighted `boost` times its words).
Xapian::Query run_phrase(const std::vector<Token>& run, Field field, double boost) {
    std::vector<Xapian::Query> words;
    for (const Token& token : run) words.emplace_back(Layout::term(field, token.folded));
    Xapian::Query phrase(Xapian::Query::OP_PHRASE, words.begin(), words.end(), static_cast<Xapian::termcount>(words.size()));
    return boost == 1.0 ? phrase : Xapian::Query(Xapian::Query::OP_SCALE_WEIGHT, phrase, boost);
}

// A phrase matches where its words stand together within one clause: each pair of them is one of the
// article's folded word pairs (bigram terms, which punctuation and line breaks end), three words or
// more stand in that order (positions, on folded terms only: schema/layout.h), and each word typed with
// marks is in the article with them (as before: "đại hoi" must find "đại hội", so pairs are folded).
// Positions alone also matched across a full stop ("... do. Ngoài ra ..." for "do ngoai": 217 articles
// where 95 hold the pair) and had to be read for every article holding the words (10-15 ms a phrase of
// common words on the shared corpora, past the count's time budget); a phrase of two words is now
// counted from the term sets, exactly. The weight is its literal words' (as for words typed alone).
Xapian::Query phrase_query(const std::vector<Token>& tokens, Scope scope) {
    std::vector<Xapian::Query> literal, pairs;
    for (std::size_t i = 0; i < tokens.size(); ++i) {
        literal.emplace_back(literal_term(tokens[i], scope));
        if (i == 0) continue;
        pairs.emplace_back(Layout::bigram_term(Field::BigramFolded, tokens[i - 1].folded, tokens[i].folded));
    }
    if (literal.size() == 1) return literal.front();
    Xapian::Query together = all_of(pairs);
    // Word pairs are the title's and the body's alike: title: phrases are checked on title positions.
    if (tokens.size() > 2 || scope == Scope::Title) {
        together = Xapian::Query(Xapian::Query::OP_FILTER, run_phrase(tokens, folded_field(scope), 1.0), together);
    }
    return Xapian::Query(Xapian::Query::OP_FILTER, all_of(literal), together);
}

Xapian::Query unit_query(const Unit& unit) {
    switch (unit.kind) {
        case Unit::Kind::Word: return unit.excluded ? Xapian::Query(literal_term(unit.tokens.front(), unit.scope))
                                                    : word_query(unit.tokens.front(), unit.scope);
        case Unit::Kind::Phrase: return phrase_query(unit.tokens, unit.scope);
        case Unit::Kind::Org: return any_org({unit.value});
        case Unit::Kind::Category: return any_category({unit.value});
    }
    return Xapian::Query();
}

// Optional weight on top of the matching part: plain terms, and positional (phrase) queries.
struct Boosts {
    std::vector<Xapian::Query> terms;
    std::vector<Xapian::Query> phrases;
    std::vector<Xapian::Query> folded_bigrams;  // of every run
    std::vector<Xapian::doccount> bigram_articles;  // how many articles hold each (0: not asked)
};

// A pair typed with marks weighs kMarkedPairBoost times its folded pair more in the articles holding
// its marked words as typed (its words without marks are in every article holding the pair). Layout 2
// indexed exact pairs for this: a third of all postings. Without them lead-sentence MRR@10 fell
// 0.782 -> 0.749; this brings it to 0.775, the body phrase below past it.
Xapian::Query marked_pair_boost(const Token& first, const Token& second, const Xapian::Query& folded_pair) {
    std::vector<Xapian::Query> as_typed;
    for (const Token* word : {&first, &second}) {
        if (word->has_marks()) as_typed.emplace_back(Layout::term(Field::BodyExact, word->exact));
    }
    Xapian::Query weighted(Xapian::Query::OP_SCALE_WEIGHT, folded_pair, QueryBuilder::kMarkedPairBoost);
    return Xapian::Query(Xapian::Query::OP_FILTER, weighted, all_of(as_typed));
}

// Both phrase boosts are checked only in articles holding the run's pairs, each in the form measured
// faster on the shared corpora (same weights either way). The title phrase needs any pair: a FILTER
// ("viet nam tu ngay": 2.2 ms; an AND_MAYBE 19 ms). The body phrase needs all of them: as a FILTER,
// Xapian read its positions at every match of the query ("thú với đề": 17,000 matches, 57 ms); an
// AND_MAYBE on the weightless pairs reads them only in the 7 articles holding both (1.9 ms).
Xapian::Query title_phrase_boost(const std::vector<Token>& run, const Xapian::Query& any_pair) {
    return Xapian::Query(Xapian::Query::OP_FILTER, run_phrase(run, Field::TitleFolded, QueryBuilder::kTitlePhraseBoost), any_pair);
}

Xapian::Query body_phrase_boost(const std::vector<Token>& run, const Xapian::Query& all_pairs) {
    Xapian::Query weightless(Xapian::Query::OP_SCALE_WEIGHT, all_pairs, 0.0);
    return Xapian::Query(Xapian::Query::OP_AND_MAYBE, weightless, run_phrase(run, Field::BodyFolded, 1.0));
}

// The proximity boosts of a run of plain words typed side by side:
// - each adjacent pair as its folded bigram term, and a pair typed with marks again (marked_pair_boost);
// - the whole run as a phrase in a title. Measured on 600 title-span queries over dantri + baomoi:
//   the bigrams lift MRR@10 from 0.52-0.66 to 0.91; the title phrase, weighted kTitlePhraseBoost,
//   to 0.945-0.948 (lead-sentence queries -0.007). It is checked in the documents holding one of the
//   run's folded bigrams (every title holding the phrase does, unless punctuation splits every pair):
//   "công quân sự": 105 ms -> 6 ms;
// - a run of three words or more as a phrase anywhere (title or body), in the documents holding all
//   its pairs: lead-sentence MRR@10 0.775 -> 0.795 (seed 1), 0.785 -> 0.805 (held-out seed 2); a run of
//   two is its pair already. (All pairs without positions: 0.779 and 0.793.)
//   Both boosts that read more than a term's postings apply only to pairs in few enough articles
//   (kMarkedPairMaxArticles, kBodyPhraseMaxArticles): their cost grows with the pair's articles, their
//   worth does not.
// How many articles hold a term; without the database's statistics 0, so that every boost applies.
Xapian::doccount articles_holding(const std::string& term, const Xapian::Database* statistics) {
    return statistics == nullptr ? 0 : statistics->get_termfreq(term);
}

void add_run_boosts(const std::vector<Token>& run, Boosts& boosts, const Xapian::Database* statistics) {
    std::vector<Xapian::Query> folded_bigrams;
    Xapian::doccount rarest = std::numeric_limits<Xapian::doccount>::max();  // of the run's pairs
    for (std::size_t i = 1; i < run.size(); ++i) {
        std::string pair = Layout::bigram_term(Field::BigramFolded, run[i - 1].folded, run[i].folded);
        bool marked = run[i - 1].has_marks() || run[i].has_marks();
        // Asked only when a limit needs it (a remote database answers each question over the network).
        Xapian::doccount articles = marked || run.size() >= 3 ? articles_holding(pair, statistics) : 0;
        rarest = std::min(rarest, articles);
        folded_bigrams.emplace_back(pair);
        boosts.terms.push_back(folded_bigrams.back());
        boosts.folded_bigrams.push_back(folded_bigrams.back());
        boosts.bigram_articles.push_back(articles);
        if (marked && articles <= QueryBuilder::kMarkedPairMaxArticles) {
            boosts.terms.push_back(marked_pair_boost(run[i - 1], run[i], folded_bigrams.back()));
        }
    }
    if (run.size() < 2) return;
    boosts.phrases.push_back(title_phrase_boost(run, any_of(folded_bigrams)));
    if (run.size() >= 3 && rarest <= QueryBuilder::kBodyPhraseMaxArticles) {
        boosts.phrases.push_back(body_phrase_boost(run, all_of(folded_bigrams)));
    }
}

void add_highlight(const Unit& unit, MatchWords& highlight) {
    for (const Token& token : unit.tokens) {
        bool literal = unit.kind == Unit::Kind::Phrase;
        if (token.has_marks()) highlight.exact.insert(token.exact);
        if (!token.has_marks() || !literal) highlight.folded.insert(token.folded);
    }
}

// The matching part plus the optional proximity boosts, minus the exclusions.
//
// Each phrase boost gets an OP_AND_MAYBE of its own, never a place in the OP_OR of the term boosts:
// Xapian 1.4.22 (Debian 12) credits a phrase in that OR, on AND_MAYBE's right, to documents that do not
// match it. Measured: a title phrase that is in no title at all added 26.7 to an untitled article that
// held one of the bigrams ("dich ra sao"); query_builder_test.cc keeps a small repro. With the phrase
// weighing only where it matches, slug-word MRR@10 went 0.318 -> 0.344, lead words 0.773 -> 0.780.
Xapian::Query assemble(Xapian::Query matching, const Boosts& boosts, const std::vector<Xapian::Query>& excluded) {
    if (!boosts.terms.empty()) matching = Xapian::Query(Xapian::Query::OP_AND_MAYBE, matching, any_of(boosts.terms));
    for (const auto& phrase : boosts.phrases) matching = Xapian::Query(Xapian::Query::OP_AND_MAYBE, matching, phrase);
    if (!excluded.empty()) matching = Xapian::Query(Xapian::Query::OP_AND_NOT, matching, any_of(excluded));
    return matching;
}

// prefix=1: the last unit, when it is a plain word the text ends inside, also matches its completions;
// `run` (the words typed side by side, ending with it when it is a body word) gets the completed pair.
void add_completion(const std::vector<Unit>& units, std::string_view text, const std::vector<Token>& run,
                    std::vector<Xapian::Query>& parts, Boosts& boosts, BuiltQuery& built) {
    if (units.empty() || parts.empty() || !Completion::ends_inside_word(text)) return;
    const Unit& last = units.back();
    if (last.kind != Unit::Kind::Word || last.excluded) return;
    const Token& token = last.tokens.front();
    Xapian::Query completions = Completion::of_word(token, QueryBuilder::kExactBoost);
    parts.back() = Xapian::Query(Xapian::Query::OP_OR, parts.back(), completions);
    bool ends_run = last.scope == Scope::Body && !last.or_with_previous;  // as build() forms runs
    if (ends_run && run.size() >= 2) boosts.terms.push_back(Completion::of_bigram(run[run.size() - 2], run.back()));
    built.highlight.folded_prefixes.push_back(token.folded);
    built.completes_last_word = true;
}

// A headline's matches: the articles holding one of its rarer pairs of words side by side (the rarer half
// of its pairs), ranked by its words and boosts. Any single word, or any pair, matched most articles of a
// large archive (1,000,000: median 92 ms against 19 requiring every word); the rarer pairs are what tell
// the story apart, and keep the article whose text lacks a few of the headline's words.
Xapian::Query rare_pair_then_words(const std::vector<Xapian::Query>& parts, const Boosts& boosts) {
    std::vector<std::size_t> order(boosts.folded_bigrams.size());
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::stable_sort(order.begin(), order.end(),
                     [&](std::size_t a, std::size_t b) { return boosts.bigram_articles[a] < boosts.bigram_articles[b]; });
    std::vector<Xapian::Query> rarer;
    for (std::size_t i = 0; i < (order.size() + 1) / 2; ++i) rarer.push_back(boosts.folded_bigrams[order[i]]);
    Xapian::Query pairs(Xapian::Query::OP_SCALE_WEIGHT, any_of(rarer), 0.0);  // the boosts weigh them
    return Xapian::Query(Xapian::Query::OP_AND_MAYBE, pairs, any_of(parts));
}

}  // namespace

BuiltQuery QueryBuilder::build(std::string_view text, bool complete_last_word,
                                const Xapian::Database* statistics) const {
    BuiltQuery built;
    std::vector<Xapian::Query> parts, excluded;
    std::vector<std::string> orgs, categories;  // org: and category: filters
    Boosts boosts;
    std::vector<Token> run;  // plain words typed side by side, for the proximity boosts
    bool only_words = true;
    std::vector<Unit> units = read_units(text);
    for (const Unit& unit : units) {
        bool plain = unit.kind == Unit::Kind::Word && !unit.excluded && unit.scope == Scope::Body;
        bool joins_group = unit.or_with_previous && !parts.empty();
        only_words = only_words && plain && !joins_group;
        if (plain && !joins_group) {
            run.push_back(unit.tokens.front());
        } else {
            add_run_boosts(run, boosts, statistics);
            run.clear();
        }

        Xapian::Query query = unit_query(unit);
        if ((unit.kind == Unit::Kind::Org || unit.kind == Unit::Kind::Category) && !unit.excluded) {
            (unit.kind == Unit::Kind::Org ? orgs : categories).push_back(unit.value);
        } else if (unit.excluded) {
            excluded.push_back(query);
        } else {
            if (joins_group) {
                parts.back() = Xapian::Query(Xapian::Query::OP_OR, parts.back(), query);
            } else {
                parts.push_back(query);
            }
            add_highlight(unit, built.highlight);
            if (unit.kind == Unit::Kind::Word) built.words.push_back(unit.tokens.front());
        }
    }
    add_run_boosts(run, boosts, statistics);
    if (complete_last_word) add_completion(units, text, run, parts, boosts, built);
    built.scored = !parts.empty();
    built.only_words = only_words && !built.words.empty();
    // A match-all query of its own, never a copy of the static Query::MatchAll: Xapian 1.4 counts a
    // query's references without atomics, so worker threads copying that one static at once corrupted
    // its count, and searchd crashed (SIGSEGV in Weight::Internal::accumulate_stats, 8 connections).
    bool headline = built.only_words && built.words.size() >= kHeadlineWords && !boosts.folded_bigrams.empty();
    Xapian::Query all = parts.empty() ? Xapian::Query(std::string()) : headline ? rare_pair_then_words(parts, boosts) : all_of(parts);
    built.ranked = assemble(all, boosts, excluded);
    built.bare = assemble(all, {}, excluded);
    if (parts.size() >= 2) {
        built.relaxed = assemble(any_of(parts), boosts, excluded);
        built.relaxed_bare = assemble(any_of(parts), {}, excluded);
    }
    built.tier = any_of(boosts.folded_bigrams);
    if (built.only_words && built.words.size() == 1 && !built.completes_last_word) {
        // One word most articles hold (1,000,000 articles: "của" in 961,270) weighs next to nothing, and
        // ranking every match was the slowest tenth of the mixed file: the articles holding it in their
        // title come first, as written (a marked word's exact form: "An exact match outranks a folded one").
        const Token& word = built.words.front();
        built.tier = Xapian::Query(word.has_marks() ? Layout::term(Field::TitleExact, word.exact)
                                                         : Layout::term(Field::TitleFolded, word.folded));
    }
    built.filter = all_filters({any_org(orgs), any_category(categories)});
    return built;
}

}  // namespace vnsearch::searchd
