// How a found name is written when the text's own form of it says more than the data's spelling: a broadcaster
// named by its acronym is the acronym, a province's police named as a newspaper is the paper's title as written,
// and a name keeps the punctuation the text writes between its words ("Paris Saint Germain") and after "Inc.".
// Annotators copy these from the text (guidelines: a newspaper is its title; surfaces are as written).
#pragma once

#include <cstddef>
#include <optional>
#include <string>

#include "orgs/org_catalog.h"

namespace vnsearch::indexer {

// The text's own form of the name at words [begin, end) where it replaces the name: "CCTV" for "Đài Truyền
// hình CCTV", "Công an TP.HCM" for "Theo Công an TP.HCM" closing a source line; nullopt otherwise.
std::optional<std::string> name_as_written(const OrgCatalog& catalog, const OrgText& text, std::size_t begin,
                                           std::size_t end);

// `name`, found at words [begin, end), with the punctuation the text writes where the name has some of its own,
// the dash the text writes in "Thừa Thiên - Huế", and the full stop of an "Inc." or "Co." that ends it.
std::string punctuated_as_written(std::string name, const OrgText& text, std::size_t begin, std::size_t end);

}  // namespace vnsearch::indexer
