// Estimates from a count cut short; see match_progress.h.
#include "facets/match_progress.h"

#include <algorithm>
#include <cmath>

namespace vnsearch::searchd {

Xapian::doccount MatchProgress::estimate(const DocSet& candidates) const {
    Xapian::doccount all = candidates.count();
    Xapian::doccount seen = candidates.count_through(last_);
    if (seen == 0) return std::max(matched_, all);
    double rate = static_cast<double>(matched_) / seen;
    auto estimated = static_cast<Xapian::doccount>(std::llround(rate * all));
    return std::clamp(estimated, matched_, std::max(matched_, all));
}

}  // namespace vnsearch::searchd
