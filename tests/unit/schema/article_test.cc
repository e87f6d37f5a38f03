// Tests of the Article model's stored form: what DocumentBuilder writes into a document's data is
// what searchd reads back, field for field; data that is not an article is refused, not guessed at.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <zstd.h>

#include <memory>

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

namespace {

Article long_article() {
    Article article;
    article.id = "long-1";
    article.title = "Hội nghị Ban Chấp hành Đảng bộ quận";
    for (int i = 0; i < 200; ++i) article.body += "Đại hội đại biểu Đảng bộ quận Đống Đa lần thứ " + std::to_string(i) + ".\n";
    return article;
}

}  // namespace

// The stored JSON is compressed (zstd, with the stored articles' dictionary): a tenth of a search's CPU
// went to inflating it with zlib.
TEST(ArticleDocumentData, StoresTheJsonCompressed) {
    Article article = long_article();
    std::string plain = to_json(article).dump();
    std::string stored = to_document_data(article);
    EXPECT_NE(stored.front(), '{');
    EXPECT_LT(stored.size() * 4, plain.size());
    auto read = article_from_document_data(stored);
    ASSERT_TRUE(read);
    EXPECT_EQ(read->body, article.body);
    EXPECT_EQ(to_document_data(article), stored);  // the same bytes each time: the indexer compares them
}

// Indexes written before the compression hold the plain JSON: searchd reads them until their rebuild.
TEST(ArticleDocumentData, ReadsThePlainJsonOfOlderIndexes) {
    Article article = long_article();
    auto read = article_from_document_data(to_json(article).dump());
    ASSERT_TRUE(read);
    EXPECT_EQ(to_document_data(*read), to_document_data(article));
}

// A damaged frame is no article, whatever part of it is damaged (a cut, a changed byte: the frame's
// checksum catches what decoding does not); it never throws or crashes, and never reads as another text.
TEST(ArticleDocumentData, RefusesADamagedFrame) {
    Article article = long_article();
    std::string stored = to_document_data(article);
    for (std::size_t cut = 0; cut < stored.size(); cut += 7) {
        EXPECT_FALSE(article_from_document_data(std::string_view(stored).substr(0, cut))) << cut;
    }
    for (std::size_t at = 4; at < stored.size(); at += 5) {
        std::string damaged = stored;
        damaged[at] = static_cast<char>(damaged[at] ^ 0x5a);
        auto read = article_from_document_data(damaged);
        if (read) {
            EXPECT_EQ(to_document_data(*read), stored) << at;  // a header bit that changes nothing
        }
    }
}

// Frames made otherwise than the indexer makes them: without a dictionary (read: such a frame never
// refers to one), and against other dictionary content (refused: what it refers to is not there).
TEST(ArticleDocumentData, ReadsOnlyFramesItsDictionaryDecodes) {
    Article article = long_article();
    std::string json = to_json(article).dump();
    auto frame_of = [&](std::string_view dictionary) {
        std::unique_ptr<ZSTD_CCtx, decltype(&ZSTD_freeCCtx)> context(ZSTD_createCCtx(), ZSTD_freeCCtx);
        ZSTD_CCtx_setParameter(context.get(), ZSTD_c_checksumFlag, 1);
        if (!dictionary.empty()) ZSTD_CCtx_loadDictionary(context.get(), dictionary.data(), dictionary.size());
        std::string frame(ZSTD_compressBound(json.size()), '\0');
        frame.resize(ZSTD_compress2(context.get(), frame.data(), frame.size(), json.data(), json.size()));
        return frame;
    };
    auto plain = article_from_document_data(frame_of(""));
    ASSERT_TRUE(plain);
    EXPECT_EQ(plain->body, article.body);
    std::string other;  // raw content, no dictionary id: the reader's own dictionary stands in for it
    for (int i = 0; i < 40; ++i) other += "Đại hội đại biểu Đảng bộ quận Đống Đa lần thứ " + std::to_string(i) + ".\n";
    EXPECT_FALSE(article_from_document_data(frame_of(other)));
}

TEST(ArticleDocumentData, RefusesDataThatIsNoArticle) {
    EXPECT_FALSE(article_from_document_data(""));
    EXPECT_FALSE(article_from_document_data("not json"));
    EXPECT_FALSE(article_from_document_data("[1, 2]"));
    EXPECT_FALSE(article_from_document_data(R"({"id": 5})"));
    EXPECT_FALSE(article_from_document_data(R"({"id": "a", "date": "31/02/2020"})"));
}

// The stored form is read with simdjson (fast) and the model's JSON form with nlohmann: both read the
// same data the same way, fields absent, of another type, escaped or out of order included.
TEST(ArticleDocumentData, ReadsAsTheModelsJsonReaderDoes) {
    const char* stored[] = {
        R"({"id": "a"})",
        R"({"url": "u", "id": "b", "title": "T\u00eau \u0111\u1ec1 \"x\"\n", "body": "Th\u00e2n\tb\u00e0i"})",
        R"({"id": "c", "orgs": ["Bộ Y tế", "Sở Y tế Hà Nội"], "views": 12, "date": "2020-10-08", "time": "23:45"})",
        R"({"id": "d", "orgs": "not a list", "views": "12", "date": 20201008, "category": "Thời sự"})",
        R"({"id": "e", "views": 1.5, "date": "2021-01-02", "time": 5, "source": ""})",
        R"({"id": "f", "extra": {"nested": [1, 2, {"x": null}]}, "body": ""})",
    };
    for (const char* data : stored) {
        auto fast = article_from_document_data(data);
        ASSERT_TRUE(fast) << data;
        Article model = article_from_json(nlohmann::json::parse(data));
        EXPECT_EQ(to_document_data(*fast), to_document_data(model)) << data;
    }
    // What the model's reader refuses (a field of the wrong type), the stored form's reader refuses too.
    const char* refused[] = {R"({"id": null})", R"({"title": ["x"]})", R"({"orgs": ["a", 1]})", R"({"body": 3})"};
    for (const char* data : refused) {
        EXPECT_FALSE(article_from_document_data(data)) << data;
        EXPECT_THROW(article_from_json(nlohmann::json::parse(data)), nlohmann::json::exception) << data;
    }
}
