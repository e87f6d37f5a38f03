// Tests of /health's report: the index's last commit and age, and "degraded" (503) past the maximum age.
#include <gtest/gtest.h>

#include "health_report.h"

using namespace vnsearch::searchd;
using std::chrono::hours;
using std::chrono::seconds;

namespace {

const TimePoint kNow = TimePoint(seconds(1'700'000'000));

IndexStats stats_committed(std::optional<TimePoint> when) { return IndexStats{42, 7, "uuid", when}; }

}  // namespace

TEST(HealthReport, FreshIndexIsOkWithItsAge) {
    HealthReport report = health_report(stats_committed(kNow - seconds(90)), hours(36), kNow);
    EXPECT_EQ(report.status, 200);
    EXPECT_EQ(report.body["status"], "ok");
    EXPECT_EQ(report.body["documents"], 42);
    EXPECT_EQ(report.body["revision"], 7);
    EXPECT_EQ(report.body["index_age_seconds"], 90);
    EXPECT_EQ(report.body["last_commit"], "2023-11-14T22:11:50Z");
    EXPECT_EQ(report.body["max_index_age_seconds"], 36 * 3600);
}

TEST(HealthReport, OlderThanTheMaximumIsDegraded) {
    HealthReport report = health_report(stats_committed(kNow - hours(37)), hours(36), kNow);
    EXPECT_EQ(report.status, 503);
    EXPECT_EQ(report.body["status"], "degraded");
    EXPECT_NE(report.body["reason"].get<std::string>().find("--max-index-age"), std::string::npos);
}

TEST(HealthReport, WithoutAMaximumAnyAgeIsOk) {
    HealthReport report = health_report(stats_committed(kNow - hours(24 * 365)), std::nullopt, kNow);
    EXPECT_EQ(report.status, 200);
    EXPECT_FALSE(report.body.contains("max_index_age_seconds"));
}

TEST(HealthReport, UnknownAgeIsOkAndSaysSo) {
    HealthReport report = health_report(stats_committed(std::nullopt), hours(1), kNow);
    EXPECT_EQ(report.status, 200);
    EXPECT_TRUE(report.body["last_commit"].is_null());
    EXPECT_TRUE(report.body["index_age_seconds"].is_null());
}

TEST(HealthReport, ACommitFromTheFutureIsAgeZero) {
    EXPECT_EQ(health_report(stats_committed(kNow + seconds(30)), hours(1), kNow).body["index_age_seconds"], 0);
}
