// Term prefixes and boolean keys of the index layout; see layout.h.
#include "vnsearch/schema/layout.h"

#include "vnsearch/schema/analyzer.h"
#include "vnsearch/schema/fnv1a.h"

namespace vnsearch::schema {
namespace {

// Xapian's convention: an upper-case prefix, "X" for multi-letter ones. Terms after a prefix
// are always analysed (lower-case), so no prefix can be mistaken for another's start.
constexpr std::string_view kTitleExact = "S";
constexpr std::string_view kBodyFolded = "XF";
constexpr std::string_view kTitleFolded = "XS";
constexpr std::string_view kBigramFolded = "XC";
constexpr std::string_view kId = "Q";
constexpr std::string_view kOrg = "XO";
constexpr std::string_view kCategory = "XK";
constexpr std::string_view kSourcePath = "XP";

constexpr Field kPrefixedFields[] = {Field::BodyFolded, Field::TitleExact, Field::TitleFolded, Field::BigramFolded};

bool is_prefix_letter(char c) { return c >= 'A' && c <= 'Z'; }

// Keys longer than Xapian allows keep a readable head and a hash of the whole.
std::string bounded(std::string_view prefix, std::string_view key) {
    if (prefix.size() + key.size() <= Layout::kMaxKeyBytes) return std::string(prefix) + std::string(key);
    std::string hash = "#" + Fnv1a().update(key).hex();
    std::string head(key.substr(0, Layout::kMaxKeyBytes - prefix.size() - 17));
    // Do not cut a UTF-8 sequence in half.
    while (!head.empty() && (static_cast<unsigned char>(head.back()) & 0xC0) == 0x80) head.pop_back();
    if (!head.empty() && static_cast<unsigned char>(head.back()) >= 0xC0) head.pop_back();
    return std::string(prefix) + head + hash;
}

}  // namespace

std::string Layout::prefix(Field field) {
    switch (field) {
        case Field::BodyExact: return "";
        case Field::BodyFolded: return std::string(kBodyFolded);
        case Field::TitleExact: return std::string(kTitleExact);
        case Field::TitleFolded: return std::string(kTitleFolded);
        case Field::BigramFolded: return std::string(kBigramFolded);
    }
    return "";
}

std::string Layout::term(Field field, std::string_view word) { return prefix(field) + std::string(word); }

std::string Layout::bigram_term(Field field, std::string_view first, std::string_view second) {
    return prefix(field) + std::string(first) + " " + std::string(second);
}

std::string Layout::marked_term(Field exact_field, std::string_view exact, std::string_view folded) {
    if (exact != folded) return term(exact_field, exact);
    return term(exact_field == Field::TitleExact ? Field::TitleFolded : Field::BodyFolded, folded);
}

std::optional<TermParts> Layout::parse_term(std::string_view term) {
    // A word never starts with a capital (the Analyzer folds case), so the word starts at the first
    // byte that is not a prefix letter.
    for (Field field : kPrefixedFields) {
        std::string prefix = Layout::prefix(field);
        if (term.size() > prefix.size() && term.starts_with(prefix) && !is_prefix_letter(term[prefix.size()])) {
            return TermParts{field, std::string(term.substr(prefix.size()))};
        }
    }
    if (!term.empty() && !is_prefix_letter(term.front())) return TermParts{Field::BodyExact, std::string(term)};
    return std::nullopt;
}

std::string Layout::id_term(std::string_view article_id) { return bounded(kId, article_id); }

std::string Layout::org_term(std::string_view org_name) { return bounded(kOrg, Analyzer::normalize(org_name)); }

std::string Layout::category_term(std::string_view category) {
    return bounded(kCategory, Analyzer::normalize(category));
}

std::string Layout::source_path_term(std::string_view path) { return bounded(kSourcePath, path); }

std::string Layout::join_list(const std::vector<std::string>& items) {
    std::string joined;
    for (const auto& item : items) {
        if (!joined.empty()) joined += kListSeparator;
        joined += item;
    }
    return joined;
}

std::vector<std::string> Layout::split_list(std::string_view joined) {
    std::vector<std::string> items;
    while (!joined.empty()) {
        auto cut = joined.find(kListSeparator);
        items.emplace_back(joined.substr(0, cut));
        if (cut == std::string_view::npos) break;
        joined.remove_prefix(cut + 1);
    }
    return items;
}

std::string Layout::date_asc_key(std::string_view sort_day, std::string_view article_id) {
    return std::string(sort_day.empty() ? std::string_view("~") : sort_day).append(article_id);
}

std::string Layout::date_desc_key(std::string_view sort_day, std::string_view article_id) {
    return std::string(sort_day.empty() ? std::string_view(" ") : sort_day).append(article_id);
}

}  // namespace vnsearch::schema
