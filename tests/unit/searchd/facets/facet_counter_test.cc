// FacetCounter on a real index of 1,000 articles: exact counts up to its limit, and above it estimates
// from evenly spaced blocks of docids that say so and stay near the exact counts.
#include <gtest/gtest.h>

#include <cmath>
#include <map>
#include <memory>

#include "facets/facet_counter.h"
#include "unit/searchd/test_index.h"

using namespace vnsearch::searchd;
using vnsearch::testing::article;
using vnsearch::testing::TestIndex;

namespace {

constexpr int kArticles = 1000;

// Every article names "Bộ Y tế"; every fourth also "Quốc hội"; a month each of three, in turn.
std::vector<vnsearch::schema::Article> articles() {
    std::vector<vnsearch::schema::Article> all;
    const char* months[] = {"2021-01-15", "2021-02-15", "2021-03-15"};
    for (int i = 0; i < kArticles; ++i) {
        std::vector<std::string> orgs = {"Bộ Y tế"};
        if (i % 4 == 0) orgs.push_back("Quốc hội");
        all.push_back(article("a" + std::to_string(i), "Tin số " + std::to_string(i), "Nội dung bài viết.", months[i % 3],
                              orgs, i % 2 == 0 ? "Thời sự" : "Y tế"));
    }
    return all;
}

std::map<std::string, Xapian::doccount> by_value(const std::vector<FacetValue>& values) {
    std::map<std::string, Xapian::doccount> counts;
    for (const auto& value : values) counts[value.value] = value.count;
    return counts;
}

class FacetCounterTest : public ::testing::Test {
protected:
    TestIndex index{articles()};
    Xapian::Database db{index.path()};
    std::shared_ptr<const FacetIndex> facets = std::make_shared<const FacetIndex>(db);
    DocSet everything = *facets->term_sets().of(db, "");

    Facets counted_up_to(Xapian::doccount limit, bool& exact) {
        FacetCounter counter(facets, FacetSelection{}, limit);
        counter.count(everything);
        exact = counter.exact();
        return counter.collect(DateInterval::Month, 10);
    }
};

}  // namespace

TEST_F(FacetCounterTest, CountsEveryMatchUpToItsLimit) {
    bool exact = false;
    Facets result = counted_up_to(kArticles, exact);
    EXPECT_TRUE(exact);
    auto orgs = by_value(*result.org);
    EXPECT_EQ(orgs["Bộ Y tế"], 1000u);
    EXPECT_EQ(orgs["Quốc hội"], 250u);
    EXPECT_EQ(by_value(*result.date)["2021-01"], 334u);
}

TEST_F(FacetCounterTest, AboveItsLimitEstimatesFromASampleAndSaysSo) {
    bool exact = true;
    Facets result = counted_up_to(300, exact);  // 1,000 matches: every 4th block of 64 docids
    EXPECT_FALSE(exact);
    auto orgs = by_value(*result.org);
    // Scaled to the whole: an org every match names is counted exactly, the others near their share.
    EXPECT_EQ(orgs["Bộ Y tế"], 1000u);
    EXPECT_NEAR(orgs["Quốc hội"], 250.0, 25.0);
    auto categories = by_value(*result.category);
    EXPECT_NEAR(categories["Thời sự"], 500.0, 50.0);
    for (const char* month : {"2021-01", "2021-02", "2021-03"}) EXPECT_NEAR(by_value(*result.date)[month], 333.0, 40.0);
}

TEST_F(FacetCounterTest, TheSampleIsTheSameEachTime) {
    bool exact = true;
    Facets first = counted_up_to(300, exact);
    Facets second = counted_up_to(300, exact);
    EXPECT_EQ(by_value(*first.org), by_value(*second.org));
    EXPECT_EQ(by_value(*first.date), by_value(*second.date));
}
