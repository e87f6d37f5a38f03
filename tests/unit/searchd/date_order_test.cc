// Date-sorted pages read off the match bitmap (DateOrder) against Xapian's own sort: the same
// articles in the same order with the same scores, over one database (the bitmap path) and over a
// list of databases (Xapian's sort, which that path leaves alone). Also: facets of more matches than
// the Searcher's limit are estimates that say so, while the total stays exact.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "date_order.h"
#include "searcher.h"
#include "unit/searchd/test_index.h"

using namespace vnsearch::searchd;
using vnsearch::testing::article;
using vnsearch::testing::TempDir;
using vnsearch::testing::TestIndex;

namespace {

constexpr int kArticles = 600;

// Dates over a few months with many articles a day (ties broken by id), every tenth undated; words
// repeated unevenly so scores differ.
std::vector<vnsearch::schema::Article> articles() {
    std::vector<vnsearch::schema::Article> all;
    for (int i = 0; i < kArticles; ++i) {
        std::string date = i % 10 == 0 ? "" : "2021-0" + std::to_string(1 + i % 7) + "-1" + std::to_string(i % 9);
        std::string body = "Tin tức số " + std::to_string(i) + ".";
        for (int k = 0; k < i % 5; ++k) body += " Hà Nội đón tin vui.";
        all.push_back(article("a" + std::to_string(1000 + (i * 7919) % kArticles), "Bản tin " + std::to_string(i % 13),
                              body, date, {"Báo Hà Nội Mới"}, "Thời sự"));
    }
    return all;
}

struct Listed {
    std::vector<std::string> ids;
    std::vector<double> scores;
    Xapian::doccount total = 0;
};

Listed listed(const Searcher& searcher, const std::string& q, SortOrder sort, int page) {
    SearchRequest request;
    request.q = q;
    request.sort = sort;
    request.page = page;
    request.per_page = 10;
    SearchResult result = searcher.search(request);
    Listed out;
    out.total = result.total;
    for (const auto& hit : result.hits) {
        out.ids.push_back(hit.article.id);
        out.scores.push_back(hit.score);
    }
    return out;
}

// An empty database, the second of a list that makes the Searcher use Xapian's sort.
class EmptyDatabase {
public:
    EmptyDatabase() { Xapian::WritableDatabase(path(), Xapian::DB_CREATE).commit(); }
    std::string path() const { return (dir_.path() / "db").string(); }

private:
    TempDir dir_;
};

class DateOrderTest : public ::testing::Test {
protected:
    TestIndex index{articles()};
    EmptyDatabase empty;
    DatabasePool one{index.path()};
    DatabasePool two{DatabaseList({index.path(), empty.path()})};
    Searcher bitmap_path{one};
    Searcher xapian_sort{two};
};

}  // namespace

TEST_F(DateOrderTest, PagesEqualXapiansSort) {
    for (const char* q : {"", "tin", "hà nội", "ha noi -vui", "\"tin vui\"", "bản OR tức"}) {
        for (SortOrder sort : {SortOrder::DateDesc, SortOrder::DateAsc, SortOrder::Relevance}) {
            for (int page : {1, 2, 7, 60}) {
                Listed expected = listed(xapian_sort, q, sort, page);
                Listed actual = listed(bitmap_path, q, sort, page);
                SCOPED_TRACE(std::string("q=") + q + " sort=" + std::to_string(static_cast<int>(sort)) +
                             " page=" + std::to_string(page));
                EXPECT_EQ(actual.total, expected.total);
                EXPECT_EQ(actual.ids, expected.ids);
                ASSERT_EQ(actual.scores.size(), expected.scores.size());
                for (std::size_t i = 0; i < actual.scores.size(); ++i) EXPECT_NEAR(actual.scores[i], expected.scores[i], 1e-9);
            }
        }
    }
}

TEST_F(DateOrderTest, NewestFirstPutsUndatedLastAndBreaksTiesByIdDescending) {
    Xapian::Database db(index.path());
    DateOrder newest(db, true);
    DocSet all(db.get_lastdocid() + 1);
    for (Xapian::docid docid = 1; docid <= db.get_lastdocid(); ++docid) all.insert(docid);
    auto page = newest.page(all, 0, kArticles);
    ASSERT_EQ(page.size(), static_cast<std::size_t>(kArticles));
    std::string previous_key;
    for (std::size_t i = 0; i < page.size(); ++i) {
        std::string key = db.get_document(page[i]).get_value(vnsearch::schema::slot::kDateDescKey);
        if (i > 0) {
            EXPECT_GT(previous_key, key) << "at " << i;
        }
        previous_key = key;
    }
    EXPECT_EQ(previous_key.front(), ' ');  // undated last
    EXPECT_EQ(newest.page(all, kArticles - 3, 10).size(), 3u);
}

TEST_F(DateOrderTest, FacetsAboveTheLimitAreEstimatesAndTheTotalStaysExact) {
    Searcher limited(one, Ranking::Proximity, SearchBounds{200, 20000});
    SearchRequest request;
    SearchResult sampled = limited.search(request);
    EXPECT_EQ(sampled.total, static_cast<Xapian::doccount>(kArticles));
    EXPECT_TRUE(sampled.total_exact);
    EXPECT_FALSE(sampled.facets_exact);
    SearchResult exact = bitmap_path.search(request);
    EXPECT_TRUE(exact.facets_exact);
    EXPECT_EQ(exact.facets.org->front().count, static_cast<Xapian::doccount>(kArticles));
    EXPECT_EQ(sampled.facets.org->front().count, static_cast<Xapian::doccount>(kArticles));  // every article names it
}
