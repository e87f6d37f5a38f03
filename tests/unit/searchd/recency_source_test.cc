// Tests of the freshness curve behind recency=: halves every half-life, nothing for bad values.
#include <gtest/gtest.h>

#include "recency_source.h"

using vnsearch::searchd::RecencySource;

TEST(RecencySource, FreshnessHalvesEveryHalfLife) {
    EXPECT_DOUBLE_EQ(RecencySource::freshness("20201008", "20201008"), 1.0);
    EXPECT_NEAR(RecencySource::freshness("20200908", "20201008"), 0.5, 1e-12);  // 30 days before
    EXPECT_NEAR(RecencySource::freshness("20200809", "20201008"), 0.25, 1e-12);
    EXPECT_LT(RecencySource::freshness("20101008", "20201008"), 1e-30);
}

TEST(RecencySource, NothingForUndatedOrMalformedValues) {
    EXPECT_EQ(RecencySource::freshness("", "20201008"), 0.0);
    EXPECT_EQ(RecencySource::freshness("20201332", "20201008"), 0.0);
    EXPECT_EQ(RecencySource::freshness("20201008", ""), 0.0);
}
