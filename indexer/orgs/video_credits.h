// The outlet of a video's credit line, as sports pages embed their clips: "Highlights Man United 2-0 Ajax:
// Thái Sơn - Thể thao Việt Nam | 03:10 27/05/2017". The guidelines count an outlet named only in a
// credit; it has no head word or cue to be found by ("Thể thao Việt Nam" in a sentence is the country's
// sport), but the shape of the line is certain: a writer, a spaced dash, the outlet, a bar, a time and a date.
#pragma once

#include <vector>

#include "orgs/listed_names.h"
#include "orgs/org_catalog.h"

namespace vnsearch::indexer {

// Words [begin, end) naming the outlet of every such credit in the text, in text order; not a place alone
// ("Hà Nội - Hải Phòng | ...", a match).
std::vector<ListedName> outlets_of_video_credits(const OrgCatalog& catalog, const OrgText& text);

}  // namespace vnsearch::indexer
