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
    std::string unit;  // the unit's words, normalized: "thành phố"
    std::size_t begin = 0;
    std::size_t end = 0;
};

class PlaceIndex {
public:
    // Both must outlive the index.
    PlaceIndex(const OrgCatalog& catalog, const OrgText& text);

    // The place of `unit` (normalized, "tỉnh") that a mention at word `position` refers to: the
    // closest one named before it, else the first one named after it; nullopt when the text names
    // none, or several after it and none before.
    std::optional<NamedPlace> place_for(const std::string& unit, std::size_t position) const;

    // The normalized words [begin, end) of the text: "thành phố" for "TP".
    static std::string unit_key(const OrgText& text, std::size_t begin, std::size_t end);

private:
    std::size_t place_end(std::size_t begin) const;

    const OrgCatalog& catalog_;
    const OrgText& text_;
    std::vector<NamedPlace> places_;
};

}  // namespace vnsearch::indexer
