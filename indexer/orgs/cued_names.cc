// Names introduced by a cue; see cued_names.h.
#include "orgs/cued_names.h"

#include <algorithm>
#include <array>
#include <string_view>


namespace vnsearch::indexer {
namespace {

const OrgRoles kCues = {OrgRole::descriptor, OrgRole::foreign, OrgRole::credit};
// A name the parser reads from its own head word: "Theo Bộ Y tế", "báo Dân trí".
const OrgRoles kParsed = {OrgRole::head, OrgRole::body, OrgRole::block, OrgRole::unit};
const OrgRoles kKnown = {OrgRole::known};
constexpr std::size_t kMaxWords = 5;

// The end of a web address's suffix: "Zing" + ".vn", "VnExpress" + ".net".
constexpr std::array<std::string_view, 7> kDomainSuffixes = {"vn", "com", "net", "org", "tv", "info", "asia"};

bool is_domain_suffix(std::string_view key) {
    for (auto suffix : kDomainSuffixes) {
        if (key == suffix) return true;
    }
    return false;
}

}  // namespace

CuedNames::CuedNames(const OrgCatalog& catalog, const OrgText& text)
    : catalog_(catalog), text_(text), words_(text.words()) {}

std::optional<CuedName> CuedNames::at(std::size_t pos) const {
    auto cue = catalog_.match(text_, pos, words_.size(), kCues, true);
    if (!cue || cue->end >= words_.size() || words_[pos].caps_line) return std::nullopt;
    // "báo" in "cảnh báo", "tờ" in "giấy tờ": a one-word cue stands after a boundary or a small word.
    if (cue->end == pos + 1 && !free_standing(pos)) return std::nullopt;
    // "Công ty CP ...": a longer head is the name parser's.
    auto head = catalog_.match(text_, pos, words_.size(), kParsed, true);
    if (head && head->end > cue->end) return std::nullopt;
    std::size_t begin = cue->end;
    bool credit = cue->roles.has(OrgRole::credit);
    // "Ảnh: Getty", "(Ảnh: hcmcpv)": a credit may take a colon; anything else follows on the line.
    if (words_[begin].gap != WordGap::space && !(credit && text_.gap_before(begin) == ":")) return std::nullopt;
    // "PV Báo Lao Động": a descriptor after a credit.
    if (credit) {
        auto descriptor = catalog_.match(text_, begin, words_.size(), {OrgRole::descriptor}, true);
        if (descriptor && descriptor->end < words_.size() && words_[descriptor->end].gap == WordGap::space) {
            begin = descriptor->end;
        }
    }
    if (catalog_.match(text_, begin, words_.size(), kParsed)) return std::nullopt;
    auto known = catalog_.match(text_, begin, words_.size(), kKnown);
    std::size_t end = run_end(begin);
    if (known && known->end >= end) {
        end = known->end;
    } else if (known) {
        return std::nullopt;  // "Google Maps": a brand and a product's name
    }
    if (end == begin || is_person(begin, end) || !plausible(begin, end, known.has_value())) return std::nullopt;
    bool is_known = known && known->end == end;
    bool foreign = is_foreign(begin, end);
    if (cue->roles.has(OrgRole::descriptor)) return CuedName{begin, end};
    if (cue->roles.has(OrgRole::foreign)) {
        // "hãng" alone names a firm by its brand, Vietnamese ("hãng Bảo Minh") or not quite foreign-
        // looking ("hãng Pan Am") too: a Vietnamese firm is otherwise written "Công ty X".
        bool firm = cue->end == pos + 1 && words_[pos].key == "hãng";
        if (foreign || is_known || firm) return CuedName{begin, end};
        return std::nullopt;
    }
    // A credit: an acronym, a foreign word, a web address or a known name; a reporter's outlet
    // ("PV Kiến Thức"); any name ending a line that starts "Theo" or "Nguồn" (the source line at an
    // article's end: "Theo Kiến Thức").
    std::string_view cue_word = words_[pos].key;
    bool line_start = pos == 0 || words_[pos].gap == WordGap::brk;
    bool source_line = line_start && ends_line(end) && (cue_word == "theo" || cue_word == "nguồn");
    bool reporter = cue_word == "pv" || cue_word == "phóng";
    if (foreign || is_known || source_line || reporter) return CuedName{begin, end};
    return std::nullopt;
}

// Capitalised words after a cue (a web address's suffix included), up to punctuation, a lower-case
// word or a word that ends names ("của", "và").
std::size_t CuedNames::run_end(std::size_t begin) const {
    std::size_t end = begin;
    while (end < words_.size() && end - begin < kMaxWords) {
        const OrgWord& word = words_[end];
        if (end > begin && word.gap == WordGap::punct && text_.gap_before(end) == "." && is_domain_suffix(word.key)) {
            ++end;
            continue;
        }
        if (end > begin && word.gap != WordGap::space) break;
        bool cased = word.capitalised() || (word.letter_case == WordCase::other && end > begin);
        if (!cased || word.caps_line || word.alias != 0 || catalog_.is_stop_word(word.key)) break;
        ++end;
    }
    // "hcmcpv", "themoscowtimes.com": a credit written in lower case is a web name.
    if (end == begin && begin < words_.size() && words_[begin].letter_case == WordCase::lower && !words_[begin].syllable &&
        (ends_line(begin + 1) || (begin + 1 < words_.size() && is_domain_suffix(words_[begin + 1].key)))) {
        end = begin + 1;
        if (end < words_.size() && words_[end].gap == WordGap::punct && is_domain_suffix(words_[end].key)) ++end;
    }
    return end;
}

// A Vietnamese person's name: a family name and one to three more syllables ("Nguyễn Văn An"), the
// family name last ("Đăng Nguyễn"), in capitals too ("QUANG ĐỊNH" is no acronym), or a title before
// a name ("Chủ tịch", "TS").
bool CuedNames::is_person(std::size_t begin, std::size_t end) const {
    if (catalog_.match(text_, begin, words_.size(), {OrgRole::title}, true)) return true;
    if (end - begin < 2 || end - begin > 4) return false;
    for (std::size_t k = begin; k < end; ++k) {
        if (!words_[k].syllable || !words_[k].capitalised()) return false;
    }
    return catalog_.surname_rank(words_[begin].key) || catalog_.surname_rank(words_[end - 1].key) ||
           words_[begin].letter_case == WordCase::upper;
}

// What no organization is: a place alone ("báo Mỹ"), initials ("Ảnh: T. D"), or the first word of a
// Vietnamese name whose next syllable the run left behind ("tạp chí Khoa học ...").
bool CuedNames::plausible(std::size_t begin, std::size_t end, bool known) const {
    if (known) return true;
    auto place = catalog_.match(text_, begin, words_.size(), {OrgRole::place});
    if (place && place->end >= end) return false;
    for (std::size_t k = begin; k < end; ++k) {
        if (words_[k].end - words_[k].begin < 2 && words_[k].letter_case != WordCase::number) return false;
    }
    if (end < words_.size() && words_[end].gap == WordGap::space && words_[end].letter_case == WordCase::lower &&
        words_[end].syllable && words_[end - 1].syllable && !catalog_.is_stop_word(words_[end].key)) {
        return false;
    }
    return true;
}

// After the text's start, a line break, punctuation or a small word ("theo", "của", "với").
bool CuedNames::free_standing(std::size_t pos) const {
    return pos == 0 || words_[pos].gap != WordGap::space || catalog_.is_stop_word(words_[pos - 1].key);
}

// Words none of which is a Vietnamese syllable ("Boeing", "Getty Images"), or an acronym ("CNBC").
bool CuedNames::is_foreign(std::size_t begin, std::size_t end) const {
    for (std::size_t k = begin; k < end; ++k) {
        const OrgWord& word = words_[k];
        if (word.letter_case == WordCase::upper && (!word.syllable || word.end - word.begin <= 2)) continue;
        if (word.syllable) return false;
    }
    return true;
}

bool CuedNames::ends_line(std::size_t end) const {
    if (end >= words_.size()) return true;
    std::string_view gap = text_.text().substr(words_[end - 1].end, words_[end].begin - words_[end - 1].end);
    return gap.find('\n') != std::string_view::npos;
}

}  // namespace vnsearch::indexer
