// Tests of main-content extraction on pages shaped like Vietnamese portals (tests/fixtures/indexer/
// html_portals/): no <article>, <main> or <nav>; menus, breadcrumbs, share bars, related stories,
// sidebars, comments and copyright lines in plain <div>s and table cells, unclosed tags. The body
// must hold the article's paragraphs only, and the headline and date line must become title and date
// instead of body text.
#include <gtest/gtest.h>

#include <string>

#include "readers/date_line.h"
#include "readers/html_reader.h"
#include "readers/reader.h"
#include "unit/indexer/test_support.h"

using namespace vnsearch::indexer;
using test::CollectingSink;
using test::fixture;

namespace {

RawArticle read_portal(const std::string& name) {
    CollectingSink sink;
    std::string path = fixture("html_portals/" + name);
    reader_for(path, Format::Html)->read(InputFile{path, Format::Html}, sink);
    EXPECT_TRUE(sink.errors.empty()) << sink.errors.front().message();
    EXPECT_EQ(sink.articles.size(), 1u);
    return sink.articles.empty() ? RawArticle{} : sink.articles.front();
}

void expect_absent(const std::string& body, std::initializer_list<const char*> furniture) {
    for (const char* text : furniture) EXPECT_EQ(body.find(text), std::string::npos) << "furniture kept: " << text;
}

}  // namespace

TEST(HtmlMainContent, DivLayoutKeepsLeadAndParagraphsOnly) {
    auto raw = read_portal("div_layout.html");
    EXPECT_EQ(raw.article.title, "Quận khánh thành trường mầm non Hoa Sen");  // the <h1>, not "... - Cổng thông tin"
    EXPECT_EQ(raw.raw_date, "01/06/2021 08:00");
    EXPECT_EQ(raw.article.body,
              "Sáng 1/6, Ủy ban nhân dân quận Đống Đa khánh thành trường mầm non Hoa Sen, đáp ứng nhu cầu học tập "
              "của gần 400 trẻ trên địa bàn phường Láng Hạ.\n"
              "Trường được xây dựng trên diện tích 3.000 m2, gồm 12 phòng học, phòng đa năng, bếp ăn một chiều và sân "
              "chơi ngoài trời, với tổng mức đầu tư hơn 60 tỷ đồng.\n"
              "Phát biểu tại buổi lễ, Chủ tịch UBND quận đề nghị nhà trường giữ gìn cơ sở vật chất, nâng cao chất lượng "
              "chăm sóc, nuôi dạy trẻ.\n"
              "Theo kế hoạch, trường sẽ đón học sinh từ năm học 2021-2022.");
}

TEST(HtmlMainContent, DivLayoutDropsEveryKindOfFurniture) {
    auto raw = read_portal("div_layout.html");
    expect_absent(raw.article.body, {"Trang chủ", "Liên hệ", "Tin tức - Sự kiện", "Chia sẻ", "Zalo", "Tin liên quan",
                                     "Láng Hạ ra quân", "Tin đọc nhiều", "tuyển dụng", "Bản quyền", "Đặng Tiến Đông",
                                     "GMT+7"});
}

TEST(HtmlMainContent, TableLayoutTakesTheArticleCell) {
    auto raw = read_portal("table_layout.htm");
    EXPECT_EQ(raw.article.title, "Hội nghị tổng kết công tác dân vận năm 2018");
    EXPECT_EQ(raw.raw_date, "12/03/2019 08:15");  // from "Cập nhật: 08:15 ngày 12/03/2019"
    EXPECT_EQ(raw.article.body,
              "Chiều 11/3, Đảng ủy phường Trung Tự tổ chức hội nghị tổng kết công tác dân vận năm 2018, triển khai "
              "nhiệm vụ năm 2019.\n"
              "Năm qua, khối dân vận phường đã phối hợp tuyên truyền, vận động nhân dân thực hiện tốt chủ trương của "
              "Đảng, chính sách, pháp luật của Nhà nước.\n"
              "Hội nghị đã khen thưởng 5 tập thể, 12 cá nhân có thành tích xuất sắc.");
    expect_absent(raw.article.body, {"Trang chủ", "Văn bản", "Các tin khác", "đầu trang", "Bản quyền", "Ghi rõ nguồn"});
}

TEST(HtmlMainContent, UnclosedTagsStillLoseCommentsAndCopyright) {
    auto raw = read_portal("unclosed_tags.html");
    EXPECT_EQ(raw.article.title, "Ra mắt câu lạc bộ dưỡng sinh phường Kim Liên");
    EXPECT_EQ(raw.raw_date, "05/04/2022 | 09:30");
    EXPECT_EQ(raw.article.views, 1024);
    EXPECT_EQ(raw.article.body,
              "Sáng 5/4, Hội Người cao tuổi phường Kim Liên ra mắt câu lạc bộ dưỡng sinh với 45 hội viên, sinh hoạt "
              "vào các buổi sáng tại nhà văn hóa khu dân cư số 3.\n"
              "Câu lạc bộ do bà Nguyễn Thị Hoa làm chủ nhiệm, duy trì tập luyện đều đặn, góp phần nâng cao sức khỏe "
              "cho người cao tuổi.\n"
              "Dịp này, phường trao tặng câu lạc bộ bộ loa và trang phục biểu diễn.");
    expect_absent(raw.article.body, {"Trang chủ", "Bình luận", "ông bà tôi", "Bản quyền"});
}

TEST(HtmlMainContent, WithoutClassHintsLinkDensityFindsTheMenus) {
    auto raw = read_portal("no_hints.html");
    EXPECT_EQ(raw.article.title, "Tiêm vắc xin cho trẻ từ 5 đến dưới 12 tuổi");
    EXPECT_EQ(raw.raw_date, "20/04/2022 14:30");
    EXPECT_EQ(raw.article.body,
              "Từ ngày 20/4, Trạm Y tế phường Văn Miếu tổ chức tiêm vắc xin phòng Covid-19 cho trẻ từ 5 đến dưới 12 "
              "tuổi, theo kế hoạch của quận.\n"
              "Phụ huynh đưa trẻ đến điểm tiêm cần mang theo giấy khai sinh, sổ tiêm chủng và phiếu đồng ý tiêm đã ký.");
    expect_absent(raw.article.body, {"Trang chủ", "Tin khác", "Lịch cắt điện", "Bản quyền"});
}

TEST(DateOnlyLine, ReadsPortalDateLinesAndNothingElse) {
    EXPECT_EQ(date_only_line("Thứ Hai, 01/06/2021 - 08:00 (GMT+7)"), "01/06/2021 08:00");
    EXPECT_EQ(date_only_line("Cập nhật: 08:15 ngày 12/03/2019"), "12/03/2019 08:15");
    EXPECT_EQ(date_only_line("Chủ nhật, 3/4/2022"), "3/4/2022");
    EXPECT_EQ(date_only_line("20/04/2022 14:30"), "20/04/2022 14:30");
    EXPECT_EQ(date_only_line("Ngày 1/6/2021, quận khai mạc hội sách"), std::nullopt);
    EXPECT_EQ(date_only_line("Lịch tiếp công dân 20/06/2021"), std::nullopt);
    EXPECT_EQ(date_only_line("Không có ngày"), std::nullopt);
}
