// The document layout of one article; see document_builder.h. Positions: title words 1..n, body words
// from Layout::kBodyFirstPosition (or after a gap past a longer title), so no phrase spans both.
#include "vnsearch/schema/document_builder.h"

#include <algorithm>
#include <set>

#include "vnsearch/schema/analyzer.h"
#include "vnsearch/schema/fnv1a.h"
#include "vnsearch/schema/layout.h"

namespace vnsearch::schema {
namespace {

// Adjacent words form a bigram unless a line break or clause punctuation separates them.
bool joins_phrase(std::string_view gap) {
    return gap.find_first_of("\n.,;:!?") == std::string_view::npos && gap.find("\u2026") == std::string_view::npos;
}

// Indexes one text's words from `first` on; returns the position after the last word.
// Postings are the indexing cost (layout 2 halved the position table): positions go to the folded
// terms only, a word without marks gets no exact term (its folded one is the same), and word pairs
// are folded only (layout 3: the exact pairs were 13 of the shared corpora's 41 million postings).
Xapian::termpos index_words(Xapian::Document& doc, std::string_view text, const std::vector<Token>& tokens,
                            Xapian::termpos first, bool is_title) {
    Xapian::termcount weight = is_title ? DocumentBuilder::kTitleWeight : 1;
    Xapian::termpos position = first;
    for (std::size_t i = 0; i < tokens.size(); ++i, ++position) {
        const Token& token = tokens[i];
        bool marked = token.has_marks();
        if (is_title) {
            if (marked) doc.add_term(Layout::term(Field::TitleExact, token.exact));
            doc.add_posting(Layout::term(Field::TitleFolded, token.folded), position);
        }
        if (marked) doc.add_term(Layout::term(Field::BodyExact, token.exact), weight);
        doc.add_posting(Layout::term(Field::BodyFolded, token.folded), position, weight);
        if (i == 0) continue;
        const Token& previous = tokens[i - 1];
        if (!joins_phrase(text.substr(previous.end, token.begin - previous.end))) continue;
        doc.add_term(Layout::bigram_term(Field::BigramFolded, previous.folded, token.folded), weight);
    }
    return position;
}

void add_spelling_words(const std::vector<Token>& tokens, std::set<std::string>& words) {
    for (const auto& token : tokens) {
        // Numbers and codes are not misspelt words.
        if (token.exact.find_first_of("0123456789") != std::string::npos) continue;
        words.insert(token.exact);
        words.insert(token.folded);
    }
}

std::string dup_key_of(const std::vector<Token>& body_tokens) {
    Fnv1a hash;
    std::size_t count = std::min(body_tokens.size(), DocumentBuilder::kDupKeyWords);
    for (std::size_t i = 0; i < count; ++i) hash.update(body_tokens[i].folded).update(" ");
    return hash.hex();
}

}  // namespace

BuiltDocument DocumentBuilder::build(const Article& article, std::string_view source_path) const {
    BuiltDocument built;
    built.id_term = Layout::id_term(article.id);
    Xapian::Document& doc = built.document;
    doc.add_boolean_term(built.id_term);

    auto title_tokens = Analyzer::tokenize(article.title);
    auto body_tokens = Analyzer::tokenize(article.body);
    Xapian::termpos after_title = index_words(doc, article.title, title_tokens, 1, true);
    Xapian::termpos body_first = std::max<Xapian::termpos>(Layout::kBodyFirstPosition, after_title + 1);
    index_words(doc, article.body, body_tokens, body_first, false);

    for (const auto& org : article.orgs) doc.add_boolean_term(Layout::org_term(org));
    if (!article.category.empty()) doc.add_boolean_term(Layout::category_term(article.category));
    if (!source_path.empty()) {
        built.source_term = Layout::source_path_term(source_path);
        doc.add_boolean_term(built.source_term);
    }

    doc.add_value(slot::kDate, article.date ? article.date->sort_key() : std::string());
    doc.add_value(slot::kCategory, article.category);
    doc.add_value(slot::kOrgs, Layout::join_list(article.orgs));
    doc.add_value(slot::kDupKey, dup_key_of(body_tokens));
    doc.add_value(slot::kId, article.id);
    std::string day = article.date ? article.date->sort_key() : std::string();
    doc.add_value(slot::kDateAscKey, Layout::date_asc_key(day, article.id));
    doc.add_value(slot::kDateDescKey, Layout::date_desc_key(day, article.id));
    doc.set_data(to_document_data(article));

    built.spelling_words = spelling_words(title_tokens, body_tokens);
    return built;
}

std::vector<std::string> DocumentBuilder::spelling_words(const std::vector<Token>& title_tokens,
                                                         const std::vector<Token>& body_tokens) const {
    std::set<std::string> spelling;
    if (spelling_ != SpellingScope::None) add_spelling_words(title_tokens, spelling);
    if (spelling_ == SpellingScope::TitlesAndBodies) add_spelling_words(body_tokens, spelling);
    return {spelling.begin(), spelling.end()};
}

std::vector<std::string> DocumentBuilder::stored_spelling_words(const Xapian::Document& stored) const {
    if (spelling_ == SpellingScope::None) return {};
    auto article = article_from_document_data(stored.get_data());
    if (!article) return {};
    return spelling_words(Analyzer::tokenize(article->title), Analyzer::tokenize(article->body));
}

std::string DocumentBuilder::dup_key(std::string_view body) { return dup_key_of(Analyzer::tokenize(body)); }

}  // namespace vnsearch::schema
