// The boolean filters of a search, built in this one place for the request's parameters (org,
// category, date_from, date_to) and the query text's own (org:, category:). A group matches any of its
// names; groups combine with AND. Terms come from schema's Layout, so keys are normalized alike.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include <xapian.h>

#include "vnsearch/schema/date.h"

namespace vnsearch::searchd {

// Articles naming any of these organizations (empty names: an empty query, i.e. no filter).
Xapian::Query any_org(const std::vector<std::string>& names);
// Articles in any of these categories.
Xapian::Query any_category(const std::vector<std::string>& names);
// Articles dated within [from, to], either end open; empty when both are absent.
Xapian::Query date_range(const std::optional<schema::Date>& from, const std::optional<schema::Date>& to);
// The AND of the non-empty filters; empty when there are none.
Xapian::Query all_filters(const std::vector<Xapian::Query>& filters);

}  // namespace vnsearch::searchd
