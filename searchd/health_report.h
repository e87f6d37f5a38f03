// GET /health: the index's documents, revision, last commit and age, and whether it is fresh enough.
// With a maximum age (--max-index-age), an index last committed longer ago is "degraded" and answered
// with HTTP 503, so a monitor notices a nightly run that failed.
#pragma once

#include <chrono>
#include <optional>

#include <nlohmann/json.hpp>

#include "index_freshness.h"
#include "searcher.h"

namespace vnsearch::searchd {

struct HealthReport {
    int status = 200;
    nlohmann::json body;
};

HealthReport health_report(const IndexStats& stats, std::optional<std::chrono::seconds> max_age, TimePoint now);

}  // namespace vnsearch::searchd
