// Tests of the Searcher on a real (tiny) index: filters, sorting with undated articles last,
// facet counts against counts computed here, paging, relaxation, collapse and live reopen.
#include <gtest/gtest.h>

#include <algorithm>

#include "searcher.h"
#include "unit/searchd/test_index.h"

using namespace vnsearch::searchd;
using vnsearch::schema::Article;
using vnsearch::testing::article;
using vnsearch::testing::TestIndex;

namespace {

using Ids = std::vector<std::string>;

Ids ids_of(const SearchResult& result) {
    Ids ids;
    for (const auto& hit : result.hits) ids.push_back(hit.article.id);
    return ids;
}

SearchRequest request_for(std::string q) {
    SearchRequest request;
    request.q = std::move(q);
    request.per_page = 100;
    return request;
}

const std::vector<Article>& corpus() {
    static const std::vector<Article> articles = {
        article("a", "Đại hội Đảng bộ quận", "Đại hội đảng bộ quận Đống Đa.", "2020-10-08",
                {"Quận ủy Đống Đa", "Bộ Chính trị"}, "Thời sự"),
        article("b", "Hội nghị tổng kết", "Quận ủy tổ chức hội nghị.", "2020-11-02", {"Quận ủy Đống Đa"}, "Thời sự"),
        article("c", "Thị trường chứng khoán", "Chứng khoán tăng điểm, đảng viên đầu tư.", "2021-01-15",
                {"Ngân hàng Nhà nước"}, "Kinh doanh"),
        article("d", "Không ngày tháng", "Bài viết về đảng bộ không có ngày.", "", {"Bộ Chính trị"}, "Thời sự"),
        article("e", "Giá vàng", "Giá vàng hôm nay.", "2019-12-31", {}, "Kinh doanh"),
    };
    return articles;
}

// Counts computed from the articles themselves, for the documents the test expects to match.
std::map<std::string, Xapian::doccount> expected_org_counts(const Ids& ids) {
    std::map<std::string, Xapian::doccount> counts;
    for (const auto& a : corpus()) {
        if (std::find(ids.begin(), ids.end(), a.id) == ids.end()) continue;
        for (const auto& org : a.orgs) ++counts[org];
    }
    return counts;
}

// Phrase counts are cut short by a wall-clock budget, which a loaded machine (CI, a sanitizer build)
// can reach even on five articles: the tests that expect exact totals give it a minute.
SearchBounds untimed_counts() {
    SearchBounds bounds;
    bounds.count_budget = std::chrono::minutes(1);
    return bounds;
}

class SearcherTest : public ::testing::Test {
protected:
    TestIndex index{corpus()};
    DatabasePool pool{index.path()};
    Searcher searcher{pool, Ranking::Proximity, untimed_counts()};
};

}  // namespace

namespace vnsearch::searchd {
inline void PrintTo(const FacetValue& value, std::ostream* out) { *out << value.value << ":" << value.count; }
}  // namespace vnsearch::searchd

TEST_F(SearcherTest, EmptyQueryListsEverythingNewestFirstUndatedLast) {
    SearchResult result = searcher.search(request_for(""));
    EXPECT_EQ(result.total, 5u);
    EXPECT_EQ(ids_of(result), (Ids{"c", "b", "a", "e", "d"}));
}

TEST_F(SearcherTest, DateSortsPutUndatedLastBothWays) {
    SearchRequest request = request_for("dang");
    request.sort = SortOrder::DateDesc;
    EXPECT_EQ(ids_of(searcher.search(request)), (Ids{"c", "a", "d"}));
    request.sort = SortOrder::DateAsc;
    EXPECT_EQ(ids_of(searcher.search(request)), (Ids{"a", "c", "d"}));
    request.q = "";
    EXPECT_EQ(ids_of(searcher.search(request)), (Ids{"e", "a", "b", "c", "d"}));
}

TEST_F(SearcherTest, FiltersCombineAcrossAndOrWithin) {
    SearchRequest request = request_for("");
    request.orgs = {"quận uỷ đống đa"};  // case and tone placement do not matter
    EXPECT_EQ(ids_of(searcher.search(request)), (Ids{"b", "a"}));
    request.orgs = {"Quận ủy Đống Đa", "Ngân hàng Nhà nước"};
    EXPECT_EQ(ids_of(searcher.search(request)), (Ids{"c", "b", "a"}));
    request.categories = {"Thời sự"};
    EXPECT_EQ(ids_of(searcher.search(request)), (Ids{"b", "a"}));
    request.date_from = vnsearch::schema::parse_iso_date("2020-11-01");
    EXPECT_EQ(ids_of(searcher.search(request)), (Ids{"b"}));
}

