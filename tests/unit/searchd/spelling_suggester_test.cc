// Tests of "did you mean": mark typos corrected in the typed style, legitimate rare markings and
// unmarked queries left alone, unknown words respelled from the index's vocabulary.
#include <gtest/gtest.h>

#include <algorithm>

#include "searcher.h"
#include "spelling_suggester.h"
#include "unit/searchd/test_index.h"

using namespace vnsearch::searchd;
using vnsearch::schema::Article;
using vnsearch::testing::article;
using vnsearch::testing::TestIndex;

namespace {

std::vector<Article> corpus() {
    std::vector<Article> articles;
    for (int i = 0; i < 30; ++i) {
        articles.push_back(article("t" + std::to_string(i), "Tin " + std::to_string(i),
                                   "Quận tổ chức hội nghị, ủy ban tổ chức đại hội. Sữa Vinamilk ngon. Bàn ghế mới."));
    }
    // One article with the typo "tồ chức", and one with the rare but legitimate "tô".
    articles.push_back(article("typo", "Tin lỗi", "Ban Thường vụ tồ chức tập huấn."));
    articles.push_back(article("bowl", "Bát tô", "Một tô phở nóng."));
    return articles;
}

std::optional<std::string> suggestion_for(const TestIndex& index, const std::string& q) {
    DatabasePool pool(index.path());
    Searcher searcher(pool);
    SearchRequest request;
    request.q = q;
    return searcher.search(request).suggestion;
}

}  // namespace

TEST(MarkVariants, CoversEveryMarkingOfTheLetters) {
    auto variants = mark_variants("to");
    for (const char* expected : {"to", "tô", "tơ", "tổ", "tồ", "tớ", "tọ", "tỡ"}) {
        EXPECT_NE(std::find(variants.begin(), variants.end(), expected), variants.end()) << expected;
    }
    EXPECT_EQ(variants.size(), 18u);
    auto duong = mark_variants("duong");
    EXPECT_NE(std::find(duong.begin(), duong.end(), "đường"), duong.end());
    EXPECT_NE(std::find(duong.begin(), duong.end(), "dương"), duong.end());
    EXPECT_TRUE(mark_variants("covid19").empty());
}

TEST(SpellingSuggester, FixesAMarkTypoInTheMarkedStyle) {
    TestIndex index(corpus());
    EXPECT_EQ(suggestion_for(index, "tồ chức"), "tổ chức");
    EXPECT_EQ(suggestion_for(index, "Tồ Chức hội nghị"), "tổ chức hội nghị");
}

TEST(SpellingSuggester, LeavesCorrectAndLegitimateRareWordsAlone) {
    TestIndex index(corpus());
    EXPECT_FALSE(suggestion_for(index, "tổ chức"));
    EXPECT_FALSE(suggestion_for(index, "to chuc"));   // unmarked queries match every marking anyway
    EXPECT_FALSE(suggestion_for(index, "tô phở"));    // rare, but right in its context
    EXPECT_FALSE(suggestion_for(index, "\"tồ chức\""));  // a phrase is taken literally
}

TEST(SpellingSuggester, RespellsUnknownWordsInTheTypedStyle) {
    TestIndex index(corpus());
    EXPECT_EQ(suggestion_for(index, "sữa vinamlik"), "sữa vinamilk");
    EXPECT_EQ(suggestion_for(index, "sua vinamlik"), "sua vinamilk");
    EXPECT_EQ(suggestion_for(index, "hoi nghiz"), "hoi nghi");
    EXPECT_EQ(suggestion_for(index, "hội nghịz"), "hội nghị");
}
