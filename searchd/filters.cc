// Filter queries; see filters.h.
#include "filters.h"

#include "vnsearch/schema/layout.h"

namespace vnsearch::searchd {
namespace {

using schema::Layout;

Xapian::Query any_term(const std::vector<std::string>& names, std::string (*term_of)(std::string_view)) {
    if (names.empty()) return Xapian::Query();
    std::vector<Xapian::Query> terms;
    for (const auto& name : names) terms.emplace_back(term_of(name));
    return Xapian::Query(Xapian::Query::OP_OR, terms.begin(), terms.end());
}

}  // namespace

Xapian::Query any_org(const std::vector<std::string>& names) { return any_term(names, &Layout::org_term); }

Xapian::Query any_category(const std::vector<std::string>& names) {
    return any_term(names, &Layout::category_term);
}

Xapian::Query date_range(const std::optional<schema::Date>& from, const std::optional<schema::Date>& to) {
    using schema::slot::kDate;
    if (from && to) return Xapian::Query(Xapian::Query::OP_VALUE_RANGE, kDate, from->sort_key(), to->sort_key());
    if (from) return Xapian::Query(Xapian::Query::OP_VALUE_GE, kDate, from->sort_key());
    if (to) return Xapian::Query(Xapian::Query::OP_VALUE_LE, kDate, to->sort_key());
    return Xapian::Query();
}

Xapian::Query all_filters(const std::vector<Xapian::Query>& filters) {
    std::vector<Xapian::Query> present;
    for (const auto& filter : filters) {
        if (!filter.empty()) present.push_back(filter);
    }
    if (present.empty()) return Xapian::Query();
    return Xapian::Query(Xapian::Query::OP_AND, present.begin(), present.end());
}

}  // namespace vnsearch::searchd
