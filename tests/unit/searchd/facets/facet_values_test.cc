// Tests of facet ordering and bounding, date buckets, and list items.
#include <gtest/gtest.h>

#include <map>
#include <random>

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

TEST(MostFrequent, NumberedValuesTieByNameInByteOrderAsTheMapDoes) {
    // Names in the order an index meets them, not sorted; many ties, as organizations have.
    std::vector<std::string> names{"Sở Y tế", "Bộ Y tế", "UBND", "Ban Thường vụ", "Đảng ủy", "Bộ Công an", "An Giang"};
    std::vector<Xapian::doccount> counts{1, 3, 0, 1, 3, 1, 2};
    std::map<std::string, Xapian::doccount> by_name;
    for (std::size_t i = 0; i < names.size(); ++i) {
        if (counts[i] > 0) by_name[names[i]] = counts[i];
    }
    std::vector<std::int32_t> ranks = name_ranks(names);
    EXPECT_EQ(ranks, (std::vector<std::int32_t>{4, 3, 5, 1, 6, 2, 0}));
    for (std::size_t limit : {1, 2, 3, 4, 6, 10}) {
        EXPECT_EQ(most_frequent(counts, names, ranks, limit), most_frequent(by_name, limit)) << limit;
    }
}

// Past the blocks of 16 counts it passes over: thousands of values, seeded counts with many ties and
// zeros, names in no order; the same answer as ordering them all.
TEST(MostFrequent, ManyNumberedValuesAgreeWithOrderingThemAll) {
    std::mt19937 random(12);
    for (std::size_t size : {0, 1, 15, 16, 17, 100, 5003}) {
        std::vector<std::string> names;
        std::vector<Xapian::doccount> counts;
        std::map<std::string, Xapian::doccount> by_name;
        for (std::size_t i = 0; i < size; ++i) {
            names.push_back("org " + std::to_string(i * 7919 % 10007) + "." + std::to_string(random() % 10));
            counts.push_back(random() % 3 == 0 ? 0 : random() % (random() % 50 == 0 ? 500 : 4));
            if (counts.back() > 0) by_name[names.back()] = counts.back();
        }
        auto ranks = name_ranks(names);
        for (std::size_t limit : {0, 1, 10, 100, 6000}) {
            EXPECT_EQ(most_frequent(counts, names, ranks, limit), most_frequent(by_name, limit)) << size << " " << limit;
        }
    }
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
