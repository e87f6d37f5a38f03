// Platforms named as the company behind them; see platform_companies.h.
#include "orgs/platform_companies.h"

#include <algorithm>
#include <array>
#include <string_view>

namespace vnsearch::indexer {
namespace {

constexpr std::size_t kMaxCueWords = 3;  // "người phát ngôn của"

// A [company_cue] phrase ends right before words[k], joined to it by spaces.
bool after_a_company_cue(const OrgCatalog& catalog, const OrgText& text, std::size_t k) {
    const auto& words = text.words();
    for (std::size_t length = 1; length <= kMaxCueWords && length <= k; ++length) {
        std::size_t begin = k - length;
        if (words[begin + 1].gap != WordGap::space) return false;  // the phrase and the name, apart by spaces
        // ("ảnh đại diện Facebook" is a profile picture.)
        bool avatar = begin > 0 && words[begin - 1].key == "ảnh";
        if (!avatar && catalog.is_company_cue(text.keys(begin, k))) return true;
    }
    return false;
}

// "và", "hay", "lẫn", "cùng" at words[k]: a word joining two items of a list.
bool joins_a_list(const OrgText& text, std::size_t k) {
    static constexpr std::array<std::string_view, 4> kJoints = {"và", "hay", "lẫn", "cùng"};
    const OrgWord& word = text.words()[k];
    return word.gap == WordGap::space && std::find(kJoints.begin(), kJoints.end(), word.key) != kJoints.end();
}

// A known company, not a platform, is listed right before or after the platform at words[k]: "Apple và
// Facebook", "Facebook, Amazon, Google".
bool beside_a_known_company(const OrgCatalog& catalog, const OrgText& text, std::size_t k) {
    constexpr std::size_t kMaxKnownWords = 3;
    const auto& words = text.words();
    auto company_at = [&](std::size_t at) {
        if (at >= words.size() || !words[at].capitalised() || catalog.is_platform(words[at].key)) return false;
        return catalog.match(text, at, words.size(), {OrgRole::known}).has_value();
    };
    auto company_ending_at = [&](std::size_t end) {
        auto begin = catalog.match_ending_at(text, end, {OrgRole::known}, kMaxKnownWords);
        return begin && !catalog.is_platform(words[*begin].key);
    };
    bool before = (text.gap_before(k) == "," && company_ending_at(k)) || (k > 1 && joins_a_list(text, k - 1) && company_ending_at(k - 1));
    bool after = k + 1 < words.size() &&
                 ((text.gap_before(k + 1) == "," && company_at(k + 1)) || (joins_a_list(text, k + 1) && company_at(k + 2)));
    return before || after;
}

}  // namespace

std::vector<ListedName> platforms_named_as_companies(const OrgCatalog& catalog, const OrgText& text) {
    const auto& words = text.words();
    std::vector<ListedName> found;
    for (std::size_t k = 0; k < words.size(); ++k) {
        const OrgWord& word = words[k];
        if (word.letter_case != WordCase::capital || word.caps_line || !catalog.is_platform(word.key)) continue;
        if (after_a_company_cue(catalog, text, k) || beside_a_known_company(catalog, text, k)) found.push_back(ListedName{k, k + 1});
    }
    return found;
}

}  // namespace vnsearch::indexer
