// Football clubs the sports news names bare by a city's or a short name ("Monaco", "Inter", "Atletico"):
// clubs only in an article about football, where "Juventus thua Porto" is a match; elsewhere "Porto" and
// "Monaco" are places. The names and the words that make an article about football are data
// (org_heads.txt: [club], [home_club], [football]).
#pragma once

#include <vector>

#include "orgs/org_catalog.h"
#include "orgs/score_lines.h"

namespace vnsearch::indexer {

// Every [club] name and every [home_club] ("Thanh Hóa", not "tại Thanh Hóa" nor "người Khánh Hòa") standing alone (no other capitalised word beside it, not after "tại" or "ở", not between
// two players of a line-up) in a text that says three [football] phrases or more; none in another text.
std::vector<TeamName> clubs_named_bare(const OrgCatalog& catalog, const OrgText& text);

}  // namespace vnsearch::indexer