TEST_F(SearcherTest, DateRangeIsInclusiveAndExcludesUndated) {
    SearchRequest request = request_for("");
    request.date_from = vnsearch::schema::parse_iso_date("2020-10-08");
    request.date_to = vnsearch::schema::parse_iso_date("2021-01-15");
    EXPECT_EQ(ids_of(searcher.search(request)), (Ids{"c", "b", "a"}));
    request.date_from.reset();
    request.date_to = vnsearch::schema::parse_iso_date("2019-12-31");
    EXPECT_EQ(ids_of(searcher.search(request)), (Ids{"e"}));
}

// A date range filters the ranking pass through the matches the term sets counted, not through the date
// values: the page is the undated ranking's matches in the range, in the same order, with the same scores.
TEST_F(SearcherTest, ADateRangeKeepsTheRelevanceOrderOfTheMatchesInIt) {
    for (const char* q : {"dang", "quan OR vang"}) {
        SearchRequest request = request_for(q);
        SearchResult undated = searcher.search(request);
        request.date_from = vnsearch::schema::parse_iso_date("2020-11-01");
        SearchResult dated = searcher.search(request);
        std::vector<std::pair<std::string, double>> expected, got;
        for (const auto& hit : undated.hits) {
            if (hit.article.date && hit.article.date->sort_key() >= "20201101") expected.emplace_back(hit.article.id, hit.score);
        }
        for (const auto& hit : dated.hits) got.emplace_back(hit.article.id, hit.score);
        EXPECT_FALSE(expected.empty()) << q;
        EXPECT_LT(expected.size(), undated.hits.size()) << q;  // the range leaves some matches out
        EXPECT_FALSE(dated.relaxed) << q;  // (a range holding no match would retry with any word)
        EXPECT_EQ(got, expected) << q;
    }
}

TEST_F(SearcherTest, FacetsCountEveryMatchNotJustThePage) {
    SearchRequest request = request_for("dang");
    request.per_page = 1;
    SearchResult result = searcher.search(request);
    Ids matching = {"a", "c", "d"};
    EXPECT_EQ(result.total, matching.size());
    ASSERT_EQ(result.hits.size(), 1u);
    std::map<std::string, Xapian::doccount> orgs;
    for (const auto& value : *result.facets.org) orgs[value.value] = value.count;
    EXPECT_EQ(orgs, expected_org_counts(matching));
    EXPECT_EQ(result.facets.org->front(), (FacetValue{"Bộ Chính trị", 2}));  // most frequent first
    EXPECT_EQ(*result.facets.category, (std::vector<FacetValue>{{"Thời sự", 2}, {"Kinh doanh", 1}}));
    // The undated article has no bucket.
    EXPECT_EQ(*result.facets.date, (std::vector<FacetValue>{{"2020-10", 1}, {"2021-01", 1}}));
}

TEST_F(SearcherTest, TotalIsExactAndTheSameWithOrWithoutFacets) {
    for (const char* q : {"", "dang", "đảng bộ", "quan OR vang", "dang -chung", "\"đảng bộ\"", "d", "dai h"}) {
        for (bool dated : {false, true}) {
            SearchRequest request = request_for(q);
            request.prefix = true;
            if (dated) request.date_from = vnsearch::schema::parse_iso_date("2020-11-01");
            SearchResult with = searcher.search(request);
            request.facets = {false, false, false};
            SearchResult without = searcher.search(request);
            EXPECT_TRUE(with.total_exact) << q;
            EXPECT_TRUE(with.facets_exact) << q;
            EXPECT_EQ(with.total, without.total) << q << " dated=" << dated;
            EXPECT_EQ(with.total, with.hits.size()) << q << " dated=" << dated;  // every match fits the page
            Xapian::doccount dated_count = 0;
            for (const auto& value : *with.facets.date) dated_count += value.count;
            if (dated) {
                EXPECT_EQ(dated_count, with.total) << q;  // a date range keeps dated articles only
            }
        }
    }
}

TEST_F(SearcherTest, FacetsFollowSelectionSizeAndInterval) {
    SearchRequest request = request_for("");
    request.facets = {true, false, false};
    request.date_interval = DateInterval::Year;
    request.facet_size = 2;
    SearchResult result = searcher.search(request);
    EXPECT_FALSE(result.facets.org);
    EXPECT_FALSE(result.facets.category);
    // 2020 is the most frequent; of the two years with one article, the first in calendar order.
    EXPECT_EQ(*result.facets.date, (std::vector<FacetValue>{{"2019", 1}, {"2020", 2}}));
}

