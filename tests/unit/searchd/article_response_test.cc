// The bounded answer of GET /articles/{id}: a body over the bound is cut on a character boundary
// and flagged; others are untouched and carry no flag.
#include <gtest/gtest.h>

#include "article_response.h"

using namespace vnsearch::searchd;

TEST(ArticleResponse, BodyOverTheBoundIsCutOnACharacterAndFlagged) {
    vnsearch::schema::Article article;
    article.id = "a";
    article.body = "ạạạạ";  // 3 bytes each
    auto json = bounded_article_json(article, 7);
    EXPECT_EQ(json["body"], "ạạ");
    EXPECT_EQ(json["body_truncated"], true);
}

TEST(ArticleResponse, BodyWithinTheBoundIsWholeAndUnflagged) {
    vnsearch::schema::Article article;
    article.id = "a";
    article.body = "Nội dung";
    auto json = bounded_article_json(article);
    EXPECT_EQ(json["body"], "Nội dung");
    EXPECT_FALSE(json.contains("body_truncated"));
}
