// Clubs named bare in football news; see bare_clubs.h.
#include "orgs/bare_clubs.h"

#include <algorithm>
#include <optional>
#include <string>
#include <unordered_set>

namespace vnsearch::indexer {
namespace {

// Three different football phrases ("HLV", "tiền đạo", "Serie A") make an article about football; one or two
// appear in other news ("sân", "bóng đá" in a story on a pitch's construction).
constexpr std::size_t kFootballWords = 3;
constexpr std::size_t kMaxPhraseWords = 3;  // "Ngoại hạng Anh"

bool about_football(const OrgCatalog& catalog, const OrgText& text) {
    const auto& words = text.words();
    std::unordered_set<std::string> said;
    for (std::size_t begin = 0; begin < words.size(); ++begin) {
        if (!catalog.starts_a_football_phrase(words[begin].key)) continue;
        for (std::size_t end = begin + 1; end <= words.size() && end - begin <= kMaxPhraseWords; ++end) {
            if (end > begin + 1 && words[end - 1].gap != WordGap::space) break;
            std::string keys = text.keys(begin, end);
            if (catalog.is_football_phrase(keys)) said.insert(std::move(keys));
        }
        if (said.size() >= kFootballWords) return true;
    }
    return false;
}

// Words[right] is joined to the word before it: by a space, a dash or a dot, not by a line break, a sentence's
// full stop or a list's comma ("Inter, AC Milan").
bool joined(const OrgText& text, std::size_t right) {
    return text.words()[right].gap != WordGap::brk && !text.after_full_stop(right) && text.gap_before(right) != ",";
}

bool joined_on_the_left(const OrgText& text, std::size_t begin) {
    const auto& words = text.words();
    return begin > 0 && joined(text, begin) &&
           (words[begin - 1].capitalised() || words[begin - 1].letter_case == WordCase::other);
}

bool joined_on_the_right(const OrgText& text, std::size_t end) {
    const auto& words = text.words();
    return end < words.size() && joined(text, end) && words[end].letter_case != WordCase::lower;
}

// A capitalised word joined to the name (words [begin, end)) is part of a longer name ("Atletico Madrid",
// "Atletico-PR", "AC Milan"), which the other rules read.
bool stands_alone(const OrgText& text, std::size_t begin, std::size_t end) {
    return !joined_on_the_left(text, begin) && !joined_on_the_right(text, end);
}

bool is_list_mark(std::string_view gap) { return gap == "," || gap == ";"; }

// Whether a club's name starts at words[k]: a [club] word or a known name.
bool club_at(const OrgCatalog& catalog, const OrgText& text, std::size_t k) {
    const auto& words = text.words();
    if (catalog.is_bare_club(words[k].key)) return true;
    auto known = catalog.match(text, k, words.size(), {OrgRole::known});
    return known.has_value();
}

// Whether a club's name ends right before words[end]: a [club] word or a known name.
bool club_before(const OrgCatalog& catalog, const OrgText& text, std::size_t end) {
    constexpr std::size_t kMaxKnownWords = 3;  // "Paris Saint-Germain"
    return catalog.is_bare_club(text.words()[end - 1].key) ||
           catalog.match_ending_at(text, end, {OrgRole::known}, kMaxKnownWords).has_value();
}

// An item between two names of a list that are no clubs is a player's surname: "Romero; Valencia, Bailly,
// Blind" (a line-up), not "Inter, AC Milan", "Lyon, Monaco" nor "Capello của Real, hay Di Matteo".
bool among_players(const OrgCatalog& catalog, const OrgText& text, std::size_t k) {
    const auto& words = text.words();
    if (k == 0 || k + 1 >= words.size()) return false;
    if (!is_list_mark(text.gap_before(k)) || !is_list_mark(text.gap_before(k + 1))) return false;
    if (!words[k - 1].capitalised() || !words[k + 1].capitalised()) return false;
    return !club_before(catalog, text, k) && !club_at(catalog, text, k + 1);
}

// Words before a city's name: "tại Milan", "ở Porto", "thành phố Lyon".
const std::unordered_set<std::string_view> kCityWords = {"tại", "ở", "phố", "tp"};
// Words before a province's name, for the clubs named by theirs: a place ("tỉnh Nam Định", "về Hải Phòng"), a
// player's origin ("người Khánh Hòa", "gốc Tây Ninh"), a club read whole ("CLB bóng đá Quảng Nam").
const std::unordered_set<std::string_view> kProvinceWords = {"tỉnh", "thành", "huyện", "người", "gốc", "quê", "xứ",
                                                             "đất", "miền", "vùng", "tận", "về", "đến", "tới",
                                                             "lại", "từ", "lòng", "gồm", "đá"};

bool after_one_of(const OrgText& text, std::size_t k, const std::unordered_set<std::string_view>& before) {
    return k > 0 && text.words()[k].gap == WordGap::space && before.contains(text.words()[k - 1].key);
}

// "tại Milan", "ở Porto", "thành phố Lyon": the city.
bool after_a_place_word(const OrgText& text, std::size_t k) { return after_one_of(text, k, kCityWords); }

constexpr std::size_t kMaxHomeClubWords = 3;  // "Bà Rịa - Vũng Tàu" would be four: not listed

// Whether a capitalised run of words [begin, end) stands apart from its neighbours: no capitalised word joined
// to it on either side ("Sông Lam Nghệ An", "Hà Nội FC"), which the other rules read; a score may follow
// ("Thanh Hóa thắng Hà Nội 2-1").
bool run_stands_alone(const OrgText& text, std::size_t begin, std::size_t end) {
    const auto& words = text.words();
    for (std::size_t k = begin; k < end; ++k) {
        if (words[k].letter_case != WordCase::capital || words[k].caps_line || words[k].alias != 0) return false;
        if (k > begin && words[k].gap != WordGap::space) return false;
    }
    bool score_after = end < words.size() && words[end].letter_case == WordCase::number;
    return !joined_on_the_left(text, begin) && (score_after || !joined_on_the_right(text, end));
}

// "tại Hà Nội", "người Khánh Hòa", "gốc Tây Ninh", "tỉnh Nam Định", "(Hà Nội)", "quận 3 - TP.HCM": the place, a
// player's origin or an address.
bool the_place_not_the_club(const OrgText& text, std::size_t begin, std::size_t end) {
    const auto& words = text.words();
    if (after_one_of(text, begin, kCityWords) || after_one_of(text, begin, kProvinceWords)) return true;
    std::string_view before = text.gap_before(begin);
    if (begin > 0 && (before.find('(') != std::string_view::npos || before.find('-') != std::string_view::npos)) return true;
    if (end < words.size()) {
        std::string_view after = text.gap_before(end);
        if (after.find(')') != std::string_view::npos || after.find('-') != std::string_view::npos) return true;
    } else if (text.text().substr(words[end - 1].end).find(')') != std::string_view::npos) {
        return true;
    }
    return false;
}

// The [home_club] name (the longest) that starts at words[k] and stands alone; nullopt when none does.
std::optional<TeamName> home_club_at(const OrgCatalog& catalog, const OrgText& text, std::size_t k) {
    const auto& words = text.words();
    // The cheap tests first, every word of every text comes here: only a capitalised run that nothing joins on
    // the left can stand alone (run_stands_alone), so only its first words are looked up.
    auto in_run = [&](std::size_t j) {
        return words[j].letter_case == WordCase::capital && !words[j].caps_line && words[j].alias == 0 &&
               (j == k || words[j].gap == WordGap::space);
    };
    if (!in_run(k) || !catalog.starts_a_home_club(words[k].key) || joined_on_the_left(text, k)) return std::nullopt;
    std::size_t run_end = k + 1;
    while (run_end < words.size() && run_end < k + kMaxHomeClubWords && in_run(run_end)) ++run_end;
    for (std::size_t end = run_end; end > k; --end) {
        if (!catalog.is_home_club(text.keys(k, end))) continue;
        if (!run_stands_alone(text, k, end) || the_place_not_the_club(text, k, end)) return std::nullopt;
        return TeamName{k, end};
    }
    return std::nullopt;
}

}  // namespace

std::vector<TeamName> clubs_named_bare(const OrgCatalog& catalog, const OrgText& text) {
    const auto& words = text.words();
    std::vector<TeamName> found;
    for (std::size_t k = 0; k < words.size(); ++k) {
        const OrgWord& word = words[k];
        if (auto home = home_club_at(catalog, text, k)) {
            found.push_back(*home);
            k = home->end - 1;
            continue;
        }
        if (word.letter_case != WordCase::capital || word.caps_line || word.alias != 0) continue;
        if (!catalog.is_bare_club(word.key) || !stands_alone(text, k, k + 1) || after_a_place_word(text, k) ||
            among_players(catalog, text, k)) {
            continue;
        }
        found.push_back(TeamName{k, k + 1});
    }
    // Asked last: most texts name no [club] at all.
    if (found.empty() || !about_football(catalog, text)) return {};
    return found;
}

}  // namespace vnsearch::indexer
