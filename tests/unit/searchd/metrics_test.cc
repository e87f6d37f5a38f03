// Tests of the metrics' route labels: URL patterns, never raw paths, so the label set stays small.
#include <gtest/gtest.h>

#include "metrics.h"

using vnsearch::searchd::Metrics;

TEST(MetricsRoutes, PathsMapToTheirRoutePattern) {
    EXPECT_EQ(Metrics::route_of("/search"), "/search");
    EXPECT_EQ(Metrics::route_of("/health"), "/health");
    EXPECT_EQ(Metrics::route_of("/metrics"), "/metrics");
    EXPECT_EQ(Metrics::route_of("/"), "/");  // the compiled-in files: demo page, widget, openapi.yaml
    EXPECT_EQ(Metrics::route_of("/widget.js"), "/widget.js");
    EXPECT_EQ(Metrics::route_of("/articles/000_1c149590d83d7c3a"), "/articles/{id}");
    EXPECT_EQ(Metrics::route_of("/articles/abc/related"), "/articles/{id}/related");
}

TEST(MetricsRoutes, EverythingElseIsOther) {
    EXPECT_EQ(Metrics::route_of("/nope"), "other");
    EXPECT_EQ(Metrics::route_of("/articles/"), "other");
    EXPECT_EQ(Metrics::route_of("/articles/a/b"), "other");
    EXPECT_EQ(Metrics::route_of("/articles/a/b/related"), "other");
    EXPECT_EQ(Metrics::route_of("/search/x"), "other");
    EXPECT_EQ(Metrics::route_of("/wp-login.php"), "other");
}

TEST(MetricsConnections, FollowTheFrontsTotalsWithoutCountingTwice) {
    Metrics metrics;
    vnsearch::searchd::FrontCounters counters;
    counters.accepted = 10;
    counters.refused_full = 3;
    metrics.count_connections(counters);
    metrics.count_connections(counters);  // a second /metrics with nothing new adds nothing
    counters.refused_full = 4;
    metrics.count_connections(counters);
    std::string text = metrics.exposition({}, std::chrono::system_clock::now());
    EXPECT_NE(text.find("vnsearch_connections_total{outcome=\"accepted\"} 10"), std::string::npos) << text;
    EXPECT_NE(text.find("vnsearch_connections_total{outcome=\"refused_full\"} 4"), std::string::npos) << text;
    EXPECT_NE(text.find("vnsearch_connections_total{outcome=\"head_timeout\"} 0"), std::string::npos) << text;
}

TEST(MetricsConnections, RequestsWaitingAreTheFrontsQueuesNow) {
    Metrics metrics;
    vnsearch::searchd::FrontCounters counters;
    counters.waiting_index = 7;
    counters.waiting_other = 1;
    metrics.count_connections(counters);
    counters.waiting_index = 3;  // a gauge: the latest, not a sum
    metrics.count_connections(counters);
    std::string text = metrics.exposition({}, std::chrono::system_clock::now());
    EXPECT_NE(text.find("# TYPE vnsearch_requests_waiting gauge"), std::string::npos) << text;
    EXPECT_NE(text.find("vnsearch_requests_waiting{lane=\"index\"} 3"), std::string::npos) << text;
    EXPECT_NE(text.find("vnsearch_requests_waiting{lane=\"other\"} 1"), std::string::npos) << text;
}
