// The outlets of an article's closing source line; see source_lines.h.
#include "orgs/source_lines.h"

#include <algorithm>
#include <array>
#include <string_view>
#include <vector>

namespace vnsearch::indexer {
namespace {

constexpr std::size_t kMaxLineWords = 10;   // after the cue: "Vũ Nga - Nguồn Clip: VTV (Khám phá)"
constexpr std::size_t kMaxOutletWords = 5;  // "Thể thao và Xã hội"

// A word of a compiler's note: "(Dịch từ SN)", "(Lược dịch)", "(Tổng hợp)", "(St)": sưu tầm, collected.
bool compilers_note(std::string_view key) {
    static constexpr std::array<std::string_view, 4> kNotes = {"dịch", "lược", "tổng", "st"};
    return std::find(kNotes.begin(), kNotes.end(), key) != kNotes.end();
}

class SourceLineReader {
public:
    SourceLineReader(const OrgCatalog& catalog, const OrgText& text) : catalog_(catalog), text_(text), words_(text.words()) {}

    std::vector<ListedName> outlets() const {
        if (words_.empty() || !only_closing_marks_after(words_.size())) return {};
        auto cue = last_cue();
        if (!cue || words_.size() - (*cue + 1) > kMaxLineWords) return {};
        std::size_t end = words_.size();
        if (*cue + 1 == end) return {};
        std::size_t begin = last_part(*cue + 1, end);
        bool apart = begin > *cue + 1;
        std::vector<ListedName> found;
        // "Theo Đời sống Plus/GĐVN": two outlets, the story's and the copy's, when the first is one too (not
        // the writer of "Theo Hiyou/Baodatviet.vn").
        if (apart && text_.gap_before(begin).find('/') != std::string_view::npos && outlet_before_a_slash(*cue + 1, begin)) {
            found.push_back(ListedName{*cue + 1, begin});
        }
        // "(Báo Bóng đá)": a paper is its bare title.
        auto descriptor = catalog_.match(text_, begin, end, {OrgRole::descriptor}, true);
        if (descriptor && descriptor->end < end) begin = descriptor->end;
        if (outlet_at(begin, end, apart)) found.push_back(ListedName{begin, end});
        return found;
    }

    // The known outlet that ends the last word of a short closing line of its own, "Theo" and the writer's name
    // glued to it.
    std::optional<std::string> glued_outlet() const {
        constexpr std::size_t kMaxLineWords = 5;  // "Theo" and a writer's name
        auto cue = last_cue();
        bool opens_line = cue && (*cue == 0 || text_.between(*cue).find('\n') != std::string_view::npos);
        if (!opens_line || words_[*cue].key != "theo" || *cue + 2 > words_.size() || words_.size() - *cue > kMaxLineWords) {
            return std::nullopt;
        }
        std::string_view last = text_.written(words_.size() - 1, words_.size());
        // Where a capital follows a lower-case letter (ASCII or a Vietnamese one): the first such suffix that is a
        // known name, so "HàVnExpress" gives "VnExpress" and not "Express".
        for (std::size_t at = 1; at < last.size(); ++at) {
            unsigned char before = static_cast<unsigned char>(last[at - 1]);
            bool lower_before = (before >= 'a' && before <= 'z') || before >= 0x80;
            if (!lower_before || last[at] < 'A' || last[at] > 'Z') continue;
            std::string_view outlet = last.substr(at);
            if (catalog_.is_known_name(outlet)) return std::string(outlet);
        }
        return std::nullopt;
    }

private:
    // Where the last part of words [begin, end) starts: "(Khám phá)", "Hiyou/Baodatviet.vn" (the writer comes
    // first, the outlet last), "Dailymail theo Trí Thức Trẻ"; begin when the words are one part.
    std::size_t last_part(std::size_t begin, std::size_t end) const {
        for (std::size_t k = end - 1; k > begin; --k) {
            std::string_view gap = text_.gap_before(k);
            bool bracket_or_slash = gap.find('(') != std::string_view::npos || gap.find('/') != std::string_view::npos;
            if (bracket_or_slash || words_[k - 1].key == "theo") return k;
        }
        return begin;
    }

    // The last capitalised "Theo" or "Nguồn" of the text's last line.
    std::optional<std::size_t> last_cue() const {
        for (std::size_t k = words_.size(); k-- > 0;) {
            bool cue = (words_[k].key == "theo" || words_[k].key == "nguồn") && words_[k].letter_case == WordCase::capital;
            if (cue) return k;
            if (k > 0 && text_.between(k).find('\n') != std::string_view::npos) return std::nullopt;
        }
        return std::nullopt;
    }

    // After words[end - 1] the text holds only what closes a line: ")", a full stop, spaces.
    bool only_closing_marks_after(std::size_t end) const {
        for (char c : text_.text().substr(words_[end - 1].end)) {
            if (c != ')' && c != '.' && c != ' ' && c != '\n' && c != '\t' && c != '"') return false;
        }
        return true;
    }

