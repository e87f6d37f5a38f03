// Names introduced by a cue; see cued_names.h.
#include "orgs/cued_names.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <array>
#include <string_view>
#include <vector>


namespace vnsearch::indexer {
namespace {

const OrgRoles kCues = {OrgRole::descriptor, OrgRole::foreign, OrgRole::credit};
// A name the parser reads from its own head word: "Theo Bộ Y tế", "báo Dân trí".
const OrgRoles kParsed = {OrgRole::head, OrgRole::body, OrgRole::block, OrgRole::unit};
const OrgRoles kKnown = {OrgRole::known};
constexpr std::size_t kMaxWords = 7;  // "Proceedings of the National Academy of Sciences"
// A source line names a few sources: "Theo Nikkei Asian Review", "Theo The Verge/NYT".
constexpr std::size_t kMaxSourceLineWords = 8;

// Whether the code point ending at `at` is a lower-case letter.
bool lower_case_letter_before(std::string_view text, std::size_t at) {
    const auto* bytes = reinterpret_cast<const uint8_t*>(text.data());
    int32_t i = static_cast<int32_t>(at);
    UChar32 c = 0;
    U8_PREV(bytes, 0, i, c);
    return c >= 0 && u_islower(c);
}


// How many words the rest of the line from `from` holds, up to `most` + 1.
std::size_t words_to_line_end(std::string_view text, std::size_t from, std::size_t most) {
    std::size_t words = 0;
    bool in_word = false;
    for (std::size_t i = from; i < text.size() && text[i] != '\n' && words <= most; ++i) {
        bool space = text[i] == ' ' || text[i] == '\t' || text[i] == '\r';
        if (!space && !in_word) ++words;
        in_word = !space;
    }
    return words;
}

}  // namespace

std::string with_source_lines_apart(std::string_view text) {
    static constexpr std::array<std::string_view, 2> kSourceCues = {"Theo ", "Nguồn "};
    std::vector<std::size_t> breaks;
    for (std::string_view cue : kSourceCues) {
        for (std::size_t at = text.find(cue, 1); at != std::string_view::npos; at = text.find(cue, at + 1)) {
            std::size_t rest = at + cue.size();
            std::size_t words = words_to_line_end(text, rest, kMaxSourceLineWords);
            if (words >= 1 && words <= kMaxSourceLineWords && lower_case_letter_before(text, at)) breaks.push_back(at);
        }
    }
    if (breaks.empty()) return std::string(text);
    std::sort(breaks.begin(), breaks.end());
    std::string apart;
    apart.reserve(text.size() + breaks.size());
    std::size_t copied = 0;
    for (std::size_t at : breaks) {
        apart.append(text.substr(copied, at - copied)).push_back('\n');
        copied = at;
    }
    apart.append(text.substr(copied));
    return apart;
}

CuedNames::CuedNames(const OrgCatalog& catalog, const OrgText& text)
    : catalog_(catalog), text_(text), words_(text.words()) {}

std::optional<CuedName> CuedNames::at(std::size_t pos) const {
    if (auto further = further_source(pos)) return further;
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
    bool credited_outlet = false;
    if (credit) {
        auto descriptor = catalog_.match(text_, begin, words_.size(), {OrgRole::descriptor}, true);
        if (descriptor && descriptor->end < words_.size() && words_[descriptor->end].gap == WordGap::space) {
            begin = descriptor->end;
            credited_outlet = true;
        }
    }
    bool outlet = names_an_outlet(*cue, pos);
    if (outlet) begin = after_outlet_country(begin);
    // "công ty nghiên cứu Counterpoint Research", "tạp chí đồ bơi Sports Illustrated": the trade in
    // lower case between the cue and a foreign or known name.
    std::size_t trade_end = takes_a_trade(pos, *cue) ? after_trade_words(begin) : begin;
    bool trade = trade_end > begin;
    begin = trade_end;
    if (catalog_.match(text_, begin, words_.size(), kParsed)) return std::nullopt;
    // "Ảnh: Twitter", "Nguồn: YouTube": where the picture was posted, no organization; "kênh Youtube", "trang
    // Facebook": a channel or page on it, a place to post too.
    if ((credit || outlet) && catalog_.is_platform(words_[begin].key)) return std::nullopt;
    // "Ảnh: PV/Vietnam+", "Theo PV": the reporter, no outlet.
    if (catalog_.match(text_, begin, words_.size(), {OrgRole::credit}, true)) return std::nullopt;
    // A known name as written, else in sentence case: after an outlet's cue ("báo Thanh niên", "tạp chí Cộng
    // sản"; elsewhere "thanh niên", "lao động" are words, so it must be "Thanh Niên"), unless a capitalised
    // word goes on after it ("báo Lao động Thủ đô" is another paper); after a credit or "Theo" when it ends
    // the clause ("Đồ họa: Tuổi trẻ", "Theo Thanh niên, ...").
    auto known = catalog_.match(text_, begin, words_.size(), kKnown);
    bool after_outlet_cue = outlet || credited_outlet;
    if (words_[begin].capitalised() && (after_outlet_cue || (credit && !known))) {
        auto any_case = catalog_.match(text_, begin, words_.size(), kKnown, true);
        bool goes_on = any_case && any_case->end < words_.size() && words_[any_case->end].gap == WordGap::space;
        if (after_outlet_cue) {
            if (!known && goes_on && words_[any_case->end].capitalised()) return std::nullopt;
            known = any_case;  // the longest, "báo Zing news" too
        } else if (!goes_on) {
            known = any_case;
        }
    }
    std::size_t end = run_end(begin);
    if (credit && !known && end > begin + 1 && acronym_before_a_sentence(begin)) end = begin + 1;
    // "Theo VOV.VN": a known outlet written as its web address keeps it.
    bool known_address = known && end == known->end + 1 && text_.web_suffix_at(known->end);
    if (known && known->end >= end) {
        end = known->end;
    } else if (known && credit && (starts_a_sentence(known->end) || sentence_after(known->end))) {
        // "Ảnh: AFP Cảnh sát Hong Kong sẽ ...", "Ảnh: AP Thông tin triển khai ...": a caption run into the
        // next sentence, whose first word is another name's or a Vietnamese word (a product's is not:
        // "Google Maps").
        end = known->end;
    } else if (known && !known_address) {
        return std::nullopt;  // "Google Maps": a brand and a product's name
    }
    bool paper = provincial_paper(begin, end);
    if (end == begin || (!paper && (is_person(begin, end) || !plausible(begin, end, known.has_value())))) return std::nullopt;
    bool is_known = known && (known->end == end || known_address);
    bool foreign = is_foreign(begin, end);
    // "công ty xây dựng Hòa Bình" keeps its head; "công ty chứng khoán MB" (MBS) is not MB.
    if (trade && (!foreign || known || acronyms_only(begin, end))) return std::nullopt;
    if (cue->roles.has(OrgRole::descriptor)) return with_second_outlet(CuedName{begin, end});
    if (cue->roles.has(OrgRole::foreign)) {
        // "hãng" alone names a firm by its brand, Vietnamese ("hãng Bảo Minh") or not quite foreign-
        // looking ("hãng Pan Am") too: a Vietnamese firm is otherwise written "Công ty X".
        bool firm = cue->end == pos + 1 && words_[pos].key == "hãng";
        if (!foreign && !is_known && !firm) return std::nullopt;
        if (cue->end == pos + 1 && words_[pos].key == "đài" && !broadcaster(begin, end, is_known)) return std::nullopt;
        return outlet ? with_second_outlet(CuedName{begin, end}) : CuedName{begin, end};
    }
    // A credit: an acronym, a foreign word, a web address or a known name; a reporter's outlet
    // ("PV Kiến Thức"); any name ending a line that starts "Theo" or "Nguồn" (the source line at an
    // article's end: "Theo Kiến Thức").
    std::string_view cue_word = words_[pos].key;
    bool source_line = source_line_cue(pos) == pos && ends_source(end);
    bool reporter = cue_word == "pv" || cue_word == "phóng";
    // "Ảnh: QH", "Ảnh: TH": two capitals after a photo's credit are its photographer's initials (the
    // outlets of two letters, "AP", "RT", are known names as written; "QH" is known only as Quốc hội's alias).
    bool one_word = end == begin + 1 || (words_[begin].alias != 0 && words_[end - 1].begin == words_[begin].begin);
    bool initials = one_word && text_.two_capitals(begin) && (!is_known || words_[begin].alias != 0);
    if (cue_word == "ảnh" && initials) return std::nullopt;
    if (!is_known && followed_by_apposition(end)) return std::nullopt;
    // "Ảnh: Louismartyres/ Instagram": an account on a platform, a person's as often as not; but an acronym
    // closing a story is its outlet, the platform where it was posted after it ("Theo DM/Ins").
    bool acronym = end == begin + 1 && words_[begin].letter_case == WordCase::upper;
    if (!is_known && end < words_.size() && text_.gap_before(end) == "/" && catalog_.is_platform(words_[end].key) &&
        !(source_line && acronym)) {
        return std::nullopt;
    }
    // "Theo Khánh Lynh/VnExpress": Vietnamese words before a source line's slash are its writer's name;
    // the outlet follows the slash. (A foreign outlet shaped like a syllable goes too: "Theo Sun/Hello".)
    if (source_line && !is_known && !foreign && end < words_.size() && text_.gap_before(end) == "/" &&
        std::all_of(words_.begin() + begin, words_.begin() + end, [](const OrgWord& word) { return word.syllable; })) {
        return std::nullopt;
    }
    if (source_line && !is_known && !foreign && writer_above_its_outlet(begin, end)) return std::nullopt;
    if (foreign || is_known || source_line || reporter) return CuedName{begin, end};
    return std::nullopt;
}

// "Theo Minh Định\nVietnamnet", "Theo Linh Anh\nThế giới & Việt Nam": a Vietnamese name of two or three
// syllables on the "Theo" line is its writer's when the text's last line, a short one, opens with a known
// outlet (the source line reader takes that).
bool CuedNames::writer_above_its_outlet(std::size_t begin, std::size_t end) const {
    constexpr std::size_t kMaxOutletLineWords = 5;
    bool name_shaped = end - begin >= 2 && end - begin <= 3 &&
                       std::all_of(words_.begin() + begin, words_.begin() + end,
                                   [](const OrgWord& word) { return word.syllable && word.capitalised(); });
    if (!name_shaped || end >= words_.size() || !ends_line(end) || words_.size() - end > kMaxOutletLineWords) return false;
    for (std::size_t k = end + 1; k < words_.size(); ++k) {
        if (ends_line(k)) return false;  // the outlet's line is the last
    }
    return catalog_.match(text_, end, words_.size(), kKnown, true).has_value();
}

// "báo Nghệ An", "(Ảnh: Báo Cà Mau)": a province's name alone after "báo" is its paper's (a country's is the
// country's press: "báo Mỹ").
bool CuedNames::provincial_paper(std::size_t begin, std::size_t end) const {
    if (begin == 0 || words_[begin - 1].key != "báo" || !words_[begin].capitalised()) return false;
    auto province = catalog_.match(text_, begin, words_.size(), {OrgRole::province});
    return province && province->end == end;
}

// "Ảnh: VGP Chiều 3.7, báo cáo ...", "(Nguồn: SWNS) Trước đó": an acronym's credit run into the next sentence,
// which opens with a time of day, a little word or another name. Three plain capitals at least: shorter ones and
// those with "Đ" are as often a person's role ("Ảnh: ĐB Nguyễn Văn A", "BLV Quang Huy").
bool CuedNames::acronym_before_a_sentence(std::size_t begin) const {
    constexpr std::size_t kMinLetters = 3;
    const OrgWord& word = words_[begin];
    std::string_view written = text_.written(begin, begin + 1);
    bool plain = written.size() >= kMinLetters &&
                 std::all_of(written.begin(), written.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
    if (!plain || word.alias != 0) return false;
    const OrgWord& next = words_[begin + 1];
    bool opens = next.gap == WordGap::space && next.capitalised() &&
                 (catalog_.is_stop_word(next.key) || catalog_.is_daypart(text_.keys(begin + 1, begin + 2)));
    return opens || starts_a_sentence(begin + 1);
}

// A sentence starts at words[pos]: a capitalised Vietnamese word and another word after it on the line
// ("Thông tin triển khai ..."; not a product's name, "Google Map.").
bool CuedNames::sentence_after(std::size_t pos) const {
    return pos + 1 < words_.size() && words_[pos].gap == WordGap::space && words_[pos].capitalised() &&
           words_[pos].syllable && words_[pos + 1].gap == WordGap::space;
}

// words[pos] starts another name or a place ("Cảnh sát", "Quận Wai Chai", "Nhật Bản"): after a credit's
// known outlet, the next sentence rather than more of the outlet's name.
bool CuedNames::starts_a_sentence(std::size_t pos) const {
    return pos < words_.size() && words_[pos].gap == WordGap::space && words_[pos].capitalised() &&
           catalog_.match(text_, pos, words_.size(), {OrgRole::head, OrgRole::body, OrgRole::unit, OrgRole::place});
}

// A newspaper, channel or news agency: the [descriptor] cues ("báo", "tờ", "hãng tin", "kênh"), and
// "hãng thông tấn" and "đài" among the [foreign] ones, which name a foreign outlet only ("đài IRIB"; a
// Vietnamese one keeps its head: "Đài Truyền hình Việt Nam").
bool CuedNames::names_an_outlet(const OrgMatch& cue, std::size_t pos) const {
    if (cue.roles.has(OrgRole::descriptor)) return true;
    std::string cue_words;
    for (std::size_t k = pos; k < cue.end; ++k) cue_words += (k > pos ? " " : "") + std::string(words_[k].key);
    return cue_words == "hãng thông tấn" || cue_words == "đài";
}

// "hãng tin Iran ISNA", "báo Mỹ New York Times", "tờ báo Đức Die Welt": after an outlet's cue the
// country it is from comes before its name and is no word of it. Where the name starts: after the
// country when a known name or an acronym follows it, or a foreign word follows a country written
// in Vietnamese; else at begin. A country written as in English may be the name's own first word
// ("tờ New Zealand Football", "hãng thông tấn Algeria Abdelhamid Kacha" is its director).
std::size_t CuedNames::after_outlet_country(std::size_t begin) const {
    auto country = catalog_.match(text_, begin, words_.size(), {OrgRole::country});
    if (!country || country->end >= words_.size() || words_[country->end].gap != WordGap::space) return begin;
    // "báo Mỹ Tho", "báo Pháp Luật Plus": the country's word starts a longer place or word of names.
    auto longer = catalog_.match(text_, begin, words_.size(), {OrgRole::place, OrgRole::part, OrgRole::known});
    if (longer && longer->end > country->end) return begin;
    std::size_t name = country->end;
    if (catalog_.match(text_, name, words_.size(), kKnown)) return name;
    std::size_t end = run_end(name);
    if (end == name) return begin;
    bool acronyms = true;
    bool foreign_word = false;
    for (std::size_t k = name; k < end; ++k) {
        acronyms = acronyms && words_[k].letter_case == WordCase::upper;
        foreign_word = foreign_word || !words_[k].syllable;
    }
    bool vietnamese_country = true;
    for (std::size_t k = begin; k < name; ++k) vietnamese_country = vietnamese_country && words_[k].syllable;
    return acronyms || (foreign_word && vietnamese_country) ? name : begin;
}

// Where the lower-case words of a trade ("nghiên cứu", "đồ bơi", "bảo mật") end that stand between
// a cue and a name: one or two syllables, no small word nor a word for where ("tập đoàn xứ Bavaria"),
// before a capitalised word; `begin` when none.
std::size_t CuedNames::after_trade_words(std::size_t begin) const {
    static constexpr std::array<std::string_view, 7> kWhere = {"xứ", "thành", "vùng", "sân", "bang", "thủ", "đất"};
    constexpr std::size_t kMaxTradeWords = 2;
    std::size_t end = begin;
    while (end < words_.size() && end - begin < kMaxTradeWords && words_[end].gap == WordGap::space &&
           words_[end].letter_case == WordCase::lower && words_[end].syllable && !catalog_.is_stop_word(words_[end].key) &&
           std::find(kWhere.begin(), kWhere.end(), words_[end].key) == kWhere.end()) {
        ++end;
    }
    if (end == begin || end >= words_.size() || words_[end].gap != WordGap::space || !words_[end].capitalised() ||
        words_[end].caps_line) {
        return begin;
    }
    return end;
}

// "công ty", "hãng", "tập đoàn", "ngân hàng", "tạp chí" written in lower case, no title before them: a
// firm's or magazine's cue may say its trade before its name. Not a club's ("đội bóng xứ Tango"), a
// producer's ("nhà sản xuất phim Michael Klein", a person) nor a firm's head in a formal name ("Công ty
// chứng khoán Maritime"), nor after a title ("Chủ tịch tập đoàn đường sắt Elisabeth Borne").
bool CuedNames::takes_a_trade(std::size_t pos, const OrgMatch& cue) const {
    static constexpr std::array<std::string_view, 5> kFirstWords = {"công", "hãng", "tập", "ngân", "tạp"};
    if (cue.roles.has(OrgRole::credit) || words_[pos].letter_case != WordCase::lower ||
        std::find(kFirstWords.begin(), kFirstWords.end(), words_[pos].key) == kFirstWords.end()) {
        return false;
    }
    constexpr std::size_t kMaxTitleWords = 3;  // "Phó Tổng Giám đốc"
    for (std::size_t from = pos > kMaxTitleWords ? pos - kMaxTitleWords : 0; from < pos; ++from) {
        auto title = catalog_.match(text_, from, pos, {OrgRole::title}, true);
        if (title && title->end == pos) return false;
    }
    return true;
}

// Words [begin, end) are all acronyms ("BIDV", "MB").
bool CuedNames::acronyms_only(std::size_t begin, std::size_t end) const {
    for (std::size_t k = begin; k < end; ++k) {
        if (words_[k].letter_case != WordCase::upper) return false;
    }
    return true;
}

// After "đài", a broadcaster's acronym or known name ("đài IRIB", "đài CNN"): a word written otherwise
// is as often a radar's or a landmark's ("đài Harpoon"), and a Vietnamese station's abbreviation goes
// on across a dash ("Đài PT-TH Nghệ An").
bool CuedNames::broadcaster(std::size_t begin, std::size_t end, bool known) const {
    if (end < words_.size() && words_[end].gap == WordGap::dash) return false;
    if (known) return true;
    for (std::size_t k = begin; k < end; ++k) {
        if (words_[k].letter_case != WordCase::upper) return false;
    }
    return true;
}

// "Các hãng tin Iran ISNA và Fars": an outlet's name joined by "và" to another, foreign or known,
// names a second outlet.
CuedName CuedNames::with_second_outlet(CuedName first) const {
    std::size_t begin = first.end + 1;
    if (begin >= words_.size() || words_[first.end].key != "và" || words_[first.end].letter_case != WordCase::lower ||
        words_[first.end].gap != WordGap::space || words_[begin].gap != WordGap::space ||
        catalog_.match(text_, begin, words_.size(), kParsed)) {
        return first;
    }
    // "báo Thanh niên và Tuổi trẻ": the second outlet may be written in sentence case as the first.
    auto known = catalog_.match(text_, begin, words_.size(), kKnown, words_[begin].capitalised());
    std::size_t end = run_end(begin);
    if (known && known->end >= end) {
        end = known->end;
    } else if (known) {
        return first;
    }
    if (end == begin || is_person(begin, end) || !plausible(begin, end, known.has_value()) ||
        !(known || is_foreign(begin, end)) || catalog_.is_platform(words_[begin].key)) {
        return first;
    }
    first.second_begin = begin;
    first.second_end = end;
    return first;
}

std::optional<std::size_t> CuedNames::source_line_cue(std::size_t pos) const {
    auto is_cue = [&](std::size_t k) { return words_[k].key == "theo" || words_[k].key == "nguồn"; };
    std::size_t cue = pos;
    while (cue > 0 && words_[cue].gap != WordGap::brk && !(is_cue(cue) && after_full_stop(cue))) --cue;
    if (!is_cue(cue)) return std::nullopt;
    std::size_t end = cue + 1;
    for (; end < words_.size() && !ends_line(end); ++end) {
        bool apart = words_[end].gap == WordGap::space || text_.gap_before(end) == "/";
        if (!apart || end - cue > kMaxSourceLineWords) return std::nullopt;
    }
    if (end == cue + 1) return std::nullopt;  // "Theo" alone
    return cue;
}

// "Theo AA/Strategy Analytics": a source after a slash on a source line.
// "Ảnh: Twitter/PressTV", "(Ảnh: AFP/Getty Images)": a photo credit's further source, foreign or
// known as the first must be, ending at punctuation or the line's end.
std::optional<CuedName> CuedNames::further_source(std::size_t pos) const {
    if (pos == 0 || pos >= words_.size()) return std::nullopt;
    // "Ảnh: Cao Nguyên - TTXVN": after a dash only a known outlet, where a slash takes any source.
    bool slash = text_.gap_before(pos) == "/";
    bool dash = words_[pos].gap == WordGap::dash;
    if (!slash && !dash) return std::nullopt;
    bool source_line = source_line_cue(pos).has_value();
    if (!source_line && !in_credit(pos)) return std::nullopt;
    // "Theo Hà Linh/Báo Tin Tức": a descriptor is the cue of the name after it (Tin Tức).
    if (catalog_.match(text_, pos, words_.size(), {OrgRole::descriptor}, true)) return std::nullopt;
    // A known name is its own end, but for an outlet written as its web address, which keeps it as "Theo
    // VOV.VN" does ("Trung Hiếu/VOV.VN": the annotation conventions name it so).
    auto known = catalog_.match(text_, pos, words_.size(), kKnown);
    if (dash && !known) return std::nullopt;
    std::size_t end = known ? known->end : run_end(pos);
    if (known && text_.web_suffix_at(end)) ++end;
    bool ends = source_line ? ends_source(end)
                            : end >= words_.size() || (words_[end].gap != WordGap::space && words_[end].gap != WordGap::dash);
    // "Ảnh: EPA/TTXVN Phát biểu tại ...": a known outlet's credit run into the caption's next sentence.
    if (!source_line && known && end < words_.size() && words_[end].gap == WordGap::space && words_[end].capitalised()) {
        ends = true;
    }
    if (end == pos || !ends || is_person(pos, end) || !plausible(pos, end, known.has_value()) ||
        catalog_.is_platform(words_[pos].key)) {
        return std::nullopt;
    }
    if (!source_line && !known && (!is_foreign(pos, end) || photographer(pos, end))) return std::nullopt;
    return CuedName{pos, end};
}

// "Ảnh: Shutterstock/Dirk Ercken": two or three capitalised words after a credit's slash are the
// photographer, unless the last is a word agencies are named with ("Getty Images", "HotSpot Media").
bool CuedNames::photographer(std::size_t begin, std::size_t end) const {
    static constexpr std::array<std::string_view, 9> kAgencyWords = {"images", "image", "media", "news", "press",
                                                                      "photo", "photos", "pictures", "agency"};
    if (end - begin < 2 || end - begin > 3) return false;
    for (std::size_t k = begin; k < end; ++k) {
        if (words_[k].letter_case != WordCase::capital) return false;
    }
    return std::find(kAgencyWords.begin(), kAgencyWords.end(), words_[end - 1].key) == kAgencyWords.end();
}

// Whether words[pos] is in a photo credit, after its cue's colon and words apart by spaces and
// slashes only: "Ảnh: Twitter/PressTV".
bool CuedNames::in_credit(std::size_t pos) const {
    constexpr std::size_t kMaxCueWords = 2;  // "Ảnh minh họa"
    for (std::size_t k = pos, words = 0; k > 0 && words <= kMaxSourceLineWords; --k, ++words) {
        std::string_view gap = text_.gap_before(k);
        if (gap == ":") {
            for (std::size_t from = k > kMaxCueWords + 1 ? k - kMaxCueWords - 1 : 0; from < k; ++from) {
                auto cue = catalog_.match(text_, from, k, {OrgRole::credit}, true);
                if (cue && cue->end == k) return true;
            }
            return false;
        }
        // Capitalised words only: "Ảnh: Thái San Theo Kế hoạch số 32/KH-UBND" has left the credit; the
        // source itself may follow a slash or a dash ("Ảnh: Cao Nguyên - TTXVN").
        bool joined = words_[k].gap == WordGap::space || gap == "/" || (k == pos && words_[k].gap == WordGap::dash);
        if (!joined || !words_[k - 1].capitalised()) return false;
    }
    return false;
}

// Capitalised words after a cue (a web address's suffix and initials joined by "&" included), up to punctuation, a lower-case
// word or a word that ends names ("của", "và").
std::size_t CuedNames::run_end(std::size_t begin) const {
    std::size_t end = begin;
    while (end < words_.size() && end - begin < kMaxWords) {
        const OrgWord& word = words_[end];
        if (end > begin && text_.web_suffix_at(end)) {
            ++end;
            continue;
        }
        // "KD&PL", "Xi'an", "Ancient-origins": a lower-case word after a bare hyphen is the same word's.
        bool hyphen = word.gap == WordGap::dash && text_.between(end) == "-" && word.letter_case == WordCase::lower;
        if (end > begin && (text_.joins_initials(end) || text_.joins_across_apostrophe(end) || hyphen ||
                            foreign_hyphen_at(end))) {
            ++end;
            continue;
        }
        // "Nature Ecology & Evolution", "Seahorse Resort & Spa": an ampersand between a foreign word and a
        // capitalised one.
        bool ampersand = end > begin && after_an_ampersand(end) && !words_[end - 1].syllable && word.capitalised();
        if (ampersand) {
            ++end;
            continue;
        }
        if (end > begin && word.gap != WordGap::space) break;
        // (Only with room left for the word after them: no name ends in "and".)
        if (std::size_t after = after_particles(end); after > end && end > begin && after - begin < kMaxWords) {
            end = after;
            continue;
        }
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

// "KXAN-TV", "Press-Reporter", "Clarion-Ledger": a capitalised foreign word after a bare hyphen and a foreign
// word is the same name's, unless it names an outlet or a place of its own ("Reuters-AP", "Daily Mail-UK").
bool CuedNames::foreign_hyphen_at(std::size_t k) const {
    if (k == 0) return false;
    const OrgWord& word = words_[k];
    const OrgWord& before = words_[k - 1];
    if (word.gap != WordGap::dash || text_.between(k) != "-" || !word.capitalised() || word.syllable ||
        before.syllable || !before.capitalised() || word.alias != 0 || before.alias != 0) {
        return false;
    }
    // "Imgur-FionaBlue": an account on a platform; "Đài TT-TH": initials, a Vietnamese abbreviation's.
    if (catalog_.is_platform(before.key)) return false;
    constexpr std::size_t kInitials = 2;
    auto initials = [](const OrgWord& w) { return w.letter_case == WordCase::upper && w.end - w.begin <= kInitials; };
    return !(initials(before) && initials(word)) && !catalog_.match(text_, k, words_.size(), {OrgRole::known, OrgRole::place});
}

// "La Gazzetta dello Sport", "Corriere della Sera", "Banco de España", "Journal of Research in Personality":
// lower-case particles (one or two) between a foreign word (no Vietnamese syllable) and a capitalised word go
// on with a foreign name. Where they end, or `at` when words[at] starts none. Not "do" (Vietnamese "because": "Reuters
// do Mỹ ...").
std::size_t CuedNames::after_particles(std::size_t at) const {
    static constexpr std::array<std::string_view, 24> kParticles = {
        "dello", "della", "delle", "degli", "del", "dei", "de", "di", "da", "du", "des", "van",
        "von",   "der",   "den",   "la",    "le",  "y",   "of", "in", "for", "and", "on", "the"};
    constexpr std::size_t kMaxParticles = 2;  // "de la"
    if (at == 0 || !words_[at - 1].capitalised() || words_[at - 1].syllable) return at;
    std::size_t end = at;
    while (end < words_.size() && end - at < kMaxParticles && words_[end].gap == WordGap::space &&
           words_[end].letter_case == WordCase::lower &&
           std::find(kParticles.begin(), kParticles.end(), words_[end].key) != kParticles.end()) {
        ++end;
    }
    if (end == at || end >= words_.size() || words_[end].gap != WordGap::space || !words_[end].capitalised() ||
        words_[end].caps_line || catalog_.is_stop_word(words_[end].key)) {
        return at;
    }
    return end;
}

// A Vietnamese person's name: a family name and one to three more syllables ("Nguyễn Văn An"), the
// family name last ("Đăng Nguyễn"), in capitals too ("QUANG ĐỊNH" is no acronym), or a title before
// a name ("Chủ tịch", "TS").
bool CuedNames::is_person(std::size_t begin, std::size_t end) const {
    if (catalog_.match(text_, begin, words_.size(), {OrgRole::title}, true)) return true;
    if (end - begin == 1) return named_as_a_person(begin);
    if (end - begin > 4) return false;
    for (std::size_t k = begin; k < end; ++k) {
        if (!words_[k].syllable || !words_[k].capitalised()) return false;
    }
    return catalog_.surname_rank(words_[begin].key) || catalog_.surname_rank(words_[end - 1].key) ||
           words_[begin].letter_case == WordCase::upper;
}

// "Theo Spicer, ...", "theo Mourinho trung vệ ...": one capitalised word, no known name, that the text also
// writes after "ông", "bà" or a coach's "HLV" ("ông Spicer", "HLV Mourinho") is a person's name quoted, no
// outlet ("đàn ông Maxim" are men: Maxim, a magazine, stays).
bool CuedNames::named_as_a_person(std::size_t at) const {
    static constexpr std::array<std::string_view, 3> kTitles = {"ông", "bà", "hlv"};
    if (!words_[at].capitalised() || catalog_.match(text_, at, words_.size(), kKnown)) return false;
    for (std::size_t k = 1; k < words_.size(); ++k) {
        if (k == at || words_[k].key != words_[at].key || words_[k].gap != WordGap::space) continue;
        const OrgWord& title = words_[k - 1];
        bool men = title.key == "ông" && k > 1 && words_[k - 2].key == "đàn";
        if (!men && std::find(kTitles.begin(), kTitles.end(), title.key) != kTitles.end()) return true;
    }
    return false;
}

// What no organization is: a place alone ("báo Mỹ"), a legal form alone ("ngân hàng TNHH một thành
// viên" speaks of a kind of bank), initials ("Ảnh: T. D"), or the first word of a Vietnamese name
// whose next syllable the run left behind ("tạp chí Khoa học ...").
bool CuedNames::plausible(std::size_t begin, std::size_t end, bool known) const {
    if (known) return true;
    auto place = catalog_.match(text_, begin, words_.size(), {OrgRole::place});
    if (place && place->end >= end) return false;
    if (catalog_.legal_forms_only(text_, begin, end)) return false;
    for (std::size_t k = begin; k < end; ++k) {
        // ("Papa John's": the "s" after an apostrophe is no initial.)
        if (text_.one_letter(k) && words_[k].letter_case != WordCase::number && !text_.joins_across_apostrophe(k)) return false;
    }
    // "Ảnh: Edward P. Metzner": a middle initial after the name's first word.
    if (end < words_.size() && words_[end].gap == WordGap::space && text_.one_letter(end) && words_[end].capitalised() &&
        text_.text().substr(words_[end].end, 1) == ".") {
        return false;
    }
    // (Not a foreign name's syllable-shaped word after its ampersand: "Heckler & Koch chế tạo".)
    if (end < words_.size() && words_[end].gap == WordGap::space && words_[end].letter_case == WordCase::lower &&
        words_[end].syllable && words_[end - 1].syllable && !catalog_.is_stop_word(words_[end].key) &&
        !(end - begin > 1 && after_an_ampersand(end - 1))) {
        return false;
    }
    return true;
}

bool CuedNames::followed_by_apposition(std::size_t end) const {
    if (end + 1 >= words_.size() || words_[end].gap != WordGap::punct || text_.gap_before(end) != ",") return false;
    if (words_[end].letter_case == WordCase::number) return words_[end + 1].key == "tuổi";
    constexpr std::size_t kMaxRoleWords = 3;  // "nhà nghiên cứu"
    for (std::size_t length = 1; length <= kMaxRoleWords && end + length <= words_.size(); ++length) {
        if (length > 1 && words_[end + length - 1].gap != WordGap::space) break;
        if (catalog_.is_apposition(text_.keys(end, end + length))) return true;
    }
    return false;
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
        if (k > begin && word.letter_case == WordCase::lower && after_particles(k) > k) continue;  // "de" of "Diario de Mallorca"
        if (k > begin && after_an_ampersand(k)) continue;  // "Heckler & Koch": the run took it after a foreign word
        // "The Hindu", "The Straits Times": an English article before a foreign word.
        if (k == begin && word.key == "the" && word.letter_case == WordCase::capital && k + 1 < end && !words_[k + 1].syllable) continue;
        if (word.syllable) return false;
    }
    return true;
}

bool CuedNames::after_full_stop(std::size_t pos) const {
    if (pos == 0 || !words_[pos].capitalised()) return false;
    std::string_view gap = text_.between(pos);
    return gap.find_first_of(" \t") != std::string_view::npos && gap.find_first_of(".!?") != std::string_view::npos;
}

bool CuedNames::after_an_ampersand(std::size_t k) const { return k > 0 && text_.between(k) == " & "; }

bool CuedNames::ends_source(std::size_t end) const {
    return ends_line(end) || text_.gap_before(end) == "/";
}

bool CuedNames::ends_line(std::size_t end) const {
    if (end >= words_.size()) return true;
    return text_.between(end).find('\n') != std::string_view::npos;
}

}  // namespace vnsearch::indexer
