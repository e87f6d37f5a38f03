// schema/ is the index format, both directions, and nothing else: the Article model and its stored
// form (article.h), dates and their keys (date.h), the Vietnamese Analyzer (analyzer.h), this Layout,
// the DocumentBuilder that writes an Article as a document (document_builder.h), and the small text
// helpers (text.h, fnv1a.h). The indexer writes through it and searchd reads through it, so the two
// can never disagree; neither program's own business (organizations, HTTP) lives here.
//
// The index layout: the only place that knows term prefixes and value slots, and reads them back.
// Nothing else spells a prefix string or a slot number; indexer and searchd both go through here.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <xapian.h>

namespace vnsearch::schema {

// Where each kind of term lives. Words are analysed by Analyzer before they get here.
// Only folded terms carry positions; a phrase typed with marks matches the folded phrase and each of
// its marked words (QueryBuilder). Exact terms exist only for words that have marks: for the others
// the folded term is the same word, so marked_term() names it. Word pairs are folded only (layout 3).
enum class Field {
    BodyExact,     // title and body words with their marks (unprefixed; marked words only)
    BodyFolded,    // title and body words without marks (positional)
    TitleExact,    // title words with their marks (marked words only)
    TitleFolded,   // title words without marks (positional)
    BigramFolded,  // two adjacent words without marks, "dai hoi", title and body (phrases, proximity)
};

// A word term read back: its field and the analysed word ("đại hội" for a bigram).
struct TermParts {
    Field field;
    std::string word;
};

// Value slots.
namespace slot {
inline constexpr Xapian::valueno kDate = 0;      // Date::sort_key() "YYYYMMDD"; empty when undated
inline constexpr Xapian::valueno kCategory = 1;  // category as displayed
inline constexpr Xapian::valueno kOrgs = 2;      // canonical org names, joined by kListSeparator
inline constexpr Xapian::valueno kDupKey = 3;    // near-duplicate key (collapse)
// The article id as given: the last sort key of every order, so ties in score or date come out the
// same however the articles are laid out over databases (docids differ between one database and
// shards). Empty in documents indexed before it existed: their ties fall back to docid order until
// the next --rebuild (or until each is indexed again).
inline constexpr Xapian::valueno kId = 4;
// The date orders as one value each, date then id, because a remote database (xapian-tcpsrv) sorts
// by one value slot only (no KeyMaker): "YYYYMMDD" or, undated, "~" (after every date) + id for
// date_asc; "YYYYMMDD" or, undated, " " (before every date, so last once reversed) + id for date_desc.
inline constexpr Xapian::valueno kDateAscKey = 5;
inline constexpr Xapian::valueno kDateDescKey = 6;
}  // namespace slot

class Layout {
public:
    // The version of the analysis and layout as a whole. Bump it when the Analyzer's output, a prefix,
    // a slot or the terms a document is given change: indexes built before then need --rebuild, and
    // the indexer says so.
    // 2: positions on folded terms only; no exact term for a word or pair without marks.
    // 3: no exact word pairs (prefix XB, not reused): they were a third of the postings and a quarter of
    //    the compacted index; QueryBuilder weighs a marked pair by its folded pair and its exact words.
    static constexpr int kVersion = 3;

    static constexpr char kListSeparator = '\x1f';
    // Xapian rejects terms over 245 bytes; keys longer than this are hashed.
    static constexpr std::size_t kMaxKeyBytes = 200;

    static std::string prefix(Field field);
    static std::string term(Field field, std::string_view word);
    static std::string bigram_term(Field field, std::string_view first, std::string_view second);
    // The exact term of a word as the index holds it: `exact_field`'s term when the word has marks
    // (exact != folded), else its folded field's term (layout 2 writes no exact term for it).
    static std::string marked_term(Field exact_field, std::string_view exact, std::string_view folded);
    // The reverse of term() and bigram_term(): nullopt for a boolean term (id, org, ...) or anything
    // this layout does not write.
    static std::optional<TermParts> parse_term(std::string_view term);

    // Boolean terms (filters and identity). Keys are normalized with Analyzer, so case,
    // tone placement, NFC/NFD and spacing do not matter.
    static std::string id_term(std::string_view article_id);
    static std::string org_term(std::string_view org_name);
    static std::string category_term(std::string_view category);
    static std::string source_path_term(std::string_view path);  // which file an article came from

    // Positions: the title's words start at 1, the body's after a gap so no phrase spans both.
    static constexpr Xapian::termpos kBodyFirstPosition = 1000;

    // The kDateAscKey and kDateDescKey values of an article ("YYYYMMDD" or empty, and its id).
    static std::string date_asc_key(std::string_view sort_day, std::string_view article_id);
    static std::string date_desc_key(std::string_view sort_day, std::string_view article_id);

    static std::string join_list(const std::vector<std::string>& items);
    static std::vector<std::string> split_list(std::string_view joined);
};

}  // namespace vnsearch::schema