TEST_F(SearcherTest, PagesThroughResults) {
    SearchRequest request = request_for("");
    request.per_page = 2;
    request.page = 2;
    SearchResult result = searcher.search(request);
    EXPECT_EQ(result.total, 5u);
    EXPECT_EQ(ids_of(result), (Ids{"a", "e"}));
    request.page = 4;
    EXPECT_TRUE(searcher.search(request).hits.empty());
}

TEST_F(SearcherTest, RetriesWithAnyWordWhenNoArticleHasAll) {
    SearchResult strict = searcher.search(request_for("chứng khoán"));
    EXPECT_FALSE(strict.relaxed);
    EXPECT_EQ(ids_of(strict), (Ids{"c"}));
    SearchResult relaxed = searcher.search(request_for("vàng xyzzy"));
    EXPECT_TRUE(relaxed.relaxed);
    EXPECT_EQ(ids_of(relaxed), (Ids{"e"}));
}

TEST_F(SearcherTest, HitsCarryTheStoredArticleAndAScore) {
    SearchResult result = searcher.search(request_for("đại hội đảng"));
    ASSERT_FALSE(result.hits.empty());
    EXPECT_EQ(result.hits.front().article.id, "a");
    ASSERT_TRUE(result.hits.front().article.date);
    EXPECT_EQ(result.hits.front().article.date->iso_date(), "2020-10-08");
    EXPECT_GT(result.hits.front().score, 0.0);
    EXPECT_TRUE(result.highlight.exact.count("đảng"));
}

TEST_F(SearcherTest, FindsArticlesById) {
    auto found = searcher.article("c");
    ASSERT_TRUE(found);
    EXPECT_EQ(found->title, "Thị trường chứng khoán");
    EXPECT_FALSE(searcher.article("nope"));
}

TEST_F(SearcherTest, SeesCommitsAfterTheIndexChanged) {
    EXPECT_EQ(searcher.stats().documents, 5u);
    {
        Xapian::WritableDatabase writer(index.path(), Xapian::DB_OPEN);
        vnsearch::testing::add_article(writer, article("f", "Bài mới", "Nội dung mới.", "2022-01-01"));
        writer.commit();
    }
    pool.index_changed(pool.version_on_disk());
    EXPECT_EQ(searcher.stats().documents, 6u);
    EXPECT_EQ(ids_of(searcher.search(request_for("mới"))), (Ids{"f"}));
}

// x1 and x2 are one story syndicated twice: the same body gives them one duplicate key.
// Spellings of one organization that differ in case or in the commas and dashes between words alone are
// one facet value, shown as most articles write it, and an org filter with any of them finds them all.
TEST(SearcherOrgSpellings, AreOneFacetValueAndOneFilter) {
    vnsearch::testing::TempDir dir;
    std::string path = (dir / "db").string();
    {
        Xapian::WritableDatabase db(path, Xapian::DB_CREATE);
        vnsearch::testing::add_article(db, article("p", "Lễ hội", "Lễ hội mở màn.", "2021-01-01",
                                                   {"Sở Văn hóa, Thể thao và Du lịch tỉnh Hà Nam"}));
        vnsearch::testing::add_article(db, article("q", "Lễ hội", "Lễ hội bế mạc.", "2021-01-02",
                                                   {"Sở Văn hóa Thể thao và Du lịch tỉnh Hà Nam"}));
        vnsearch::testing::add_article(db, article("r", "Lễ hội", "Lễ hội năm sau.", "2021-01-03",
                                                   {"Sở Văn hóa - Thể thao và Du lịch tỉnh Hà Nam"}));
        vnsearch::testing::add_article(db, article("s", "Lễ hội", "Lễ hội đường phố.", "2021-01-04",
                                                   {"Sở Văn hóa Thể thao và Du lịch tỉnh Hà Nam", "Bộ Y tế"}));
        db.commit();
    }
    DatabasePool pool(path);
    Searcher searcher(pool, Ranking::Proximity, untimed_counts());
    SearchRequest request = request_for("lễ hội");
    request.facets = FacetSelection{false, true, false};
    SearchResult all = searcher.search(request);
    ASSERT_TRUE(all.facets.org);
    EXPECT_EQ(*all.facets.org, (std::vector<FacetValue>{{"Sở Văn hóa Thể thao và Du lịch tỉnh Hà Nam", 4}, {"Bộ Y tế", 1}}));
    request.orgs = {"Sở Văn hóa, Thể thao và Du lịch tỉnh Hà Nam"};
    EXPECT_EQ(ids_of(searcher.search(request)).size(), 4u);
}

