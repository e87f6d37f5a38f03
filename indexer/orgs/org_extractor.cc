// Finds organization names in Vietnamese text. A name starts at a capitalised head word ("Sở",
// "Ủy ban nhân dân") or known name, and grows while the next words identify it: capitalised words,
// data phrases, a unit with its place ("quận Đống Đa"), a parent body ("... Thành ủy"). It ends at
// lower-case words, punctuation or a person's name, and a head without what identifies it is dropped.
#include "orgs/org_extractor.h"

#include <algorithm>
#include <array>
#include <optional>
#include <unordered_map>
#include <unordered_set>

#include "orgs/coordinated_names.h"
#include "orgs/cued_names.h"
#include "orgs/listed_names.h"
#include "orgs/platform_companies.h"
#include "orgs/source_lines.h"
#include "orgs/org_mentions.h"
#include "orgs/place_index.h"
#include "orgs/bare_clubs.h"
#include "orgs/score_lines.h"
#include "orgs/video_credits.h"
#include "orgs/written_names.h"

#include "vnsearch/schema/analyzer.h"
#include "vnsearch/schema/text.h"

namespace vnsearch::indexer {
namespace {

// A place or block phrase is matched too, so that no name starts inside it ("Tây Ban Nha").
const OrgRoles kStartRoles = {OrgRole::head, OrgRole::body, OrgRole::known, OrgRole::block, OrgRole::place};
const OrgRoles kTypeRoles = {OrgRole::head, OrgRole::body};
const OrgRoles kGrowRoles = {OrgRole::head, OrgRole::body,  OrgRole::known, OrgRole::part,
                             OrgRole::unit, OrgRole::place, OrgRole::block};
// Data phrases that end a run of plain capitalised words. A one-word place does not: it is as
// often part of a longer name ("Tôn Đức Thắng").
const OrgRoles kRunStops = {OrgRole::head, OrgRole::body, OrgRole::known, OrgRole::part, OrgRole::unit, OrgRole::block};
const OrgRoles kUnit = {OrgRole::unit};
// Words that start what follows a name, never a name's own word: "Ảnh", "Theo", "báo".
const OrgRoles kNotInNames = {OrgRole::credit, OrgRole::descriptor, OrgRole::foreign};
const OrgRoles kPlace = {OrgRole::place};

constexpr std::size_t kMaxRun = 6;             // capitalised words taken in one go
constexpr std::size_t kMaxPersonWords = 4;     // "Nguyễn Thị Minh Khai"
constexpr std::size_t kMinPlacePersonWords = 3;  // a place after a unit is two words, a person three
constexpr std::size_t kMaxNumberBytes = 3;     // "Bệnh viện 108", not "Ban Tổ chức 2020"
constexpr std::size_t kMaxSentenceCaseWords = 10;  // "thí nghiệm và ứng dụng khoa học công nghệ"
// The scopes that end a national body's name: "Viện Vệ sinh dịch tễ Trung ương", "Học viện Chính trị quốc gia".
constexpr std::array<std::string_view, 2> kScopes = {"quốc gia", "trung ương"};
// A name in lower case may also end in "quốc tế" ("Ủy ban Chữ thập đỏ quốc tế"), and before punctuation in
// "thế giới" ("Tổ chức Sở hữu trí tuệ thế giới (WIPO)"; before other words that is as often the sentence's
// world: "Theo Ban Kinh tế T.Ư thế giới hiện có ...").
constexpr std::array<std::string_view, 4> kLowerCaseScopes = {kScopes[0], kScopes[1], "quốc tế", "thế giới"};
constexpr std::string_view kWorldScope = "thế giới";
// Words that make a scope after them an adjective: "đa quốc gia", "đội tuyển quốc gia", "vô địch quốc gia",
// "giàu nhất thế giới", "hàng đầu thế giới", "nổi tiếng thế giới".
constexpr std::array<std::string_view, 6> kAdjectival = {"đa", "tuyển", "địch", "nhất", "đầu", "tiếng"};
constexpr std::size_t kNone = static_cast<std::size_t>(-1);

// Whether `word` is one of the space-separated words of `name` ("Inter" of "Inter Milan").
bool has_word(std::string_view name, std::string_view word) {
    for (std::size_t at = name.find(word); at != std::string_view::npos; at = name.find(word, at + 1)) {
        std::size_t end = at + word.size();
        if ((at == 0 || name[at - 1] == ' ') && (end == name.size() || name[end] == ' ')) return true;
    }
    return false;
}

// A ticker's shape: three capitals ("FPT", "VCB").
bool ticker_shaped(const OrgWord& word) {
    constexpr std::size_t kTickerBytes = 3;
    return word.letter_case == WordCase::upper && word.end - word.begin == kTickerBytes;
}

// A market report's words near words[k] ("mã", "cổ phiếu", "tăng", "giảm"): a list of acronyms elsewhere is
// of bodies ("18 cơ quan Liên Hợp Quốc: FAO, ILO, IOM, ITC") or outlets ("CNN, ABC, NBC").
bool says_the_market(const OrgText& text, std::size_t k) {
    static constexpr std::array<std::string_view, 5> kMarketWords = {"mã", "phiếu", "tăng", "giảm", "sàn"};
    constexpr std::size_t kReach = 20;  // words either side
    const auto& words = text.words();
    std::size_t from = k > kReach ? k - kReach : 0, to = std::min(words.size(), k + kReach);
    for (std::size_t j = from; j < to; ++j) {
        if (std::find(kMarketWords.begin(), kMarketWords.end(), words[j].key) != kMarketWords.end()) return true;
    }
    return false;
}

template <std::size_t N>
bool one_of(const std::string& keys, const std::array<std::string_view, N>& choices) {
    return std::find(choices.begin(), choices.end(), keys) != choices.end();
}

// What the name took last: decides what may follow. A `part` is a data phrase written like a word
// of the name ("Giáo dục", "Kinh tế"), a `place` a place or country alone; any other data phrase (a
// body, a unit with its place) is a `phrase`.
enum class Last { head, known, unit, single_word, run, second_syllable, lower_part, part, place, phrase };

// A school's kind written without "Trường" ("THCS", "THPT chuyên"), which heads a school's name alone.
bool is_bare_school_kind(std::string_view keys) {
    return keys == "trung học cơ sở" || keys == "trung học phổ thông" || keys == "trung học phổ thông chuyên";
}

// Whether the name at words[begin] starts with a school's kind alone: "THCS Nghĩa Tân" is "Trường THCS Nghĩa Tân".
bool starts_with_bare_school_kind(const OrgText& text, std::size_t begin) {
    constexpr std::size_t kKindWords = 4;  // "trung học phổ thông"
    const auto& words = text.words();
    if (words[begin].key != "trung") return false;  // the cheap test first: every name comes here
    std::size_t end = std::min(begin + kKindWords, words.size());
    return is_bare_school_kind(text.keys(begin, std::min(begin + 3, end))) || is_bare_school_kind(text.keys(begin, end));
}

// A word that makes the head after it stand for many bodies: "các", "những", "hai"...
bool many_before(const std::vector<OrgWord>& words, std::size_t start) {
    static const std::array<std::string_view, 10> kMany = {"các", "những", "nhiều", "mọi", "mỗi", "vài", "mấy", "hai", "ba", "bốn"};
    if (start == 0 || words[start].gap != WordGap::space) return false;
    const OrgWord& previous = words[start - 1];
    // "hai trường", "10 phường"; but a class's number is no count ("học sinh lớp 9 trường THCS Dịch Vọng").
    if (previous.letter_case == WordCase::number) {
        return start < 2 || words[start - 1].gap != WordGap::space || (words[start - 2].key != "lớp" && words[start - 2].key != "khối");
    }
    return std::find(kMany.begin(), kMany.end(), previous.key) != kMany.end();
}

// Words [begin, end) name every province's body, not one: "các Sở Y tế", "Sở Y tế các tỉnh".
bool means_every_province(const std::vector<OrgWord>& words, std::size_t begin, std::size_t end) {
    static const std::array<std::string_view, 4> kEvery = {"các", "những", "mọi", "mỗi"};
    bool every_after = end < words.size() && words[end].gap == WordGap::space &&
                       std::find(kEvery.begin(), kEvery.end(), words[end].key) != kEvery.end();
    return many_before(words, begin) || every_after;
}

// A unit after the one ending at `end`, past a comma: "tỉnh, thành phố" means every one of them.
bool another_unit_listed(const OrgCatalog& catalog, const OrgText& text, std::size_t end) {
    const auto& words = text.words();
    return end < words.size() && words[end].gap == WordGap::punct &&
           catalog.match(text, end, words.size(), {OrgRole::unit}, true).has_value();
}

// A name whose first words are written twice, once: "Bệnh viện Bệnh viện Phổi Đà Nẵng" (a typo), "Hải quân
// Anh Hải quân Anh" (baomoi runs a related story's headline into the next sentence). Two words or more:
// one word twice is a name's own ("Phòng Phòng ngừa ...", "FourFourTwo" as "Four Four Two").
std::string without_repeated_start(std::string name) {
    std::vector<std::string_view> words = schema::split_spaces(name);
    for (std::size_t count = words.size() / 2; count >= 2; --count) {
        if (std::equal(words.begin(), words.begin() + count, words.begin() + count)) {
            return name.substr(static_cast<std::size_t>(words[count].data() - name.data()));
        }
    }
    return name;
}

// Words [begin, end) of the text, without the bracketed abbreviation [skip, skip_end) if there is one
// ("Trung tâm Kiểm soát bệnh tật (CDC) tỉnh Hà Nam"); an empty span when no name starts at a word,
// with where to look next.
struct NameSpan {
    std::size_t begin = 0;
    std::size_t end = 0;
    std::size_t skip = kNone;
    std::size_t next = 0;
    std::size_t bare_unit = kNone;  // start of a unit ending the name without its place ("UBND tỉnh")
    std::vector<std::size_t> joins = {};  // words a chain's dash stood before, spelled after a space
    std::size_t skip_end = kNone;
};

// Reads one organization name from a position of an analysed text.
class NameParser {
public:
    NameParser(const OrgCatalog& catalog, const OrgText& text)
        : catalog_(catalog), text_(text), words_(text.words()), size_(words_.size()) {}

    // The name that starts at words[start]; an empty span when none does.
    NameSpan parse(std::size_t start) {
        if (auto body = after_standing_deputys_title(start)) return NameSpan{start, start, kNone, *body};
        if (auto field_end = named_by_its_heads_title(start)) {
            // "Trưởng phòng GD&ĐT TP. Quảng Ngãi": the title's "phòng" is the department's head.
            NameSpan department = parse_from(start, start - 1, OrgMatch{start, {OrgRole::head}});
            if (department.end > *field_end && of_a_place_or_state_body(*field_end) && !cut_short(department.end)) {
                return department;
            }
        }
        if (board_named_by_its_heads_title(start)) {
            // "Trưởng ban Tuyên giáo Trung ương": the title's "ban" is the board's head.
            NameSpan board = parse_from(start, start - 1, OrgMatch{start, {OrgRole::head}});
            if (of_a_committee(start, board.end) && !cut_short(board.end)) return board;
        }
        NameSpan span = parse_by_head(start);
        if (span.end > span.begin || !after_its_own_title(start)) return span;
        NameSpan department = parse_from(start, start, OrgMatch{start + 1, {OrgRole::head}});
        return department.end > department.begin && !cut_short(department.end) ? department : span;
    }

private:
    // "Phó trưởng ban Thường trực Ban Tổ chức Trung ương", "Phó Trưởng Ban thường trực Ban Chỉ đạo", "Phó
    // Bí thư Thường trực Tỉnh ủy": after a deputy's title, "thường trực" (standing) is the title's word,
    // not a standing committee. Where the body after it starts, or nullopt.
    std::optional<std::size_t> after_standing_deputys_title(std::size_t start) const {
        std::size_t standing = start;
        // The title's own "Ban" ("Phó trưởng Ban thường trực").
        if (words_[start].key == "ban" && start > 0 && words_[start].gap == WordGap::space &&
            (words_[start - 1].key == "trưởng" || words_[start - 1].key == "phó")) {
            ++standing;
        }
        constexpr std::size_t kTitleWords = 3;  // "Phó Chủ tịch", "Phó trưởng ban"
        if (standing + 2 >= size_ || text_.keys(standing, standing + 2) != "thường trực" ||
            words_[standing + 2].gap != WordGap::space || !words_[standing + 2].capitalised()) {
            return std::nullopt;
        }
        for (std::size_t k = start; k > 0 && start - k < kTitleWords; --k) {
            if (words_[k].gap != WordGap::space) return std::nullopt;
            if (words_[k - 1].key == "phó") return standing + 2;
        }
        return std::nullopt;
    }

    NameSpan parse_by_head(std::size_t start) {
        NameSpan none{start, start, kNone, start + 1};
        if (words_[start].letter_case == WordCase::lower) return parse_lower_case(start);
        if (!words_[start].capitalised() || follows_unit(start) || follows_surname(start)) return none;
        if (auto club = club_before_fc(start)) return *club;
        auto head = catalog_.match(text_, start, size_, kStartRoles);
        if (!head) {
            if (auto end = firm_suffix_end(start)) return NameSpan{start, *end, kNone, *end};
            return none;
        }
        if (head->roles.has(OrgRole::block) ||
            !(head->roles.has(OrgRole::head) || head->roles.has(OrgRole::body) || head->roles.has(OrgRole::known))) {
            none.next = head->end;
            return none;
        }
        if (agency_of_the_police(start, head->end) || names_no_school(start, head->end) || no_government(start, head->end)) {
            none.next = head->end;
            return none;
        }
        // "xe Lexus" is a car; "vắc xin Bộ Y tế cấp" the ministry's (a brand starts with no head word).
        bool brand = head->roles.has(OrgRole::known) && !catalog_.match(text_, start, size_, kTypeRoles);
        if (brand && after_product_word(start)) {
            none.next = head->end;
            return none;
        }
        std::size_t begin = start;
        // "trường ĐH Việt Nhật": a lower-case type word before the head belongs to it.
        if (start > 0 && words_[start].gap == WordGap::space && words_[start - 1].letter_case == WordCase::lower) {
            auto wider = catalog_.match(text_, start - 1, size_, kTypeRoles, true);
            if (wider && wider->end >= head->end) {
                begin = start - 1;
                head = wider;
            } else if (wider && wider->end == start && heads_in_lower_case(start - 1) && !head->roles.has(OrgRole::known)) {
                begin = start - 1;  // "phòng Cảnh sát kinh tế Công an tỉnh Quảng Nam"
            }
        }
        return parse_from(start, begin, *head);
    }

    // A school's kind alone ("THPT") names a school only when a school's own name follows: not the national
    // exam ("kỳ thi THPT Quốc gia", "thi THPT QG"), a count ("THPT 66 điểm"), a lower-case word ("THPT công
    // lập"), another body ("THPT Bộ GD-ĐT") or a province or country alone ("học sinh THPT Hà Nội"); "số" and
    // its number may ("THPT số 1").
    bool names_no_school(std::size_t start, std::size_t head_end) const {
        if (!is_bare_school_kind(text_.keys(start, head_end))) return false;
        if (head_end >= size_ || words_[head_end].gap != WordGap::space || after_another_school_word(start)) return true;
        const OrgWord& next = words_[head_end];
        if (next.key == "số" && short_number_at(head_end + 1)) return false;
        if (!next.capitalised() || next.key == "qg" || text_.keys(head_end, std::min(head_end + 2, size_)) == "quốc gia") {
            return true;
        }
        if (catalog_.match(text_, head_end, size_, {OrgRole::head, OrgRole::body, OrgRole::known})) return true;
        auto place = catalog_.match(text_, head_end, size_, {OrgRole::province, OrgRole::country});
        return place && (place->end >= size_ || words_[place->end].gap == WordGap::punct ||
                         words_[place->end].gap == WordGap::brk || words_[place->end].letter_case == WordCase::lower);
    }

    // "hai trường THCS Dịch Vọng và Đống Đa": the "trường" before a school's kind decides whether it names a
    // school; "TH-THCS Nguyễn Du", "Tiểu học và THCS An Thới 2": a school of two levels, not one.
    bool after_another_school_word(std::size_t start) const {
        if (start == 0) return false;
        if (words_[start].gap == WordGap::space && words_[start - 1].key == "trường") return true;
        std::size_t before = start;
        if (words_[start].gap == WordGap::space && words_[start - 1].key == "và") --before;
        if (before == 0 || (before == start && words_[start].gap != WordGap::dash)) return false;
        std::string_view last = words_[before - 1].key;
        return last == "học" || last == "sở" || last == "thông" || last == "th";
    }

    // "trái phiếu Chính phủ" (bonds), "tổ chức phi Chính phủ" (an NGO), "Chính phủ điện tử", "Chính phủ số" (a
    // way of governing): "Chính phủ" names no government there.
    bool no_government(std::size_t start, std::size_t head_end) const {
        static constexpr std::array<std::string_view, 4> kConcepts = {"điện tử", "số", "hành động", "kiến tạo"};
        if (text_.keys(start, head_end) != "chính phủ") return false;
        bool bonds = start >= 2 && words_[start].gap == WordGap::space && text_.keys(start - 2, start) == "trái phiếu";
        bool non = start >= 1 && words_[start].gap == WordGap::space && words_[start - 1].key == "phi";
        if (bonds || non) return true;
        if (head_end >= size_ || words_[head_end].gap != WordGap::space || words_[head_end].letter_case != WordCase::lower) return false;
        return one_of(text_.keys(head_end, std::min(head_end + 1, size_)), kConcepts) ||
               one_of(text_.keys(head_end, std::min(head_end + 2, size_)), kConcepts);
    }

    // A name from its head phrase at words[begin].
    NameSpan parse_from(std::size_t start, std::size_t begin, const OrgMatch& head_match) {
        const OrgMatch* head = &head_match;
        bool known = head->roles.has(OrgRole::known);
        bool complete = known || head->roles.has(OrgRole::body);
        pos_ = satisfied_ = start_ = begin;
        skip_ = skip_end_ = bare_unit_ = bare_unit_end_ = province_end_ = kNone;
        take(head->end, complete, known ? Last::known : complete ? Last::phrase : Last::head);
        head_end_ = head->end;
        head_only_ = !complete;
        while (pos_ < size_ && grow()) {
        }
        NameSpan span{begin, satisfied_, kNone, std::max(satisfied_, start + 1)};
        if (skip_ < satisfied_) {
            span.skip = skip_;
            span.skip_end = skip_end_;
        }
        if (bare_unit_end_ == satisfied_) span.bare_unit = bare_unit_;
        if (is_byline(span)) span.end = span.begin;
        if (span.end == span.begin && head_only_ && head_end_ < size_) {
            // "Cơ quan Cảnh sát điều tra - Công an quận Hoàng Mai": a head that names no body alone names one
            // with the parent its dash joins.
            NameSpan chain = with_parent(NameSpan{begin, head_end_, kNone, head_end_});
            if (chain.end > head_end_) return chain;
        }
        return span.end > span.begin && span.bare_unit == kNone ? with_parent(std::move(span)) : span;
    }

