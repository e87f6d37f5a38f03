// "Did you mean": a better spelling of a query's words from the index's own vocabulary, in the
// marks style the user typed ("tồ chức" -> "tổ chức"; "vinamlik" -> "vinamilk").
#pragma once

#include <optional>
#include <string>
#include <vector>

#include <xapian.h>

#include "vnsearch/schema/analyzer.h"

namespace vnsearch::searchd {

class SpellingSuggester {
public:
    // A word typed with marks is replaced by another marking of the same letters only when the typed
    // one is rare and the other is this many times more frequent (next to its neighbours when it has
    // any): Vietnamese syllables have many legitimate markings of very different frequencies.
    static constexpr double kEvidenceRatio = 10.0;
    static constexpr Xapian::doccount kMinEvidence = 2;

    // The corrected words joined by spaces, or nullopt when every word looks right.
    std::optional<std::string> suggest(const Xapian::Database& db, const std::vector<schema::Token>& words) const;
    // The same for a query whose last word is still being typed (prefix=1): that word is kept as typed,
    // since a prefix is no misspelling; the others are checked as usual.
    std::optional<std::string> suggest_while_typing(const Xapian::Database& db,
                                                    const std::vector<schema::Token>& words) const;
};

// Every marking of a folded syllable ("to" -> "to", "tô", "tổ", "tờ", ...), normalized by the
// Analyzer (canonical tone placement). Empty for words that are not plain a-z syllables.
std::vector<std::string> mark_variants(const std::string& folded);

}  // namespace vnsearch::searchd
