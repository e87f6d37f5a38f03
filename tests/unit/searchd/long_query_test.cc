// Tests of long unmarked queries (four plain words or more, no marks) on a real tiny index: no word
// is required, and holding every word, the typed pairs and the typed order rank an article higher.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "hit.h"
#include "long_query.h"
#include "query_builder.h"
#include "unit/searchd/test_index.h"
#include "vnsearch/schema/analyzer.h"

using namespace vnsearch::searchd;
using vnsearch::schema::Analyzer;
using vnsearch::testing::article;
using vnsearch::testing::TestIndex;

namespace {

std::vector<std::string> ranked_ids(const TestIndex& index, const std::string& text) {
    Xapian::Database db(index.path());
    Xapian::Enquire enquire(db);
    enquire.set_query(QueryBuilder().build(text).ranked);
    std::vector<std::string> ids;
    Xapian::MSet mset = enquire.get_mset(0, 100);
    for (auto it = mset.begin(); it != mset.end(); ++it) ids.push_back(stored_article(it.get_document()).id);
    return ids;
}

}  // namespace

// Three words ("dai hoi dang") keep every word required: short spans find what they name exactly.
TEST(LongQuery, ServesFourUnmarkedWordsOrMore) {
    EXPECT_TRUE(is_long_unmarked_query(Analyzer::tokenize("linh duong thoat chet")));
    EXPECT_FALSE(is_long_unmarked_query(Analyzer::tokenize("dai hoi dang")));
    EXPECT_FALSE(is_long_unmarked_query(Analyzer::tokenize("dai hoi")));
    EXPECT_FALSE(is_long_unmarked_query(Analyzer::tokenize("đại hội đảng")));
}

// A headline typed from memory holds a word the article does not: the article is still found, and
// first, ahead of articles holding the words apart and out of order.
TEST(LongQuery, FindsTheArticleMissingOneWord) {
    TestIndex index{{
        article("target", "", "Chú linh dương thoát chết trong gang tấc khi bị cá sấu cắn đuôi.", "2021-04-19"),
        article("apart", "", "Cá sấu ở vườn thú. Người chết đuối. Con dương xỉ mọc trên đá thoát nước.", "2021-04-20"),
        article("other", "", "Giá vàng hôm nay tăng nhẹ.", "2021-04-21"),
    }};
    std::vector<std::string> ids = ranked_ids(index, "linh duong thoat chet ngoan muc");
    ASSERT_FALSE(ids.empty());
    EXPECT_EQ(ids.front(), "target");
    EXPECT_EQ(std::count(ids.begin(), ids.end(), "other"), 0);
}

TEST(LongQuery, WordsInTheTypedOrderRankAboveTheSameWordsShuffled) {
    TestIndex index{{
        article("shuffled", "", "Mục tiêu là hội nghị, còn tổng kết công tác thì để sau.", "2021-04-19"),
        article("ordered", "", "Hội nghị tổng kết công tác năm nay, mục tiêu mới được đặt ra.", "2021-04-20"),
    }};
    EXPECT_EQ(ranked_ids(index, "hoi nghi tong ket cong tac muc").front(), "ordered");
}