    // A body of a higher [chain] level than the name from words[begin] starts at words[j].
    bool parent_at(std::size_t begin, std::size_t j) const {
        auto level = catalog_.chain_level(text_.keys(begin, j));
        auto parent_head = catalog_.match(text_, j, size_, kStartRoles);
        if (!level || !parent_head || parent_head->roles.has(OrgRole::block)) return false;
        auto parent_level = catalog_.chain_level(text_.keys(j, parent_head->end));
        return parent_level && *parent_level > *level;
    }

    // "Cục Quản lý Khám chữa bệnh - Bộ Y tế", "Đội CSGT số 14 – Phòng CSGT – Công an TP Hà Nội": a body
    // and the one above it ([chain] levels) joined by a dash are one chain, named by its longest span as
    // the guidelines write chains ("Cục Quản lý Khám chữa bệnh Bộ Y tế"); peers stay two ("Bộ Y tế - Bộ
    // Công an"), and so does a headline's dash.
    NameSpan with_parent(NameSpan span) {
        std::size_t dash = span.end;
        if (dash >= size_ || words_[dash].gap != WordGap::dash || words_[dash].caps_line || !words_[dash].capitalised()) {
            return span;
        }
        if (!parent_at(span.begin, dash)) return span;
        NameSpan parent = parse(dash);
        if (parent.begin != dash || parent.end <= parent.begin) return span;
        NameSpan chain = std::move(parent);
        chain.begin = span.begin;
        if (span.skip != kNone) {
            chain.skip = span.skip;
            chain.skip_end = span.skip_end;
        }
        chain.joins.insert(chain.joins.begin(), dash);
        chain.joins.insert(chain.joins.begin(), span.joins.begin(), span.joins.end());
        return chain;
    }

    // "bệnh viện Bạch Mai", "công an tỉnh Hòa Bình": a head written in lower case starts a name when
    // what identifies it follows, but not one of many ("các bệnh viện Hà Nội").
    NameSpan parse_lower_case(std::size_t start) {
        NameSpan none{start, start, kNone, start + 1};
        auto lower = catalog_.match(text_, start, size_, {OrgRole::lowercase}, true);
        if (!lower || lower->end >= size_ || words_[start].caps_line || counts_many(start)) return none;
        // "viện" in "bệnh viện", "sở" in "cơ sở": a one-word head stands after a boundary, a small word or a
        // title ("Giám đốc sở Xây dựng Hà Nội", "Trưởng phòng Quản lý thi").
        bool after_boundary = start == 0 || words_[start].gap != WordGap::space ||
                              catalog_.is_stop_word(words_[start - 1].key) || after_an_office(start);
        bool party_after_a_word = !after_boundary && party_head_at(start);
        if (lower->end == start + 1 && !after_boundary && !party_after_a_word) return none;
        const OrgWord& next = words_[lower->end];
        bool identified = next.gap == WordGap::space && !next.caps_line &&
                          ((next.capitalised() && !catalog_.is_stop_word(next.key)) ||
                           (catalog_.match(text_, lower->end, size_, kUnit, true) && lower->end + 1 < size_ &&
                            words_[lower->end + 1].gap == WordGap::space &&
                            (words_[lower->end + 1].capitalised() || words_[lower->end + 1].letter_case == WordCase::number)));
        auto head = catalog_.match(text_, start, size_, kTypeRoles, true);
        if (!identified || !head || head->end != lower->end) return none;
        if (party_after_a_word && !named_like_a_party(lower->end)) return none;
        // "trường THPT chuyên Hà Nội - Amsterdam": a known name that starts with the head in lower case.
        auto known = catalog_.match(text_, start, size_, {OrgRole::known}, true);
        if (known && known->end > head->end && words_[head->end].capitalised()) return parse_from(start, start, *known);
        NameSpan span = parse_from(start, start, *head);
        if (span.end <= head->end) return NameSpan{start, start, kNone, std::max(span.next, start + 1)};
        return span;
    }

    // "nghị sĩ đảng Cộng hòa", "thành viên đảng Dân chủ": "đảng" ends no word but "chính đảng" (any party)
    // and "băng đảng" (a gang), so it heads a party's name after any word.
    bool party_head_at(std::size_t start) const {
        static constexpr std::array<std::string_view, 4> kCompounds = {"chính", "đồng", "bè", "băng"};
        return words_[start].key == "đảng" && !one_of(text_.keys(start - 1, start), kCompounds);
    }

    // After "đảng" in lower case a party is named in Vietnamese words or initials ("đảng Dân chủ", "đảng
    // CPP"), not by a foreign name, which is its leader ("lãnh đạo đảng Jeremy Corbyn"), nor by its country
    // alone ("hai đảng Mỹ"; but "đảng Hàn Quốc Tự do").
    bool named_like_a_party(std::size_t at) const {
        const OrgWord& first = words_[at];
        if (!first.syllable && first.letter_case != WordCase::upper) return false;
        auto country = catalog_.match(text_, at, size_, kPlace);
        if (!country) return true;
        return country->end < size_ && words_[country->end].gap == WordGap::space && words_[country->end].capitalised();
    }

    // "phòng", "đội", "cục", "ban" written in lower case before the capitalised body it is a
    // department of ("phòng CSGT Công an tỉnh", "đội Cảnh sát giao thông"), after a boundary or a
    // small word ("của phòng", not "văn phòng").
    bool heads_in_lower_case(std::size_t j) const {
        static const std::array<std::string_view, 4> kDepartments = {"phòng", "đội", "cục", "ban"};
        bool free_standing = j == 0 || words_[j].gap != WordGap::space || catalog_.is_stop_word(words_[j - 1].key);
        return free_standing && !counts_many(j) &&
               std::find(kDepartments.begin(), kDepartments.end(), words_[j].key) != kDepartments.end();
    }

    // A word for an item right before words[start] ("xe", "điện thoại", "vắc xin": [product]): a maker's
    // name there names the product. Not after a firm's word or "sản xuất": "hãng xe Ford", "Công ty ôtô
    // Toyota Việt Nam", "hãng sản xuất ô tô Volkswagen" name the firm.
    bool after_product_word(std::size_t start) const {
        constexpr std::size_t kMaxProductWords = 4;  // "xe ô tô hiệu"
        // The longest product word: "sản xuất xe ôtô Hyundai" is the firm's trade, not "ôtô Hyundai".
        std::size_t joined = 0;  // words before start joined to it by spaces alone
        while (joined < kMaxProductWords && joined < start && words_[start - joined].gap == WordGap::space) ++joined;
        for (std::size_t back = joined; back >= 1; --back) {
            std::size_t from = start - back;
            if (!catalog_.is_product(text_.keys(from, start))) continue;
            return from == 0 || (words_[from - 1].key != "xuất" && !firm_word_ends_at(from));
        }
        return false;
    }

    // A firm's word ([foreign]: "hãng", "công ty", "tập đoàn") ends right before words[j].
    bool firm_word_ends_at(std::size_t j) const {
        constexpr std::size_t kMaxFirmWords = 3;  // "hãng hàng không"
        for (std::size_t back = 1; back <= kMaxFirmWords && back <= j; ++back) {
            auto firm = catalog_.match(text_, j - back, j, {OrgRole::foreign}, true);
            if (firm && firm->end == j) return true;
        }
        return false;
    }

    // "Cơ quan Công an thành phố Lào Cai" is the city's police: "cơ quan" is the word "agency" there
    // (not in "Cơ quan Cảnh sát điều tra", a head of its own). Words [start, head_end) are the head.
    bool agency_of_the_police(std::size_t start, std::size_t head_end) const {
        return head_end < size_ && words_[head_end].gap == WordGap::space && text_.keys(start, head_end) == "cơ quan" &&
               text_.keys(head_end, head_end + 2) == "công an";
    }

    // "Đại sứ quán Việt Nam tại Nhật Bản", "Văn phòng đại diện ... tại Hà Nội": a mission is named
    // by where it sits as well as by whom it stands for.
    bool names_a_mission() const {
        static constexpr std::array<std::string_view, 4> kMissions = {"đại sứ quán", "tổng lãnh sự quán", "lãnh sự quán",
                                                                      "văn phòng đại diện"};
        constexpr std::size_t kChamberWords = 3;  // "Phòng Thương mại Mỹ tại Việt Nam" (AmCham)
        return one_of(text_.keys(start_, head_end_), kMissions) ||
               (pos_ > start_ + kChamberWords && text_.keys(start_, start_ + kChamberWords) == "phòng thương mại");
    }

    // The place after "tại" or "ở" that ends a mission's name ("Đại sứ quán Ecuador ở London"), or nullopt.
    std::optional<std::size_t> mission_seat() const {
        const OrgWord& word = words_[pos_];
        if ((word.key != "tại" && word.key != "ở") || word.gap != WordGap::space || needs_identifier_ || pos_ + 1 >= size_ ||
            words_[pos_ + 1].gap != WordGap::space || !words_[pos_ + 1].capitalised() || !names_a_mission()) {
            return std::nullopt;
        }
        if (auto place = catalog_.match(text_, pos_ + 1, size_, kPlace)) return place->end;
        // A foreign city the data does not list ("Đại sứ quán Mỹ tại Baghdad"): its capitalised words up to
        // the clause's end, no person's.
        constexpr std::size_t kMaxCityWords = 3;
        std::size_t run = run_end(pos_ + 1);
        // Not a word cut from its second syllable or parts ("Cộng hòa Séc", "Thủ đô", "Mát-xcơ-va").
        const bool clause_ends =
            run >= size_ || (words_[run].gap != WordGap::space && words_[run].gap != WordGap::dash) ||
            (words_[run].gap == WordGap::space && words_[run].letter_case == WordCase::lower &&
             (catalog_.is_stop_word(words_[run].key) || is_predicate(words_[run].key)));
        if (run == pos_ + 1 || run - pos_ - 1 > kMaxCityWords || !clause_ends || catalog_.is_stop_word(words_[pos_ + 1].key) ||
            person_start(pos_ + 1, run, false, false)) {
            return std::nullopt;
        }
        return run;
    }

    // The name read so far is "Quốc hội" or "Chính phủ", which no province or district has.
    bool names_a_national_body() const {
        static constexpr std::array<std::string_view, 2> kNational = {"quốc hội", "chính phủ"};
        return pos_ == head_end_ && one_of(text_.keys(start_, head_end_), kNational);
    }

    // A person's name at pos_, after a one-word known name: a Vietnamese one, or a foreign one when
    // a title comes before the name ("CEO Apple Tim Cook").
    bool person_after_brand() const {
        std::size_t run = run_end(pos_);
        return person_start(pos_, run, false, true).has_value() || (titled(start_) && foreign_person(pos_, run));
    }

    // "Vụ trưởng Vụ Thanh toán", "Phó Vụ trưởng Vụ Hợp tác quốc tế": after its head's own title, "Vụ" (also
    // "a case", "a crop") heads a ministry's department, named with or without the ministry.
    bool after_its_own_title(std::size_t start) const {
        if (words_[start].key != "vụ" || words_[start].letter_case != WordCase::capital || start < 2 ||
            words_[start].gap != WordGap::space || start + 1 >= size_ || !words_[start + 1].capitalised()) {
            return false;
        }
        std::string title = text_.keys(start - 2, start);
        return (title == "vụ trưởng" || title == "vụ phó") && words_[start - 1].gap == WordGap::space;
    }

    // words[pos], after a dash with a space beside it, is an acronym that ends the sentence's name.
    bool own_abbreviation_at(std::size_t pos) const {
        std::string_view gap = text_.between(pos);
        if (gap.find_first_of(" \t") == std::string_view::npos || words_[pos - 1].letter_case == WordCase::upper ||
            text_.one_letter(pos)) {  // the "Y" of "Bộ Lao động - Y tế - Phúc lợi"
            return false;  // "Công ty TNHH TM - DV - XNK": abbreviated words of the name
        }
        return pos + 1 >= size_ || words_[pos + 1].gap != WordGap::space || !words_[pos + 1].capitalised();
    }

    // "Hà Nội FC", "Gangwon FC", "Sài Gòn FC": one to three capitalised words before "FC" name a football
    // club, a place's name or not (a known club keeps its own name: "Chelsea FC" is Chelsea).
    std::optional<NameSpan> club_before_fc(std::size_t start) const {
        constexpr std::size_t kMaxWords = 3;
        // Its first word written "Hà", not "HLV", "CĐV", "U21" (a coach's, the fans', an age group's).
        if (words_[start].letter_case != WordCase::capital || words_[start].caps_line ||
            catalog_.is_stop_word(words_[start].key) || !starts_a_run(start)) {
            return std::nullopt;
        }
        for (std::size_t k = start + 1; k < size_ && k - start <= kMaxWords; ++k) {
            const OrgWord& word = words_[k];
            if (word.gap != WordGap::space || word.caps_line) return std::nullopt;
            if (word.key == "fc" && word.letter_case == WordCase::upper) {
                auto known = catalog_.match(text_, start, k, {OrgRole::known});
                std::size_t end = known && known->end == k ? k : k + 1;
                return NameSpan{start, end, kNone, k + 1};
            }
            if (!word.capitalised()) return std::nullopt;
        }
        return std::nullopt;
    }