    // Words [begin, end) apart by spaces only, or a web address's dots ("Baodatviet.vn").
    bool only_spaces_within(std::size_t begin, std::size_t end) const {
        for (std::size_t k = begin + 1; k < end; ++k) {
            if (words_[k].gap != WordGap::space && !text_.web_suffix_at(k)) return false;
        }
        return true;
    }

    // "Koreaboo Hạnh Hiếu", "Jack Brockway Hà Anh": a foreign outlet or writer with a translator's name run into it.
    bool foreign_word_and_a_person(std::size_t begin, std::size_t end) const {
        if (end - begin < 3 || words_[begin].syllable) return false;
        for (std::size_t k = end - 2; k < end; ++k) {
            if (!words_[k].syllable || words_[k].letter_case != WordCase::capital) return false;
        }
        return true;
    }

    // "Theo Thanh HuyềnĐầu tư", "Duy Hoàngbaodautu.vn": a writer's name glued to the outlet, a word with
    // Vietnamese letters that is no syllable.
    bool glued_words(std::size_t begin, std::size_t end) const {
        for (std::size_t k = begin; k < end; ++k) {
            std::string_view key = words_[k].key;
            bool vietnamese = std::any_of(key.begin(), key.end(), [](char c) { return static_cast<unsigned char>(c) >= 0x80; });
            if (vietnamese && !words_[k].syllable) return true;
        }
        return false;
    }

    bool web_address(std::size_t begin, std::size_t end) const {
        for (std::size_t k = begin + 1; k < end; ++k) {
            if (text_.web_suffix_at(k)) return true;
        }
        return false;
    }

    // Where a writer's name stands as often ("Theo Nhân hà/ Dantri", "Theo Duy Phan tổng hợp/Reatimes"), an outlet
    // is a known one or a longer name in sentence case ("Trí thức trẻ", "Phụ nữ sức khỏe").
    bool outlet_before_a_slash(std::size_t begin, std::size_t end) const {
        constexpr std::size_t kMinUnknownWords = 3;
        bool noted = std::any_of(words_.begin() + begin, words_.begin() + end, [](const OrgWord& word) { return compilers_note(word.key); });
        if (noted || !outlet_at(begin, end, false)) return false;
        auto known = catalog_.match(text_, begin, end, {OrgRole::known}, true);
        return (known && known->end == end) || end - begin >= kMinUnknownWords;
    }

    bool outlet_at(std::size_t begin, std::size_t end, bool apart) const {
        return end - begin <= kMaxOutletWords && only_spaces_within(begin, end) && plausible_outlet(begin, end, apart);
    }

    // An outlet's name: capitalised or a web address; not a title ("Theo TS Lê Minh"), a reporter ("Theo PV"), a
    // compilation's note ("(T/h)", "(Dịch từ SN)") or a place alone. Standing alone after the cue it is
    // one the cue's own reading cannot take: written in sentence case ("Theo Đời sống Plus"), and never
    // a person ("Theo Hà My") nor a known name with more after it ("Theo TTXVN Hoàng Trọng").
    bool plausible_outlet(std::size_t begin, std::size_t end, bool apart) const {
        bool web = web_address(begin, end);
        if (!words_[begin].capitalised() && !web) return false;
        if (end == begin + 1 && text_.one_letter(begin)) return false;  // "(T/H)", "Theo A.D (D)"
        if (catalog_.is_platform(words_[begin].key)) return false;       // "Nguồn: Twitter"
        if (foreign_word_and_a_person(begin, end) || glued_words(begin, end)) return false;
        if (compilers_note(words_[begin].key)) return false;
        // A title's abbreviation alone is an outlet's ("Theo TS" closing a sports story: a doctor's name would
        // follow the title), but not a reporter's ("Theo PV").
        auto title = catalog_.match(text_, begin, words_.size(), {OrgRole::title, OrgRole::credit}, true);
        if (title && end == begin + 1 && words_[begin].letter_case == WordCase::upper && !title->roles.has(OrgRole::credit)) {
            return true;
        }
        if (title) return false;
        // "Theo Bộ GD và ĐT": a body with a head word is the name reader's.
        if (catalog_.match(text_, begin, words_.size(), {OrgRole::head, OrgRole::body})) return false;
        auto place = catalog_.match(text_, begin, words_.size(), {OrgRole::place});
        if (place && place->end >= end) return false;
        auto known = catalog_.match(text_, begin, words_.size(), {OrgRole::known}, true);
        if (known) return known->end == end || (web && known->end + 1 == end);  // "vnexpress.net"
        if (apart || web) return true;
        bool sentence_case = false;
        for (std::size_t k = begin + 1; k < end; ++k) sentence_case = sentence_case || words_[k].letter_case == WordCase::lower;
        return sentence_case;
    }

    const OrgCatalog& catalog_;
    const OrgText& text_;
    const std::vector<OrgWord>& words_;
};

}  // namespace

std::vector<ListedName> outlets_of_closing_source_line(const OrgCatalog& catalog, const OrgText& text) {
    return SourceLineReader(catalog, text).outlets();
}

std::optional<std::string> outlet_glued_to_its_writer(const OrgCatalog& catalog, const OrgText& text) {
    return SourceLineReader(catalog, text).glued_outlet();
}

}  // namespace vnsearch::indexer
