// Tests of the Article model's stored form: what DocumentBuilder writes into a document's data is
// what searchd reads back, field for field; data that is not an article is refused, not guessed at.
#include <gtest/gtest.h>

#include "vnsearch/schema/article.h"

using namespace vnsearch::schema;

TEST(ArticleDocumentData, ReadsBackWhatItWrites) {
    Article article;
    article.id = "seed-1";
    article.url = "https://example.vn/a";
    article.title = "Đại hội Đảng";
    article.date = Date{2020, 10, 8, 23, 45};
    article.source = "BAN TUYÊN GIÁO QUẬN ỦY";
    article.orgs = {"Quận ủy Đống Đa", "Bộ Chính trị"};
    article.category = "Tin tức";
    article.views = 63;
    article.body = "Dòng một.\nDòng hai.";
    auto read = article_from_document_data(to_document_data(article));
    ASSERT_TRUE(read);
    EXPECT_EQ(read->id, article.id);
    EXPECT_EQ(read->url, article.url);
    EXPECT_EQ(read->title, article.title);
    EXPECT_EQ(read->date, article.date);
    EXPECT_EQ(read->source, article.source);
    EXPECT_EQ(read->orgs, article.orgs);
    EXPECT_EQ(read->category, article.category);
    EXPECT_EQ(read->views, article.views);
    EXPECT_EQ(read->body, article.body);
    EXPECT_EQ(to_document_data(*read), to_document_data(article));
}

TEST(ArticleDocumentData, RefusesDataThatIsNoArticle) {
    EXPECT_FALSE(article_from_document_data(""));
    EXPECT_FALSE(article_from_document_data("not json"));
    EXPECT_FALSE(article_from_document_data("[1, 2]"));
    EXPECT_FALSE(article_from_document_data(R"({"id": 5})"));
    EXPECT_FALSE(article_from_document_data(R"({"id": "a", "date": "31/02/2020"})"));
}
