// Organizations named in a list beside names the catalog knows: "Man Utd, Chelsea, Inter, AC
// Milan", "Apple, Samsung, Xiaomi, Oppo và Vivo", or after the kind they are of: "các tạp chí lớn như
// Elle, Glow, Sirene". An item the catalog does not know is of the same kind as the known ones
// around it or the kind named before it (clubs, firms, magazines), which no head word or cue says.
#pragma once

#include <cstddef>
#include <vector>

#include "orgs/org_catalog.h"

namespace vnsearch::indexer {

// Words [begin, end) of a text: one item of a list.
struct ListedName {
    std::size_t begin = 0;
    std::size_t end = 0;
};

// The unknown items of the text's lists of three items or more of which at least two, and at least
// half, are known names. Neither a person's name nor a place alone is taken.
std::vector<ListedName> names_listed_with_known_ones(const OrgCatalog& catalog, const OrgText& text);

// The unknown items of the lists that "các" or "những", a kind of organization (data/org_heads.txt's
// [kind]), a few lower-case words and "như" introduce: "các doanh nghiệp như Fecon, Coninco", "các NXB
// lớn trên thế giới như Dorling Kindersley và Parragon". Neither a person's name nor a place alone is
// taken, nor what follows "các CLB này như" (the clubs' people).
std::vector<ListedName> names_listed_after_their_kind(const OrgCatalog& catalog, const OrgText& text);

}  // namespace vnsearch::indexer
