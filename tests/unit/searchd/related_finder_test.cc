// Tests of related articles: same-topic articles first, never the article itself or its copies.
#include <gtest/gtest.h>

#include "related_finder.h"
#include "searcher.h"
#include "unit/searchd/test_index.h"

using namespace vnsearch::searchd;
using vnsearch::testing::add_article;
using vnsearch::testing::article;

namespace {

std::vector<std::string> ids_of(const RelatedResult& result) {
    std::vector<std::string> ids;
    for (const auto& hit : result.hits) ids.push_back(hit.article.id);
    return ids;
}

class RelatedTest : public ::testing::Test {
protected:
    void SetUp() override {
        Xapian::WritableDatabase db(path(), Xapian::DB_CREATE);
        const std::string football = "Đội tuyển bóng đá Việt Nam thắng trận, thủ môn cản phá phạt đền, huấn luyện viên khen cầu thủ.";
        add_article(db, article("ball1", "Bóng đá: tuyển Việt Nam thắng", football));
        add_article(db, article("ball1-copy", "Bóng đá: tuyển Việt Nam thắng", football));
        add_article(db, article("ball2", "Thủ môn cản phá phạt đền", "Thủ môn đội tuyển bóng đá cản phá quả phạt đền, cầu thủ ăn mừng."));
        add_article(db, article("gold", "Giá vàng tăng", "Giá vàng trong nước tăng mạnh, nhà đầu tư mua vàng miếng."));
        add_article(db, article("rice", "Giá lúa gạo", "Nông dân bán lúa, giá gạo xuất khẩu tăng nhẹ."));
        db.commit();
    }
    std::string path() const { return (dir_ / "db").string(); }

    vnsearch::testing::TempDir dir_;
};

}  // namespace

TEST_F(RelatedTest, SameTopicFirstNeverItselfNorItsCopies) {
    DatabasePool pool(path());
    Searcher searcher(pool);
    auto related = searcher.related("ball1", RelatedRequest{10});
    ASSERT_TRUE(related);
    auto ids = ids_of(*related);
    ASSERT_FALSE(ids.empty());
    EXPECT_EQ(ids.front(), "ball2");
    EXPECT_EQ(std::count(ids.begin(), ids.end(), "ball1"), 0);
    EXPECT_EQ(std::count(ids.begin(), ids.end(), "ball1-copy"), 0);
    EXPECT_FALSE(related->highlight.empty());
}

TEST_F(RelatedTest, BoundsTheCountAndSaysWhenTheArticleIsAbsent) {
    DatabasePool pool(path());
    Searcher searcher(pool);
    EXPECT_LE(searcher.related("gold", RelatedRequest{1})->hits.size(), 1u);
    EXPECT_FALSE(searcher.related("nope", RelatedRequest{10}));
}

// Copies of the article's own story are left out of the answer, not of the match: however many there
// are, they must not crowd the other stories out of the matches fetched.
TEST(RelatedArticles, ManyCopiesOfItsOwnStoryDoNotHideTheOthers) {
    vnsearch::testing::TempDir dir;
    std::string path = (dir / "db").string();
    {
        Xapian::WritableDatabase db(path, Xapian::DB_CREATE);
        const std::string football = "Đội tuyển bóng đá Việt Nam thắng trận, thủ môn cản phá phạt đền, huấn luyện viên khen cầu thủ.";
        add_article(db, article("ball1", "Bóng đá: tuyển Việt Nam thắng", football));
        // More copies than the matches fetched for one related article (4 x 2); other news around them,
        // so that the story's words stay distinctive.
        for (int i = 0; i < 12; ++i) add_article(db, article("ball1-copy-" + std::to_string(i), "Bóng đá", football));
        for (int i = 0; i < 100; ++i) {
            add_article(db, article("market-" + std::to_string(i), "Thị trường", "Giá lúa gạo và vàng miếng hôm nay, phiên " + std::to_string(i) + "."));
        }
        add_article(db, article("ball2", "Thủ môn cản phá phạt đền", "Thủ môn đội tuyển bóng đá cản phá quả phạt đền, cầu thủ ăn mừng."));
        add_article(db, article("gold", "Giá vàng tăng", "Giá vàng trong nước tăng mạnh, nhà đầu tư mua vàng miếng."));
        db.commit();
    }
    DatabasePool pool(path);
    Searcher searcher(pool);
    for (std::size_t count : {1u, 2u, 3u}) {
        auto related = searcher.related("ball1", RelatedRequest{count});
        ASSERT_TRUE(related);
        auto ids = ids_of(*related);
        ASSERT_FALSE(ids.empty()) << count;
        EXPECT_EQ(ids.front(), "ball2") << count;
        for (const auto& id : ids) EXPECT_EQ(id.find("ball1"), std::string::npos) << id;
    }
}
