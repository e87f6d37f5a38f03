// The places a text names with their unit ("tỉnh Hà Nam", "quận Đống Đa", "phường 5"), so that a
// body named by its unit alone ("UBND tỉnh", "Đảng bộ Quận") is given the place the text means.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "orgs/org_catalog.h"

namespace vnsearch::indexer {

// Words [begin, end) of a text: a unit and its place.
struct NamedPlace {
    std::string unit;  // the unit's words, normalized: "thành phố"; empty when written without one
    std::size_t begin = 0;
    std::size_t end = 0;
    std::size_t name_begin = 0;  // the place's own words: [name_begin, end)
};

class PlaceIndex {
public:
    // Both must outlive the index.
    PlaceIndex(const OrgCatalog& catalog, const OrgText& text);

    // The place of `unit` (normalized, "tỉnh") that a mention at word `position` refers to: the
    // closest one named before it, else the first one named after it; nullopt when the text names
    // none, or several after it and none before.
    std::optional<NamedPlace> place_for(const std::string& unit, std::size_t position) const;

    // The place, spelled with its unit, of a body named by its unit alone ("UBND tỉnh", "Công an thành
    // phố"; the unit ends before word `unit_end`) at word `position`: place_for's ("tỉnh Yên Bái"),
    // else for a "tỉnh" or a "thành phố" the province the text names without its unit, chosen as for a
    // committee ("Hà Tĩnh" -> "tỉnh Hà Tĩnh"; "Hà Nội" -> "thành phố Hà Nội"; "Thành phố Hồ Chí Minh"
    // holds its unit). Not when a capitalised word follows the unit (a place the index did not take:
    // "TP Hội An") or "ủy" does ("Thường trực tỉnh ủy": a committee). nullopt when the text names none.
    std::optional<std::string> unit_place_name(const std::string& unit, std::size_t position,
                                               std::size_t unit_end) const;

    // The province (or centrally run city) of a provincial department named without it ("Sở Y tế")
    // at word `position`: the "tỉnh" place_for gives ("tỉnh Yên Bái"), else by the same rule among
    // the provinces the text names, without a unit written before them ("Hà Nội" for "TP Hà Nội", so
    // a city's departments come out one way; "Thành phố Hồ Chí Minh" is the data's whole name).
    std::optional<NamedPlace> province_for(std::size_t position) const;

    // The place of a party committee named by its unit alone ("Tỉnh ủy", "Quận ủy": `unit` "tỉnh",
    // "quận") at word `position`, spelled as the committee's name goes on with it: "Hòa Bình" of "tỉnh
    // Hòa Bình", "Đống Đa" of "quận Đống Đa", a province's whole name ("Thành phố Hồ Chí Minh"). A
    // "Tỉnh ủy" is the "tỉnh" the text names, else the closest province that is no city; a "Thành ủy"
    // the "thành phố" the text names, else the closest centrally run city. nullopt when the text names
    // none, or by a number alone ("quận 1").
    std::optional<std::string> committee_place(const std::string& unit, std::size_t position) const;

    // A province_for place as a department's name ends with it: as written ("tỉnh Yên Bái", "Hà Nội",
    // "Thành phố Hồ Chí Minh"), with its unit for another centrally run city the text names without one
    // ("Sở Xây dựng thành phố Đà Nẵng", as the annotations write these cities' departments).
    std::string department_place(const NamedPlace& province) const;

    // The province another mention of words [begin, end) names right after them ("Sở Nội vụ TP Hà Nội"
    // for a later "Sở Nội vụ"), with its unit when written with one; the closest such mention to
    // `begin`, before it first. nullopt when no other mention names one.
    std::optional<NamedPlace> province_after_same_words(std::size_t begin, std::size_t end) const;

    // Words [begin, end) are a place alone: a listed place, province or country, or a unit and its
    // place ("quận 9").
    bool is_place(std::size_t begin, std::size_t end) const;

    // A province spelled as the data spells it is a centrally run city ("Hà Nội", "Đà Nẵng").
    static bool is_central_city_name(const std::string& name);

private:
    std::size_t place_end(std::size_t begin) const;
    bool abroad(std::size_t end) const;
    // The closest of `places` named before `position` (with `unit`, unless empty), else the first after
    // when the text names only one place after it.
    std::optional<NamedPlace> closest(const std::vector<NamedPlace>& places, const std::string& unit,
                                      std::size_t position) const;

    const OrgCatalog& catalog_;
    const OrgText& text_;
    std::vector<NamedPlace> places_;
    const std::vector<NamedPlace>& provinces() const;
    // The provinces the text names that are centrally run cities (`cities`), or the others.
    std::vector<NamedPlace> provinces_that_are_cities(bool cities) const;
    // A province of provinces() that is a centrally run city ("Hà Nội", "Thành phố Hồ Chí Minh").
    bool is_central_city(const NamedPlace& province) const;
    // Words [begin, end) are a province's whole name, whatever their case ("thành phố Hồ Chí Minh").
    bool is_province(std::size_t begin, std::size_t end) const;

    // [province] names as the data has them; found at the first province_for.
    mutable std::optional<std::vector<NamedPlace>> provinces_;
};

}  // namespace vnsearch::indexer
