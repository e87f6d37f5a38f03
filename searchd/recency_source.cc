// The recency posting source; see recency_source.h.
#include "recency_source.h"

#include <chrono>
#include <cmath>
#include <optional>

#include "vnsearch/schema/date.h"
#include "vnsearch/schema/layout.h"

namespace vnsearch::searchd {
namespace {

std::optional<std::chrono::sys_days> day_of(const std::string& value) {
    auto date = schema::date_from_sort_key(value);
    if (!date) return std::nullopt;
    return std::chrono::sys_days(std::chrono::year_month_day{std::chrono::year(date->year),
                                                             std::chrono::month(static_cast<unsigned>(date->month)),
                                                             std::chrono::day(static_cast<unsigned>(date->day))});
}

}  // namespace

RecencySource::RecencySource(double max_weight)
    : Xapian::ValuePostingSource(schema::slot::kDate), max_weight_(max_weight) {}

void RecencySource::init(const Xapian::Database& db) {
    Xapian::ValuePostingSource::init(db);
    newest_day_ = db.get_value_upper_bound(schema::slot::kDate);
    set_maxweight(max_weight_);
}

double RecencySource::get_weight() const { return max_weight_ * freshness(get_value(), newest_day_); }

double RecencySource::freshness(const std::string& day, const std::string& newest_day) {
    auto date = day_of(day), newest = day_of(newest_day);
    if (!date || !newest) return 0.0;
    double age = std::max(0, static_cast<int>((*newest - *date).count()));
    return std::exp2(-age / kHalfLifeDays);
}

}  // namespace vnsearch::searchd
