// Tests of GET /search parameter parsing: defaults, every accepted form, and a 400 for each bad one.
#include <gtest/gtest.h>

#include "search_request.h"

using namespace vnsearch::searchd;

namespace {

SearchRequest parse(QueryParams params) { return parse_search_request(params); }

// The BadRequest message for params, or "" when they were accepted.
std::string rejection(QueryParams params) {
    try {
        parse_search_request(params);
        return "";
    } catch (const BadRequest& error) {
        return error.what();
    }
}

}  // namespace

TEST(SearchRequest, DefaultsWhenNothingIsGiven) {
    SearchRequest request = parse({});
    EXPECT_EQ(request.q, "");
    EXPECT_EQ(request.page, 1u);
    EXPECT_EQ(request.per_page, 10u);
    EXPECT_EQ(request.sort, SortOrder::Relevance);
    EXPECT_FALSE(request.date_from);
    EXPECT_FALSE(request.date_to);
    EXPECT_TRUE(request.facets.date && request.facets.org && request.facets.category);
    EXPECT_EQ(request.facet_size, 10u);
    EXPECT_EQ(request.date_interval, DateInterval::Month);
    EXPECT_EQ(request.recency, 0.0);
    EXPECT_FALSE(request.collapse);
    EXPECT_FALSE(request.prefix);
}

TEST(SearchRequest, ReadsEveryParameter) {
    SearchRequest request = parse({{"q", "đại hội"},
                                   {"page", "3"},
                                   {"per_page", "100"},
                                   {"sort", "date_asc"},
                                   {"date_from", "2020-10-01"},
                                   {"date_to", "2020-10-31"},
                                   {"org", "Quận ủy Đống Đa"},
                                   {"org", "Bộ Chính trị"},
                                   {"category", "kinh-doanh"},
                                   {"facets", "date, org"},
                                   {"facet_size", "100"},
                                   {"date_interval", "year"},
                                   {"recency", "0.5"},
                                   {"collapse", "1"},
                                   {"prefix", "1"}});
    EXPECT_EQ(request.q, "đại hội");
    EXPECT_EQ(request.page, 3u);
    EXPECT_EQ(request.per_page, 100u);
    EXPECT_EQ(request.sort, SortOrder::DateAsc);
    EXPECT_EQ(request.date_from->iso_date(), "2020-10-01");
    EXPECT_EQ(request.date_to->iso_date(), "2020-10-31");
    EXPECT_EQ(request.orgs, (std::vector<std::string>{"Quận ủy Đống Đa", "Bộ Chính trị"}));
    EXPECT_EQ(request.categories, std::vector<std::string>{"kinh-doanh"});
    EXPECT_TRUE(request.facets.date && request.facets.org);
    EXPECT_FALSE(request.facets.category);
    EXPECT_EQ(request.facet_size, 100u);
    EXPECT_EQ(request.date_interval, DateInterval::Year);
    EXPECT_DOUBLE_EQ(request.recency, 0.5);
    EXPECT_TRUE(request.collapse);
    EXPECT_TRUE(request.prefix);
}

TEST(SearchRequest, EmptyFacetsMeansNone) {
    EXPECT_FALSE(parse({{"facets", ""}}).facets.any());
}

TEST(SearchRequest, EmptyFilterValuesMeanNoFilter) {
    SearchRequest request = parse({{"org", ""}, {"category", ""}, {"date_from", ""}, {"date_to", ""}});
    EXPECT_TRUE(request.orgs.empty());
    EXPECT_TRUE(request.categories.empty());
    EXPECT_FALSE(request.date_from);
    EXPECT_FALSE(request.date_to);
}

TEST(SearchRequest, PerPageZeroAsksForFacetsOnly) { EXPECT_EQ(parse({{"per_page", "0"}}).per_page, 0u); }

struct BadParameter {
    const char* name;
    const char* value;
    const char* expected_in_message;
};

class SearchRequestRejects : public ::testing::TestWithParam<BadParameter> {};

TEST_P(SearchRequestRejects, WithAMessageNamingTheParameterAndTheAcceptedValues) {
    const BadParameter& bad = GetParam();
    std::string message = rejection({{bad.name, bad.value}});
    ASSERT_FALSE(message.empty()) << bad.name << "=" << bad.value << " was accepted";
    EXPECT_NE(message.find(std::string("'") + bad.name + "'"), std::string::npos) << message;
    EXPECT_NE(message.find(bad.expected_in_message), std::string::npos) << message;
}

INSTANTIATE_TEST_SUITE_P(
    EveryParameter, SearchRequestRejects,
    ::testing::Values(BadParameter{"page", "abc", "whole number from 1 to 10000"},
                      BadParameter{"page", "0", "whole number from 1"},
                      BadParameter{"page", "-1", "whole number"},
                      BadParameter{"page", "2.5", "whole number"},
                      BadParameter{"page", "", "whole number"},
                      BadParameter{"page", "99999999999999999999999", "whole number"},
                      BadParameter{"per_page", "101", "from 0 to 100"},
                      BadParameter{"per_page", "ten", "from 0 to 100"},
                      BadParameter{"sort", "newest", "relevance, date_desc or date_asc"},
                      BadParameter{"date_from", "2020-13-01", "YYYY-MM-DD"},
                      BadParameter{"date_from", "yesterday", "YYYY-MM-DD"},
                      BadParameter{"date_to", "31/02/2020", "YYYY-MM-DD"},
                      BadParameter{"facets", "date,people", "date, org, category"},
                      BadParameter{"facet_size", "0", "from 1 to 100"},
                      BadParameter{"facet_size", "101", "from 1 to 100"},
                      BadParameter{"date_interval", "week", "year, month or day"},
                      BadParameter{"recency", "2", "from 0 to 1"},
                      BadParameter{"recency", "nan", "from 0 to 1"},
                      BadParameter{"recency", "-0.1", "from 0 to 1"},
                      BadParameter{"collapse", "yes", "0 or 1"},
                      BadParameter{"prefix", "2", "0 or 1"}),
    // A readable, stable name per case ("page_1"): gtest's default prints the struct's bytes, which
    // hold pointers, so the names ctest discovered at build time matched no test when it ran them.
    [](const ::testing::TestParamInfo<BadParameter>& info) {
        return std::string(info.param.name) + "_" + std::to_string(info.index);
    });

TEST(SearchRequest, RejectsDateToBeforeDateFrom) {
    std::string message = rejection({{"date_from", "2020-10-08"}, {"date_to", "2020-10-01"}});
    EXPECT_NE(message.find("date_to"), std::string::npos) << message;
    EXPECT_NE(message.find("date_from"), std::string::npos) << message;
}

TEST(SearchRequest, RejectsASingleValuedParameterGivenTwice) {
    std::string message = rejection({{"page", "1"}, {"page", "2"}});
    EXPECT_NE(message.find("'page'"), std::string::npos) << message;
}

TEST(SearchRequest, RejectsAnOverlongQuery) {
    std::string message = rejection({{"q", std::string(SearchRequest::kMaxQueryBytes + 1, 'a')}});
    EXPECT_NE(message.find("'q'"), std::string::npos) << message;
}

TEST(SearchRequest, IgnoresUnknownParameters) { EXPECT_EQ(rejection({{"utm_source", "x"}}), ""); }

TEST(RelatedRequest, BoundsPerPage) {
    EXPECT_EQ(parse_related_request({{"per_page", "5"}}).per_page, 5u);
    EXPECT_THROW(parse_related_request({{"per_page", "0"}}), BadRequest);
    EXPECT_THROW(parse_related_request({{"per_page", "500"}}), BadRequest);
}
