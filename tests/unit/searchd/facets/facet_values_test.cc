// Tests of facet ordering and bounding, date buckets, and list items.
#include <gtest/gtest.h>

#include "facets/facet_values.h"
#include "vnsearch/schema/layout.h"

using namespace vnsearch::searchd;
using vnsearch::schema::DateInterval;
using vnsearch::schema::Layout;

namespace vnsearch::searchd {
inline void PrintTo(const FacetValue& value, std::ostream* out) { *out << value.value << ":" << value.count; }
}  // namespace vnsearch::searchd

TEST(MostFrequent, OrdersByCountThenValueAndBounds) {
    std::map<std::string, Xapian::doccount> counts{{"b", 2}, {"a", 2}, {"c", 5}, {"d", 1}};
    EXPECT_EQ(most_frequent(counts, 10), (std::vector<FacetValue>{{"c", 5}, {"a", 2}, {"b", 2}, {"d", 1}}));
    EXPECT_EQ(most_frequent(counts, 2), (std::vector<FacetValue>{{"c", 5}, {"a", 2}}));
}

TEST(DateBuckets, AggregatesDaysInCalendarOrder) {
    std::map<std::string, Xapian::doccount> days{{"20201008", 2}, {"20201031", 1}, {"20191231", 4}, {"20210101", 1}};
    EXPECT_EQ(date_buckets(days, DateInterval::Month, 10),
              (std::vector<FacetValue>{{"2019-12", 4}, {"2020-10", 3}, {"2021-01", 1}}));
    EXPECT_EQ(date_buckets(days, DateInterval::Year, 10),
              (std::vector<FacetValue>{{"2019", 4}, {"2020", 3}, {"2021", 1}}));
    EXPECT_EQ(date_buckets(days, DateInterval::Day, 10).front(), (FacetValue{"2019-12-31", 4}));
}

TEST(DateBuckets, KeepsTheMostFrequentBucketsWhenBounded) {
    std::map<std::string, Xapian::doccount> days{{"20200101", 1}, {"20200201", 5}, {"20200301", 3}};
    EXPECT_EQ(date_buckets(days, DateInterval::Month, 2),
              (std::vector<FacetValue>{{"2020-02", 5}, {"2020-03", 3}}));
}

TEST(DistinctListItems, EachNonEmptyItemOnce) {
    EXPECT_EQ(distinct_list_items(Layout::join_list({"Bộ Y tế", "", "Bộ Y tế", "Quận ủy Đống Đa"})),
              (std::vector<std::string>{"Bộ Y tế", "Quận ủy Đống Đa"}));
    EXPECT_TRUE(distinct_list_items("").empty());
}
