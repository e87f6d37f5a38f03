// A broad query of words typed side by side ranks the matches holding two of its words side by side
// first, and one broad word those holding it in their title, then the others, each by score (searcher.cc,
// page_tiered): tested with the bound at 0, so these small indexes count as broad, against the Searcher's
// plain ranking of the same matches.
#include <gtest/gtest.h>

#include <set>
#include <string>
#include <vector>

#include "searcher.h"
#include "unit/searchd/test_index.h"

using namespace vnsearch::searchd;
using vnsearch::testing::article;
using vnsearch::testing::TestIndex;

namespace {

using Ids = std::vector<std::string>;

// "near*" hold "Ha Noi" (no marks) once in a long text; "apart*" hold both words many times, in the title too,
// never side by side but across a full stop ("... hà. Nội ..."): plain ranking puts them first.
std::vector<vnsearch::schema::Article> articles() {
    std::vector<vnsearch::schema::Article> all;
    std::string filler = " Bài viết dài về nhiều chuyện khác nhau trong tuần qua của thành phố.";
    for (int i = 0; i < 5; ++i) {
        std::string body = "Tin từ Ha Noi.";  // typed without marks: no exact term
        for (int k = 0; k < 40 + 5 * i; ++k) body += filler;
        all.push_back(article("near" + std::to_string(i), "Tin tức " + std::to_string(i), body, "2021-01-0" + std::to_string(i + 1)));
    }
    for (int i = 0; i < 5; ++i) {
        std::string body;
        for (int k = 0; k < 10 + i; ++k) body += "Nội dung hà, hà mã. Nội thất hà. ";
        all.push_back(article("apart" + std::to_string(i), "Hà mã, nội thất " + std::to_string(i), body, "2021-02-0" + std::to_string(i + 1)));
    }
    all.push_back(article("other", "Giá vàng", "Giá vàng hôm nay.", "2021-03-01"));
    return all;
}

Ids ids(const Searcher& searcher, const std::string& q, int page, int per_page, Xapian::doccount* total = nullptr) {
    SearchRequest request;
    request.q = q;
    request.page = page;
    request.per_page = per_page;
    SearchResult result = searcher.search(request);
    if (total) *total = result.total;
    Ids out;
    for (const auto& hit : result.hits) out.push_back(hit.article.id);
    return out;
}

// The tiered answer to q over every match, checked against plain ranking: the same `count` matches.
Ids tiered_checked(const Searcher& tiered, const Searcher& plain, const std::string& q, std::size_t count, Ids& everything) {
    Xapian::doccount tiered_total = 0, plain_total = 0;
    Ids all = ids(tiered, q, 1, 100, &tiered_total);
    everything = ids(plain, q, 1, 100, &plain_total);
    EXPECT_EQ(tiered_total, count);
    EXPECT_EQ(tiered_total, plain_total);
    EXPECT_EQ(std::set<std::string>(all.begin(), all.end()), std::set<std::string>(everything.begin(), everything.end()));
    return all;
}

// Every page of q, `per_page` a page, one after another.
Ids paged(const Searcher& searcher, const std::string& q, int per_page, std::size_t count) {
    Ids out;
    for (int page = 1; out.size() < count && page < 20; ++page) {
        Ids one = ids(searcher, q, page, per_page);
        if (one.empty()) break;
        out.insert(out.end(), one.begin(), one.end());
    }
    return out;
}

// A Searcher with the tiers' bound at 0 and a plain one, over the same articles.
class TierFixture : public ::testing::Test {
protected:
    explicit TierFixture(std::vector<vnsearch::schema::Article> all) : index{std::move(all)} {}
    TestIndex index;
    DatabasePool pool{index.path()};
    Searcher tiered{pool, Ranking::Proximity, SearchBounds{100000, 0}};
    Searcher plain{pool};
};

class TieredRankingTest : public TierFixture {
protected:
    TieredRankingTest() : TierFixture(articles()) {}
};

}  // namespace

TEST_F(TieredRankingTest, MatchesWithTheWordsSideBySideComeFirst) {
    Ids everything;
    Ids all = tiered_checked(tiered, plain, "hà nội", 10, everything);
    ASSERT_EQ(all.size(), 10u);
    EXPECT_NE(all, everything);  // plain ranking puts the marked words' many repeats first
    for (int i = 0; i < 5; ++i) EXPECT_EQ(all[i].rfind("near", 0), 0u) << i << ": " << all[i];
    for (int i = 5; i < 10; ++i) EXPECT_EQ(all[i].rfind("apart", 0), 0u) << i << ": " << all[i];
}