    // "Jiangsu Shagang Group", "Tesla Inc": a firm named in English needs no head word before it; its
    // capitalised words without marks (two to five, from the first of their run) end in a [suffix] word
    // that no capitalised word but a place follows ("Tokyo Motor Show" is an event). Returns where it ends.
    std::optional<std::size_t> firm_suffix_end(std::size_t start) const {
        constexpr std::size_t kMaxWords = 5;  // "Sumitomo Mitsui Banking Corporation"
        auto unmarked_capital = [&](std::size_t k) {
            const OrgWord& word = words_[k];
            return word.capitalised() && !word.caps_line && word.alias == 0 &&
                   std::all_of(word.key.begin(), word.key.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
        };
        if (!unmarked_capital(start) || catalog_.is_stop_word(words_[start].key) || is_executive(words_[start].key) ||
            !starts_a_run(start)) {
            return std::nullopt;
        }
        for (std::size_t k = start + 1; k < size_ && k - start < kMaxWords; ++k) {
            if (words_[k].gap != WordGap::space || !unmarked_capital(k)) return std::nullopt;
            if (!catalog_.is_firm_suffix(words_[k].key)) continue;
            bool goes_on = k + 1 < size_ && words_[k + 1].gap == WordGap::space && words_[k + 1].capitalised() &&
                           !catalog_.match(text_, k + 1, size_, {OrgRole::place});  // "... Group Trung Quốc"
            return goes_on ? std::nullopt : std::optional<std::size_t>(k + 1);
        }
        return std::nullopt;
    }

    // "Viện Vệ sinh dịch tễ Trung ương và báo cáo Bộ Y tế", "Cơ quan Tình báo Quốc gia và Chánh Văn phòng":
    // a name ending in its scope is complete, and "và" after it joins the sentence's next part.
    bool and_after_scope() const {
        return words_[pos_].key == "và" && words_[pos_].gap == WordGap::space && pos_ >= start_ + 3 &&
               one_of(text_.keys(pos_ - 2, pos_), kScopes);
    }

    // words[start] is the first word of a name, not the middle of another's: no capitalised or foreign
    // word before it but a person's title ("Tân Long Group", "iiMedia Research Group", "CEO Dell
    // Technologies"), no word it is stuck to ("T&T Group"), and not a translation in brackets
    // ("Công ty TNHH Hàng không Tre Việt (Viet Bamboo Airlines)").
    bool starts_a_run(std::size_t start) const {
        if (start == 0) return true;
        const OrgWord& before = words_[start - 1];
        std::string_view gap = text_.between(start);
        if (gap.find_first_of(" \t\n") == std::string_view::npos) return false;
        if (gap.find_first_of("(&/") != std::string_view::npos) return false;
        if (words_[start].gap != WordGap::space || !(before.capitalised() || !before.syllable)) return true;
        if (is_executive(before.key)) return true;
        auto title = catalog_.match(text_, start - 1, size_, {OrgRole::title}, true);
        return title && title->end == start;
    }

    // An executive's title in English ("CEO Dell Technologies"). Not in [title], which would also keep
    // "CEO tập đoàn công nghiệp General Electric" from naming its firm by its trade.
    static bool is_executive(std::string_view key) { return key == "ceo" || key == "coo" || key == "cfo" || key == "cto"; }

    // Where the capitalised [corporate] words from words[pos] end ("Life Insurance", "Display"); nullopt
    // when none starts there.
    std::optional<std::size_t> corporate_words_end(std::size_t pos) const {
        constexpr std::size_t kMaxWords = 3;  // "Heavy Industries", "Life Insurance"
        std::size_t end = pos;
        for (std::size_t k = pos; k < size_ && k - pos < kMaxWords; ++k) {
            if (words_[k].gap != WordGap::space || !words_[k].capitalised()) break;
            if (catalog_.is_corporate_word(words_[k].key)) end = k + 1;
            else break;
        }
        return end > pos ? std::optional<std::size_t>(end) : std::nullopt;
    }

    // Whether a competition's name from the data starts at words[pos], after an age group if any ("Cup",
    // "U20 World Cup", "Champions League": [competition]).
    bool competition_at(std::size_t pos) const {
        constexpr std::size_t kMaxWords = 3;  // "Club World Cup"
        if (pos < size_ && words_[pos].gap == WordGap::space && is_age_group(words_[pos].key)) ++pos;
        for (std::size_t end = pos + 1; end <= size_ && end - pos <= kMaxWords; ++end) {
            if (words_[end - 1].gap != WordGap::space || !words_[end - 1].capitalised()) return false;
            if (catalog_.is_competition(text_.keys(pos, end))) return true;
        }
        return false;
    }

    // "u20", "u23": a youth team's age group.
    static bool is_age_group(std::string_view key) {
        return key.size() >= 2 && key.size() <= 3 && key[0] == 'u' &&
               std::all_of(key.begin() + 1, key.end(), [](char c) { return c >= '0' && c <= '9'; });
    }

    // "Trưởng phòng GD&ĐT", "Phó trưởng phòng Cảnh sát hình sự": a department's field from the data after
    // the title of its head names the department; returns where the field ends.
    std::optional<std::size_t> named_by_its_heads_title(std::size_t start) const {
        if (!after_heads_title(start, "trưởng phòng")) return std::nullopt;
        auto field = catalog_.match(text_, start, size_, {OrgRole::part, OrgRole::head});
        if (!field || !(field->roles.has(OrgRole::part) || text_.keys(start, start + 2) == "cảnh sát")) return std::nullopt;
        return field->end;
    }

    // "Trưởng Ban Kinh tế Trung ương - Trưởng Ban Chỉ đạo Tây Bắc", "Trường THPT Nguyễn Du - Trưởng điểm":
    // a person's title after a dash starts the next title, never a word of the name (but "Kinh tế - Luật",
    // "Dân số - Kế hoạch" go on: a document's kind is no person's title).
    bool person_title_at(std::size_t j) const {
        static constexpr std::array<std::string_view, 4> kTitles = {"chủ tịch", "bí thư", "giám đốc", "tiến sĩ"};
        return words_[j].key == "trưởng" || words_[j].key == "phó" || one_of(text_.keys(j, std::min(j + 2, size_)), kTitles);
    }

    // "Phó trưởng phòng", "Phó Giám đốc", "Phó Chủ tịch": a deputy's title, which no name holds, ends the
    // name before it even without a dash ("Trung tâm Nghiên cứu và Phát triển Nghiệp vụ Sư phạm Phó trưởng
    // phòng Đào tạo, Giảng viên ...": a list of one person's titles).
    bool deputys_title_at(std::size_t j) const {
        static constexpr std::array<std::string_view, 8> kTitles = {"trưởng", "giám", "chủ", "bí",
                                                                    "tổng", "viện", "cục", "hiệu"};
        return words_[j].key == "phó" && j + 1 < size_ && words_[j + 1].gap == WordGap::space &&
               std::find(kTitles.begin(), kTitles.end(), words_[j + 1].key) != kTitles.end();
    }

    // "Trưởng ban Tuyên giáo", "Phó trưởng ban Pháp chế": a capitalised word after the title of a board's
    // head written in lower case ("Phó trưởng ban Thường trực Ban Tổ chức Trung ương" is the title's
    // "Thường trực", not a board).
    bool board_named_by_its_heads_title(std::size_t start) const {
        return after_heads_title(start, "trưởng ban") && text_.keys(start, std::min(start + 2, size_)) != "thường trực";
    }

    // A capitalised word right after `title` ("trưởng phòng", "trưởng ban"), whose last word is the head of
    // the name that starts here.
    bool after_heads_title(std::size_t start, std::string_view title) const {
        return start >= 2 && words_[start].capitalised() && words_[start].gap == WordGap::space &&
               words_[start - 1].gap == WordGap::space && text_.keys(start - 2, start) == title;
    }

    // The words after a board's field name the committee or council it belongs to ("Trung ương", "Thành
    // ủy", "HĐND TP"): a company's board ("Trưởng ban Kiểm soát Công ty X") is none of the facet's.
    bool of_a_committee(std::size_t start, std::size_t end) const {
        static constexpr std::array<std::string_view, 7> kCommittees = {
            "trung ương", "thành ủy", "tỉnh ủy", "huyện ủy", "quận ủy", "đảng ủy", "thị ủy"};
        for (std::size_t j = start + 1; j + 2 <= end; ++j) {
            if (one_of(text_.keys(j, j + 2), kCommittees)) return true;
            if (j + 4 <= end && text_.keys(j, j + 4) == "hội đồng nhân dân") return true;
        }
        return false;
    }

    // The department's place or the state body it belongs to follows its field at words[j] ("quận Hai Bà
    // Trưng", "Công an tỉnh Nghệ An", "Sở ..."): without one it is every place's ("Phòng Cảnh sát hình sự"),
    // and a school's or a firm's office is part of it ("Phòng Đào tạo Trường ĐH ...").
    bool of_a_place_or_state_body(std::size_t j) const {
        static constexpr std::array<std::string_view, 4> kStateBodies = {"công an", "sở", "ủy ban", "cục"};
        if (j >= size_ || words_[j].gap != WordGap::space) return false;
        if (catalog_.match(text_, j, size_, {OrgRole::unit, OrgRole::place})) return true;
        for (std::string_view body : kStateBodies) {
            std::size_t words = static_cast<std::size_t>(std::count(body.begin(), body.end(), ' ')) + 1;
            if (text_.keys(j, std::min(j + words, size_)) == body) return true;
        }
        return false;
    }

    // A name that ends at punctuation, before a verb ("cho biết", "đề nghị") or before a person's name is
    // whole; before another word it was cut short ("Vụ Giáo dục" of "Vụ Giáo dục đại học" or "Vụ Giáo dục
    // ĐH", "Vụ Thiết" of "Vụ Thiết bị và Công trình Y tế", "Vụ Tài chính" of "Vụ Tài chính các ngân hàng").
    bool cut_short(std::size_t end) const {
        if (end >= size_ || words_[end].gap != WordGap::space) return false;
        const OrgWord& next = words_[end];
        if (next.letter_case == WordCase::lower) return !is_predicate(next.key);
        return !(next.capitalised() && catalog_.surname_rank(next.key).has_value());
    }

    // words[k] is a number of a few digits after a space: the "6" of "số 6", the "1" of "khu vực 1".
    bool short_number_at(std::size_t k) const {
        return k < size_ && words_[k].gap == WordGap::space && words_[k].letter_case == WordCase::number &&
               words_[k].end - words_[k].begin <= kMaxNumberBytes;
    }

    // "Trường Đại học Mở Hà Nội PGS.TS Nguyễn Mai Hương", "Công an quận Nam Từ Liêm Thượng úy ...": a
    // degree or a rank right after a complete name starts the person's name that follows it. Only these:
    // [title] also holds documents' kinds and credits, and "Giáo sư" ends no name ("Hội đồng Chức danh Giáo
    // sư Nhà nước").
    bool person_title_after_name() const {
        static constexpr std::array<std::string_view, 20> kDegreesAndRanks = {
            "gs", "pgs", "ts", "ths", "bs", "ls", "kts", "nsnd", "nsưt", "bác sĩ", "tiến sĩ", "thạc sĩ",
            "đại tá", "thượng tá", "trung tá", "thiếu tá", "đại úy", "thượng úy", "trung úy", "thiếu úy"};
        if (needs_identifier_ || satisfied_ != pos_ || words_[pos_].gap != WordGap::space) return false;
        auto title = catalog_.match(text_, pos_, size_, {OrgRole::title}, true);
        if (!title || !one_of(text_.keys(pos_, title->end), kDegreesAndRanks) || title->end >= size_) return false;
        // Another title joined to it ("PGS.TS", "TS-BS") or a surname follows; not "Công ty TNHH MTV Phát
        // triển GS Sài Gòn", a firm's own word.
        const OrgWord& next = words_[title->end];
        return next.gap == WordGap::punct || next.gap == WordGap::dash || catalog_.surname_rank(next.key).has_value();
    }

    // A title right before words[j]: "Giám đốc FBI", "CEO Apple".
    bool titled(std::size_t j) const { return words_[j].gap == WordGap::space && title_start(j).has_value(); }

    // Where the longest title that ends right before words[j] starts ("Phó Tổng Giám đốc").
    std::optional<std::size_t> title_start(std::size_t j) const {
        constexpr std::size_t kMaxTitleWords = 3;
        for (std::size_t from = j > kMaxTitleWords ? j - kMaxTitleWords : 0; from < j; ++from) {
            auto title = catalog_.match(text_, from, j, {OrgRole::title}, true);
            if (title && title->end == j) return from;
        }
        return std::nullopt;
    }

    // An office's title right before words[j]: "Giám đốc", "Phó Giám đốc", "Trưởng" (of "Trưởng phòng"), not
    // "anh" or "em" ("ngành Ngôn ngữ Anh trường FPT"), nor the first word of another title ("Phó cục Trưởng").
    bool after_an_office(std::size_t j) const {
        if (j + 1 < size_ && (words_[j + 1].key == "trưởng" || words_[j + 1].key == "phó")) return false;
        auto from = title_start(j);
        return from && (j - *from >= 2 || (words_[*from].letter_case == WordCase::capital && words_[*from].key == "trưởng"));
    }

    bool counts_many(std::size_t start) const { return many_before(words_, start); }

    // "Tỉnh ủy Yên Bái Sáng 8/2, Tỉnh ủy ...": a time of day before a number starts a sentence (here a
    // photo caption's, run into the lead without a full stop), whatever its case ("Tòa án Tối cao" goes on).
    bool daypart_before_date(std::size_t pos) const {
        for (std::size_t length = 1; length <= 2 && pos + length < size_; ++length) {  // "Sáng", "Rạng sáng"
            const OrgWord& next = words_[pos + length];
            if (next.gap != WordGap::space) return false;
            if (next.letter_case == WordCase::number) return catalog_.is_daypart(text_.keys(pos, pos + length));
        }
        return false;
    }

    // "xã Trường Hòa", "phường Bến Thành": after a unit word a head word is part of a place name.
    bool follows_unit(std::size_t start) const {
        if (words_[start].gap != WordGap::space) return false;
        for (std::size_t back = 1; back <= 2 && back <= start; ++back) {
            auto unit = catalog_.match(text_, start - back, start, kUnit);
            if (unit && unit->end == start) return true;
        }
        return false;
    }

    // "Nguyễn Trường Thịnh": a head word right after a family name is a given name.
    bool follows_surname(std::size_t start) const {
        return start > 0 && words_[start].gap == WordGap::space && words_[start - 1].capitalised() &&
               catalog_.surname_rank(words_[start - 1].key).has_value();
    }

    static Last last_taken(const OrgRoles& roles) {
        if (roles.has(OrgRole::known)) return Last::known;
        bool part_only = roles.has(OrgRole::part) && !roles.has(OrgRole::place) && !roles.has(OrgRole::body);
        if (part_only) return Last::part;
        bool place_only = roles.has(OrgRole::place) && !roles.has(OrgRole::part) && !roles.has(OrgRole::body);
        return place_only ? Last::place : Last::phrase;
    }

    // Takes words up to end. A piece that identifies the name makes it complete; a head word
    // (a parent body: "Ban Tổ chức" + "Thành ủy") needs its own identification again.
    void take(std::size_t end, bool identifies, Last last) {
        pos_ = end;
        needs_identifier_ = !identifies;
        last_ = last;
        if (identifies) satisfied_ = pos_;
    }

    // Takes the next piece of the name; false when the name ends.
    bool grow() {
        const OrgWord& word = words_[pos_];
        // The brackets of an abbreviation left out ("Bệnh viện (BV) Nhi Trung ương") break no name.
        if (word.gap == WordGap::brk && pos_ != skip_end_) return skip_bracketed_abbreviation();
        // "Trung Hiếu/VOV.VN", "Zing.vn": a known outlet written as its web address keeps it, as the
        // annotation conventions name it.
        if (last_ == Last::known && text_.web_suffix_at(pos_)) {
            take(pos_ + 1, true, Last::known);
            return false;
        }
        if (auto end = coordinated_end(pos_)) {
            take(*end, true, Last::second_syllable);
            return true;
        }
        if (daypart_before_date(pos_)) return false;
        if (and_after_scope()) return false;
        // "Cảnh sát PCCC Hà Nội": a part that starts with the head itself ("Cảnh sát phòng cháy, chữa cháy")
        // goes on through an abbreviation whose expansion starts with a capital that would start a name of
        // its own ("Phòng cháy, chữa cháy").
        if (last_ == Last::head && pos_ == head_end_ && word.gap == WordGap::space && word.alias != 0 &&
            words_[start_].alias == 0) {
            auto part = catalog_.match(text_, start_, size_, {OrgRole::part}, true);
            if (part && part->end > pos_) {
                take(part->end, false, Last::head);
                return true;
            }
        }
        bool dash = word.gap == WordGap::dash;
        if (dash && person_title_at(pos_)) return false;
        if (deputys_title_at(pos_)) return false;
        // "Phòng Cảnh sát kinh tế - Công an tỉnh X": a chain's dash ends the sub-unit; with_parent joins the parent.
        if (dash && !word.caps_line && !needs_identifier_ && word.capitalised() && parent_at(start_, pos_)) return false;
        bool after_plain_word = last_ == Last::single_word || last_ == Last::run || last_ == Last::second_syllable ||
                                last_ == Last::part || (last_ == Last::place && country_at(pos_));
        // "Đại học Kinh tế - Luật", "Sở Giáo dục - Đào tạo", "Ủy ban liên Chính phủ Việt Nam - Lào", but not "Bộ Y tế - Bộ Công an", "VOV - TP HCM"
        // nor "Sở Y tế - Ảnh: ...".
        if (word.gap == WordGap::punct || (dash && (word.caps_line || !after_plain_word))) return false;
        if (dash && cue_ends_name(pos_)) return false;
        if (auto end = subject_in_lower_case(); end && !dash) {
            take(*end, true, Last::part);
            return true;
        }
        if (auto found = catalog_.match(text_, pos_, size_, kGrowRoles)) {
            const OrgRoles& roles = found->roles;
            bool field_after_head = roles.has(OrgRole::part) && last_ == Last::head && pos_ == head_end_;
            if (roles.has(OrgRole::block) && !field_after_head) {
                return proper_name_block(pos_, found->end) && last_ != Last::known ? take_run(false) : false;
            }
            if (dash && !roles.has(OrgRole::place) && !(roles.has(OrgRole::part) && word.capitalised())) return false;
            if (roles.has(OrgRole::part) && word.letter_case == WordCase::lower && !roles.has(OrgRole::place) &&
                !roles.has(OrgRole::known) && !roles.has(OrgRole::body)) {
                // "Phòng Quản lý vận tải": lower-case words continue a name after a word of it written
                // like "Quản lý", never after a complete body ("Sở Y tế quản lý"). Right after a head
                // they still need what identifies the name: "Công ty chứng khoán Liên Việt", "Thanh tra
                // giao thông tỉnh Nghệ An", not "Trung tâm giáo dục".
                // A data word of the name written like it ("Vàng bạc" in "Tập đoàn Vàng bạc đá quý Doji") counts too.
                bool written_like_it = last_ == Last::part && words_[pos_ - 1].letter_case == WordCase::lower;
                bool identifies = last_ == Last::second_syllable || written_like_it ||
                                  (last_ == Last::lower_part && !needs_identifier_);
                if (!identifies && !needs_identifier_) return false;
                take(found->end, identifies, Last::lower_part);
                return true;
            }
            // Two known names side by side are two organizations ("Arsenal Crystal Palace" in a list).
            bool only_known = roles.has(OrgRole::known) && !roles.has(OrgRole::part) && !roles.has(OrgRole::place) &&
                              !roles.has(OrgRole::body);
            if (only_known && last_ == Last::known) return false;
            // "Đại biểu Quốc hội tỉnh Bắc Kạn", "ĐBQH TP.HCM": a province or city is a deputy's, never the
            // Assembly's (but "Quốc hội Mỹ").
            if (names_a_national_body() && (roles.has(OrgRole::unit) || (roles.has(OrgRole::place) && !country_at(pos_)))) {
                return false;
            }
            if (roles.has(OrgRole::part) || roles.has(OrgRole::place) || roles.has(OrgRole::known) ||
                roles.has(OrgRole::body)) {
                if (roles.has(OrgRole::place) && province_ends_state_name(pos_, found->end)) province_end_ = found->end;
                take(found->end, true, last_taken(roles));
                return true;
            }
            // A body's head after a known name without a head word of its own that opens a line starts the
            // next one: "Dân trí Cục An toàn thực phẩm" is the outlet's dateline and then the department
            // (but "Ban Chấp hành Trung ương Hội Nông dân Việt Nam" is one chain).
            if (roles.has(OrgRole::head) && last_ == Last::known && (start_ == 0 || words_[start_].gap == WordGap::brk) &&
                !catalog_.match(text_, start_, size_, kTypeRoles)) {
                return false;
            }
            if (roles.has(OrgRole::head)) {
                take(found->end, false, Last::head);
                return true;
            }
            return take_unit(*found);
        }
        // In a headline only data phrases can be trusted; after a known name only they continue
        // it ("Chính phủ Nhật Bản"). A one-word brand with a plain capitalised word after it is a
        // product ("Google Maps", "Toyota Camry"), unless a person's name follows ("Vinamilk Mai Kiều Liên",
        // "Giám đốc FBI James Comey").
        if (word.caps_line) return false;
        if (last_ == Last::known) {
            if (auto end = corporate_words_end(pos_)) {  // "Samsung Display", "FPT Telecom"
                take(*end, true, Last::phrase);
                return true;
            }
            // "AFF Cup", "UEFA Champions League": the organizer named inside its competition stays.
            if (word.capitalised() && satisfied_ - start_ == 1 && !catalog_.is_stop_word(word.key) && !person_after_brand() &&
                !competition_at(pos_)) {
                satisfied_ = start_;
            }
            return false;
        }
        // "CTCK Phú Hưng – PHS": an acronym the data does not know alone after a spaced dash is the name's
        // own abbreviation (but "Cơ quan CSĐT - CATP Hà Nội" goes on, and "Quân chủng PK-KQ" is one word).
        if (dash && word.letter_case == WordCase::upper && own_abbreviation_at(pos_)) return false;
        // A state body's name ends with its province: what is capitalised after it and no data phrase is the
        // next sentence or a person ("Công an tỉnh Sóc Trăng Việc ...", "UBND TP Hà Nội Chử Xuân Dũng").
        if (word.capitalised() && pos_ == province_end_) return false;
        if (word.capitalised() && person_title_after_name()) return false;
        // "lãnh đạo UBND TP. Như Thanh Niên đã đưa tin": after an abbreviation's full stop a capitalised
        // little word starts the next sentence.
        if (catalog_.sentence_starts_at(text_, pos_)) return false;
        if (word.capitalised()) return take_run(false);
        if (dash) return false;
        // "Đội Tuần tra kiểm soát giao thông đường bộ cao tốc số 6"; a school's number may be all that names it,
        // and its place may follow ("Trường THPT số 1 Tuy Phước").
        if (word.key == "số" && (!needs_identifier_ || names_a_school()) && short_number_at(pos_ + 1)) {
            bool school = needs_identifier_;
            take(pos_ + 2, true, Last::phrase);
            if (!school || pos_ >= size_ || words_[pos_].gap != WordGap::space) return false;
            if (auto unit = catalog_.match(text_, pos_, size_, kUnit)) return take_unit(*unit);
            take_place_after_number();
            return false;
        }
        // "Chi cục Hải quan cửa khẩu cảng Sài Gòn khu vực 1", "Tòa phúc thẩm liên bang Mỹ khu vực 9": a numbered
        // region ends the name.
        if (word.key == "khu" && !needs_identifier_ && pos_ + 1 < size_ && words_[pos_ + 1].key == "vực" &&
            words_[pos_ + 1].gap == WordGap::space && short_number_at(pos_ + 2)) {
            take(pos_ + 3, true, Last::phrase);
            return false;
        }
        if (word.letter_case == WordCase::number) return take_number();
        if (auto seat = mission_seat()) {
            take(*seat, true, Last::phrase);
            return false;
        }
        if (word.letter_case == WordCase::lower) {
            return take_second_syllable() || take_field_to_boundary() || take_sentence_case_words();
        }
        return false;
    }

    // "Viện Dân tộc học,", "Cục Đầu tư nước ngoài)", "Trung tâm Phát triển nguồn nhân lực chất lượng cao,":
    // after a capitalised word of two syllables, a name in sentence case goes on in lower-case words up to
    // a comma, a bracket or a full stop: what ends there is the rest of its field, not the sentence (which
    // goes on through a little word or a verb: "Sở Tài chính đề nghị").
    bool take_field_to_boundary() {
        constexpr std::size_t kMaxFieldWords = 6;
        if (last_ != Last::second_syllable) return false;
        // A ministry's or department's field is a listed one: "Sở Y tế khuyến cáo người dân."
        if (one_of(text_.keys(start_, head_end_), std::array<std::string_view, 2>{"sở", "bộ"})) return false;
        // "Cục Thuế TP.Hồ chí minh:": a place's syllables, not a field's.
        if (catalog_.match(text_, pos_ - 2, size_, {OrgRole::place, OrgRole::province})) return false;
        std::size_t j = pos_;
        while (j < size_ && j - pos_ <= kMaxFieldWords) {
            const OrgWord& word = words_[j];
            if (j > pos_ && word.gap != WordGap::space) break;
            if (word.letter_case != WordCase::lower || !word.syllable || word.caps_line) return false;
            if (catalog_.is_stop_word(word.key) || is_predicate(word.key) || verb_after_name(j)) return false;
            if (catalog_.match(text_, j, size_, {OrgRole::block})) return false;
            // A scope before punctuation ends the name too ("Ủy ban Thanh niên quốc gia,"); before other words
            // they are take_sentence_case_words' ("Hội đồng Tiền lương quốc gia họp.", "Viện Tâm thần quốc gia
            // Washington").
            if (j + 1 < size_ && one_of(text_.keys(j, j + 2), kLowerCaseScopes)) {
                if (!boundary_at(j + 2) || (j > pos_ && one_of(text_.keys(j - 1, j), kAdjectival))) return false;
                j += 2;
                break;
            }
            ++j;
        }
        if (j - pos_ > kMaxFieldWords || words_[j - 1].key == "và" || !boundary_at(j)) return false;
        // Last: it reads the whole text.
        if (written_elsewhere_without(pos_)) return false;
        take(j, true, Last::lower_part);
        return false;
    }

    // A comma, a bracket, a full stop, a line break or the end of the text stands before words[at].
    bool boundary_at(std::size_t at) const {
        return at >= size_ || words_[at].gap == WordGap::brk ||
               (words_[at].gap == WordGap::punct && text_.gap_before(at) == ",");
    }

    // Words at `at` that news writes after a body's name and that no field of one starts with: "Đảng Bảo thủ
    // cầm quyền,", "Sở Xây dựng trả lời.", "Hội đồng Tổng thống lãnh đạo." (is_predicate's verbs besides).
    bool verb_after_name(std::size_t at) const {
        static constexpr std::array<std::string_view, 12> kOneWord = {"cần", "vẫn", "đi", "xin", "kêu", "thắng",
                                                                      "giành", "chiếm", "mang", "đọc", "bật", "vừa"};
        static constexpr std::array<std::string_view, 22> kTwoWords = {
            "lãnh đạo", "thăm khám", "chia sẻ", "nêu rõ", "xuất bản", "tiến bước", "xem xét", "công bố",
            "dẫn đoàn", "thăm quan", "cầm quyền", "giải thích", "trả lời", "cung cấp", "rà soát", "khẩn trương",
            "nghiên cứu", "đối lập", "phát hành", "ấn hành", "thông báo", "lo ngại"};
        if (one_of(text_.keys(at, at + 1), kOneWord)) return true;
        return at + 1 < size_ && one_of(text_.keys(at, at + 2), kTwoWords);
    }

    // The name so far (words from start_ to `end`) stands elsewhere in the text without the word at `end`
    // after it: "Đảng Bảo thủ cầm quyền." beside "Đảng Bảo thủ giành ..." is the party and a verb.
    bool written_elsewhere_without(std::size_t end) const {
        const std::size_t length = end - start_;
        for (std::size_t k = 0; k + length <= size_; ++k) {
            if (k == start_) continue;
            bool same = true;
            for (std::size_t w = 0; w < length && same; ++w) same = words_[k + w].key == words_[start_ + w].key;
            if (!same) continue;
            std::size_t after = k + length;
            if (after >= size_ || words_[after].gap != WordGap::space || words_[after].key != words_[end].key) return true;
        }
        return false;
    }

    // The name so far is a province's or city's state body, whose name a province ends ("Sở Tư pháp",
    // "UBND thành phố", "Công an tỉnh"), and no district's unit stands before the place ("Công an huyện
    // Điện Biên Đông" is a district's).
    bool state_body_of_a_province() const {
        static constexpr std::array<std::string_view, 12> kStateHeads = {
            "sở", "ủy ban nhân dân", "hội đồng nhân dân", "công an", "tỉnh ủy", "thành ủy", "tòa án nhân dân",
            "viện kiểm sát nhân dân", "cục thuế", "cục hải quan", "kho bạc nhà nước", "bảo hiểm xã hội"};
        static constexpr std::array<std::string_view, 6> kLocalUnits = {"huyện", "quận", "thị xã", "xã", "phường", "thị trấn"};
        bool state = one_of(text_.keys(start_, head_end_), kStateHeads);
        bool local_unit = pos_ > start_ && (one_of(text_.keys(pos_ - 1, pos_), kLocalUnits) ||
                                            (pos_ > start_ + 1 && one_of(text_.keys(pos_ - 2, pos_), kLocalUnits)));
        return state && !local_unit;
    }

    // The province at words[at] is the whole place that ends at `end`, and the name is a state body's.
    bool province_ends_state_name(std::size_t at, std::size_t end) const {
        if (!state_body_of_a_province()) return false;
        auto province = catalog_.match(text_, at, size_, {OrgRole::province});
        return province && province->end == end;
    }

    // The unit at words [unit, place) names a province: "tỉnh", or "thành phố" before a city run by the
    // centre (before another province's name it is the province's capital: "thành phố Điện Biên Phủ").
    bool provincial_unit(std::size_t unit, std::size_t place, std::size_t place_end) const {
        static constexpr std::array<std::string_view, 5> kCentralCities = {"hà nội", "hồ chí minh", "hải phòng", "đà nẵng",
                                                                           "cần thơ"};
        std::string keys = text_.keys(unit, place);
        return keys == "tỉnh" || (keys == "thành phố" && one_of(text_.keys(place, place_end), kCentralCities));
    }

    // Words [begin, end) hold a word of levels or sectors: "tuyến", "cấp", "ngành".
    bool says_a_level(std::size_t begin, std::size_t end) const {
        static constexpr std::array<std::string_view, 3> kLevels = {"tuyến", "cấp", "ngành"};
        for (std::size_t k = begin; k < end; ++k) {
            if (std::find(kLevels.begin(), kLevels.end(), words_[k].key) != kLevels.end()) return true;
        }
        return false;
    }

    // "Trung tâm Dự báo khí tượng thủy văn trung ương cho biết", "Hội đồng Tiền lương quốc gia họp": lower-case
    // words of a name in sentence case that do not end in a capitalised word (they stop before `stop`) end
    // at the last scope among them. After a head alone, two lower-case words at least come first ("trung tâm
    // quốc gia", "ngân hàng trung ương" are kinds). Not a level ("bệnh viện tuyến trung ương"), nor what
    // makes "quốc gia" an adjective ("đa quốc gia", "đội tuyển quốc gia", "vô địch quốc gia"), nor after "Bộ".
    void take_lower_case_scope(std::size_t stop, bool after_head) {
        if (text_.keys(start_, pos_) == "bộ") return;
        const std::size_t min_end = pos_ + (after_head ? 4 : 2);
        for (std::size_t end = stop; end >= min_end; --end) {
            std::string scope = text_.keys(end - 2, end);
            if (!one_of(scope, kLowerCaseScopes) || (scope == kWorldScope && !boundary_at(end))) continue;
            if (!says_a_level(pos_, end) && !one_of(text_.keys(end - 3, end - 2), kAdjectival)) take(end, true, Last::place);
            return;
        }
    }

    // "Công ty Phát triển công viên phần mềm Quang Trung", "Trung tâm Kỹ thuật thí nghiệm và ứng dụng
    // khoa học công nghệ Đồng Tháp", "Cơ quan Kiểm soát và Phòng ngừa Dịch bệnh Nepal": names written in
    // sentence case go on in lower-case words after a word of the name written like "Kỹ thuật", as
    // far as the proper name or place that ends them. Without one the lower-case words are the
    // sentence ("Sở Tài chính đề nghị ..."), and none that says what a body does may be crossed
    // ("Bộ Ngoại giao tuyên bố Mỹ ...").
    bool take_sentence_case_words() {
        // After a head alone ("Ban quản lý dự án", "Cục") only a place may end them: "Ban quản lý dự án
        // đầu tư xây dựng huyện Krông Búk", "Cục thuế TP Hà Nội", "Công ty TNHH MTV thoát nước Hà Nội" (a head
        // ending in a legal form), not "Tổ chức phong tỏa ... Khách sạn".
        bool after_head = last_ == Last::head && (words_[pos_ - 1].letter_case != WordCase::capital || pos_ - start_ == 1);
        bool sentence_case = after_head || last_ == Last::second_syllable || last_ == Last::lower_part ||
                             ((last_ == Last::phrase || last_ == Last::part || last_ == Last::place) &&
                              words_[pos_ - 1].letter_case == WordCase::lower);
        if (!sentence_case) return false;
        // After a field written like "Đào tạo", not after a body's whole name ("Bí thư Tỉnh ủy đương nhiệm, UBND").
        bool after_field = took_a_field();
        std::size_t j = pos_;
        std::size_t lower_words = 0;
        bool coordinated = false;
        while (j < size_ && lower_words <= kMaxSentenceCaseWords) {
            const OrgWord& word = words_[j];
            bool joined = word.gap == WordGap::space || (word.gap == WordGap::punct && text_.gap_before(j) == ",");
            if (!joined || word.caps_line) {
                if (after_field && ends_before_its_parent(j, lower_words)) take(j, true, Last::lower_part);
                else take_lower_case_scope(j, after_head);
                return false;
            }
            if (word.letter_case != WordCase::lower) break;
            bool conjunction = word.key == "và" && !after_head;  // "Phòng và tỉnh Quảng Ninh" is two
            if (!word.syllable || (!conjunction && (catalog_.is_stop_word(word.key) || is_predicate(word.key)))) {
                take_lower_case_scope(j, after_head);
                return false;
            }
            if (catalog_.match(text_, j, size_, {OrgRole::block})) return false;
            // "đảng Dân chủ và đảng Cộng hòa": a head in lower case after "và" starts another body.
            if (j > pos_ && words_[j - 1].key == "và" && catalog_.match(text_, j, size_, {OrgRole::lowercase}, true)) return false;
            coordinated = coordinated || conjunction;
            ++lower_words;
            ++j;
        }
        if (j >= size_) {
            take_lower_case_scope(j, after_head);
            return false;
        }
        if (j == pos_ || lower_words > kMaxSentenceCaseWords || words_[j - 1].key == "và") return false;
        if (after_field && ends_before_its_parent(j, lower_words)) {
            take(j, true, Last::lower_part);
            return false;
        }
        const OrgWord& end = words_[j];
        if (end.gap != WordGap::space || !end.capitalised() || catalog_.is_stop_word(end.key)) return false;
        // The name must end there too: "Ủy ban liên Chính phủ Việt Nam-Lào" is not cut at the dash.
        auto ends_there = [&](std::size_t k) { return k >= size_ || words_[k].gap != WordGap::dash; };
        if (auto found = catalog_.match(text_, j, size_, kGrowRoles)) {
            const OrgRoles& roles = found->roles;
            // A known name ends them only after "và" ("Xây dựng và phát triển đô thị Hòa Phát"): else it
            // is more often what the sentence is about ("Công ty Phú Quý niêm yết giá vàng SJC").
            bool ends_name = roles.has(OrgRole::part) || (roles.has(OrgRole::known) && coordinated);
            // After a head alone, "Quốc gia" and "Trung ương" end two lower-case words or more as a place
            // does ("Trung tâm dự báo khí tượng thủy văn Quốc gia"), unless they say a level, which names
            // no body ("Bệnh viện tuyến Trung ương", "Hội đồng bình chọn cấp Trung ương"), or follow "Bộ"
            // (a ministry is never named in lower case: "Bộ sáng kiến Quốc gia" is a set).
            bool scope = after_head && lower_words >= 2 && one_of(text_.keys(j, found->end), kScopes) &&
                         !says_a_level(pos_, j) && ends_there(found->end) && text_.keys(start_, pos_) != "bộ";
            if (scope) {
                take(found->end, true, Last::place);
                return true;
            }
            if (!roles.has(OrgRole::place) && (after_head || !ends_name)) return false;
            if (!ends_there(found->end)) return false;
            take(found->end, true, last_taken(roles));
            return true;
        }
        if (after_head) {
            if (auto brand = firm_brand_end(j, lower_words)) {
                take(*brand, true, Last::run);
                return true;
            }
            // "Cục khảo sát Địa chất Mỹ": capitalised words of the name may come before the place, after
            // two lower-case words at least ("Phòng ngừa", "Trường học" are words of their own).
            auto end = lower_words >= 2 ? place_after_name_words(j) : std::nullopt;
            if (!end) return false;
            take(*end, true, Last::phrase);
            return true;
        }
        std::size_t from = pos_;
        pos_ = j;
        std::size_t run = run_end(j);
        // An acronym alone is as often the object ("niêm yết giá vàng SJC") as the end of a name.
        bool acronym = run == j + 1 && words_[j].letter_case == WordCase::upper && !coordinated;
        // "của Ủy ban Pháp luật trích dẫn Điều 34": a word before a number is a reference, not a name's end.
        bool reference = run == j + 1 && run < size_ && words_[run].gap == WordGap::space &&
                         words_[run].letter_case == WordCase::number;
        if (run == j || acronym || reference || !ends_there(run) || person_start(j, run, false, true)) {
            pos_ = from;
            return false;
        }
        take(run, true, run - j == 1 ? Last::single_word : Last::run);
        return true;
    }

    // "Vụ trưởng Vụ Đào tạo chính quy, Tổng cục Giáo dục nghề nghiệp", "Vụ trưởng Vụ Giáo dục thể chất (Bộ
    // GD&ĐT)": after the title of its head, a sub-unit named in sentence case ends at the comma or bracket
    // before its parent's name; a few lower-case words after its capitalised field ("Đào tạo") are the
    // rest of the field, not the sentence (after a head alone or a whole name they are: "Trưởng Đội trinh sát,
    // Công an ...", "Bí thư Tỉnh ủy đương nhiệm, UBND ...").
    bool ends_before_its_parent(std::size_t j, std::size_t lower_words) const {
        constexpr std::size_t kMaxFieldWords = 3;
        if (lower_words == 0 || lower_words > kMaxFieldWords || j >= size_ || !words_[j].capitalised()) return false;
        std::string_view gap = text_.gap_before(j);
        if (gap != "," && gap != "(") return false;
        if (start_ == 0 || !titled(start_)) return false;
        auto parent = catalog_.match(text_, j, size_, {OrgRole::head, OrgRole::body, OrgRole::known});
        return parent.has_value();
    }

    // "Công ty TNHH xăng dầu Khánh Quỳnh", "Công ty CP đầu tư bất động sản Vinaland": after a firm's head
    // and its legal form, its trade in lower case comes before its brand, capitalised words at words[j]
    // that are no person's name. Returns where the brand ends. (Without a legal form the head is as often
    // a foreign firm's trade, "Công ty an ninh mạng Avast", named by its brand alone.)
    std::optional<std::size_t> firm_brand_end(std::size_t j, std::size_t lower_words) const {
        static constexpr std::array<std::string_view, 3> kFirmHeads = {"công ty", "tổng công ty", "tập đoàn"};
        constexpr std::size_t kMaxTradeWords = 5;
        if (lower_words > kMaxTradeWords) return std::nullopt;
        std::string head = text_.keys(start_, pos_);
        bool bare_head = false;  // no legal form after it: "Công ty may Việt Tiến"
        bool firm = std::any_of(kFirmHeads.begin(), kFirmHeads.end(), [&](std::string_view firm_head) {
            if (!head.starts_with(firm_head)) return false;
            std::size_t form = start_ + static_cast<std::size_t>(std::count(firm_head.begin(), firm_head.end(), ' ')) + 1;
            bare_head = bare_head || form == pos_;
            return form == pos_ || (form < pos_ && (catalog_.legal_forms_only(text_, form, pos_) || catalog_.is_spelled_legal_form(text_.keys(form, pos_))));
        });
        if (!firm) return std::nullopt;
        std::size_t run = run_end(j);
        if (run == j || (run < size_ && words_[run].gap == WordGap::dash) || person_start(j, run, false, false)) return std::nullopt;
        // Without a legal form, a Vietnamese brand only ("Công ty luật Minh Bạch"): a foreign firm is named by its
        // brand alone ("Tập đoàn đóng tàu Damen" is "Damen"), which the cue words' reading gives.
        bool vietnamese = std::all_of(words_.begin() + j, words_.begin() + run, [](const OrgWord& word) { return word.syllable; });
        if (bare_head && !vietnamese) return std::nullopt;
        // "Công ty Cổ phần đầu tư Thủ Thiêm" (a run cut), "... Bảo hiểm", "xuất hóa đơn GTGT" (an object).
        bool goes_on = run < size_ && words_[run].gap == WordGap::space && words_[run].letter_case == WordCase::lower;
        if (run == j + 1 && (text_.one_letter(j) || (goes_on && words_[j].syllable))) return std::nullopt;
        if (run == j + 1 && words_[j].letter_case == WordCase::upper && lower_words > 2) return std::nullopt;
        return run;
    }

    // Where a place ends that follows, at words[j], a few capitalised words each with or without a
    // lower-case second syllable ("Địa chất Mỹ"), ending at punctuation; nullopt when none does or
    // the name may go on past it ("Mặt trận Lào yêu nước").
    std::optional<std::size_t> place_after_name_words(std::size_t j) const {
        constexpr std::size_t kMaxNameWords = 3;
        for (std::size_t words = 0; j < size_ && words <= kMaxNameWords; ++words) {
            if (words > 0) {
                auto place = catalog_.match(text_, j, size_, {OrgRole::place, OrgRole::country});
                if (place && words_[j].capitalised()) {
                    bool ends = place->end >= size_ || words_[place->end].gap != WordGap::space;
                    return ends ? std::optional<std::size_t>(place->end) : std::nullopt;
                }
            }
            const OrgWord& word = words_[j];
            if (word.gap != WordGap::space || !word.capitalised() || !word.syllable || word.caps_line ||
                catalog_.is_stop_word(word.key) || catalog_.match(text_, j, size_, kRunStops)) {
                return std::nullopt;
            }
            ++j;
            if (j < size_ && words_[j].gap == WordGap::space && words_[j].letter_case == WordCase::lower &&
                words_[j].syllable && !catalog_.is_stop_word(words_[j].key) && !is_predicate(words_[j].key)) {
                ++j;
            }
        }
        return std::nullopt;
    }

    // A cue at words[j] that starts what follows a name: a credit or a newspaper's ("Ảnh", "báo"), or
    // a foreign firm's or broadcaster's that introduces one there ("hãng Boeing"); not "Đài" in "Phòng
    // Dự báo - Đài Khí tượng thủy văn khu vực Nam Bộ", a word of the name.
    bool cue_ends_name(std::size_t j) const {
        auto cue = catalog_.match(text_, j, size_, kNotInNames, true);
        if (!cue) return false;
        if (cue->roles.has(OrgRole::credit) || cue->roles.has(OrgRole::descriptor)) return true;
        return CuedNames(catalog_, text_).at(j).has_value();
    }

    // First syllables of verbs news writes after a name that are no name's second syllable (unlike
    // is_predicate's "ký" of "Thư ký", "chủ" of "Dân chủ", "bán" of "Mua bán", "thực" of "Lương thực").
    static bool starts_a_verb_only(std::string_view key) {
        static constexpr std::array<std::string_view, 24> kVerbs = {
            "mở", "khẳng", "quyết", "xử", "xác", "tiếp", "làm", "bắt", "chia", "đón", "cho", "vẫn",
            "luôn", "kêu", "xin", "gây", "rót", "trúng", "chiếm", "nhấn", "gửi", "mời", "tuyên", "khoe"};
        return std::find(kVerbs.begin(), kVerbs.end(), key) != kVerbs.end();
    }

    // Lower-case words that say what a body does: a sentence, not the rest of its name.
    static bool is_predicate(std::string_view key) {
        // First syllables of the verbs news writes after a body: yêu cầu, đề nghị, tuyên bố, khẳng định,
        // ban hành, kiểm tra, phối hợp, tiếp nhận, xử lý, làm việc, chỉ đạo, bắt giữ, khởi tố, chủ trì,
        // phản đối, hỗ trợ, thực hiện, hướng dẫn, nhấn mạnh, cảnh báo, đồng ý, quyết định, tham gia...
        static const std::array<std::string_view, 43> kVerbs = {
            "cho", "yêu", "đề", "tuyên", "khẳng", "ban", "kiểm", "phối", "tiếp", "xử", "làm", "gửi", "trao",
            "tặng", "ký", "chỉ", "bắt", "khởi", "ủng", "chủ", "tổ", "phản", "hỗ", "thực", "hướng", "nhấn",
            "cảnh", "mời", "cử", "chấp", "đồng", "quyết", "thừa", "tham", "đánh", "xác", "nhận", "mua", "bán",
            "đưa", "đạt", "tăng", "giảm"};
        return std::find(kVerbs.begin(), kVerbs.end(), key) != kVerbs.end();
    }

    // "Bệnh viện (BV) Nhi Trung ương", "Nhà xuất bản (NXB) Kim Đồng": the words just read, abbreviated in
    // brackets, are left out and the name goes on. Where the brackets' words end.
    std::optional<std::size_t> own_abbreviation_in_brackets() const {
        const OrgWord& first = words_[pos_];
        if (skip_ != kNone || first.alias == 0 || text_.gap_before(pos_) != "(") return std::nullopt;
        std::size_t end = pos_;
        while (end < size_ && words_[end].begin == first.begin) ++end;
        std::size_t length = end - pos_;
        if (end >= size_ || text_.gap_before(end) != ")" || length > pos_ - start_) {
            return std::nullopt;
        }
        for (std::size_t k = 0; k < length; ++k) {
            if (words_[pos_ - length + k].key != words_[pos_ + k].key) return std::nullopt;
        }
        return end;
    }

    // "Trung tâm Kiểm soát bệnh tật (CDC) tỉnh Hà Nam": the abbreviation in brackets is left out
    // and the name goes on with the unit and its place.
    bool skip_bracketed_abbreviation() {
        if (auto after = own_abbreviation_in_brackets()) {
            skip_ = pos_;
            skip_end_ = *after;
            pos_ = *after;
            return true;
        }
        std::size_t abbreviation = pos_, after = pos_ + 1;
        if (skip_ != kNone || after >= size_ || words_[abbreviation].letter_case != WordCase::upper) return false;
        if (text_.gap_before(abbreviation) != "(" || text_.gap_before(after) != ")") return false;
        auto unit = catalog_.match(text_, after, size_, kUnit);
        if (!unit) {
            // "Trung tâm Kiểm soát bệnh tật (CDC) Hà Nam": a province right after it, ending the words.
            auto province = catalog_.match(text_, after, size_, {OrgRole::province});
            if (!province || (province->end < size_ && words_[province->end].gap == WordGap::space &&
                              words_[province->end].capitalised())) {
                return false;
            }
            skip_ = abbreviation;
            skip_end_ = after;
            take(province->end, true, Last::place);
            return false;
        }
        skip_ = abbreviation;
        skip_end_ = after;
        pos_ = after;
        return take_unit(*unit);
    }


    // "quận Đống Đa", "phường 5", or a unit ending the name: "Đảng bộ Quận", "Ủy ban nhân dân tỉnh".
    bool take_unit(const OrgMatch& unit) {
        std::size_t after = unit.end;
        // "UBND TP. Như Thanh Niên đưa tin", "UBND TP. Vỉa hè trên ...": no place (huyện Như Thanh) after the
        // unit's full stop when a sentence starts there.
        bool joined = after < size_ && words_[after].gap == WordGap::space && !catalog_.sentence_starts_at(text_, after) &&
                      !(text_.after_full_stop(after) && !catalog_.match(text_, after, size_, kPlace) &&
                        text_.capitals_written_in_lower_case(after));
        if (joined && words_[after].letter_case == WordCase::number) {
            take(after + 1, true, Last::phrase);
            return false;
        }
        if (joined) {
            // A listed place, unless the capitalised words go on past it ("thành phố Mỹ Tho").
            const OrgWord& next = words_[after];
            bool plain = !next.caps_line && next.capitalised() && !catalog_.is_stop_word(next.key) &&
                         !catalog_.match(text_, after, size_, kRunStops);
            auto place = catalog_.match(text_, after, size_, kPlace);
            if (auto ward = place ? std::nullopt : catalog_.ward_end(text_, after)) {  // "phường Lý Thái Tổ"
                take(*ward, true, Last::phrase);
                return true;
            }
            // A province after "tỉnh" or "thành phố" ends a state body's name, however the words go on.
            bool state_province = place && provincial_unit(pos_, after, place->end) &&
                                  province_ends_state_name(after, place->end);
            if (place && (!plain || run_end(after) <= place->end || state_province)) {
                take(place->end, true, Last::phrase);
                if (state_province) province_end_ = place->end;
                return true;
            }
            if (plain) {
                std::size_t unit_start = pos_;
                pos_ = after;
                if (take_run(true)) return true;
                if (pos_ != after) return false;
                pos_ = unit_start;  // a person follows the unit: "tỉnh Trần Xuân Dưỡng"
            }
        }
        if (words_[pos_].caps_line) return false;
        if (!joined || words_[after].letter_case == WordCase::lower || words_[after].capitalised()) {
            bare_unit_ = pos_;
            take(after, true, Last::unit);
            bare_unit_end_ = after;
        }
        return false;
    }

    // Plain capitalised words: "Y" in "Sở Y tế", "Bạch Mai", a place after a unit. A person's name
    // after a complete name ends it: "Bệnh viện Bạch Mai Nguyễn Quang Tuấn".
    bool take_run(bool place) {
        if (after_standing_title()) return false;
        std::size_t end = run_end(pos_);
        // "Đảng Cộng hòa Tom Cotton", "đảng Dân chủ Trump": after a party's Vietnamese name a foreign word is
        // a person's (a party so named is named by it alone: "đảng Likud").
        if (text_.keys(start_, head_end_) == "đảng" && pos_ > head_end_ &&
            std::any_of(words_.begin() + static_cast<std::ptrdiff_t>(pos_), words_.begin() + static_cast<std::ptrdiff_t>(end),
                        [](const OrgWord& w) { return !w.syllable && w.letter_case != WordCase::upper; })) {
            return false;
        }
        bool person = foreign_person(pos_, end) && !foreign_name_after_sector();
        std::size_t cut = person ? pos_ : person_start(pos_, end, place, after_head_never_named_for_a_person()).value_or(end);
        // "Công ty TMDVXD Hoàng Yến", "Công ty TM&VT Hoàng Sơn": after a firm's trade in initials two
        // words are its name, not its director's (who has three: "Công ty ABC Nguyễn Văn An").
        // So after a firm's trade in one word: "Công ty Than Cao Sơn", "Cty Than Hà Lầm".
        if (cut > pos_ && cut < end && end - cut == 2 && last_ == Last::head &&
            (std::all_of(words_.begin() + static_cast<std::ptrdiff_t>(pos_), words_.begin() + static_cast<std::ptrdiff_t>(cut),
                         [](const OrgWord& w) { return w.letter_case == WordCase::upper; }) ||
             (cut == pos_ + 1 && words_[pos_].syllable && names_a_firm()))) {
            cut = end;
        }
        if (cut > pos_ && !place && opens_a_sentence(cut - 1)) --cut;
        if (cut == pos_) return false;
        // A letter alone is no name: the "V" of "CLB V.League" (but the "Y" of "Y tế" goes on, and "Y",
        // medicine, is a word: "Đại học Y Hà Nội", "Đại học Y - Dược Thái Bình", "Đại học Y-Dược Huế").
        bool medicine = words_[pos_].key == "y" && cut < size_ &&
                        (words_[cut].gap == WordGap::space || words_[cut].gap == WordGap::dash) && words_[cut].capitalised();
        if (cut == pos_ + 1 && words_[pos_].end - words_[pos_].begin < 2 && !medicine &&
            (cut >= size_ || words_[cut].gap != WordGap::space || words_[cut].letter_case != WordCase::lower)) {
            return false;
        }
        // "ngân hàng TNHH một thành viên": a legal form is a word of the head, not what identifies the name.
        if (catalog_.legal_forms_only(text_, pos_, cut)) {
            take(cut, false, Last::head);
            return cut == end;
        }
        take(cut, true, cut - pos_ == 1 ? Last::single_word : Last::run);
        return cut == end;
    }

    // "Nguồn ảnh: Báo Phòng không – Không quân Tuy không nêu ...", "Trường Tiểu học Hạ Đình Việc xây ...": a
    // capitalised word that opens sentences and ends no name, before a lower-case word, starts the next sentence
    // where a caption or a credit ran into it without a full stop.
    bool opens_a_sentence(std::size_t j) const {
        static constexpr std::array<std::string_view, 5> kOpeners = {"tuy", "việc", "chiều", "trưa", "ảnh"};
        const OrgWord& word = words_[j];
        return word.letter_case == WordCase::capital && (catalog_.is_stop_word(word.key) || one_of(text_.keys(j, j + 1), kOpeners)) &&
               j + 1 < size_ && words_[j + 1].gap == WordGap::space && words_[j + 1].letter_case == WordCase::lower;
    }

    // The head is a firm's: "Công ty (TNHH, Cổ phần ...)", "CTCP", "Tổng công ty", "Xí nghiệp".
    bool names_a_firm() const {
        static constexpr std::array<std::string_view, 2> kFirms = {"công ty", "xí nghiệp"};
        return one_of(text_.keys(start_, start_ + 2), kFirms) || text_.keys(start_, start_ + 1) == "ctcp" ||
               text_.keys(start_, start_ + 3) == "tổng công ty";
    }

    // The head is a school's ("Trường ...", or its kind alone: "THCS ...") or a hospital's.
    bool names_a_school() const { return words_[start_].key == "trường" || starts_with_bare_school_kind(text_, start_); }
    bool names_a_hospital() const { return text_.keys(start_, start_ + 2) == "bệnh viện"; }

    // "Chánh văn phòng Sở Nguyễn Thị Liễu", "Chủ tịch UBND Nguyễn Thành Phong": a department, ministry,
    // board, office or people's committee is named for what it does or its place, never for a person, so a
    // person's name right after its head is the person (a school or a street may be named for one:
    // "Trường Nguyễn Trãi").
    bool after_head_never_named_for_a_person() const {
        static constexpr std::array<std::string_view, 9> kHeads = {
            "sở", "bộ", "cục", "vụ", "ban", "phòng", "ủy ban nhân dân", "hội đồng nhân dân", "bảo hiểm xã hội"};
        return pos_ == head_end_ && one_of(text_.keys(start_, head_end_), kHeads);
    }

    // "Tập đoàn Tài chính Sumitomo Mitsui", "Đại học Tổng hợp New Hampshire": after the head of a firm
    // or a school and one word of names that says its trade, foreign words are the name the trade
    // leaves out, not a person, unless a title came before ("Chủ tịch Tập đoàn Tài chính SoftBank
    // Masayoshi Son"). Other bodies are followed by their people: "Bộ Tài chính Steven Mnuchin",
    // "Đảng Cộng hòa John McCain", "Tòa án Tối cao John Roberts".
    bool foreign_name_after_sector() const {
        static constexpr std::array<std::string_view, 11> kNamedByBrand = {
            "tập đoàn", "công ty", "tổng công", "ngân hàng", "đại học", "cao đẳng", "học viện",
            "ctcp",     "quỹ",     "hãng",      "trường"};
        bool brand_head = one_of(text_.keys(start_, start_ + 2), kNamedByBrand) ||
                          one_of(text_.keys(start_, start_ + 1), kNamedByBrand);
        if (!brand_head || titled(start_)) return false;
        auto sector = catalog_.match(text_, head_end_, size_, {OrgRole::part});
        return (sector && sector->end == pos_) || trade_word(head_end_, pos_);
    }

    // Words [begin, end) written like one Vietnamese word of a name: a capitalised syllable and one or
    // two lower-case ones ("Tài chính", "Dược phẩm").
    bool trade_word(std::size_t begin, std::size_t end) const {
        constexpr std::size_t kMaxSyllables = 3;
        if (end <= begin + 1 || end - begin > kMaxSyllables || words_[begin].letter_case != WordCase::capital) return false;
        for (std::size_t k = begin; k < end; ++k) {
            if (!words_[k].syllable || (k > begin && words_[k].letter_case != WordCase::lower)) return false;
        }
        return true;
    }

    // "Thường trực" is a standing board named by its body, a data phrase ("Thường trực Tỉnh ủy"), never
    // by plain capitalised words: in "Phó Thủ tướng Thường trực Trương Hòa Bình" they are a person
    // (whose name ends in a province's, so no surname rule sees it).
    bool after_standing_title() const {
        return pos_ == head_end_ && text_.keys(start_, head_end_) == "thường trực";
    }

    std::size_t run_end(std::size_t from) const {
        std::size_t j = from;
        while (j < size_ && j - from < kMaxRun) {
            const OrgWord& word = words_[j];
            if (j > from && (text_.joins_initials(j) || text_.joins_across_apostrophe(j))) {  // "TM&VT", "Papa John's"
                ++j;
                continue;
            }
            if (j > from && word.gap != WordGap::space) break;
            if (j > from) {
                auto stop = catalog_.match(text_, j, size_, kRunStops);
                if (stop && !run_goes_through(j, *stop)) break;
            }
            if (j > from && daypart_before_date(j)) break;  // "... Nguyễn Thành Phong Sáng 15/3"
            if (j > from) {
                auto place = catalog_.match(text_, j, size_, kPlace);
                if (place && place->end - j > 1) break;
            }
            bool stop = catalog_.is_stop_word(word.key) && !(j == from && proper_name_at_stop_word(j));
            if (!word.capitalised() || word.caps_line || stop) break;
            ++j;
        }
        return j;
    }

    // Words [begin, end) are a [block] phrase written as a proper name ("Trường Sơn", "Trường Sa": every
    // word capitalised): no school nor common word there, but a name's words ("Tổng công ty Xây dựng Trường
    // Sơn", "Binh đoàn Trường Sơn").
    bool proper_name_block(std::size_t begin, std::size_t end) const {
        if (end < begin + 2) return false;
        for (std::size_t k = begin; k < end; ++k) {
            if (words_[k].letter_case != WordCase::capital || !words_[k].syllable || (k > begin && words_[k].gap != WordGap::space)) {
                return false;
            }
        }
        return true;
    }

    // A capitalised run goes on through the data phrase `stop` at words[j], which would otherwise end it: a
    // [block] phrase written as a proper name ("Tổng công ty Xây dựng Trường Sơn"), or a head word of one
    // syllable that nothing identifies (a lower-case word or punctuation follows it), which ends the run's
    // name as a given name does instead of starting a body ("Công ty Hoàng Trường vào năm 2011").
    bool run_goes_through(std::size_t j, const OrgMatch& stop) const {
        if (stop.roles.has(OrgRole::block) && proper_name_block(j, stop.end)) return true;
        if (stop.end != j + 1 || !stop.roles.has(OrgRole::head) || stop.roles.has(OrgRole::known) ||
            stop.roles.has(OrgRole::body) || !words_[j].syllable || !words_[j - 1].syllable) {
            return false;
        }
        return j + 1 >= size_ || words_[j + 1].gap != WordGap::space || words_[j + 1].letter_case == WordCase::lower;
    }

    // "Bệnh viện Từ Dũ", "Bệnh viện Vì Dân": right after a head alone, a capitalised word that is also a
    // little word ("từ", "from") starts the name when a capitalised word follows it. Before, the head was
    // left alone and the name lost. Not those that start a sentence or a title: "các BV Theo Thứ trưởng",
    // "Bộ Các Lực lượng", "Cơ quan Công an Bà Phan Thị H.".
    bool proper_name_at_stop_word(std::size_t j) const {
        static constexpr std::array<std::string_view, 8> kNever = {"các", "những", "theo", "ông", "bà", "về", "do", "tại"};
        return j == head_end_ && std::find(kNever.begin(), kNever.end(), words_[j].key) == kNever.end() && last_ == Last::head && words_[j].letter_case == WordCase::capital &&
               j + 1 < size_ && words_[j + 1].gap == WordGap::space && words_[j + 1].letter_case == WordCase::capital &&
               !catalog_.is_stop_word(words_[j + 1].key);
    }

    // After a complete name, two or three capitalised words none of which is a Vietnamese syllable
    // are a foreign person: "Bộ Quốc phòng Nga Yuri Borisov". After a name that ends in its
    // country one such word is enough, since nothing follows the country in a body's name
    // ("Quốc hội Campuchia Samdech Heng Samrin": "Heng" is shaped like a syllable).
    bool foreign_person(std::size_t from, std::size_t end) const {
        if (needs_identifier_ || end - from < 2 || end - from > 3) return false;
        auto country = last_ == Last::place ? country_start(from) : std::nullopt;
        bool after_country = country.has_value();
        bool foreign_word = false;
        for (std::size_t j = from; j < end; ++j) {
            if (words_[j].letter_case != WordCase::capital || (words_[j].syllable && !after_country)) return false;
            foreign_word = foreign_word || !words_[j].syllable;
        }
        // A Chinese name comes in Sino-Vietnamese syllables: "Bộ Ngoại giao Trung Quốc Cảnh Sảng".
        return foreign_word || (after_country && is_foreign_body_country(*country, from));
    }

    // Where the country's name that ends at words[end] starts ("... Campuchia" before it), or nullopt.
    std::optional<std::size_t> country_start(std::size_t end) const {
        constexpr std::size_t kMaxCountryWords = 4;  // "Cộng hòa Dân chủ Congo"
        return catalog_.match_ending_at(text_, end, {OrgRole::country}, kMaxCountryWords);
    }

    // Whether the country at words[begin, end) ends a foreign country's body, the country after what the
    // body does ("Bộ Ngoại giao Trung Quốc", "Quốc hội Hàn Quốc"): a Vietnamese body's name may go on after
    // "Việt Nam" ("Ngân hàng Việt Nam Thịnh Vượng"), as does a friendship name ("Bệnh viện Việt Nam - Thụy
    // Điển Uông Bí"), and a head with a country alone is not yet a body's name ("Công ty Nhật Huy Khang").
    bool is_foreign_body_country(std::size_t begin, std::size_t end) const {
        return (begin > head_end_ || !head_only_) && words_[begin].gap != WordGap::dash &&
               text_.keys(begin, end) != "việt nam";
    }

    // Whether the name's last words are a field ("Đào tạo", "Y khoa", "thể chất"), not a head, a place or a
    // body's whole name.
    bool took_a_field() const {
        return last_ == Last::part || last_ == Last::lower_part || last_ == Last::second_syllable;
    }

    // Whether words[from] right follows the field of a school's name: "Đại học Y khoa", "Trường Đại học Sư
    // phạm". Not after an office's title before the school, nor after a sub-unit's before its dash, whose
    // holder follows ("Phó hiệu trưởng ĐH Kinh tế Quốc dân Hoàng Văn Cường", "Viện trưởng Viện Quy hoạch -
    // Trường ĐH Xây dựng Doãn Minh Khôi").
    bool after_a_schools_field(std::size_t from) const {
        if (!took_a_field()) return false;
        if (from != satisfied_ || words_[from].gap != WordGap::space || head_end_ >= from) return false;
        if (start_ > 0 && (titled(start_) || words_[start_].gap == WordGap::dash)) return false;
        std::string head = text_.keys(start_, head_end_);
        return head == "trường" || head == "đại học" || head == "trường đại học" || head == "học viện";
    }

    // Where a person's name (a family name and one to three more words, ending the run) starts;
    // with several family names the most common one starts it ("Bạch Mai Nguyễn Quang Tuấn").
    // A name still waiting for what identifies it keeps its first word ("Trường THPT Nguyễn Trãi"),
    // and a place after a unit is taken for a person only at three words ("huyện Lý Nhân").
    std::optional<std::size_t> person_start(std::size_t from, std::size_t end, bool place, bool at_from = false) const {
        std::optional<std::size_t> best;
        std::size_t best_rank = 0;
        bool may_start_at_from = at_from || (place ? end - from >= kMinPlacePersonWords : !needs_identifier_);
        // "Trường THCS Đặng Trần Côn": a run that starts with a family name while the name waits for what
        // identifies it is its namesake's whole name, whatever family names follow ("Trần"); so is one after
        // "Văn phòng Luật sư", named after its lawyer ("Văn phòng Luật sư Nguyễn Anh").
        constexpr std::size_t kNamesakeWords = 3;  // longer runs may hold the next sentence's first word
        // A school's name goes on from its field to its namesake too ("Đại học Y khoa Phạm Ngọc Thạch").
        bool namesake = !may_start_at_from || (from > start_ && text_.keys(start_, from) == "văn phòng luật sư") ||
                        (!place && after_a_schools_field(from));
        if (namesake && !place && end - from <= kNamesakeWords && catalog_.surname_rank(words_[from].key)) {
            return std::nullopt;
        }
        for (std::size_t j = may_start_at_from ? from : from + 1; j < end; ++j) {
            std::size_t rest = end - j;
            if (rest < 2 || rest > kMaxPersonWords) continue;
            auto rank = catalog_.surname_rank(words_[j].key);
            if (rank && (!best || *rank < best_rank)) {
                best = j;
                best_rank = *rank;
            }
        }
        return best;
    }

    // "Văn hóa và Thể thao", "Văn hóa, Thể thao và Du lịch": after a word written like "Văn hóa",
    // more such words joined by commas and a last "và" go on with the name, as does one capitalised
    // syllable that ends the clause ("Bộ Năng lượng và Mỏ."). Any other "và" or comma ends it ("Sở Y
    // tế và Sở Giáo dục", "Công ty Bảo Tín Minh Châu và Phú Quý", "Bộ Y tế và Mỹ.").
    std::optional<std::size_t> coordinated_end(std::size_t pos) const {
        if (last_ != Last::second_syllable && last_ != Last::part) return std::nullopt;
        std::size_t j = pos;
        while (j + 1 < size_ && words_[j].gap == WordGap::punct && text_.gap_before(j) == ",") {
            if (capital_pair(j)) {
                j += 2;
            } else if (auto part = capitalised_part(j)) {  // "Ủy ban Quốc phòng, Đối ngoại và Thông tin"
                j = *part;
            } else {
                break;
            }
        }
        if (j + 2 < size_ && words_[j].gap == WordGap::space && words_[j].key == "và" &&
            words_[j].letter_case == WordCase::lower && words_[j + 1].gap == WordGap::space && capital_pair(j + 1)) {
            return j + 3;
        }
        bool and_word = j + 1 < size_ && words_[j].gap == WordGap::space && words_[j].key == "và" &&
                        words_[j].letter_case == WordCase::lower && words_[j + 1].gap == WordGap::space;
        if (!and_word) return std::nullopt;
        if (lone_capital_word(j + 1)) return j + 2;
        // "Bộ Giáo dục và Thể thao": a word of names from the data after one.
        if (auto part = catalog_.match(text_, j + 1, size_, kGrowRoles);
            part && last_taken(part->roles) == Last::part && words_[j + 1].capitalised()) {
            // "Phòng Cảnh sát hình sự và Công an huyện Thuận Thành": a head before a unit starts another body.
            if (part->roles.has(OrgRole::head) && catalog_.match(text_, part->end, size_, kUnit)) return std::nullopt;
            return part->end;
        }
        return std::nullopt;
    }

    // A word of names from the data written capitalised at words[j] ("Đối ngoại"): where it ends.
    std::optional<std::size_t> capitalised_part(std::size_t j) const {
        auto part = catalog_.match(text_, j, size_, kGrowRoles);
        if (!part || last_taken(part->roles) != Last::part || !words_[j].capitalised() || words_[j].caps_line) return std::nullopt;
        return part->end;
    }

    bool country_at(std::size_t j) const {
        return words_[j].capitalised() && catalog_.match(text_, j, size_, {OrgRole::country}).has_value();
    }

    // A capitalised syllable alone before punctuation or the end, no data phrase nor place: "Mỏ".
    bool lone_capital_word(std::size_t j) const {
        const OrgWord& word = words_[j];
        bool clause_ends = j + 1 >= size_ || words_[j + 1].gap != WordGap::space;
        return clause_ends && word.letter_case == WordCase::capital && word.syllable && !word.caps_line &&
               !catalog_.is_stop_word(word.key) && !catalog_.match(text_, j, size_, kRunStops) &&
               !catalog_.match(text_, j, size_, {OrgRole::place, OrgRole::country});
    }

    // A capitalised syllable and a lower-case one that no data phrase starts: "Thể thao".
    bool capital_pair(std::size_t j) const {
        if (j + 1 >= size_) return false;
        const OrgWord& first = words_[j];
        const OrgWord& second = words_[j + 1];
        // A one-word head with a lower-case syllable after it is a word of the name, not a body of its
        // own: "Phòng ngừa" in "Cơ quan Kiểm soát và Phòng ngừa Dịch bệnh Nepal", not "Phòng" (a department).
        auto stop = catalog_.match(text_, j, size_, kRunStops);
        bool compound = stop && stop->end == j + 1 && stop->roles.has(OrgRole::head) && !stop->roles.has(OrgRole::known);
        // "Ban Chỉ đạo Quốc gia và Quyết định số 936", "Đảng Bảo thủ và Thủ tướng May": a document's kind or
        // a person's title of two words is the sentence going on ("Kế hoạch" is also a word of names:
        // "Ủy ban Y tế và Kế hoạch gia đình"; "Điều" of "Điều hành" is one word).
        auto title = catalog_.match(text_, j, size_, {OrgRole::title});
        if (title && title->end == j + 2 && !stop && text_.keys(j, j + 2) != "kế hoạch") return false;
        return first.letter_case == WordCase::capital && first.syllable && !first.caps_line &&
               !catalog_.is_stop_word(first.key) && (!stop || compound) &&
               second.gap == WordGap::space && second.letter_case == WordCase::lower && second.syllable &&
               !catalog_.is_stop_word(second.key);
    }

    // A reporter's byline alone on its line, or after a co-author's ("Ngọc Trâm - Trường Thịnh"), a
    // head word that is also a given name and one or two plain words: "Trường Thịnh", not a school.
    bool is_byline(const NameSpan& span) const {
        if (span.end <= span.begin || head_end_ != span.begin + 1 || span.end <= head_end_ || span.end - span.begin > 3 ||
            !head_only_) {
            return false;
        }
        // The article's last words after its last full stop are a byline too ("... từ tháng 5/2016. Trường Hải").
        bool ends_the_text = span.end >= size_ && text_.gap_before(span.begin) == ".";
        bool line_start = span.begin == 0 || words_[span.begin].gap == WordGap::brk || after_coauthor(span.begin) ||
                          ends_the_text;
        bool line_end = span.end >= size_ || words_[span.end].gap == WordGap::brk;
        if (!line_start || !line_end) return false;
        for (std::size_t k = head_end_; k < span.end; ++k) {
            if (words_[k].letter_case != WordCase::capital || !words_[k].syllable || words_[k].alias != 0) return false;
            if (catalog_.match(text_, k, size_, kGrowRoles)) return false;
        }
        return true;
    }

    // Words [line start, j) are a person's name (one to four capitalised words) and a dash: a
    // co-author before the byline at j.
    bool after_coauthor(std::size_t j) const {
        constexpr std::size_t kMaxNameWords = 4;
        if (words_[j].gap != WordGap::dash) return false;
        for (std::size_t k = j, words = 0; k-- > 0 && words < kMaxNameWords; ++words) {
            if (!words_[k].capitalised() || words_[k].alias != 0) return false;
            if (k == 0 || words_[k].gap == WordGap::brk) return true;
            if (words_[k].gap != WordGap::space && words_[k].gap != WordGap::punct) return false;
        }
        return false;
    }

    // "Bệnh viện 108", "Trường Tiểu học Châu Hạnh 2": a short number ends the name.
    bool take_number() {
        const OrgWord& word = words_[pos_];
        // The head the number follows, when it follows one.
        const std::string head = last_ == Last::head ? text_.keys(start_, pos_) : std::string();
        // "trợ cấp BHXH 1 lần": social insurance is also the scheme, and no unit of it is numbered.
        if (head == "bảo hiểm xã hội") return false;
        // "Bộ 3 camera", "Bộ 6 số may mắn": a ministry is never numbered; "bộ" before a number is a set.
        if (head == "bộ") return false;
        bool after_type = last_ == Last::head || last_ == Last::unit;
        // "UBND 10 phường rà soát": a small number between a head and a unit counts the places (but "Đội 3 quận
        // Ninh Kiều" is a team, and "Ban Chỉ đạo 24 huyện Quảng Xương" is named by the decision that set it up).
        constexpr std::size_t kCountDigits = 2;
        bool steering_committee = head == "ban chỉ đạo";
        if (last_ == Last::head && !steering_committee && head != "đội" && word.end - word.begin <= kCountDigits && pos_ + 1 < size_ &&
            words_[pos_ + 1].gap == WordGap::space && catalog_.match(text_, pos_ + 1, size_, kUnit)) {
            return false;
        }
        bool ends_clause = pos_ + 1 >= size_ || words_[pos_ + 1].gap != WordGap::space ||
                           words_[pos_ + 1].letter_case != WordCase::lower;
        // "Bệnh viện Đa khoa tỉnh Hòa Bình 10-15 máy": after a name, a range is a count (but "Bệnh viện 19-8",
        // "Trung đoàn 917-918" right after their type are names).
        bool range = !after_type && pos_ + 1 < size_ && words_[pos_ + 1].gap == WordGap::dash &&
                     words_[pos_ + 1].letter_case == WordCase::number;
        // "Bệnh viện Dã chiến 2.3", "Đội CSGT 1.18": a unit's number of two parts; "Trường Đại học Bách khoa
        // 3.800 chỉ tiêu": thousands are a count.
        constexpr std::size_t kThousandsDigits = 3;
        bool two_parts = pos_ + 1 < size_ && words_[pos_ + 1].letter_case == WordCase::number &&
                         text_.gap_before(pos_ + 1) == ".";
        if (two_parts && words_[pos_ + 1].end - words_[pos_ + 1].begin >= kThousandsDigits) return false;
        // "THPT Yên Hòa 52,5 điểm": a decimal is a score.
        bool decimal = pos_ + 1 < size_ && words_[pos_ + 1].letter_case == WordCase::number && text_.between(pos_ + 1) == ",";
        if (decimal) return false;
        // "Công ty Cổ phần LILAMA 10 cho biết", "Sông Đà 5 đã": a member firm's number before a verb (not a
        // count: "Công ty Sông Đà 5 tỷ đồng").
        constexpr std::size_t kMaxMemberDigits = 2;
        static constexpr std::array<std::string_view, 10> kCounted = {"chỉ", "năm", "tháng", "ngày", "giờ", "phút",
                                                                      "tỷ", "triệu", "người", "lần"};
        // Likewise a school's or a hospital's number ("Trường THCS Dương Đông 1 và THCS Dương Đông 2", "Bệnh
        // viện Nhi đồng 1 tiếp nhận"): without it the name is another body's.
        bool member = (names_a_firm() || names_a_school() || names_a_hospital()) && word.end - word.begin <= kMaxMemberDigits && pos_ + 1 < size_ &&
                      words_[pos_ + 1].gap == WordGap::space && !one_of(text_.keys(pos_ + 1, pos_ + 2), kCounted) &&
                      (is_predicate(words_[pos_ + 1].key) || catalog_.is_stop_word(words_[pos_ + 1].key));
        if (word.end - word.begin > kMaxNumberBytes || !(after_type || ends_clause || two_parts || member) || range) return false;
        take(pos_ + (two_parts ? 2 : 1), true, Last::phrase);
        // "Bệnh viện Nhi đồng 1 TP HCM", "Hạm đội 7 Mỹ": a place may end the name after the number (not
        // "Việt Nam": "Sư đoàn 325 Việt Nam" is the sentence going on).
        if (pos_ >= size_ || words_[pos_].gap != WordGap::space) return false;
        // "Ban Chỉ đạo 389 tỉnh Tây Ninh", "Ban Chỉ đạo 389 tỉnh" (the province the text names), "Đội Quản lý thị
        // trường số 2 tỉnh Gia Lai": the unit after a body's number of three digits or after "số" (a smaller one
        // may count places: "UBND 2 tỉnh").
        constexpr std::size_t kIdDigits = 3;
        bool numbered = word.end - word.begin >= kIdDigits || (pos_ >= 2 && words_[pos_ - 2].key == "số") || steering_committee;
        if (auto unit = numbered && words_[pos_].letter_case != WordCase::number ? catalog_.match(text_, pos_, size_, kUnit)
                                                                              : std::nullopt) {
            return take_unit(*unit);
        }
        take_place_after_number();
        return false;
    }

    // "Bệnh viện Nhi đồng 1 TP HCM", "Trường THPT số 1 Tuy Phước": the place a numbered name may end with (not
    // "Việt Nam": "Sư đoàn 325 Việt Nam" is the sentence going on).
    void take_place_after_number() {
        if (pos_ >= size_ || words_[pos_].gap != WordGap::space || !words_[pos_].capitalised()) return;
        auto place = catalog_.match(text_, pos_, size_, kPlace);
        if (place && text_.keys(pos_, place->end) != "việt nam") take(place->end, true, Last::place);
    }

    // "Đội cảnh sát giao thông", "Cục quản lý giá": a subject of three words or more that the data writes
    // with a capital ("Cảnh sát giao thông"), written in lower case right after a head, is that subject;
    // returns where it ends. Shorter ones are adjectives as often ("hãng hàng không", "ban chỉ đạo quốc
    // gia"), and a legal form spelled out is none ("công ty TNHH một thành viên").
    std::optional<std::size_t> subject_in_lower_case() const {
        constexpr std::size_t kMinSubjectWords = 3;
        // Also after a steering committee's scope: "Ban Chỉ đạo Quốc gia phòng, chống dịch Covid-19".
        constexpr std::size_t kSteeringWords = 3;  // "ban chỉ đạo"
        bool steering = pos_ > start_ + kSteeringWords && text_.keys(start_, start_ + kSteeringWords) == "ban chỉ đạo" &&
                        one_of(text_.keys(pos_ - 2, pos_), kScopes);
        if ((last_ != Last::head && !steering) || words_[pos_].letter_case != WordCase::lower) return std::nullopt;
        auto loose = catalog_.match(text_, pos_, size_, {OrgRole::part}, true);
        if (!loose || loose->end - pos_ < kMinSubjectWords) return std::nullopt;
        if (catalog_.is_spelled_legal_form(text_.keys(pos_, loose->end))) return std::nullopt;
        auto strict = catalog_.match(text_, pos_, size_, {OrgRole::part});
        if (strict && strict->end >= loose->end) return std::nullopt;
        return loose->end;
    }

    // The lower-case second syllable of a capitalised word: "Y tế", "Bách khoa", "Tài chính".
    bool take_second_syllable() {
        const OrgWord& word = words_[pos_];
        if (last_ != Last::single_word || !word.syllable || !words_[pos_ - 1].syllable ||
            catalog_.is_stop_word(word.key)) {
            return false;
        }
        // "Đại học Kinh tế - Luật tham gia": after a dash the word is more often the name's end.
        if (words_[pos_ - 1].gap == WordGap::dash && is_predicate(word.key)) return false;
        // "Trường Hải mở rộng", "Học viện Múa kêu cứu": a verb that is never a word's second syllable.
        if (starts_a_verb_only(word.key)) return false;
        if (written_without_it_elsewhere()) return false;
        take(pos_ + 1, true, Last::second_syllable);
        return true;
    }

    // "Học viện Múa nhanh chóng ra thông báo" where the text also writes "Học viện Múa." or "Học viện Múa Việt
    // Nam": the two words before the lower-case one end a name elsewhere (punctuation, a capitalised or a
    // little word after them), so it is no second syllable of the name's last word ("Bộ Tài" never ends one;
    // "Đại học Công nghiệp" and "Đại học Công nghệ" in one text leave both alone).
    bool written_without_it_elsewhere() const {
        // Little words that follow a name and never end a word of two syllables (unlike "không": "Hàng không").
        static constexpr std::array<std::string_view, 11> kNeverASecondSyllable = {
            "của", "và", "là", "đã", "sẽ", "đang", "với", "tại", "cho", "được", "bị"};
        std::size_t last = pos_ - 1;
        if (last == 0) return false;
        for (std::size_t k = 1; k < size_; ++k) {
            if (k == last || words_[k].key != words_[last].key || words_[k - 1].key != words_[last - 1].key) continue;
            if (!words_[k].capitalised() || words_[k].gap != words_[last].gap) continue;
            if (k + 1 == size_) return true;
            const OrgWord& next = words_[k + 1];
            if (next.key == words_[pos_].key) continue;  // "Đại học Nông Lâm": the same word in title case
            if (next.gap != WordGap::space || one_of(std::string(next.key), kNeverASecondSyllable)) return true;
        }
        return false;
    }

    const OrgCatalog& catalog_;
    const OrgText& text_;
    const std::vector<OrgWord>& words_;
    std::size_t size_;
    std::size_t start_ = 0;
    std::size_t pos_ = 0;
    std::size_t satisfied_ = 0;  // end of the longest complete name read so far
    std::size_t skip_ = kNone;
    std::size_t skip_end_ = kNone;
    std::size_t head_end_ = 0;
    std::size_t province_end_ = kNone;  // where the province of a state body's name ends
    bool head_only_ = false;  // the name started with a head word that needs identifying
    std::size_t bare_unit_ = kNone;      // where the last unit without its place starts
    std::size_t bare_unit_end_ = kNone;  // and ends
    bool needs_identifier_ = true;
    Last last_ = Last::head;
};

// "lãnh đạo Đảng, Nhà nước", "Đảng ta", "của Đảng": the guidelines count a capitalised "Đảng" that
// means one party; in Vietnamese news alone it is the Communist Party of Viet Nam. Not when a name
// goes on ("Đảng Dân chủ", "Đảng bộ", "Đảng ủy"), nor inside one ("Trung ương Đảng", "Đại hội Đảng").
constexpr std::string_view kTheParty = "Đảng Cộng sản Việt Nam";

bool names_the_party(const OrgText& text, std::size_t i) {
    static const std::array<std::string_view, 10> kNotAlone = {"bộ", "ủy", "viên", "phái", "đoàn", "kỳ", "phí", "tịch", "trưởng", "sâm"};
    const auto& words = text.words();
    const OrgWord& word = words[i];
    if (word.key != "đảng" || word.letter_case != WordCase::capital || word.caps_line || word.alias != 0) return false;
    if (i + 1 < words.size() && words[i + 1].gap == WordGap::space) {
        const OrgWord& next = words[i + 1];
        if (next.capitalised() || std::find(kNotAlone.begin(), kNotAlone.end(), next.key) != kNotAlone.end()) return false;
    }
    if (i > 0 && word.gap == WordGap::space) {
        const OrgWord& previous = words[i - 1];
        // "Trung ương Đảng", "cấp ủy Đảng", "tổ chức Đảng": part of a name, or the party's bodies at large.
        if (previous.capitalised() || previous.key == "ương" || previous.key == "ủy" || previous.key == "chức") return false;
    }
    return true;
}

// A national body written in lower case with its country: the body's display name and where the
// country ends.
struct NationalBody {
    std::string_view name;
    std::size_t end = 0;
};

// "chính phủ Ấn Độ", "nội các Hàn Quốc", "quân đội Mỹ", "không quân Mỹ": the guidelines count a foreign
// government, and the forces of a country, written in lower case with the country. ("chính phủ" alone,
// "chính quyền X", or "căn cứ không quân Osan", a base, stay out.)
std::optional<NationalBody> lower_case_national_body(const OrgCatalog& catalog, const OrgText& text, std::size_t i) {
    static const std::array<std::pair<std::string_view, std::string_view>, 6> kBodies = {{
        {"chính", "phủ"}, {"nội", "các"}, {"quân", "đội"}, {"không", "quân"}, {"hải", "quân"}, {"lục", "quân"}}};
    static const std::array<std::string_view, 6> kNames = {"Chính phủ", "Nội các", "Quân đội", "Không quân", "Hải quân", "Lục quân"};
    const auto& words = text.words();
    if (i + 2 >= words.size() || words[i].letter_case != WordCase::lower) return std::nullopt;
    const OrgWord& second = words[i + 1];
    const OrgWord& third = words[i + 2];
    if (second.gap != WordGap::space || second.letter_case != WordCase::lower || third.gap != WordGap::space ||
        third.caps_line) {
        return std::nullopt;
    }
    for (std::size_t k = 0; k < kBodies.size(); ++k) {
        if (words[i].key != kBodies[k].first || second.key != kBodies[k].second) continue;
        auto country = catalog.match(text, i + 2, words.size(), {OrgRole::country});
        if (!country) return std::nullopt;
        return NationalBody{kNames[k], country->end};
    }
    return std::nullopt;
}

// "cảnh sát Tuscaloosa", "cảnh sát London": the guidelines count the police of a foreign city
// written in lower case; returns where the city's name (one or two capitalised words, none a
// Vietnamese syllable nor a country) ends. "cảnh sát Anh", "cảnh sát Hà Nội" stay generic.
std::optional<std::size_t> lower_case_city_police(const OrgCatalog& catalog, const OrgText& text, std::size_t i) {
    constexpr std::size_t kMaxCityWords = 2;
    const auto& words = text.words();
    if (i + 2 >= words.size() || words[i].key != "cảnh" || words[i].letter_case != WordCase::lower) return std::nullopt;
    const OrgWord& second = words[i + 1];
    if (second.key != "sát" || second.gap != WordGap::space || second.letter_case != WordCase::lower) return std::nullopt;
    std::size_t end = i + 2;
    while (end < words.size() && end - (i + 2) < kMaxCityWords && words[end].gap == WordGap::space &&
           words[end].letter_case == WordCase::capital && !words[end].syllable && !words[end].caps_line) {
        ++end;
    }
    if (end == i + 2 || catalog.match(text, i + 2, words.size(), {OrgRole::country, OrgRole::place})) return std::nullopt;
    return end;
}

// "Ảnh: QH", "(Ảnh: QH)": a photographer's initials after a photo's credit (CuedNames names no one there),
// though "QH" is also the Assembly's abbreviation; returns where they end.
std::optional<std::size_t> photo_initials(const OrgText& text, std::size_t i) {
    const auto& words = text.words();
    if (i == 0 || words[i].alias == 0 || words[i - 1].key != "ảnh" || !text.gap_before(i).starts_with(":") ||
        !text.two_capitals(i)) {
        return std::nullopt;
    }
    std::size_t end = i + 1;
    while (end < words.size() && words[end].begin == words[i].begin) ++end;
    return end;
}

// "Phó Thủ tướng Thường trực Chính phủ", "Phó Bí thư Thường trực Thành ủy TPHCM": after a person's title
// "Thường trực" (standing) is more of the title, and the body is what follows it.
bool standing_in_a_title(const OrgCatalog& catalog, const OrgText& text, std::size_t i) {
    constexpr std::size_t kMaxTitleWords = 4;  // "Phó Tổng Giám đốc"
    const auto& words = text.words();
    // Runs at every word: the keys are compared as they are, no string built.
    if (i == 0 || i + 2 >= words.size() || words[i].key != "thường" || words[i + 1].key != "trực" ||
        words[i + 2].gap != WordGap::space) {
        return false;
    }
    for (std::size_t from = i > kMaxTitleWords ? i - kMaxTitleWords : 0; from < i; ++from) {
        auto title = catalog.match(text, from, i, {OrgRole::title}, true);
        if (title && title->end == i && words[from].capitalised()) return true;
    }
    return false;
}

}  // namespace

OrgExtractor::OrgExtractor(const OrgCatalog& catalog) : catalog_(catalog) {}

std::vector<std::string> OrgExtractor::extract(std::string_view text, const std::vector<std::string>& given) const {
    std::string apart = with_source_lines_apart(text);
    OrgText analysed = catalog_.analyse(apart);
    NameParser parser(catalog_, analysed);
    PlaceIndex places(catalog_, analysed);
    std::vector<OrgMention> mentions;
    for (const std::string& name : given) {
        if (auto mention = given_mention(name, analysed, places)) mentions.push_back(std::move(*mention));
    }
    CuedNames cued(catalog_, analysed);
    const auto& words = analysed.words();
    // "Bộ Chỉ huy Thái Bình Dương Mỹ (PACOM)": an acronym in brackets after a name is that name,
    // there and wherever the text uses it again.
    std::unordered_map<std::string, std::string> acronyms;
    auto add = [&](std::string name, std::size_t begin, std::size_t end) {
        if (auto written = name_as_written(catalog_, analysed, begin, end)) name = std::move(*written);
        if (auto same = acronyms.find(catalog_.identity_key(name)); same != acronyms.end()) name = same->second;
        if (after_domestic_groups_head(analysed, begin, end)) name = "Tập đoàn " + name;
        if (after_english_article(analysed, begin, name)) name = "The " + name;
        // "Tập đoàn Tài chính Sumitomo Mitsui (Tập đoàn SMBC)": the acronym may follow the name's own head.
        std::size_t head = 0;
        while (head < 2 && end + head < words.size() && begin + head < end && words[end + head].key == words[begin + head].key &&
               (head == 0 || words[end + head].gap == WordGap::space)) {
            ++head;
        }
        std::size_t acronym = end + head;
        if (acronym < words.size() && words[acronym].letter_case == WordCase::upper && analysed.gap_before(end) == "(" &&
            (head == 0 || words[acronym].gap == WordGap::space) &&
            (acronym + 1 == words.size() || analysed.gap_before(acronym + 1).starts_with(")"))) {
            acronyms.emplace(catalog_.identity_key(catalog_.spell(analysed, acronym, acronym + 1)), name);
            end = acronym + 1;
        }
        name = punctuated_as_written(std::move(name), analysed, begin, end);
        mentions.push_back(mention(std::move(name), begin, written_in_capitals(analysed, begin, end)));
        return end;
    };
    SchoolList school_list(catalog_);
    for (std::size_t i = 0; i < words.size();) {
        if (auto joint = joint_ministries(catalog_, analysed, i)) {
            // "các Sở KH-ĐT, Xây dựng": a province's departments, each given the province as one named alone is.
            auto province = joint->departments ? places.province_for(i) : std::nullopt;
            if (!joint->departments || province) {
                std::string place = province ? " " + places.department_place(*province) : "";
                for (auto& name : joint->names) mentions.push_back(mention(name + place, i, false));
            }
            i = joint->end;
            continue;
        }
        if (auto listed = places_sharing_a_body(catalog_, analysed, i)) {
            // "UBND các tỉnh Nam Định, Ninh Bình": each place's body.
            for (std::size_t k = 0; k < listed->places.size(); ++k) {
                mentions.push_back(mention(listed->body + " " + listed->places[k], listed->positions[k], false));
            }
            i = listed->end;
            continue;
        }
        if (auto firms = firms_sharing_a_head(catalog_, analysed, i)) {
            for (auto& name : firms->names) mentions.push_back(mention(std::move(name), i, false));
            i = firms->end;
            continue;
        }
        if (auto body = lower_case_national_body(catalog_, analysed, i)) {
            mentions.push_back(mention(std::string(body->name) + " " + catalog_.spell(analysed, i + 2, body->end), i, false));
            i = body->end;
            continue;
        }
        if (auto city = lower_case_city_police(catalog_, analysed, i)) {
            mentions.push_back(mention("Cảnh sát " + catalog_.spell(analysed, i + 2, *city), i, false));
            i = *city;
            continue;
        }
        if (names_the_party(analysed, i)) {
            mentions.push_back(mention(std::string(kTheParty), i, false));
            ++i;
            continue;
        }
        if (auto name = cued.at(i)) {
            i = add(spell_cued(analysed, name->begin, name->end), name->begin, name->end);
            if (name->second_end > name->second_begin) {
                i = std::max(i, add(spell_cued(analysed, name->second_begin, name->second_end), name->second_begin,
                                    name->second_end));
            }
            continue;
        }
        if (standing_in_a_title(catalog_, analysed, i)) {
            i += 2;
            continue;
        }
        if (auto end = photo_initials(analysed, i)) {
            i = *end;
            continue;
        }
        NameSpan span = parser.parse(i);
        i = span.next;
        if (span.end <= span.begin || index_or_listing_code(analysed, span.begin, span.end) ||
            in_a_list_of_tickers(analysed, span.begin, span.end) || at_its_seat(analysed, span.begin, span.end)) {
            continue;
        }
        std::string name;
        bool placed = false;  // a place added from elsewhere in the text
        if (span.bare_unit != kNone) {
            // "UBND tỉnh" is the province the text names: "Ủy ban nhân dân tỉnh Yên Bái"; left out
            // when it names none, or means every province's ("UBND tỉnh, thành phố", "các UBND tỉnh").
            if (means_every_province(analysed.words(), span.begin, span.end) ||
                another_unit_listed(catalog_, analysed, span.end)) {
                continue;
            }
            auto place = places.unit_place_name(analysed.keys(span.bare_unit, span.end), span.begin, span.end);
            if (!place) continue;
            name = spell_span(analysed, span.begin, span.bare_unit, span.skip, span.skip_end, span.joins) + " " + *place;
        } else {
            if (branch_by_place_alone(analysed, places, span.begin, span.end)) continue;
            if (shared_kind_and_country(analysed, span.begin, span.end)) continue;
            std::string spelled = club_with_its_city_as_written(analysed, span.begin, span.end)
                                      ? std::string(analysed.written(span.begin, span.end))
                                      : spell_span(analysed, span.begin, span.end, span.skip, span.skip_end, span.joins);
            if (auto task_end = task_after_scope(analysed, span.begin, span.end)) {
                // "Ban Chỉ đạo Trung ương về phòng, chống tham nhũng": the task is the committee's name.
                spelled += " về " + catalog_.spell(analysed, span.end + 1, *task_end);
                span.end = *task_end;
                i = std::max(i, span.end);
            }
            if (auto partners_end = partners_after_a_law_office(analysed, span.begin, span.end)) {
                // "Văn phòng Luật sư Kim Phụng và cộng sự": the partners are the firm's name.
                spelled += " " + std::string(analysed.written(span.end, *partners_end));
                span.end = *partners_end;
                i = std::max(i, span.end);
            }
            auto with_place = with_its_place(spelled, analysed, places, span.begin, span.end);
            if (!with_place) continue;
            placed = with_place->size() != spelled.size();
            name = std::move(*with_place);
        }
        bool shares_truong = school_list.continues_at(analysed, span.begin, span.end);
        if (shares_truong || starts_with_bare_school_kind(analysed, span.begin)) name = "Trường " + name;
        school_list.note(analysed, span.begin, span.end, shares_truong);
        std::size_t after = add(std::move(name), span.begin, span.end);
        mentions.back().placed = placed;
        if (after > span.end) i = std::max(i, after);
    }
    for (const auto& listed : {names_listed_with_known_ones(catalog_, analysed), names_listed_after_their_kind(catalog_, analysed)}) {
        for (const ListedName& name : listed) {
            mentions.push_back(mention(catalog_.spell(analysed, name.begin, name.end), name.begin,
                                       written_in_capitals(analysed, name.begin, name.end)));
        }
    }
    for (const ListedName& outlet : outlets_of_closing_source_line(catalog_, analysed)) {
        // Only where the line's cue found nothing: "Theo AG news" keeps the "AG" it found.
        if (std::any_of(mentions.begin(), mentions.end(), [&](const OrgMention& found) {
                return found.position >= outlet.begin && found.position < outlet.end;
            })) {
            continue;
        }
        // As the data spells a known outlet, else as written ("Báo Ấp Bắc" is the paper "Ấp Bắc", no hamlet).
        std::string written(analysed.written(outlet.begin, outlet.end));
        mentions.push_back(mention(catalog_.known_spelling(analysed, outlet.begin, outlet.end).value_or(std::move(written)),
                                   outlet.begin, written_in_capitals(analysed, outlet.begin, outlet.end)));
    }
    if (auto glued = outlet_glued_to_its_writer(catalog_, analysed)) {
        // The cue's reading took the writer and the outlet as one name ("Nhật ThanhVietnamNet"): the outlet instead.
        std::size_t last = analysed.words().size() - 1;
        std::string_view glued_word = analysed.written(last, last + 1);
        std::erase_if(mentions, [&](const OrgMention& found) { return found.name.ends_with(glued_word); });
        mentions.push_back(mention(std::move(*glued), last, false));
    }
    for (const ListedName& outlet : outlets_of_video_credits(catalog_, analysed)) {
        std::string written(analysed.written(outlet.begin, outlet.end));
        mentions.push_back(mention(catalog_.known_spelling(analysed, outlet.begin, outlet.end).value_or(std::move(written)),
                                   outlet.begin, written_in_capitals(analysed, outlet.begin, outlet.end)));
    }
    for (const TeamName& club : clubs_in_score_lines(catalog_, analysed)) {
        mentions.push_back(mention(catalog_.spell(analysed, club.begin, club.end), club.begin,
                                   written_in_capitals(analysed, club.begin, club.end)));
    }
    for (const TeamName& club : clubs_named_bare(catalog_, analysed)) {
        std::string name(analysed.written(club.begin, club.end));
        // "Inter" where the article names "Inter Milan": the full name already counts the club.
        if (std::any_of(mentions.begin(), mentions.end(), [&](const OrgMention& found) { return has_word(found.name, name); })) {
            continue;
        }
        mentions.push_back(mention(std::move(name), club.begin, false));
    }
    for (const ListedName& platform : platforms_named_as_companies(catalog_, analysed)) {
        mentions.push_back(mention(std::string(analysed.written(platform.begin, platform.end)), platform.begin, false));
    }
    drop_club_heads_of_named_clubs(mentions);
    return merge_mentions(
        mentions, [this](const std::string& name, bool without_units) { return catalog_.identity_key(name, without_units); },
        [this](const std::vector<std::string>& words, std::size_t pos) { return catalog_.legal_form_at(words, pos); });
}

std::optional<OrgMention> OrgExtractor::given_mention(const std::string& name, const OrgText& text,
                                                     const PlaceIndex& places) const {
    OrgText analysed = catalog_.analyse(name);
    const auto& words = analysed.words();
    if (words.empty()) return std::nullopt;
    bool capitals = written_in_capitals(analysed, 0, words.size());
    // A name ending in a unit without its place: "UBND QUẬN", "Đảng bộ phường".
    for (std::size_t unit = 1; unit < words.size(); ++unit) {
        auto found = catalog_.match(analysed, unit, words.size(), {OrgRole::unit}, true);
        if (!found || found->end != words.size()) continue;
        auto place = places.place_for(analysed.keys(unit, words.size()), 0);
        if (!place) return std::nullopt;
        return mention(catalog_.spell(analysed, 0, unit) + " " + catalog_.spell(text, place->begin, place->end), 0,
                       capitals);
    }
    std::string canonical = catalog_.canonical_name(name);
    if (canonical.empty()) return std::nullopt;
    // "BAN TUYÊN GIÁO QUẬN ỦY" under an article naming "quận Đống Đa": a party committee's board given without
    // its place is the committee's the text names, as the same name in the text is (with_its_place).
    if (auto unit = committee_unit(canonical)) {
        if (auto place = places.committee_place(*unit, 0)) canonical += " " + *place;
    }
    return mention(std::move(canonical), 0, capitals);
}

std::optional<std::string> OrgExtractor::with_its_place(std::string name, const OrgText& text, const PlaceIndex& places,
                                                        std::size_t begin, std::size_t end) const {
    if (department_without_place(name)) {
        // "Sở Y tế" is the province's the text names: "Sở Y tế tỉnh Yên Bái"; left out when it names
        // none or means every province's (across articles, a bare "Sở Y tế" would gather every
        // province's).
        if (means_every_province(text.words(), begin, end)) return std::nullopt;
        auto province = places.province_after_same_words(begin, end);
        if (!province) province = places.province_for(begin);
        if (!province) return std::nullopt;
        return name + " " + places.department_place(*province);
    }
    if (local_steering_committee_without_place(name)) {
        // "Ban Chỉ đạo phòng, chống dịch Covid-19" is the province's the text names, as the annotations name
        // it; as written when it names none.
        auto province = places.province_after_same_words(begin, end);
        if (!province) province = places.province_for(begin);
        if (province) return name + " " + places.department_place(*province);
        return name;
    }
    if (auto unit = committee_unit(name)) {
        // "Tỉnh ủy" is the province's the text names: "Tỉnh ủy Hòa Bình" (a bare one gathered every
        // province's across articles); as written when it names none, which the guidelines count;
        // left out when it means many ("các Tỉnh ủy").
        if (means_every_province(text.words(), begin, end)) return std::nullopt;
        if (auto place = places.committee_place(*unit, begin)) return name + " " + *place;
    }
    return name;
}

std::optional<std::size_t> OrgExtractor::task_after_scope(const OrgText& text, std::size_t begin, std::size_t end) const {
    static constexpr std::array<std::string_view, 4> kCommittees = {"ban chỉ đạo", "ủy ban", "hội đồng", "trung tâm điều phối"};
    static constexpr std::array<std::string_view, 3> kScopes = {"trung ương", "quốc gia", "nhà nước"};
    constexpr std::size_t kScopeWords = 2;
    const auto& words = text.words();
    // The cheap test first: every name of every text comes here, and few are followed by "về".
    if (end + 1 >= words.size() || words[end].key != "về" || words[end].gap != WordGap::space ||
        words[end + 1].gap != WordGap::space || end < begin + 2 * kScopeWords) {
        return std::nullopt;
    }
    bool committee = std::any_of(kCommittees.begin(), kCommittees.end(), [&](std::string_view kind) {
        return text.keys(begin, begin + schema::split_spaces(kind).size()) == kind;
    });
    if (!committee || !one_of(text.keys(end - kScopeWords, end), kScopes)) return std::nullopt;
    auto task = catalog_.match(text, end + 1, words.size(), {OrgRole::part}, true);
    if (!task) return std::nullopt;
    // The whole task, not its first words: "về đổi mới cơ chế hoạt động" is no committee's "Đổi mới".
    bool whole = task->end >= words.size() || words[task->end].gap != WordGap::space || words[task->end].capitalised() ||
                 catalog_.is_stop_word(words[task->end].key);
    if (!whole) return std::nullopt;
    return task->end;
}

std::optional<std::size_t> OrgExtractor::partners_after_a_law_office(const OrgText& text, std::size_t begin, std::size_t end) {
    static constexpr std::array<std::string_view, 3> kLawOffices = {"văn phòng luật sư", "công ty luật", "vpls"};
    static constexpr std::string_view kPartners = "và cộng sự";
    constexpr std::size_t kPartnersWords = 3;
    const auto& words = text.words();
    // The cheap test first: every name of every text comes here, and few are followed by "và".
    if (end + kPartnersWords > words.size() || words[end].key != "và" || text.keys(end, end + kPartnersWords) != kPartners) {
        return std::nullopt;
    }
    for (std::size_t k = end; k < end + kPartnersWords; ++k) {
        if (words[k].gap != WordGap::space) return std::nullopt;
    }
    bool law_office = std::any_of(kLawOffices.begin(), kLawOffices.end(), [&](std::string_view head) {
        return text.keys(begin, begin + schema::split_spaces(head).size()) == head;
    });
    if (!law_office) return std::nullopt;
    return end + kPartnersWords;
}

bool OrgExtractor::local_steering_committee_without_place(std::string_view name) const {
    static constexpr std::array<std::string_view, 2> kCommittees = {"Ban Chỉ đạo ", "Ban Chỉ huy "};
    for (std::string_view committee : kCommittees) {
        if (!name.starts_with(committee)) continue;
        // Its task alone, a field the data lists that starts "Phòng, chống" ("phòng, chống thiên tai").
        std::string task(name.substr(committee.size()));
        OrgText words = catalog_.analyse(task);
        const std::size_t size = words.words().size();
        if (size < 2 || words.keys(0, 2) != "phòng chống") return false;
        auto part = catalog_.match(words, 0, size, {OrgRole::part}, true);
        return part && part->end == size;
    }
    return false;
}

bool OrgExtractor::department_without_place(std::string_view name) const {
    constexpr std::string_view kDepartment = "Sở ", kMinistry = "Bộ ";
    if (!name.starts_with(kDepartment)) return false;
    std::string field(name.substr(kDepartment.size()));
    if (catalog_.is_known_name(std::string(kMinistry) + field)) return true;
    OrgText words = catalog_.analyse(field);
    return catalog_.is_provincial_field(words.keys(0, words.words().size()));
}

bool OrgExtractor::index_or_listing_code(const OrgText& text, std::size_t begin, std::size_t end) {
    const auto& words = text.words();
    if (end >= words.size()) return false;
    bool index = words[end].gap == WordGap::dash && words[end].key == "index";
    // An exchange's acronym, a colon and a ticker ("HOSE: FPT"), not "Ảnh: CNN" after a name.
    bool listing = end == begin + 1 && words[begin].letter_case == WordCase::upper && text.gap_before(end).starts_with(":") &&
                   ticker_shaped(words[end]);
    return index || listing;
}

bool OrgExtractor::at_its_seat(const OrgText& text, std::size_t begin, std::size_t end) const {
    // Words of a place ("tại", "rời", "thăm") or of the occupant ("ông chủ", "chủ nhân", "phóng viên").
    static constexpr std::array<std::string_view, 11> kPlaceWords = {"tại", "ở",    "đến",  "tới", "rời", "khỏi",
                                                                     "thăm", "vào", "chủ", "nhân", "viên"};
    if (begin == 0 || text.words()[begin].gap != WordGap::space || !catalog_.is_seat(text.keys(begin, end))) return false;
    std::string_view before = text.words()[begin - 1].key;
    return std::find(kPlaceWords.begin(), kPlaceWords.end(), before) != kPlaceWords.end();
}

void OrgExtractor::drop_club_heads_of_named_clubs(std::vector<OrgMention>& mentions) const {
    constexpr std::string_view kClub = "CLB ";
    // Most texts name no club by its head: no identity to compute for them.
    if (std::none_of(mentions.begin(), mentions.end(), [&](const OrgMention& found) { return found.name.starts_with(kClub); })) {
        return;
    }
    std::unordered_set<std::string> names;
    for (const OrgMention& found : mentions) names.insert(catalog_.identity_key(found.name));
    std::erase_if(mentions, [&](const OrgMention& found) {
        if (!found.name.starts_with(kClub)) return false;
        std::string_view rest = std::string_view(found.name).substr(kClub.size());
        // "CLB Ngân hàng Công Thương" is the bank's club, another body than the bank.
        OrgText words = catalog_.analyse(rest);
        if (catalog_.match(words, 0, words.words().size(), {OrgRole::head, OrgRole::body})) return false;
        return names.contains(catalog_.identity_key(rest));
    });
}

bool OrgExtractor::club_with_its_city_as_written(const OrgText& text, std::size_t begin, std::size_t end) const {
    const auto& words = text.words();
    if (end < begin + 2 || words[begin].key != "clb" || words[begin + 1].alias == 0) return false;
    // Every word after "CLB" comes from the one abbreviation, of a place ("CLB TDTT" is a field's).
    bool one_abbreviation = std::all_of(words.begin() + begin + 1, words.begin() + end,
                                        [&](const OrgWord& word) { return word.alias == words[begin + 1].alias; });
    auto place = catalog_.match(text, begin + 1, end, {OrgRole::place});
    return one_abbreviation && place && place->end == end;
}

bool OrgExtractor::in_a_list_of_tickers(const OrgText& text, std::size_t begin, std::size_t end) const {
    const auto& words = text.words();
    auto ticker = [&](std::size_t k) { return ticker_shaped(words[k]) && words[k].alias == 0; };
    if (end != begin + 1 || !ticker(begin)) return false;
    // Two items of its comma list are tickers no body is known by: "KDH, VRE, FPT, VJC" (not "WHO, FAO, ILO"
    // nor "WHO, ILO, IPU, CDC").
    constexpr std::size_t kMinUnknownTickers = 2;
    auto unknown_ticker = [&](std::size_t k) {
        return ticker(k) && !catalog_.match(text, k, k + 1, {OrgRole::known, OrgRole::head, OrgRole::body});
    };
    std::size_t unknown = 0;
    for (std::size_t k = begin; k > 0 && text.gap_before(k) == "," && ticker(k - 1); --k) unknown += unknown_ticker(k - 1);
    for (std::size_t k = end; k < words.size() && text.gap_before(k) == "," && ticker(k); ++k) unknown += unknown_ticker(k);
    return unknown >= kMinUnknownTickers && says_the_market(text, begin);
}

bool OrgExtractor::after_english_article(const OrgText& text, std::size_t begin, const std::string& name) const {
    const auto& words = text.words();
    // Not before an acronym: "the ISIS", "the FT".
    return begin >= 1 && words[begin].gap == WordGap::space && words[begin - 1].key == "the" &&
           words[begin].letter_case == WordCase::capital && catalog_.is_known_name(name);
}

bool OrgExtractor::after_domestic_groups_head(const OrgText& text, std::size_t begin, std::size_t end) const {
    constexpr std::size_t kHeadWords = 2;  // "tập đoàn"
    const auto& words = text.words();
    // Every mention asks: the words' own keys first, the brand's joined keys only after "tập đoàn".
    return begin >= kHeadWords && words[begin].gap == WordGap::space && words[begin - 1].gap == WordGap::space &&
           words[begin - 2].key == "tập" && words[begin - 1].key == "đoàn" && catalog_.is_domestic_group(text.keys(begin, end));
}

bool OrgExtractor::branch_by_place_alone(const OrgText& text, const PlaceIndex& places, std::size_t begin,
                                         std::size_t end) const {
    constexpr std::size_t kBranchWords = 2;
    const auto& words = text.words();
    if (end <= begin + kBranchWords || words[begin].key != "chi" || words[begin + 1].key != "nhánh") return false;
    return places.is_place(begin + kBranchWords, end);
}

bool OrgExtractor::shared_kind_and_country(const OrgText& text, std::size_t begin, std::size_t end) const {
    constexpr std::size_t kMaxKindWords = 3;
    const auto& words = text.words();
    for (std::size_t country = begin + 1; country < end && country <= begin + kMaxKindWords; ++country) {
        if (!catalog_.is_shared_kind(text.keys(begin, country))) continue;
        std::size_t from = country < end - 1 && words[country].key == "nước" ? country + 1 : country;  // "CLB nước Anh"
        auto found = catalog_.match(text, from, end, {OrgRole::country});
        if (found && found->end == end) return true;
    }
    return false;
}

std::optional<std::string> OrgExtractor::committee_unit(std::string_view name) {
    static const std::array<std::pair<std::string_view, std::string_view>, 5> kCommittees = {{{"Tỉnh ủy", "tỉnh"},
                                                                                              {"Thành ủy", "thành phố"},
                                                                                              {"Quận ủy", "quận"},
                                                                                              {"Huyện ủy", "huyện"},
                                                                                              {"Thị ủy", "thị xã"}}};
    // Also a committee's own board or department: "Ban Thường vụ Tỉnh ủy", "Ban Tuyên giáo Thành ủy".
    for (const auto& [committee, unit] : kCommittees) {
        if (name == committee || (name.ends_with(committee) && name[name.size() - committee.size() - 1] == ' ')) {
            return std::string(unit);
        }
    }
    return std::nullopt;
}

OrgMention OrgExtractor::mention(std::string name, std::size_t position, bool from_capitals) const {
    name = without_repeated_start(std::move(name));
    bool preferred = catalog_.is_first_name_of_group(name);
    return OrgMention{std::move(name), position, from_capitals, preferred};
}

std::string OrgExtractor::spell_span(const OrgText& text, std::size_t begin, std::size_t end, std::size_t skip,
                                     std::size_t skip_end, const std::vector<std::size_t>& joins) const {
    // Spelled in pieces, each joined to the one before by a space: at the skipped word and at a chain's dash.
    std::vector<std::size_t> cuts;
    for (std::size_t join : joins) {
        if (join > begin && join < end) cuts.push_back(join);
    }
    if (skip != kNone && skip >= begin && skip < end) cuts.push_back(skip);
    std::sort(cuts.begin(), cuts.end());
    std::string name;
    std::size_t from = begin;
    for (std::size_t cut : cuts) {
        if (cut > from) name += (name.empty() ? "" : " ") + catalog_.spell(text, from, cut);
        from = cut == skip ? skip_end : cut;
    }
    if (end > from) name += (name.empty() ? "" : " ") + catalog_.spell(text, from, end);
    return name;
}

std::string OrgExtractor::spell_cued(const OrgText& text, std::size_t begin, std::size_t end) const {
    // "báo Thanh niên": a known outlet in sentence case after its cue keeps the data's spelling.
    std::string name = catalog_.known_spelling(text, begin, end).value_or(catalog_.spell(text, begin, end));
    // "Ảnh: Doãn Đức/Vietnam+": a plus sign is the outlet's last letter, which "Vietnam" alone would lose.
    std::size_t after = text.words()[end - 1].end;
    if (after < text.text().size() && text.text()[after] == '+') name += '+';
    return name;
}

bool OrgExtractor::written_in_capitals(const OrgText& text, std::size_t begin, std::size_t end) {
    for (std::size_t k = begin; k < end; ++k) {
        const OrgWord& word = text.words()[k];
        if (!word.caps_line && word.letter_case != WordCase::upper && word.alias == 0) return false;
    }
    return true;
}

}  // namespace vnsearch::indexer