TEST(SearcherCollapse, KeepsOneArticlePerDuplicateKey) {
    vnsearch::testing::TempDir dir;
    std::string path = (dir / "db").string();
    {
        Xapian::WritableDatabase db(path, Xapian::DB_CREATE);
        vnsearch::testing::add_article(db, article("x1", "Bão số 9", "Bão số 9 đổ bộ.", "2020-10-28"));
        vnsearch::testing::add_article(db, article("x2", "Bão số 9", "Bão số 9 đổ bộ.", "2020-10-28"));
        vnsearch::testing::add_article(db, article("y", "Bão số 10", "Bão mới.", "2020-11-05"));
        db.commit();
    }
    DatabasePool pool(path);
    Searcher searcher(pool);
    SearchRequest request = request_for("bão");
    EXPECT_EQ(searcher.search(request).hits.size(), 3u);
    request.collapse = true;
    EXPECT_EQ(searcher.search(request).hits.size(), 2u);
}

TEST(DatabasePool, SaysWhichDatabaseCannotBeOpened) {
    try {
        DatabasePool pool("/nonexistent/vnsearch-db");
        FAIL() << "opened a database that does not exist";
    } catch (const DatabaseUnavailable& error) {
        EXPECT_NE(std::string(error.what()).find("/nonexistent/vnsearch-db"), std::string::npos);
    }
}

TEST(SearcherRecency, BlendsFreshnessIntoRelevance) {
    vnsearch::testing::TempDir dir;
    std::string path = (dir / "db").string();
    {
        Xapian::WritableDatabase db(path, Xapian::DB_CREATE);
        // Strongly about the query, but old.
        vnsearch::testing::add_article(db, article("old-strong", "Giá vàng tăng mạnh", "Giá vàng, giá vàng miếng, giá vàng nhẫn đều tăng.", "2020-01-10"));
        // Mentions it once, and is the newest.
        vnsearch::testing::add_article(db, article("new-weak", "Thị trường hôm nay", "Chứng khoán giảm, cà phê tăng, lúa gạo ổn định, giá vàng đi ngang, rau củ rẻ.", "2021-03-01"));
        vnsearch::testing::add_article(db, article("mid", "Tin khác", "Không liên quan.", "2020-06-01"));
        db.commit();
    }
    DatabasePool pool(path);
    Searcher searcher(pool);
    SearchRequest request = request_for("giá vàng");
    EXPECT_EQ(ids_of(searcher.search(request)), (Ids{"old-strong", "new-weak"}));
    request.recency = 0.2;
    EXPECT_EQ(ids_of(searcher.search(request)), (Ids{"old-strong", "new-weak"}));
    request.recency = 1.0;
    EXPECT_EQ(ids_of(searcher.search(request)), (Ids{"new-weak", "old-strong"}));  // matches only, by date
}

// Issue 12: a headline typed or pasted whole, whose article lacks some of its words, still finds it;
// a shorter text keeps requiring every word (QueryBuilder::kHeadlineWords).
TEST(SearcherHeadlines, SevenWordsOrMoreFindTheArticleLackingSomeOfThem) {
    TestIndex index{{
        article("told", "Điều chỉnh địa giới khu vực giáp ranh", "Hà Nội điều chỉnh địa giới khu vực giáp ranh ba quận.",
                "2021-04-01", {}, "Xã hội"),
        article("scattered", "Tin vắn", "Điều tra viên nói chính xác: địa phương giới thiệu khu nhà bên vực sâu, giáp "
                "biên, ranh thuộc 3 quận của Hà Nội.", "2021-04-02", {}, "Xã hội"),
    }};
    DatabasePool pool{index.path()};
    Searcher searcher{pool, Ranking::Proximity, untimed_counts()};
    // "told" lacks "thuoc", "3" and "cua" (the slug of the headline as first published); "scattered" holds
    // every word but none of the headline's rarer pairs side by side.
    SearchResult headline = searcher.search(request_for("dieu chinh dia gioi khu vuc giap ranh thuoc 3 quan cua ha noi"));
    EXPECT_EQ(ids_of(headline), (Ids{"told"}));
    SearchResult six = searcher.search(request_for("dieu chinh dia gioi thuoc cua"));
    EXPECT_EQ(ids_of(six), (Ids{"scattered"}));
    SearchResult quoted = searcher.search(request_for("dieu chinh dia gioi khu vuc \"thuoc 3 quan\""));
    EXPECT_EQ(ids_of(quoted), (Ids{"scattered"}));  // not plain words: every part still required
}