TEST_F(TieredRankingTest, PagesCrossFromOneTierToTheNextWithoutRepeatsOrGaps) {
    Ids all = ids(tiered, "hà nội", 1, 100);
    for (int per_page : {1, 3, 4, 7}) EXPECT_EQ(paged(tiered, "hà nội", per_page, all.size()), all) << "per_page " << per_page;
}

// A phrase needs no tier: it matches only where it stands within one clause (query_builder.cc).
TEST_F(TieredRankingTest, APhraseAcrossPunctuationIsNoMatch) {
    for (const Searcher* searcher : {&tiered, &plain}) {
        Xapian::doccount total = 0;
        Ids found = ids(*searcher, "\"ha noi\"", 1, 100, &total);
        EXPECT_EQ(total, 5u);
        EXPECT_EQ(std::set<std::string>(found.begin(), found.end()),
                  (std::set<std::string>{"near0", "near1", "near2", "near3", "near4"}));
    }
}

TEST_F(TieredRankingTest, ADateSortIsRankedAsEver) {
    SearchRequest request;
    request.q = "hà nội";
    request.sort = SortOrder::DateDesc;
    request.per_page = 100;
    auto listed = [&](const Searcher& searcher) {
        Ids out;
        for (const auto& hit : searcher.search(request).hits) out.push_back(hit.article.id);
        return out;
    };
    EXPECT_EQ(listed(tiered), listed(plain));
}

namespace {

// "title*" name gold in their titles and once in a long text; "body*" hold it many times in a short one
// (plain ranking puts them first); "marked*" hold only "vắng" ("vang" folded) in their titles.
std::vector<vnsearch::schema::Article> gold_articles() {
    std::vector<vnsearch::schema::Article> all;
    std::string filler = " Bài viết dài về nhiều chuyện khác nhau trong tuần qua của thành phố.";
    for (int i = 0; i < 4; ++i) {
        std::string body = "Giá vàng đi lên.";
        for (int k = 0; k < 30 + 5 * i; ++k) body += filler;
        all.push_back(article("title" + std::to_string(i), "Vàng tăng giá " + std::to_string(i), body, "2021-01-0" + std::to_string(i + 1)));
    }
    for (int i = 0; i < 4; ++i) {
        all.push_back(article("body" + std::to_string(i), "Thị trường " + std::to_string(i),
                              "Vàng, vàng và vàng: nhẫn vàng, vàng miếng.", "2021-02-0" + std::to_string(i + 1)));
    }
    for (int i = 0; i < 2; ++i) {
        all.push_back(article("marked" + std::to_string(i), "Phố vắng " + std::to_string(i), "Phố vắng, chợ vắng và vàng.",
                              "2021-03-0" + std::to_string(i + 1)));
    }
    return all;
}

class OneWordTierTest : public TierFixture {
protected:
    OneWordTierTest() : TierFixture(gold_articles()) {}
};

bool starts_with(const std::string& id, const std::string& prefix) { return id.rfind(prefix, 0) == 0; }

}  // namespace

// One broad word: the articles holding it in their title first (as typed: exact with marks), then the
// others, each by score; the same matches as plain ranking, which puts the short repeats first.
TEST_F(OneWordTierTest, ArticlesWithTheWordInTheirTitleComeFirst) {
    Ids everything;
    Ids all = tiered_checked(tiered, plain, "vàng", 10, everything);
    ASSERT_EQ(all.size(), 10u);
    EXPECT_TRUE(starts_with(everything.front(), "body")) << everything.front();
    for (int i = 0; i < 4; ++i) EXPECT_TRUE(starts_with(all[i], "title")) << i << ": " << all[i];
    // "vắng" in a title is no "vàng" typed with marks; typed without, it is "vang" too.
    EXPECT_TRUE(starts_with(all[9], "marked") || starts_with(all[8], "marked")) << all[8] << " " << all[9];
    Ids unmarked = ids(tiered, "vang", 1, 100);
    ASSERT_EQ(unmarked.size(), 10u);
    for (int i = 0; i < 6; ++i) {
        EXPECT_TRUE(starts_with(unmarked[i], "title") || starts_with(unmarked[i], "marked")) << i << ": " << unmarked[i];
    }
}

TEST_F(OneWordTierTest, PagesCrossFromOneTierToTheNextWithoutRepeatsOrGaps) {
    Ids all = ids(tiered, "vàng", 1, 100);
    for (int per_page : {1, 3, 4}) EXPECT_EQ(paged(tiered, "vàng", per_page, all.size()), all) << "per_page " << per_page;
}
