// The answer cache: found as stored, least recently used out first, never over its byte budget.
#include <gtest/gtest.h>

#include "http/response_cache.h"

using vnsearch::searchd::http::ResponseCache;

TEST(ResponseCache, FindsWhatWasStoredAndNothingElse) {
    ResponseCache cache(1000);
    cache.store("a", "answer a");
    EXPECT_EQ(cache.find("a"), "answer a");
    EXPECT_EQ(cache.find("b"), std::nullopt);
    cache.store("a", "answer a, again");
    EXPECT_EQ(cache.find("a"), "answer a, again");
    EXPECT_EQ(cache.size(), 1u);
    EXPECT_EQ(cache.bytes(), 1 + std::string("answer a, again").size());
}

TEST(ResponseCache, DropsTheLeastRecentlyUsedPastItsBudget) {
    ResponseCache cache(30);  // three entries of 1 + 9 bytes
    cache.store("a", "123456789");
    cache.store("b", "123456789");
    cache.store("c", "123456789");
    ASSERT_TRUE(cache.find("a"));  // a is now the most recently used; b the least
    cache.store("d", "123456789");
    EXPECT_TRUE(cache.find("a"));
    EXPECT_FALSE(cache.find("b"));
    EXPECT_TRUE(cache.find("c"));
    EXPECT_TRUE(cache.find("d"));
    EXPECT_LE(cache.bytes(), 30u);
}

TEST(ResponseCache, AnAnswerLargerThanTheBudgetIsNotKept) {
    ResponseCache cache(10);
    cache.store("small", "12345");
    cache.store("big", std::string(100, 'x'));
    EXPECT_FALSE(cache.find("big"));
    EXPECT_TRUE(cache.find("small"));
}
