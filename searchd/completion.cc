// Prefix completion of the last word; see completion.h.
#include "completion.h"

#include <string>

namespace vnsearch::searchd {
namespace {

using schema::Field;
using schema::Layout;

Xapian::Query starting_with(const std::string& pattern, Xapian::termcount limit) {
    return Xapian::Query(Xapian::Query::OP_WILDCARD, pattern, limit, Xapian::Query::WILDCARD_LIMIT_MOST_FREQUENT,
                         Xapian::Query::OP_SYNONYM);
}

}  // namespace

bool Completion::ends_inside_word(std::string_view text) {
    if (text.empty()) return false;
    auto last = static_cast<unsigned char>(text.back());
    // Any byte of a multi-byte UTF-8 character counts as a letter: Vietnamese letters with marks are
    // all multi-byte, and a stray symbol there only costs a needless expansion.
    return last >= 0x80 || (last >= '0' && last <= '9') || (last >= 'a' && last <= 'z') || (last >= 'A' && last <= 'Z');
}

Xapian::termcount Completion::max_words(std::string_view folded_prefix) {
    if (folded_prefix.size() <= 1) return kMaxWordsOfOneLetter;
    if (folded_prefix.size() == 2) return kMaxWordsOfTwoLetters;
    return kMaxWords;
}

Xapian::Query Completion::of_word(const schema::Token& token, double exact_boost) {
    Xapian::termcount limit = max_words(token.folded);
    Xapian::Query completions = starting_with(Layout::term(Field::TitleFolded, token.folded), limit);
    if (token.has_marks()) {
        Xapian::Query marked(Xapian::Query::OP_SCALE_WEIGHT,
                             starting_with(Layout::term(Field::TitleExact, token.exact), limit),
                             exact_boost);
        completions = Xapian::Query(Xapian::Query::OP_OR, marked, completions);
    }
    return Xapian::Query(Xapian::Query::OP_SCALE_WEIGHT, completions, kWeight);
}

Xapian::Query Completion::of_bigram(const schema::Token& previous, const schema::Token& last) {
    return Xapian::Query(Xapian::Query::OP_SCALE_WEIGHT,
                         starting_with(Layout::bigram_term(Field::BigramFolded, previous.folded, last.folded), kMaxBigrams),
                         kWeight);
}

}  // namespace vnsearch::searchd
