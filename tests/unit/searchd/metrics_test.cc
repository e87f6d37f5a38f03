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
