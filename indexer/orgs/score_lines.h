// Football clubs named in results and fixtures: the teams either side of a score ("Ajax 0-2 Man Utd",
// "Jeju United 2-0 Urawa Red Diamonds") or of a fixture's "vs" ("Lyon vs Ajax"). A national team (a
// country, "U20 Mexico") is no organization.
#pragma once

#include <cstddef>
#include <vector>

#include "orgs/org_catalog.h"

namespace vnsearch::indexer {

struct TeamName {
    std::size_t begin = 0;  // words [begin, end) of the text
    std::size_t end = 0;
};

// The clubs of every score or fixture line of a text, in text order.
std::vector<TeamName> clubs_in_score_lines(const OrgCatalog& catalog, const OrgText& text);

}  // namespace vnsearch::indexer
