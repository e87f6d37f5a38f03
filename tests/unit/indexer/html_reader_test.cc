// Tests of the HTML reader: metadata from og/article tags, the article text without navigation,
// scripts, styles and forms, and tolerance of broken markup.
#include <gtest/gtest.h>

#include "readers/html_reader.h"
#include "readers/reader.h"
#include "unit/indexer/test_support.h"

using namespace vnsearch::indexer;
using test::CollectingSink;
using test::fixture;

namespace {

CollectingSink read_html(const std::string& name) {
    CollectingSink sink;
    reader_for(fixture("html/" + name), Format::Html)->read(InputFile{fixture("html/" + name), Format::Html}, sink);
    return sink;
}

}  // namespace

TEST(HtmlReader, ReadsMetadataAndArticleText) {
    auto sink = read_html("good_article.html");
    ASSERT_TRUE(sink.errors.empty()) << sink.errors.front().message();
    ASSERT_EQ(sink.articles.size(), 1u);
    const auto& raw = sink.articles.front();
    EXPECT_EQ(raw.article.id, "good_article");
    EXPECT_EQ(raw.article.title, "Khai mạc Hội sách thiếu nhi quận");  // og:title wins over <title>
    EXPECT_EQ(raw.article.url, "https://portal.example.vn/tin-tuc/hoi-sach-thieu-nhi");
    EXPECT_EQ(raw.article.category, "Văn hóa");
    EXPECT_EQ(raw.raw_date, "2021-06-01T08:00:00+07:00");
    EXPECT_EQ(raw.article.body,
              "Sáng 1/6, Phòng Văn hóa và Thông tin quận khai mạc Hội sách thiếu nhi.\n"
              "Hơn 2.000 đầu sách được giới thiệu tới các em.\n"
              "Giao lưu với tác giả\n"
              "Đọc sách miễn phí");
}

TEST(HtmlReader, StripsScriptsStylesNavigationAndForms) {
    auto sink = read_html("good_article.html");
    ASSERT_EQ(sink.articles.size(), 1u);
    const std::string& body = sink.articles.front().article.body;
    for (const char* unwanted : {"KHONG_DUOC_LAP_CHI_MUC", "color: red", "điều hướng", "đầu trang", "bên cạnh",
                                 "Tìm kiếm", "chân trang"}) {
        EXPECT_EQ(body.find(unwanted), std::string::npos) << unwanted;
    }
}

TEST(HtmlReader, ToleratesBrokenMarkup) {
    auto sink = read_html("broken_markup.htm");
    ASSERT_TRUE(sink.errors.empty()) << sink.errors.front().message();
    ASSERT_EQ(sink.articles.size(), 1u);
    const auto& raw = sink.articles.front();
    EXPECT_EQ(raw.article.id, "broken_markup");
    EXPECT_EQ(raw.article.title, "Trang lỗi thẻ & thực thể");
    EXPECT_EQ(raw.article.url, "https://portal.example.vn/bai-loi-the");
    EXPECT_EQ(raw.raw_date, "08/10/2020 | 23:45");  // from the portal's "Ngày đăng" line
    EXPECT_EQ(raw.article.views, 63);
    EXPECT_EQ(raw.article.body,
              "Đoạn thứ nhất chưa đóng thẻ nghiêng đậm vẫn đọc được\n"
              "Đoạn thứ hai <script> là chữ, không phải thẻ.");
}

TEST(HtmlReader, TakesTheDateOfATimeElement) {
    auto sink = read_html("time_element.html");
    ASSERT_EQ(sink.articles.size(), 1u);
    EXPECT_EQ(sink.articles.front().raw_date, "2019-12-24");
    EXPECT_EQ(sink.articles.front().article.title, "Bài có thẻ time");
    EXPECT_EQ(sink.articles.front().article.body, "Ngày 24/12/2019, phường tổ chức đón Giáng sinh.");
}

TEST(HtmlReader, APageWithoutArticleTextIsReported) {
    auto sink = read_html("no_body.html");
    EXPECT_TRUE(sink.articles.empty());
    ASSERT_EQ(sink.errors.size(), 1u);
    EXPECT_TRUE(sink.errors.front().message().ends_with("no_body.html:1: missing body: no article text in the page"));
}

TEST(HtmlReader, UndeclaredCharsetIsReadAsUtf8) {
    CollectingSink sink;
    parse_html_page("<html><body><p>Tiếng Việt không khai báo bảng mã</p></body></html>", "x", "x.html", sink);
    ASSERT_EQ(sink.articles.size(), 1u);
    EXPECT_EQ(sink.articles.front().article.body, "Tiếng Việt không khai báo bảng mã");
}
