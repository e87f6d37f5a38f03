// User text -> Xapian::Query, through schema's Analyzer and Layout: the query side of the contract
// the indexer writes. Syntax: words, "phrases", -excluded, OR, title:, org:, category:.
#pragma once

#include <string_view>
#include <vector>

#include <xapian.h>

#include "match_words.h"
#include "vnsearch/schema/analyzer.h"

namespace vnsearch::searchd {

struct BuiltQuery {
    // What ranks: words (AND), phrases and OR groups, minus exclusions, with the proximity boost.
    // A match-all query (the empty term) when the text holds no word to look for.
    Xapian::Query ranked;
    // The same without the proximity boosts: what must match, cheaper to count matches with.
    Xapian::Query bare;
    // The same with the words joined by OR: a retry when `ranked` finds nothing. Empty when the text
    // has fewer than two positive parts (nothing to relax).
    Xapian::Query relaxed;
    Xapian::Query relaxed_bare;
    // The tier a broad query's page is ranked in first (Searcher): the folded bigrams of the words typed
    // side by side, OR-ed (the documents holding two of the words next to each other); for one plain word,
    // its title term (as typed: exact with marks). Empty otherwise.
    Xapian::Query tier;
    // org:/category: from the text (boolean, to apply with OP_FILTER). Empty when none.
    Xapian::Query filter;
    // What snippets mark.
    MatchWords highlight;
    // The words typed (not phrases, not excluded), in order: for spelling suggestions.
    std::vector<schema::Token> words;
    // True when the text is nothing but plain words (no phrase, operator or field): a spelling
    // suggestion made of `words` then stands for the whole query.
    bool only_words = false;
    // True when some positive word or phrase ranks the matches; false for an empty text, or one
    // with only exclusions or filters (the searcher then lists newest first).
    bool scored = false;
    // True when the last of `words` is also matched as a prefix (it may still be being typed).
    bool completes_last_word = false;
};

class QueryBuilder {
public:
    // How much an exact (marked) match of a word weighs, on top of its folded match. Title-span MRR@10
    // moved by < 0.001 between 1.0 and 2.5: the exact term's own rarity does most of the work.
    static constexpr double kExactBoost = 1.5;
    // How much words typed side by side weigh when they stand side by side in a title too.
    static constexpr double kTitlePhraseBoost = 2.0;
    // How much more a pair of words typed side by side, one of them or both with marks, weighs where the
    // article holds both as typed (on top of the pair without marks). Lead-sentence MRR@10 was flat
    // between 2 and 4 (0.775-0.776), 0.772 at 1.
    static constexpr double kMarkedPairBoost = 2.0;
    // ... only while the pair is in at most this many articles: the boost reads the postings of the
    // pair's words as typed at each match, and a common pair is mostly marked one way (its weight small
    // anyway). At 1,000,000 articles "tổ chức hội nghị" took 34 ms with the boost, 23 without; the
    // 313 marked queries of two words or more in that archive's mixed file 22.3 -> 20.0 CPU ms. Lead-sentence MRR@10 (seed 1):
    // no limit 0.795, 5,000 0.793, 1,000 0.789, never 0.794: since the body phrase, it moves little.
    static constexpr Xapian::doccount kMarkedPairMaxArticles = 5000;

    // Three words or more typed side by side also weigh as a phrase where they stand in a row, checked
    // in the articles holding all their pairs (their positions read for each): only while the rarest
    // pair is in at most this many articles. Common runs cost more than the rest of the search ("to
    // chuc hoi nghi" at 1,000,000 articles: 87-93 ms against 31-35) and rank by their pairs already;
    // lead-sentence MRR@10 on the shared corpora was the same with limits of 500 to 5,000 (100: 0.782).
    static constexpr Xapian::doccount kBodyPhraseMaxArticles = 1000;

    // A text of this many plain words or more (a headline typed or pasted whole) does not require every
    // word: it matches the articles holding one of its rarer pairs of words side by side (the rarer half
    // of its pairs; any word when none does), ranked as always by its words and boosts. An article's text
    // often lacks a word of its headline as first published, and requiring every word then found other
    // articles or nothing. Whole dantri URL slugs of 6+ words (relevance.py's slug_headline kind), MRR@10
    // seeds 1 / 2: every word required 0.577 / 0.623; any word from 7 words 0.748 / 0.792 (from 10: 0.741
    // / 0.786; from 5 the lead kind fell 0.793 -> 0.782), any pair the same; the rarer half of the pairs
    // 0.717 / 0.771. What decided: at 1,000,000 articles the 6+ word headlines took median / p95 / max
    // 19 / 69 / 172 ms requiring every word, 92 / 252 / 451 with any word, 48 / 104 / 174 with the rarer
    // pairs (any pair: 92 / 279 / 892). No other kind moved at 7 (their spans are 6 words at most).
    static constexpr std::size_t kHeadlineWords = 7;

    // complete_last_word (search as you type, prefix=1): when the text ends inside a plain word, that
    // word also matches the longer words it starts (see completion.h). Without it the query is
    // exactly what it always was. `statistics`, the database searched, tells how common word pairs
    // are (kBodyPhraseMaxArticles, kMarkedPairMaxArticles); without it every boost applies.
    BuiltQuery build(std::string_view text, bool complete_last_word = false,
                     const Xapian::Database* statistics = nullptr) const;
};

}  // namespace vnsearch::searchd
