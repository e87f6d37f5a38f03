#include "orgs/written_names.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <string_view>

#include "vnsearch/schema/analyzer.h"

namespace vnsearch::indexer {
namespace {

template <std::size_t N>
bool is_one_of(const std::string& keys, const std::array<std::string_view, N>& choices) {
    return std::find(choices.begin(), choices.end(), keys) != choices.end();
}

// "Đài Truyền hình CCTV", "Đài Phát thanh NPR", "Đài Truyền hình Úc ABC": a broadcaster named by its acronym
// (after its country, if any) is the acronym, as annotators name it ("NHK" for "Đài truyền hình NHK"); a name
// in words keeps its head ("Đài Truyền hình Việt Nam"). Where the acronym is, or nullopt.
std::optional<std::size_t> broadcasters_acronym(const OrgCatalog& catalog, const OrgText& text, std::size_t begin,
                                                std::size_t end) {
    static constexpr std::array<std::string_view, 4> kBroadcasters = {
        "đài truyền hình", "đài phát thanh", "đài phát thanh và truyền hình", "đài phát thanh truyền hình"};
    const auto& words = text.words();
    if (words[begin].key != "đài") return std::nullopt;  // the cheap test first: every name comes here
    std::size_t head = begin;
    while (head < end && !is_one_of(text.keys(begin, head), kBroadcasters)) ++head;
    if (head >= end || words[head].gap != WordGap::space) return std::nullopt;
    std::size_t acronym = end - 1;
    if (acronym > head) {
        auto country = catalog.match(text, head, end, {OrgRole::country});
        if (!country || country->end != acronym) return std::nullopt;
    }
    const OrgWord& word = words[acronym];
    std::string_view written = text.written(acronym, end);
    // "Đài Truyền hình VN": a country's short name is no broadcaster's.
    if (written == "VN" || catalog.match(text, acronym, end, {OrgRole::place})) return std::nullopt;
    auto capital_or_digit = [](char c) {
        auto byte = static_cast<unsigned char>(c);
        return std::isupper(byte) || std::isdigit(byte);
    };
    bool capitals = word.alias == 0 && written.size() >= 2 && std::isupper(static_cast<unsigned char>(written[0])) &&
                    std::all_of(written.begin(), written.end(), capital_or_digit);
    return capitals ? std::optional<std::size_t>(acronym) : std::nullopt;
}

// Words [from, end) name the nation or a province, as a police newspaper's title does ("nhân dân", "TP.HCM",
// "tỉnh Nghệ An"); a commune's or district's police publishes none ("Ảnh: Công an xã Tân Lộc" credits them).
bool papers_province(const OrgCatalog& catalog, const OrgText& text, std::size_t from, std::size_t end) {
    if (from >= end) return false;
    if (text.keys(from, end) == "nhân dân") return true;
    // "Ảnh: CA tỉnh Yên Bái": the police's own short form credits the police.
    if (text.words()[from - 1].alias != 0) return false;
    auto unit = catalog.match(text, from, end, {OrgRole::unit}, true);
    bool provincial_unit = unit && (text.keys(from, unit->end) == "tỉnh" || text.keys(from, unit->end) == "thành phố");
    std::size_t place = provincial_unit ? unit->end : from;
    auto province = catalog.match(text, place, end, {OrgRole::province});
    return province && province->end == end;
}

// "Theo Công an TP.HCM", "Theo Kim Oanh/Công an TPHCM", "(Ảnh: Công an TPHCM)", "báo Công an TP HCM": a police
// force named by a source line, a credit or "báo" is its newspaper, whose title keeps its abbreviation as
// written (annotators name it "Công an TP.HCM"). A "Theo" directly before it must close its line or bracket
// ("Theo Công an TP.HCM, vụ án ..." quotes the police).
bool police_paper(const OrgCatalog& catalog, const OrgText& text, std::size_t begin, std::size_t end) {
    constexpr std::size_t kMaxWriterWords = 4;  // "Theo Đoàn Tuấn (Công an TP.HCM)"
    const auto& words = text.words();
    // (The cheap test first: every name comes here.)
    bool police = begin > 0 && words[begin].key == "công" && text.keys(begin, std::min(begin + 2, end)) == "công an";
    if (!police || !papers_province(catalog, text, begin + 2, end)) return false;
    std::string_view gap = text.gap_before(begin);
    std::string_view before = words[begin - 1].key;
    bool after_a_paper = words[begin].gap == WordGap::space && before == "báo";
    if (gap == "/" || (gap == ":" && before == "ảnh") || after_a_paper) return true;
    std::string_view after = end < words.size() ? text.between(end) : std::string_view("\n");
    if (after.find('\n') == std::string_view::npos && !after.starts_with(")")) return false;
    auto cue_at = [&](std::size_t k) { return words[k].key == "theo" && words[k].letter_case == WordCase::capital; };
    if (words[begin].gap == WordGap::space && cue_at(begin - 1)) return true;
    if (gap != "(") return false;
    for (std::size_t k = begin > kMaxWriterWords ? begin - kMaxWriterWords : 0; k < begin; ++k) {
        if (cue_at(k)) return true;
    }
    return false;
}

// "Paris Saint Germain", "Sở Văn hóa - Thể thao và Du lịch tỉnh Hà Nam": the name with the punctuation the text
// writes where the name has some of its own ("Paris Saint-Germain", "Văn hóa, Thể thao"), when the text writes
// the same words (in any case and tone placement); the name unchanged otherwise. Annotators copy a name's
// punctuation from the text, and the facet shows one value for names that differ in it alone. A plain space
// stays: a chain's dash ("Cục Cảnh sát giao thông - Bộ Công an") and a list's comma ("Jaguar, Land Rover")
// are no punctuation of the name.
std::string with_written_punctuation(const std::string& name, std::string_view written) {
    // The cheap test first, for every name: most hold no punctuation (a byte 0xE2 starts the dashes and quotes
    // of U+2000-U+2FFF, no Vietnamese letter).
    bool punctuated = std::any_of(name.begin(), name.end(), [](char c) {
        auto byte = static_cast<unsigned char>(c);
        return byte == 0xE2 || (byte < 0x80 && std::ispunct(byte));
    });
    if (!punctuated) return name;
    auto ours = schema::Analyzer::tokenize(name);
    auto theirs = schema::Analyzer::tokenize(written);
    if (ours.empty() || ours.size() != theirs.size()) return name;
    for (std::size_t i = 0; i < ours.size(); ++i) {
        if (ours[i].exact != theirs[i].exact) return name;
    }
    std::string spelled = name.substr(0, ours.front().begin);
    for (std::size_t i = 0; i < ours.size(); ++i) {
        spelled += name.substr(ours[i].begin, ours[i].end - ours[i].begin);
        if (i + 1 == ours.size()) break;
        std::string_view own = std::string_view(name).substr(ours[i].end, ours[i + 1].begin - ours[i].end);
        std::string_view gap = written.substr(theirs[i].end, theirs[i + 1].begin - theirs[i].end);
        // Brackets or a line break between words are no name's punctuation.
        if (gap.find_first_of("()[]\n") != std::string_view::npos) return name;
        spelled += own == " " ? own : gap;
    }
    return spelled + name.substr(ours.back().end);
}

// "Alphabet Inc.", "JPMorgan Chase & Co.": "Inc" and "Co" written with their full stop keep it, as the
// annotations write them (9 and 6 times in the dev set, against 2 and 2; "Corp", "Ltd" they write bare).
bool abbreviated_legal_form_at(const OrgText& text, std::size_t k) {
    static constexpr std::array<std::string_view, 2> kForms = {"inc", "co"};
    const auto& words = text.words();
    if (k >= words.size() || !words[k].capitalised() || !is_one_of(std::string(words[k].key), kForms)) return false;
    return text.text().substr(words[k].end, 1) == ".";
}

// "Công an tỉnh Thừa Thiên - Huế": the province the data spells as it is officially named, without the dash
// that the news mostly writes ("Thừa Thiên - Huế", "Thừa Thiên-Huế": 412 of 656 mentions in the shared
// corpora), keeps the text's dash where the name was found, as annotators copy it. "Bà Rịa - Vũng Tàu" is
// spelled with its dash, so with_written_punctuation gives it the text's form.
std::string with_written_province_dash(std::string name, const OrgText& text, std::size_t begin, std::size_t end) {
    static constexpr std::string_view kSpelled = "Thiên Huế";
    auto at = name.find(kSpelled);  // the cheap test first, for every name
    if (at == std::string::npos) return name;
    const auto& words = text.words();
    for (std::size_t k = begin; k + 1 < end; ++k) {
        if (words[k].key != "thiên" || words[k + 1].key != "huế") continue;
        std::string_view gap = text.between(k + 1);
        bool dash = gap.find('-') != std::string_view::npos || gap.find("\u2013") != std::string_view::npos;
        if (dash && gap.find('\n') == std::string_view::npos) name.replace(at + kSpelled.find(' '), 1, gap);
        break;
    }
    return name;
}

}  // namespace

std::optional<std::string> name_as_written(const OrgCatalog& catalog, const OrgText& text, std::size_t begin,
                                           std::size_t end) {
    if (auto acronym = broadcasters_acronym(catalog, text, begin, end)) return std::string(text.written(*acronym, end));
    if (police_paper(catalog, text, begin, end)) return std::string(text.written(begin, end));
    return std::nullopt;
}

std::string punctuated_as_written(std::string name, const OrgText& text, std::size_t begin, std::size_t end) {
    std::string spelled = with_written_province_dash(with_written_punctuation(name, text.written(begin, end)), text,
                                                     begin, end);
    if (abbreviated_legal_form_at(text, end - 1)) spelled += '.';
    return spelled;
}

}  // namespace vnsearch::indexer
