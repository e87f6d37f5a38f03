// Tests of the commit time stamp's text form: it round-trips, and junk is no time at all.
#include <gtest/gtest.h>

#include "vnsearch/schema/commit_stamp.h"

using vnsearch::schema::CommitStamp;

TEST(CommitStamp, RoundTripsWholeSeconds) {
    auto when = std::chrono::system_clock::time_point(std::chrono::seconds(1'700'000'000));
    EXPECT_EQ(CommitStamp::encode(when), "1700000000");
    EXPECT_EQ(CommitStamp::decode(CommitStamp::encode(when)), when);
}

TEST(CommitStamp, EmptyOrMalformedIsNoTime) {
    EXPECT_FALSE(CommitStamp::decode(""));
    EXPECT_FALSE(CommitStamp::decode("yesterday"));
    EXPECT_FALSE(CommitStamp::decode("17000x"));
    EXPECT_FALSE(CommitStamp::decode("-5"));
}
