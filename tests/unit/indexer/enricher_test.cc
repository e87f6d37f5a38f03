// Tests of the enricher: dates parsed (a bad one reported with its line, the article kept), text
// white space cleaned, organizations deduplicated with the publisher first.
#include <gtest/gtest.h>

#include <algorithm>
#include <set>

#include "enricher.h"
#include "unit/indexer/test_support.h"
#include "vnsearch/schema/layout.h"

using namespace vnsearch::indexer;

namespace {

RawArticle raw_article(const std::string& date) {
    RawArticle raw;
    raw.article.id = "a1";
    raw.article.title = "  Tiêu đề  ";
    raw.article.body = "Đoạn một.\n\n  Đoạn hai.  \n";
    raw.raw_date = date;
    raw.origin = Origin{"in.jsonl", 7};
    raw.date_origin = raw.origin;
    return raw;
}

}  // namespace

TEST(Enricher, ParsesTheDateAndCleansText) {
    std::vector<ReadError> warnings;
    auto article = Enricher().enrich(raw_article("08/10/2020 | 23:45"), [&](const ReadError& e) { warnings.push_back(e); });
    EXPECT_TRUE(warnings.empty());
    ASSERT_TRUE(article.date);
    EXPECT_EQ(article.date->iso_date(), "2020-10-08");
    EXPECT_EQ(article.date->iso_time(), "23:45");
    EXPECT_EQ(article.title, "Tiêu đề");
    EXPECT_EQ(article.body, "Đoạn một.\nĐoạn hai.");
}

TEST(Enricher, AnImpossibleDateIsReportedAndTheArticleKeptWithoutOne) {
    std::vector<ReadError> warnings;
    auto article = Enricher().enrich(raw_article("31/02/2020"), [&](const ReadError& e) { warnings.push_back(e); });
    EXPECT_FALSE(article.date);
    EXPECT_EQ(article.id, "a1");
    ASSERT_EQ(warnings.size(), 1u);
    EXPECT_TRUE(warnings.front().message().starts_with("in.jsonl:7: bad date")) << warnings.front().message();
    EXPECT_NE(warnings.front().message().find("31/02/2020"), std::string::npos);
}

TEST(Enricher, ListsOrganizationsOncePublisherFirst) {
    auto raw = raw_article("");
    raw.article.source = "Ban Tuyên giáo Quận ủy";
    raw.article.orgs = {"Quận ủy Đống Đa", "BAN TUYÊN GIÁO QUẬN UỶ", "Quận ủy Đống Đa"};
    auto article = Enricher().enrich(raw, [](const ReadError&) {});
    ASSERT_GE(article.orgs.size(), 2u);
    EXPECT_EQ(vnsearch::schema::Layout::org_term(article.orgs[0]),
              vnsearch::schema::Layout::org_term("Ban Tuyên giáo Quận ủy"));
    std::set<std::string> keys;
    for (const auto& org : article.orgs) {
        EXPECT_TRUE(keys.insert(vnsearch::schema::Layout::org_term(org)).second) << "duplicate " << org;
    }
    EXPECT_TRUE(keys.count(vnsearch::schema::Layout::org_term("Quận ủy Đống Đa")));
    EXPECT_EQ(article.source, "Ban Tuyên giáo Quận ủy");  // the source stays as written
}

TEST(Enricher, ExtractsOrganizationsNamedInTitleAndBody) {
    auto raw = raw_article("");
    raw.article.source = "BAN TUYÊN GIÁO QUẬN ỦY";
    raw.article.title = "Hội nghị tổng kết";
    raw.article.body = "Ngày 8/10, Quận ủy Đống Đa tổ chức hội nghị.\nĐại diện Ban Tổ chức Thành ủy Hà Nội dự.";
    auto article = Enricher().enrich(raw, [](const ReadError&) {});
    ASSERT_GE(article.orgs.size(), 3u);
    EXPECT_EQ(article.orgs[0], "Ban Tuyên giáo Quận ủy");  // the publisher, canonical, first
    EXPECT_NE(std::find(article.orgs.begin(), article.orgs.end(), "Quận ủy Đống Đa"), article.orgs.end());
    EXPECT_NE(std::find(article.orgs.begin(), article.orgs.end(), "Ban Tổ chức Thành ủy Hà Nội"), article.orgs.end());
    EXPECT_EQ(article.source, "BAN TUYÊN GIÁO QUẬN ỦY");
}

TEST(Enricher, UnusableDataDirectoryIsAnError) {
    test::TempDir empty;
    EXPECT_THROW(Enricher{empty.path()}, std::runtime_error);
}
