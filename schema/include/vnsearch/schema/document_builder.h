// Article -> Xapian::Document: the writing half of the index format. Terms, positions, values and
// stored data, all through the Analyzer and Layout (no prefix or slot of its own), plus the words for
// the spelling dictionary. The indexer writes every document with it, and every test index is built
// by it, so searchd's tests rank the documents the indexer writes.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include <xapian.h>

#include "vnsearch/schema/analyzer.h"
#include "vnsearch/schema/article.h"

namespace vnsearch::schema {

// Which words feed the spelling dictionary (searchd's "did you mean").
enum class SpellingScope { None, Titles, TitlesAndBodies };

// What the IndexWriter needs to upsert one article.
struct BuiltDocument {
    std::string id_term;                      // the identity the upsert replaces by
    std::string source_term;                  // the source file's term; empty for stdin
    Xapian::Document document;
    std::vector<std::string> spelling_words;  // distinct exact and folded words
};

class DocumentBuilder {
public:
    // A title word counts this many times a body word: the title weighs more in BM25.
    static constexpr Xapian::termcount kTitleWeight = 3;
    // How many leading body words make the near-duplicate key.
    static constexpr std::size_t kDupKeyWords = 40;

    explicit DocumentBuilder(SpellingScope spelling = SpellingScope::TitlesAndBodies) : spelling_(spelling) {}

    // source_path: the file the article came from (absolute), empty for stdin.
    BuiltDocument build(const Article& article, std::string_view source_path) const;

    // The spelling words a stored document added when it was built (from its stored article), so
    // replacing or deleting it can take them back; none when its data is not an article.
    std::vector<std::string> stored_spelling_words(const Xapian::Document& stored) const;

    // 16 hex digits of FNV-1a over the folded first kDupKeyWords body words: syndicated copies of one
    // story share it.
    static std::string dup_key(std::string_view body);

private:
    std::vector<std::string> spelling_words(const std::vector<Token>& title_tokens,
                                            const std::vector<Token>& body_tokens) const;

    SpellingScope spelling_;
};

}  // namespace vnsearch::schema
