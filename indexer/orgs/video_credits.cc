// Outlets of video credit lines; see video_credits.h.
#include "orgs/video_credits.h"

#include <optional>
#include <string_view>

namespace vnsearch::indexer {
namespace {

constexpr std::size_t kMaxOutletWords = 5;  // "Thể thao và Xã hội"

bool has(std::string_view gap, char mark) { return gap.find(mark) != std::string_view::npos; }

// "03:10 27/05/2017" from words[k]: hour, minutes, day, month, year.
bool time_and_date_at(const OrgText& text, std::size_t k) {
    constexpr std::size_t kNumbers = 5;
    const auto& words = text.words();
    if (k + kNumbers > words.size()) return false;
    for (std::size_t j = k; j < k + kNumbers; ++j) {
        if (words[j].letter_case != WordCase::number) return false;
    }
    return has(text.gap_before(k + 1), ':') && has(text.gap_before(k + 3), '/') && has(text.gap_before(k + 4), '/');
}

// Where the outlet before the bar at words[bar] starts: after a spaced dash, a few words on one line,
// the first capitalised; nullopt when the line is shaped otherwise.
std::optional<std::size_t> outlet_start(const OrgText& text, std::size_t bar) {
    const auto& words = text.words();
    for (std::size_t begin = bar; begin-- > 0 && bar - begin <= kMaxOutletWords;) {
        std::string_view between = text.between(begin);
        if (words[begin].gap == WordGap::dash && (between == " - " || between == " – ")) {
            return words[begin].capitalised() ? std::optional<std::size_t>(begin) : std::nullopt;
        }
        if (begin == 0 || words[begin].gap != WordGap::space) return std::nullopt;
    }
    return std::nullopt;
}

}  // namespace

std::vector<ListedName> outlets_of_video_credits(const OrgCatalog& catalog, const OrgText& text) {
    const auto& words = text.words();
    std::vector<ListedName> found;
    for (std::size_t k = 1; k < words.size(); ++k) {
        if (text.between(k).find(" | ") == std::string_view::npos || !time_and_date_at(text, k)) continue;
        auto begin = outlet_start(text, k);
        if (!begin) continue;
        auto place = catalog.match(text, *begin, k, {OrgRole::place});
        if (!place || place->end != k) found.push_back(ListedName{*begin, k});
    }
    return found;
}

}  // namespace vnsearch::indexer
