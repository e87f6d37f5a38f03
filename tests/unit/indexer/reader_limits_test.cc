// Regression tests for hostile input to the readers (issue 11): a number no double holds, a byte order
// mark, HTML nested past libxml2's default depth, and articles over --max-article-bytes. Each is that
// article's problem only, reported with its place, never the run's.
#include <gtest/gtest.h>

#include <string>

#include "readers/jsonl_reader.h"
#include "readers/reader.h"
#include "unit/indexer/test_support.h"

using namespace vnsearch::indexer;
using test::CollectingSink;

namespace {

CollectingSink read_file(const std::filesystem::path& path, Format format, ReadLimits limits = {}) {
    CollectingSink sink;
    reader_for(path, format, limits)->read(InputFile{path, format}, sink);
    return sink;
}

const char* kPortal =
    "TIN TỨC HOẠT ĐỘNG\n"
    "Tiêu đề bài viết\n"
    "Ngày đăng 08/10/2020 | 14:30 | Lượt xem: 5\n"
    "====\n"
    "Thân bài của bài viết.\n"
    "BAN TUYÊN GIÁO QUẬN ỦY\n";

}  // namespace

TEST(ReaderLimits, NumberOutOfRangeIsThatLinesProblemOnly) {
    test::TempDir dir;
    test::write_file(dir / "a.jsonl",
                     "{\"id\": \"a1\", \"body\": \"một\"}\n"
                     "{\"id\": \"a2\", \"body\": \"hai\", \"views\": 1e400}\n"
                     "{\"id\": \"a3\", \"body\": \"ba\"}\n");
    auto sink = read_file(dir / "a.jsonl", Format::Jsonl);
    ASSERT_EQ(sink.articles.size(), 2u);
    EXPECT_EQ(sink.articles[1].article.id, "a3");
    ASSERT_EQ(sink.errors.size(), 1u);
    EXPECT_EQ(sink.errors[0].message(), (dir / "a.jsonl").string() + ":2: number out of range");
}

TEST(ReaderLimits, NumberOutOfRangeInAnUnknownFieldOrNested) {
    for (const char* line : {R"({"id": "x", "body": "b", "whatever": -1e400})",
                             R"({"id": "x", "body": "b", "deep": {"list": [1, 2, 1E+999]}})"}) {
        CollectingSink sink;
        JsonlReader::parse_line(line, Origin{"in.jsonl", 7}, sink);
        EXPECT_TRUE(sink.articles.empty()) << line;
        ASSERT_EQ(sink.errors.size(), 1u) << line;
        EXPECT_EQ(sink.errors[0].message(), "in.jsonl:7: number out of range");
    }
}

TEST(ReaderLimits, ByteOrderMarkStaysOutOfTheCategory) {
    test::TempDir dir;
    test::write_file(dir / "bom.txt", std::string("\xEF\xBB\xBF") + kPortal);
    auto sink = read_file(dir / "bom.txt", Format::Portal);
    ASSERT_EQ(sink.articles.size(), 1u) << (sink.errors.empty() ? "" : sink.errors[0].message());
    EXPECT_EQ(sink.articles[0].article.category, "TIN TỨC HOẠT ĐỘNG");
}

TEST(ReaderLimits, HtmlNestedDeeperThan256ElementsKeepsItsText) {
    test::TempDir dir;
    std::string open, close;
    for (int i = 0; i < 400; ++i) {
        open += "<div>";
        close += "</div>";
    }
    test::write_file(dir / "deep.html", "<html><head><title>Sâu</title></head><body>" + open +
                                            "Văn bản nằm rất sâu trong trang." + close + "</body></html>");
    auto sink = read_file(dir / "deep.html", Format::Html);
    ASSERT_EQ(sink.articles.size(), 1u) << (sink.errors.empty() ? "" : sink.errors[0].message());
    EXPECT_EQ(sink.articles[0].article.body, "Văn bản nằm rất sâu trong trang.");
}

TEST(ReaderLimits, JsonLineOverTheLimitIsReportedAndSkipped) {
    test::TempDir dir;
    std::string big = "{\"id\": \"big\", \"body\": \"" + std::string(5000, 'x') + "\"}";
    test::write_file(dir / "a.jsonl", "{\"id\": \"small\", \"body\": \"nhỏ\"}\n" + big + "\n{\"id\": \"after\", \"body\": \"sau\"}\n");
    ReadLimits limits;
    limits.max_article_bytes = 4096;
    auto sink = read_file(dir / "a.jsonl", Format::Jsonl, limits);
    ASSERT_EQ(sink.articles.size(), 2u);
    EXPECT_EQ(sink.articles[1].article.id, "after");
    ASSERT_EQ(sink.errors.size(), 1u);
    EXPECT_EQ(sink.errors[0].message(), (dir / "a.jsonl").string() + ":2: article of " + std::to_string(big.size()) +
                                            " bytes is over --max-article-bytes 4096: skipped");
}

TEST(ReaderLimits, WholeFileOverTheLimitIsReportedUnread) {
    test::TempDir dir;
    test::write_file(dir / "big.txt", kPortal + std::string(5000, 'x') + "\n");
    test::write_file(dir / "big.html", "<html><body><p>" + std::string(5000, 'x') + "</p></body></html>");
    ReadLimits limits;
    limits.max_article_bytes = 4096;
    for (auto [name, format] : {std::pair{"big.txt", Format::Portal}, std::pair{"big.html", Format::Html}}) {
        auto sink = read_file(dir / name, format, limits);
        EXPECT_TRUE(sink.articles.empty()) << name;
        ASSERT_EQ(sink.errors.size(), 1u) << name;
        EXPECT_NE(sink.errors[0].message().find("is over --max-article-bytes 4096: skipped"), std::string::npos);
    }
    EXPECT_EQ(read_file(dir / "big.txt", Format::Portal).articles.size(), 1u);  // the default limit is far above
}
