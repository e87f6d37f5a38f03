// Coordinations that share one head word; see coordinated_names.h.
#include "orgs/coordinated_names.h"

#include <algorithm>
#include <array>
#include <string_view>

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
        OrgText whole = catalog.analyse("Bộ " + field);
        auto found = catalog.match(whole, 0, whole.words().size(), {OrgRole::known, OrgRole::body}, true);
        if (found && found->end == whole.words().size()) {
            std::string ministry = catalog.canonical_name("Bộ " + field);
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

}  // namespace

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
        bool listed = words[j].gap == WordGap::dash || (words[j].gap == WordGap::punct && text.gap_before(j) == ",");
        if (!listed && words[j].key == "và" && words[j].gap == WordGap::space && j + 1 < words.size() &&
            words[j + 1].gap == WordGap::space) {
            ++j;
        } else if (!listed) {
            break;
        }
    }
    if (joint.names.size() < 2) return std::nullopt;
    return joint;
}

bool SchoolList::continues_at(const OrgText& text, std::size_t begin, std::size_t end) const {
    const auto& words = text.words();
    if (kind_.empty() || begin >= words.size() || words[begin].key != kind_) return false;
    bool comma = begin == end_ && words[begin].gap == WordGap::punct && text.gap_before(begin) == ",";
    bool and_word = begin == end_ + 1 && words[end_].key == "và" && words[end_].gap == WordGap::space &&
                    words[begin].gap == WordGap::space;
    return (comma || and_word) && !names_a_parent(text, begin, end);
}

void SchoolList::note(const OrgText& text, std::size_t begin, std::size_t end, bool continued) {
    end_ = end;
    if (continued) return;
    static constexpr std::array<std::string_view, 5> kSchoolKinds = {"đại", "cao", "trung", "tiểu", "mầm"};
    const auto& words = text.words();
    bool school = begin + 1 < end && words[begin].key == "trường" && words[begin + 1].gap == WordGap::space &&
                  std::find(kSchoolKinds.begin(), kSchoolKinds.end(), words[begin + 1].key) != kSchoolKinds.end();
    kind_ = school ? std::string(words[begin + 1].key) : std::string();
}

bool SchoolList::names_a_parent(const OrgText& text, std::size_t begin, std::size_t end) const {
    if (text.keys(begin, std::min(begin + 2, end)) != "đại học") return false;
    if (text.keys(begin + 2, std::min(begin + 4, end)) == "quốc gia") return true;
    auto place = catalog_.match(text, begin + 2, text.words().size(), {OrgRole::place}, true);
    return place && place->end == end;
}

}  // namespace vnsearch::indexer
