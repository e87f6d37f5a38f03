// Organizations named in a list beside names the catalog knows: "Man Utd, Chelsea, Inter, AC
// Milan", "Apple, Samsung, Xiaomi, Oppo và Vivo". An item the catalog does not know is of the same
// kind as the known ones around it (clubs, firms), which no head word or cue says.
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

}  // namespace vnsearch::indexer
