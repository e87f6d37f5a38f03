// Tests of the portal plain-text reader: the seed article exactly, a fixture of our own, and the
// problems it reports (no rule, no body, unreadable file).
#include <gtest/gtest.h>

#include "readers/portal_reader.h"
#include "readers/reader.h"
#include "unit/indexer/test_support.h"

using namespace vnsearch::indexer;
using test::CollectingSink;
using test::fixture;

namespace {

CollectingSink read_portal(const std::filesystem::path& path) {
    CollectingSink sink;
    reader_for(path, Format::Portal)->read(InputFile{path, Format::Portal}, sink);
    return sink;
}

}  // namespace

TEST(PortalReader, ReadsTheSeedArticleExactly) {
    std::filesystem::path seed = std::filesystem::path(VNSEARCH_SHARED_DIR) / "seed" / "000_1c149590d83d7c3a.txt";
    if (!std::filesystem::exists(seed)) GTEST_SKIP() << "no seed at " << seed;
    auto sink = read_portal(seed);
    ASSERT_TRUE(sink.errors.empty()) << sink.errors.front().message();
    ASSERT_EQ(sink.articles.size(), 1u);
    const auto& raw = sink.articles.front();
    EXPECT_EQ(raw.article.id, "000_1c149590d83d7c3a");
    EXPECT_EQ(raw.article.category, "TIN TỨC HOẠT ĐỘNG");
    EXPECT_EQ(raw.article.title,
              "ĐỐNG ĐA TỔ CHỨC HỘI NGHỊ TỔNG KẾT CÔNG TÁC CHỈ ĐẠO TỔ CHỨC ĐẠI HỘI ĐẢNG CẤP CƠ SỞ VÀ ĐẠI HỘI "
              "ĐẠI BIỂU ĐẢNG BỘ QUẬN ĐỐNG ĐA LẦN THỨ XXVIII, NHIỆM KỲ 2020 - 2025");
    EXPECT_EQ(raw.raw_date, "08/10/2020 | 23:45");
    EXPECT_EQ(raw.article.views, 63);
    EXPECT_EQ(raw.article.source, "BAN TUYÊN GIÁO QUẬN ỦY");
    EXPECT_TRUE(raw.article.body.starts_with("Ngày 8/10, Quận ủy Đống Đa")) << raw.article.body.substr(0, 80);
    EXPECT_EQ(raw.article.body.find("BAN TUYÊN GIÁO"), std::string::npos);
    EXPECT_TRUE(raw.article.body.ends_with("nhiệm kỳ 2020-2025."));
    EXPECT_EQ(raw.date_origin.line, 4u);
}

TEST(PortalReader, ReadsItsOwnFixture) {
    auto sink = read_portal(fixture("portal/sample_tuyen_pho.txt"));
    ASSERT_TRUE(sink.errors.empty());
    ASSERT_EQ(sink.articles.size(), 1u);
    const auto& article = sink.articles.front().article;
    EXPECT_EQ(article.id, "sample_tuyen_pho");
    EXPECT_EQ(article.category, "THỜI SỰ");
    EXPECT_EQ(article.title, "PHƯỜNG VĂN MIẾU RA MẮT MÔ HÌNH TUYẾN PHỐ VĂN MINH");  // after blank lines
    EXPECT_EQ(sink.articles.front().raw_date, "15/03/2021 | 09:30");
    EXPECT_EQ(article.views, 1204);  // "1.204": thousands separator
    EXPECT_EQ(article.source, "BAN BIÊN TẬP");
    EXPECT_EQ(article.body,
              "Sáng 15/3, UBND phường Văn Miếu ra mắt mô hình tuyến phố văn minh trên phố Quốc Tử Giám.\n"
              "Hội Cựu chiến binh phường và Đoàn Thanh niên cùng tham gia giữ gìn vệ sinh.");
}

TEST(PortalReader, AStoryWithoutTheRuleIsReportedWithItsLine) {
    auto sink = read_portal(fixture("portal/broken_no_rule.txt"));
    EXPECT_TRUE(sink.articles.empty());
    ASSERT_EQ(sink.errors.size(), 1u);
    EXPECT_TRUE(sink.errors.front().message().ends_with("broken_no_rule.txt:1: not a portal article: no '====' rule "
                                                        "after the category, title and date lines"))
        << sink.errors.front().message();
}

TEST(PortalReader, MissingBodyIsAnError) {
    CollectingSink sink;
    parse_portal_article("THỜI SỰ\nTIÊU ĐỀ\nNgày đăng 01/01/2021\n====\n\n", "x", "x.txt", sink);
    EXPECT_TRUE(sink.articles.empty());
    ASSERT_EQ(sink.errors.size(), 1u);
    EXPECT_EQ(sink.errors.front().message(), "x.txt:4: missing body: nothing after the '====' rule");
}

TEST(PortalReader, ALongLastParagraphIsBodyNotSource) {
    CollectingSink sink;
    std::string paragraph = "Một đoạn văn dài";
    for (int i = 0; i < 10; ++i) paragraph += " có nhiều chữ";
    parse_portal_article("A\nB\n====\nĐoạn đầu.\n\n" + paragraph + ".", "x", "x.txt", sink);
    ASSERT_EQ(sink.articles.size(), 1u);
    EXPECT_EQ(sink.articles.front().article.source, "");
    EXPECT_TRUE(sink.articles.front().article.body.ends_with("có nhiều chữ."));
}

TEST(PortalReader, NfdTextIsNormalizedToNfc) {
    CollectingSink sink;
    // "Đại hội" written decomposed (D with stroke + a + dot below, ...).
    parse_portal_article("TIN\n\u0110a\u0323i ho\u0302\u0323i\nNga\u0300y \u0111a\u0306ng 01/02/2021\n====\nThân.\n\nNGUỒN",
                        "x", "x.txt", sink);
    ASSERT_EQ(sink.articles.size(), 1u);
    EXPECT_EQ(sink.articles.front().article.title, "Đại hội");
    EXPECT_EQ(sink.articles.front().raw_date, "01/02/2021");
}

TEST(PortalReader, UnreadableFileIsReportedNotThrown) {
    auto sink = read_portal(fixture("portal/does_not_exist.txt"));
    ASSERT_EQ(sink.errors.size(), 1u);
    EXPECT_NE(sink.errors.front().message().find("does_not_exist.txt: cannot read: No such file"), std::string::npos);
}
