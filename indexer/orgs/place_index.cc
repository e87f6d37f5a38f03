// Places named with their unit; see place_index.h.
#include "orgs/place_index.h"

#include <algorithm>
#include <array>
#include <string_view>

namespace vnsearch::indexer {
namespace {

const OrgRoles kUnit = {OrgRole::unit};
const OrgRoles kPlace = {OrgRole::place};
const OrgRoles kProvince = {OrgRole::province};
constexpr std::size_t kMaxPlaceWords = 4;
constexpr std::size_t kMinPersonWords = 3;
// The provinces that are cities ("thành phố trực thuộc trung ương"), as [province] spells them.
constexpr std::array<std::string_view, 6> kCentralCities = {"Hà Nội",  "Thành phố Hồ Chí Minh", "Hồ Chí Minh",
                                                            "Hải Phòng", "Đà Nẵng",              "Cần Thơ"};

}  // namespace

PlaceIndex::PlaceIndex(const OrgCatalog& catalog, const OrgText& text) : catalog_(catalog), text_(text) {
    const auto& words = text.words();
    for (std::size_t i = 0; i < words.size(); ++i) {
        auto unit = catalog_.match(text_, i, words.size(), kUnit, true);
        if (!unit) continue;
        std::size_t end = place_end(unit->end);
        if (end > unit->end && !abroad(end)) places_.push_back({text_.keys(i, unit->end), i, end, unit->end});
    }
}

// "huyện Kà Lùm, tỉnh Sê Kông, Lào": the place ending before words[end] is in the country named after its comma,
// and no body the text names without a place ("Sở Ngoại vụ", "Bộ Chỉ huy Quân sự tỉnh") is of it.
bool PlaceIndex::abroad(std::size_t end) const {
    const auto& words = text_.words();
    if (end >= words.size() || text_.gap_before(end) != ",") return false;
    auto country = catalog_.match(text_, end, words.size(), {OrgRole::country});
    return country && text_.keys(end, country->end) != "việt nam";
}

// Looked for only when a department asks (few texts have one): a match at every word of every text
// was ~8% of the extractor's time.
const std::vector<NamedPlace>& PlaceIndex::provinces() const {
    if (provinces_) return *provinces_;
    provinces_.emplace();
    const auto& words = text_.words();
    for (std::size_t i = 0; i < words.size();) {
        auto province = catalog_.match(text_, i, words.size(), kProvince);
        if (!province) {
            ++i;
            continue;
        }
        // "thành phố Hồ Chí Minh": that province's whole name starts with its unit.
        std::size_t begin = i;
        for (const NamedPlace& place : places_) {
            bool whole = place.name_begin == i && place.end == province->end && is_province(place.begin, place.end);
            if (whole) begin = place.begin;
        }
        provinces_->push_back({"", begin, province->end, begin});
        i = province->end;
    }
    return *provinces_;
}

// The end of the place name that starts at `begin` (right after a unit), or `begin` when none does:
// a listed place, a number ("quận 1") or a few capitalised words (head words too: "xã Thạch Hội").
std::size_t PlaceIndex::place_end(std::size_t begin) const {
    const auto& words = text_.words();
    if (begin >= words.size() || words[begin].gap != WordGap::space) return begin;
    if (words[begin].letter_case == WordCase::number) return begin + 1;
    // "UBND TP. Như Thanh Niên đưa tin": a capitalised little word after a full stop starts a sentence.
    if (catalog_.sentence_starts_at(text_, begin)) return begin;
    if (auto place = catalog_.match(text_, begin, words.size(), kPlace)) return place->end;
    if (auto ward = catalog_.ward_end(text_, begin)) return *ward;
    std::size_t end = begin;
    while (end < words.size() && end - begin < kMaxPlaceWords) {
        const OrgWord& word = words[end];
        if (end > begin && word.gap != WordGap::space) break;
        if (!word.capitalised() || word.caps_line || catalog_.is_stop_word(word.key)) break;
        ++end;
    }
    // "UBND TP Nguyễn Đức Chung": three words after a family name are a person (as in the parser).
    if (end - begin >= kMinPersonWords && catalog_.surname_rank(words[begin].key)) return begin;
    // "trình UBND TP. Vỉa hè trên quận 1": a sentence starts after the unit's full stop.
    if (end > begin && text_.after_full_stop(begin) && text_.capitals_written_in_lower_case(begin)) return begin;
    return end;
}

std::optional<NamedPlace> PlaceIndex::place_for(const std::string& unit, std::size_t position) const {
    return closest(places_, unit, position);
}

std::optional<std::string> PlaceIndex::unit_place_name(const std::string& unit, std::size_t position,
                                                        std::size_t unit_end) const {
    if (auto named = place_for(unit, position)) return catalog_.spell(text_, named->begin, named->end);
    if (unit != "tỉnh" && unit != "thành phố") return std::nullopt;
    const auto& words = text_.words();
    if (unit_end < words.size() && words[unit_end].gap == WordGap::space &&
        (words[unit_end].capitalised() || words[unit_end].key == "ủy")) {
        return std::nullopt;
    }
    // A city's body is the closest province's when that is a centrally run city: "Công an TP" after
    // "tỉnh Hòa Bình" is the provincial city's, whatever city the text names elsewhere.
    bool city = unit == "thành phố";
    auto province = closest(city ? provinces() : provinces_that_are_cities(false), {}, position);
    if (!province) return std::nullopt;
    if (city && !is_central_city(*province)) return std::nullopt;
    std::string name = catalog_.spell(text_, province->begin, province->end);
    return is_province(province->begin, province->end) && catalog_.match(text_, province->begin, province->end, kUnit, true)
               ? name
               : unit + " " + name;
}

std::optional<NamedPlace> PlaceIndex::province_for(std::size_t position) const {
    std::optional<NamedPlace> named = place_for("tỉnh", position);
    if (named && named->end <= position) return named;
    // A province named before the department ("TP Đà Nẵng ... giao Sở Xây dựng") outweighs a "tỉnh X"
    // the text names only after it, often in passing ("một cán bộ của tỉnh Quảng Nam").
    std::optional<NamedPlace> province = closest(provinces(), {}, position);
    if (named && (!province || province->end > position ||
                  text_.keys(province->name_begin, province->end) == text_.keys(named->name_begin, named->end))) {
        return named;
    }
    return province;
}

std::string PlaceIndex::department_place(const NamedPlace& province) const {
    std::string name = catalog_.spell(text_, province.begin, province.end);
    // [province] spells only "Thành phố Hồ Chí Minh" with its unit; Hà Nội's departments go without one.
    bool bare_city = province.unit.empty() && is_central_city_name(name) && name != "Hà Nội" &&
                     name != "Thành phố Hồ Chí Minh";
    return bare_city ? "thành phố " + name : name;
}

std::optional<NamedPlace> PlaceIndex::province_after_same_words(std::size_t begin, std::size_t end) const {
    const auto& words = text_.words();
    const std::string keys = text_.keys(begin, end);
    const std::size_t length = end - begin;
    auto province_at = [&](std::size_t at) -> std::optional<NamedPlace> {
        if (at >= words.size() || words[at].gap != WordGap::space) return std::nullopt;
        for (const NamedPlace& place : places_) {
            bool provincial = place.unit == "tỉnh" || place.unit == "thành phố";
            if (place.begin == at && provincial && is_province(place.name_begin, place.end)) return place;
        }
        for (const NamedPlace& province : provinces()) {
            if (province.begin == at) return province;
        }
        return std::nullopt;
    };
    std::optional<NamedPlace> before, after;
    for (std::size_t i = 0; i + length <= words.size(); ++i) {
        if (i == begin || words[i].key != words[begin].key || text_.keys(i, i + length) != keys) continue;
        auto province = province_at(i + length);
        if (!province) continue;
        if (i < begin) before = province;
        else if (!after) after = province;
    }
    return before ? before : after;
}

std::vector<NamedPlace> PlaceIndex::provinces_that_are_cities(bool cities) const {
    std::vector<NamedPlace> found;
    for (const NamedPlace& province : provinces()) {
        if (is_central_city(province) == cities) found.push_back(province);
    }
    return found;
}

bool PlaceIndex::is_central_city(const NamedPlace& province) const {
    return is_central_city_name(catalog_.spell(text_, province.begin, province.end));
}

bool PlaceIndex::is_central_city_name(const std::string& name) {
    return std::find(kCentralCities.begin(), kCentralCities.end(), name) != kCentralCities.end();
}

std::optional<std::string> PlaceIndex::committee_place(const std::string& unit, std::size_t position) const {
    std::optional<NamedPlace> place = place_for(unit, position);
    // A "Tỉnh ủy" is no city's, a "Thành ủy" may be a centrally run city's named without its unit.
    if (!place && (unit == "tỉnh" || unit == "thành phố")) {
        place = closest(provinces_that_are_cities(unit != "tỉnh"), {}, position);
    }
    if (!place || text_.words()[place->name_begin].letter_case == WordCase::number) return std::nullopt;
    // "thành phố Hồ Chí Minh": the city's whole name holds its unit.
    if (is_province(place->begin, place->end)) return catalog_.spell(text_, place->begin, place->end);
    // "... lãnh đạo TP. Bí thư Thành ủy ...": after a unit's abbreviation and its dot, capitalised words
    // may start the next sentence; only a listed place is taken there.
    if (place->name_begin > 0) {
        const auto& words = text_.words();
        std::size_t from = words[place->name_begin - 1].begin, to = words[place->name_begin].begin;
        bool after_dot = text_.text().substr(from, to - from).find('.') != std::string_view::npos;
        if (after_dot && !is_place(place->name_begin, place->end)) return std::nullopt;
    }
    return catalog_.spell(text_, place->name_begin, place->end);
}

bool PlaceIndex::is_place(std::size_t begin, std::size_t end) const {
    auto listed = catalog_.match(text_, begin, end, {OrgRole::place, OrgRole::province, OrgRole::country});
    if (listed && listed->end == end) return true;
    return std::any_of(places_.begin(), places_.end(),
                       [&](const NamedPlace& place) { return place.begin == begin && place.end == end; });
}

bool PlaceIndex::is_province(std::size_t begin, std::size_t end) const {
    auto province = catalog_.match(text_, begin, end, kProvince, true);
    return province && province->end == end;
}

std::optional<NamedPlace> PlaceIndex::closest(const std::vector<NamedPlace>& places, const std::string& unit,
                                              std::size_t position) const {
    std::optional<NamedPlace> before, after;
    bool several_after = false;
    for (const NamedPlace& place : places) {
        if (!unit.empty() && place.unit != unit) continue;
        if (place.end <= position) {
            before = place;
        } else if (place.begin > position) {
            if (after && text_.keys(after->name_begin, after->end) != text_.keys(place.name_begin, place.end)) {
                several_after = true;
            }
            if (!after) after = place;
        }
    }
    if (before) return before;
    if (several_after) return std::nullopt;
    return after;
}

}  // namespace vnsearch::indexer
