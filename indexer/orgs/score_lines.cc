// Clubs either side of a score; see score_lines.h.
#include "orgs/score_lines.h"

#include <optional>
#include <string_view>

namespace vnsearch::indexer {
namespace {

constexpr std::size_t kMaxTeamWords = 4;
constexpr std::size_t kMaxGoalBytes = 2;
// Words that end a team's name read backwards from the score: a cue ("Clip"), a title, a head.
const OrgRoles kNotTeam = {OrgRole::credit, OrgRole::descriptor, OrgRole::title, OrgRole::block};

class ScoreLineReader {
public:
    ScoreLineReader(const OrgCatalog& catalog, const OrgText& text)
        : catalog_(catalog), text_(text), words_(text.words()) {}

    std::vector<TeamName> clubs() const {
        std::vector<TeamName> found;
        for (std::size_t i = 1; i + 2 < words_.size(); ++i) {
            bool fixture = is_fixture(i);
            if (!is_score(i) && !fixture) continue;
            auto home = team_before(i);
            auto away = team_after(fixture ? i + 1 : i + 2);
            // Two clubs, or a national match: a country on either side makes both national teams.
            if (!home || !away || is_country(*home) || is_country(*away)) continue;
            // "Ronaldo vs Messi" compares players: a fixture is a listed one ("01h45 ngày 10/5: Juventus vs
            // Monaco") or names a known club, and neither side is a player's ("pha lập công của Ronaldo vs
            // Sevilla") nor goes on in lower case ("Huyền thoại Barca vs Huyền thoại MU").
            if (fixture && ((!listed_fixture(*home) && !is_known(*home) && !is_known(*away)) ||
                            (home->begin > 0 && words_[home->begin - 1].key == "của") || goes_on_in_lower_case(*away))) {
                continue;
            }
            if (is_club(*home)) found.push_back(*home);
            if (is_club(*away)) found.push_back(*away);
        }
        return found;
    }

private:
    // "0-2" at words[i], words[i + 1].
    bool is_score(std::size_t i) const {
        auto goals = [&](std::size_t k) {
            return words_[k].letter_case == WordCase::number && words_[k].end - words_[k].begin <= kMaxGoalBytes;
        };
        return goals(i) && goals(i + 1) && words_[i].gap == WordGap::space && words_[i + 1].gap == WordGap::dash &&
               words_[i + 1].begin == words_[i].end + 1;
    }

    // "Juventus vs Monaco": a fixture's "vs" at words[i], a space either side.
    bool is_fixture(std::size_t i) const {
        return words_[i].key == "vs" && words_[i].letter_case == WordCase::lower && words_[i].gap == WordGap::space &&
               words_[i + 1].gap == WordGap::space;
    }

    // The home team starts a line's fixture: after a colon ("ngày 10/5: ") or a kick-off time ("01h45").
    bool listed_fixture(const TeamName& home) const {
        if (home.begin == 0) return false;
        return text_.gap_before(home.begin).find(':') != std::string_view::npos || is_time(home.begin - 1);
    }

    // A kick-off time: "01h45", "17h00".
    bool is_time(std::size_t k) const {
        std::string_view written = text_.written(k, k + 1);
        return written.size() >= 4 && written.find('h') != std::string_view::npos &&
               written.find_first_not_of("0123456789h") == std::string_view::npos;
    }

    bool goes_on_in_lower_case(const TeamName& team) const {
        return team.end < words_.size() && words_[team.end].gap == WordGap::space &&
               words_[team.end].letter_case == WordCase::lower;
    }

    bool is_known(const TeamName& team) const {
        auto known = catalog_.match(text_, team.begin, team.end, {OrgRole::known});
        return known && known->end == team.end;
    }

    bool team_word(std::size_t k) const {
        const OrgWord& word = words_[k];
        // An abbreviation's words ("Q.C" is not "quận C") are no team's.
        return (word.capitalised() || word.letter_case == WordCase::other) && !word.caps_line && word.alias == 0 && !is_time(k) &&
               !catalog_.is_stop_word(word.key) && !catalog_.match(text_, k, words_.size(), kNotTeam, true);
    }

    // The capitalised words right before the score, on its line.
    std::optional<TeamName> team_before(std::size_t score) const {
        std::size_t begin = score;
        while (begin > 0 && score - begin < kMaxTeamWords && team_word(begin - 1)) {
            bool joined = words_[begin].gap == WordGap::space || begin == score;
            if (!joined) break;
            --begin;
            if (words_[begin].gap != WordGap::space) break;
        }
        if (begin == score) return std::nullopt;
        // A known name at the end of the run is the team: "Clip Bordeaux" is found by "Bordeaux" only
        // when it is known, so a plain run keeps all its words.
        for (std::size_t k = begin; k < score; ++k) {
            auto known = catalog_.match(text_, k, score, {OrgRole::known});
            if (known && known->end == score) return TeamName{k, score};
        }
        return TeamName{begin, score};
    }

    // The capitalised words right after the score; a known name ends it ("PSG Sơn Tùng" is PSG).
    std::optional<TeamName> team_after(std::size_t first) const {
        if (first >= words_.size() || words_[first].gap != WordGap::space) return std::nullopt;
        if (auto known = catalog_.match(text_, first, words_.size(), {OrgRole::known, OrgRole::place})) {
            return TeamName{first, known->end};
        }
        std::size_t end = first;
        while (end < words_.size() && end - first < kMaxTeamWords && team_word(end) &&
               (end == first || words_[end].gap == WordGap::space)) {
            if (end > first && catalog_.match(text_, end, words_.size(), {OrgRole::known})) break;
            ++end;
        }
        if (end == first) return std::nullopt;
        return TeamName{first, end};
    }

    bool is_country(const TeamName& team) const {
        auto country = catalog_.match(text_, team.begin, team.end, {OrgRole::country});
        return country && country->end == team.end;
    }

    // Not an age-group team; a province's name is its club's ("Long An 0-2 XSKT Cần Thơ").
    bool is_club(const TeamName& team) const {
        if (words_[team.end - 1].end - words_[team.begin].begin < 2) return false;
        std::string_view written = text_.written(team.begin, team.end);
        if (written.find_first_of("0123456789") != std::string_view::npos) return false;  // "U20 Mexico", "U23"

        return true;
    }

    const OrgCatalog& catalog_;
    const OrgText& text_;
    const std::vector<OrgWord>& words_;
};

}  // namespace

std::vector<TeamName> clubs_in_score_lines(const OrgCatalog& catalog, const OrgText& text) {
    return ScoreLineReader(catalog, text).clubs();
}

}  // namespace vnsearch::indexer
