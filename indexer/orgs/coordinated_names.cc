// Coordinations that share one head word; see coordinated_names.h.
#include "orgs/coordinated_names.h"

#include <algorithm>
#include <array>
#include <string_view>

#include "orgs/place_index.h"

namespace vnsearch::indexer {
namespace {

const OrgRoles kUnit = {OrgRole::unit};

// The catalog's name "Bộ <words [j, k)>" for the longest k, and k; nullopt when it knows none. A
// province's department ("sở") is named by its ministry's field: "Sở" + what follows "Bộ".
std::optional<std::pair<std::string, std::size_t>> ministry_at(const OrgCatalog& catalog, const OrgText& text, std::size_t j,
                                                               bool department) {
    constexpr std::size_t kMaxWords = 7;  // "Lao động - Thương binh và Xã hội"
    const auto& words = text.words();
    std::optional<std::pair<std::string, std::size_t>> longest;
    for (std::size_t k = j + 1; k <= std::min(words.size(), j + kMaxWords); ++k) {
        // "Văn hóa, Thể thao và Du lịch": a comma may be inside the name; the longest known one wins.
        bool inside = k == j + 1 || words[k - 1].gap == WordGap::space || words[k - 1].gap == WordGap::dash ||
                      (words[k - 1].gap == WordGap::punct && text.gap_before(k - 1) == ",");
        if (!inside) break;
        std::string field = catalog.spell(text, j, k);
        const std::string as_ministry = "Bộ " + field;  // alive as long as the OrgText that views it
        OrgText whole = catalog.analyse(as_ministry);
        auto found = catalog.match(whole, 0, whole.words().size(), {OrgRole::known, OrgRole::body}, true);
        if (found && found->end == whole.words().size()) {
            std::string ministry = catalog.canonical_name(as_ministry);
            longest.emplace(department ? ministry.replace(0, std::string_view("Bộ").size(), "Sở") : ministry, k);
        } else if (department && catalog.is_provincial_field(text.keys(j, k))) {  // "các Sở: TN-MT, Du lịch"
            longest.emplace("Sở " + field, k);
        }
    }
    return longest;
}

// Where a list of ministries' names starts after its shared "bộ": "liên bộ Y tế - Tài chính", "các bộ
// Ngoại giao, Công an, Y tế", "Bộ Công Thương, Tư pháp"; or of departments after "các sở" ("các Sở KH-ĐT,
// Xây dựng, TN-MT"); nullopt where no list can start. `department` tells which.
std::optional<std::size_t> ministries_list_start(const OrgText& text, std::size_t i, bool& department) {
    const auto& words = text.words();
    auto head = [&](std::size_t k) {
        return k < words.size() && (words[k].key == "bộ" || words[k].key == "sở") && words[k].gap == WordGap::space;
    };
    if (i + 2 < words.size() && (words[i].key == "liên" || words[i].key == "các") && head(i + 1)) {
        // "các bộ: Ngoại giao, ...", "các Bộ Ngoại giao, ..."
        department = words[i + 1].key == "sở";
        bool colon = words[i + 2].gap != WordGap::space && text.gap_before(i + 2) == ":";
        if (words[i + 2].gap == WordGap::space || colon) return i + 2;
    }
    if (i + 1 < words.size() && words[i].key == "bộ" && words[i].letter_case == WordCase::capital &&
        words[i + 1].gap == WordGap::space) {
        department = false;
        return i + 1;
    }
    return std::nullopt;
}

// A ministry of a list ends where its name does: at a comma, "và", a dash, a bracket or a lower-case
// word, not before a place or another capitalised word ("Bộ Y tế, Công an tỉnh Hòa Bình" lists one).
bool ministry_item_ends(const OrgCatalog& catalog, const OrgText& text, std::size_t end) {
    const auto& words = text.words();
    if (end >= words.size() || words[end].gap != WordGap::space) return true;
    return words[end].letter_case == WordCase::lower && !catalog.match(text, end, words.size(), kUnit, true);
}

// The firm's head at words[i] ("Tổng công ty", "Công ty cổ phần", "CTCP"): where it ends.
std::optional<std::size_t> firm_head_at(const OrgCatalog& catalog, const OrgText& text, std::size_t i) {
    static constexpr std::array<std::string_view, 3> kFirmHeads = {"tổng công ty", "công ty", "ctcp"};
    auto head = catalog.match(text, i, text.words().size(), {OrgRole::head}, true);
    if (!head || !text.words()[i].capitalised()) return std::nullopt;
    std::string keys = text.keys(i, head->end);
    bool firm = std::any_of(kFirmHeads.begin(), kFirmHeads.end(), [&](std::string_view kind) { return keys.starts_with(kind); });
    if (!firm) return std::nullopt;
    return head->end;
}

// One item of a firm list at words[j]: capitalised words (or initials, numbers) and the lower-case syllables
// that end a capitalised one ("Bột giặt NET", "Xây dựng Hà Nội"); where it ends, or nullopt.
std::optional<std::size_t> firm_item_end(const OrgCatalog& catalog, const OrgText& text, std::size_t j) {
    constexpr std::size_t kMaxItemWords = 5;
    const auto& words = text.words();
    if (j >= words.size() || !words[j].capitalised() || catalog.is_stop_word(words[j].key)) return std::nullopt;
    // Not another body, a title, a unit ("Công ty: Bí thư Đảng ủy, Chủ tịch ...", "Công ty TNHH Bộ Tài nguyên").
    static const OrgRoles kNotAFirm = {OrgRole::head, OrgRole::body, OrgRole::title, OrgRole::unit, OrgRole::block};
    if (catalog.match(text, j, words.size(), kNotAFirm, true)) return std::nullopt;
    std::size_t k = j + 1;
    while (k < words.size() && k - j < kMaxItemWords && words[k].gap == WordGap::space) {
        const OrgWord& word = words[k];
        bool second_syllable = word.letter_case == WordCase::lower && word.syllable && words[k - 1].letter_case == WordCase::capital &&
                               words[k - 1].syllable && !catalog.is_stop_word(word.key);
        if (!word.capitalised() && word.letter_case != WordCase::number && !second_syllable) break;
        ++k;
    }
    // Nor a place or a person alone ("Công ty TNHH Hà Nội, ...", "Công ty CP Lưu Như Trân, ...").
    auto place = catalog.match(text, j, words.size(), {OrgRole::place}, true);
    if (place && place->end == k) return std::nullopt;
    bool person = k - j >= 2 && k - j <= 4 && catalog.surname_rank(words[j].key).has_value() &&
                  std::all_of(words.begin() + static_cast<std::ptrdiff_t>(j), words.begin() + static_cast<std::ptrdiff_t>(k),
                              [](const OrgWord& w) { return w.letter_case == WordCase::capital && w.syllable; });
    if (person) return std::nullopt;
    return k;
}

// A count before a unit that makes it several places: "các", "hai", "ba", "bốn", "năm", a number.
bool counts_places(const OrgWord& word) {
    static constexpr std::array<std::string_view, 5> kCounts = {"các", "hai", "ba", "bốn", "năm"};
    return word.gap == WordGap::space && (word.letter_case == WordCase::number ||
                                          std::find(kCounts.begin(), kCounts.end(), word.key) != kCounts.end());
}

// One place of a list at words[j]: a listed place or province, else one to four capitalised words ("Thạch
// Hội", "Lý Nhân"), not a body, a title or a person's three words ("Nguyễn Văn Nam"); where it ends.
std::optional<std::size_t> listed_place_end(const OrgCatalog& catalog, const OrgText& text, std::size_t j) {
    constexpr std::size_t kMaxPlaceWords = 4;
    constexpr std::size_t kPersonWords = 3;
    const auto& words = text.words();
    if (j >= words.size() || !words[j].capitalised() || catalog.is_stop_word(words[j].key)) return std::nullopt;
    static const OrgRoles kNotAPlace = {OrgRole::head, OrgRole::body, OrgRole::known, OrgRole::title, OrgRole::unit};
    if (auto place = catalog.match(text, j, words.size(), {OrgRole::place, OrgRole::province}, true)) return place->end;
    if (catalog.match(text, j, words.size(), kNotAPlace, true)) return std::nullopt;
    std::size_t k = j + 1;
    while (k < words.size() && k - j < kMaxPlaceWords && words[k].gap == WordGap::space && words[k].capitalised() &&
           !catalog.is_stop_word(words[k].key)) {
        ++k;
    }
    if (k - j >= kPersonWords && catalog.surname_rank(words[j].key)) return std::nullopt;
    // "các huyện Lý Nhân, Thanh Liêm, Bình lục, Duy Tiên": a syllable in lower case before the next comma is
    // the name's, miswritten.
    bool miswritten = k < words.size() && words[k].gap == WordGap::space && words[k].letter_case == WordCase::lower &&
                      words[k].syllable && !catalog.is_stop_word(words[k].key) && k + 1 < words.size() &&
                      words[k + 1].gap == WordGap::punct && text.gap_before(k + 1) == ",";
    return miswritten ? k + 1 : k;
}

// Where the next item of a list starts after words ending at `end`: past ", " or " và ", else nullopt.
std::optional<std::size_t> next_item(const OrgText& text, std::size_t end) {
    const auto& words = text.words();
    if (end >= words.size()) return std::nullopt;
    if (words[end].gap == WordGap::punct && text.gap_before(end) == ",") return end;
    if (words[end].key == "và" && words[end].gap == WordGap::space && end + 1 < words.size() &&
        words[end + 1].gap == WordGap::space) {
        return end + 1;
    }
    return std::nullopt;
}

}  // namespace

std::optional<FirmList> firms_sharing_a_head(const OrgCatalog& catalog, const OrgText& text, std::size_t i) {
    const auto& words = text.words();
    auto head_end = firm_head_at(catalog, text, i);
    if (!head_end || *head_end >= words.size()) return std::nullopt;
    bool colon = text.gap_before(*head_end) == ":";
    if (!colon && words[*head_end].gap != WordGap::space) return std::nullopt;
    // "Capital House, Tổng công ty Viglacera, CEO Group, Alphanam": a name with its head inside a list of
    // firms shares it with none.
    if (i > 0 && words[i].gap == WordGap::punct && text.gap_before(i) == ",") return std::nullopt;
    std::string head = catalog.spell(text, i, *head_end);
    FirmList list;
    std::size_t commas = 0;
    for (std::size_t j = *head_end; j < words.size();) {
        auto end = firm_item_end(catalog, text, j);
        if (!end) break;
        // "Công ty In, Thương mại và Dịch vụ Agribank": a field alone is a word of one firm's name.
        auto field = catalog.match(text, j, *end, {OrgRole::part});
        if (field && field->end == *end && !field->roles.has(OrgRole::known)) return std::nullopt;
        auto known = catalog.match(text, j, *end, {OrgRole::known});
        // A foreign firm is named without the Vietnamese head ("Công ty TNHH Samsung Display, Intops"), as one
        // the catalog knows is by its own name.
        bool foreign = std::any_of(words.begin() + static_cast<std::ptrdiff_t>(j), words.begin() + static_cast<std::ptrdiff_t>(*end),
                                   [](const OrgWord& w) { return !w.syllable && w.letter_case != WordCase::upper &&
                                                                 w.letter_case != WordCase::number; });
        bool known_alone = (known && known->end == *end) || (foreign && !list.names.empty());
        // Initials alone keep their capitals ("DIC"): spelled alone they would read as a line in capitals.
        bool initials = *end == j + 1 && words[j].letter_case == WordCase::upper;
        std::string item = initials ? std::string(text.written(j, *end)) : catalog.spell(text, j, *end);
        list.names.push_back(known_alone ? std::move(item) : head + " " + item);
        list.end = j = *end;
        auto next = next_item(text, j);
        if (!next) break;
        bool and_word = *next != j;
        if (and_word && commas == 0) break;  // "Công ty TNHH Môi trường và Xây dựng Thái Sơn" is one name
        j = *next;
        ++commas;
    }
    if (list.names.size() < (colon ? 2U : 3U)) return std::nullopt;
    // The list ends the sentence or clause: "..., IDICO và VICEM. Trong đó", not "Công ty Kỳ Nghỉ Đà Nẵng, Hao
    // Yanjun và Ping Sanshi sử dụng ..." (people the sentence goes on about).
    if (list.end < words.size() && words[list.end].gap != WordGap::brk && !text.gap_before(list.end).starts_with(".")) {
        return std::nullopt;  // (after initials "VICEM. Trong" is a little punctuation, as in "TP. HCM")
    }
    return list;
}

std::optional<JointMinistries> joint_ministries(const OrgCatalog& catalog, const OrgText& text, std::size_t i) {
    const auto& words = text.words();
    bool department = false;
    auto start = ministries_list_start(text, i, department);
    if (!start) return std::nullopt;
    JointMinistries joint;
    joint.departments = department;
    for (std::size_t j = *start; j < words.size();) {
        auto ministry = ministry_at(catalog, text, j, department);
        if (!ministry || !ministry_item_ends(catalog, text, ministry->second)) break;
        joint.names.push_back(std::move(ministry->first));
        joint.end = j = ministry->second;
        if (j >= words.size()) break;
        if (words[j].gap == WordGap::dash) continue;  // "liên bộ Y tế - Tài chính"
        auto next = next_item(text, j);
        if (!next) break;
        j = *next;
    }
    if (joint.names.size() < 2) return std::nullopt;
    return joint;
}

bool SchoolList::continues_at(const OrgText& text, std::size_t begin, std::size_t end) const {
    const auto& words = text.words();
    if (kind_.empty() || begin >= words.size() || text.keys(begin, std::min(begin + 2, words.size())) != kind_) return false;
    bool comma = begin == end_ && words[begin].gap == WordGap::punct && text.gap_before(begin) == ",";
    bool and_word = begin == end_ + 1 && words[end_].key == "và" && words[end_].gap == WordGap::space &&
                    words[begin].gap == WordGap::space;
    return (comma || and_word) && !names_a_parent(text, begin, end);
}

void SchoolList::note(const OrgText& text, std::size_t begin, std::size_t end, bool continued) {
    end_ = end;
    if (continued) return;
    // Two words each: "trung học", not the "trung tâm" after it ("các trường THPT An Thới và Trung tâm GDTX").
    static constexpr std::array<std::string_view, 5> kSchoolKinds = {"đại học", "cao đẳng", "trung học", "tiểu học", "mầm non"};
    const auto& words = text.words();
    kind_.clear();
    // (A name of three words at least, so words[begin + 1] is one of it.)
    if (begin + 3 > end || words[begin].key != "trường" || words[begin + 1].gap != WordGap::space) return;
    std::string kind = text.keys(begin + 1, begin + 3);
    if (std::find(kSchoolKinds.begin(), kSchoolKinds.end(), kind) != kSchoolKinds.end()) kind_ = std::move(kind);
}

bool SchoolList::names_a_parent(const OrgText& text, std::size_t begin, std::size_t end) const {
    if (text.keys(begin, std::min(begin + 2, end)) != "đại học") return false;
    if (text.keys(begin + 2, std::min(begin + 4, end)) == "quốc gia") return true;
    auto place = catalog_.match(text, begin + 2, text.words().size(), {OrgRole::place}, true);
    return place && place->end == end;
}

std::optional<PlacesSharingABody> places_sharing_a_body(const OrgCatalog& catalog, const OrgText& text, std::size_t i) {
    const auto& words = text.words();
    if (i >= words.size() || !words[i].capitalised()) return std::nullopt;
    auto body = catalog.match(text, i, words.size(), {OrgRole::head, OrgRole::body}, true);
    if (!body) return std::nullopt;
    std::size_t end = body->end;
    // "Sở Tư pháp các tỉnh Hà Tĩnh, Quảng Bình": a head with its field.
    if (auto field = catalog.match(text, end, words.size(), {OrgRole::part}, true);
        field && !body->roles.has(OrgRole::body) && words[end].gap == WordGap::space && words[end].capitalised()) {
        end = field->end;
    }
    const bool committee = words[end - 1].key == "ủy";  // "Tỉnh ủy", "Huyện ủy", "Đảng ủy"
    if (end + 2 >= words.size() || !counts_places(words[end])) return std::nullopt;
    auto unit = catalog.match(text, end + 1, words.size(), {OrgRole::unit}, true);
    if (!unit || words[end + 1].gap != WordGap::space) return std::nullopt;
    std::string unit_keys = text.keys(end + 1, unit->end);
    std::size_t j = unit->end;
    // "các tỉnh, thành phố", "các tỉnh/thành phố": provinces and centrally run cities, each with its unit.
    bool provinces_and_cities = false;
    if (j < words.size() && words[j].gap == WordGap::punct && (text.gap_before(j) == "," || text.gap_before(j) == "/")) {
        auto second = catalog.match(text, j, words.size(), {OrgRole::unit}, true);
        if (second && unit_keys == "tỉnh" && text.keys(j, second->end) == "thành phố") {
            provinces_and_cities = true;
            j = second->end;
        }
    }
    // "các tỉnh, thành phố: Hà Nam, Hà Nội": the list may follow a colon.
    if (j >= words.size() || (words[j].gap != WordGap::space && text.gap_before(j) != ":")) return std::nullopt;
    PlacesSharingABody list;
    list.body = catalog.spell(text, i, end);
    while (true) {
        auto place_end = listed_place_end(catalog, text, j);
        if (!place_end) break;
        // A province's list holds provinces, not regions ("các tỉnh Bắc Bộ và Trung Bộ").
        if (unit_keys == "tỉnh") {
            auto province = catalog.match(text, j, *place_end, {OrgRole::province}, true);
            if (!province || province->end != *place_end) break;
        }
        std::string place = catalog.spell(text, j, *place_end);
        // A centrally run city is a "thành phố" in a list of provinces too ("các tỉnh Long An, Cần Thơ").
        bool city = PlaceIndex::is_central_city_name(place);
        std::string place_unit = (provinces_and_cities || unit_keys == "tỉnh") ? (city ? "thành phố" : "tỉnh") : unit_keys;
        // "TPHCM" is spelled "Thành phố Hồ Chí Minh": its unit is its name's; a party committee ("Tỉnh ủy")
        // holds its unit ("Tỉnh ủy Quảng Ninh").
        bool unit_in_name = place.starts_with("Thành phố") || committee;
        list.places.push_back(unit_in_name ? place : place_unit + " " + place);
        list.positions.push_back(j);
        list.end = *place_end;
        auto next = next_item(text, *place_end);
        if (!next) break;
        j = *next;
    }
    if (list.places.size() < 2) return std::nullopt;
    return list;
}

}  // namespace vnsearch::indexer
