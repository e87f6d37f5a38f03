// The /health body; see health_report.h.
#include "health_report.h"

#include <string>

namespace vnsearch::searchd {

HealthReport health_report(const IndexStats& stats, std::optional<std::chrono::seconds> max_age, TimePoint now) {
    HealthReport report;
    report.body = {{"status", "ok"}, {"documents", stats.documents}, {"revision", stats.revision}};
    if (!stats.last_commit) {
        report.body["last_commit"] = nullptr;
        report.body["index_age_seconds"] = nullptr;
        return report;  // nothing tells the age: not a reason to fail
    }
    long long age = age_seconds(*stats.last_commit, now);
    report.body["last_commit"] = utc_text(*stats.last_commit);
    report.body["index_age_seconds"] = age;
    if (!max_age) return report;
    report.body["max_index_age_seconds"] = max_age->count();
    if (age > max_age->count()) {
        report.status = 503;
        report.body["status"] = "degraded";
        report.body["reason"] = "the index was last committed " + std::to_string(age) + " s ago, more than --max-index-age " +
                                std::to_string(max_age->count()) + " s: did the nightly indexer run fail?";
    }
    return report;
}

}  // namespace vnsearch::searchd
