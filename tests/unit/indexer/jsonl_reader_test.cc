// Tests of the JSON Lines reader: plain and gzip files, ids derived from urls, and one error per bad
// line with its line number while the good lines still come through.
#include <gtest/gtest.h>

#include "readers/jsonl_reader.h"
#include "unit/indexer/test_support.h"

using namespace vnsearch::indexer;
using test::CollectingSink;
using test::fixture;

namespace {

CollectingSink read_jsonl(const std::filesystem::path& path) {
    CollectingSink sink;
    JsonlReader().read(InputFile{path, Format::Jsonl}, sink);
    return sink;
}

void expect_good_articles(const CollectingSink& sink) {
    ASSERT_TRUE(sink.errors.empty()) << sink.errors.front().message();
    ASSERT_EQ(sink.articles.size(), 3u);
    const auto& first = sink.articles[0];
    EXPECT_EQ(first.article.id, "g1");
    EXPECT_EQ(first.article.url, "https://example.vn/g1");
    EXPECT_EQ(first.article.title, "Đại hội Đảng bộ quận");
    EXPECT_EQ(first.raw_date, "2020-10-08");
    EXPECT_EQ(first.article.source, "Ban Tuyên giáo Quận ủy");
    EXPECT_EQ(first.article.orgs, std::vector<std::string>{"Quận ủy Đống Đa"});
    EXPECT_EQ(first.article.category, "Thời sự");
    EXPECT_EQ(first.article.views, 12);
    EXPECT_EQ(first.origin.line, 1u);
    EXPECT_EQ(sink.articles[1].article.id, JsonlReader::id_from_url("https://example.vn/no-id"));
    EXPECT_EQ(sink.articles[1].raw_date, "2021-01-05T08:15:00+07:00");
    EXPECT_EQ(sink.articles[2].raw_date, "05/01/2021");
    EXPECT_EQ(sink.articles[2].origin.line, 3u);
}

}  // namespace

TEST(JsonlReader, ReadsPlainFile) { expect_good_articles(read_jsonl(fixture("jsonl/good.jsonl"))); }

TEST(JsonlReader, ReadsGzipFile) { expect_good_articles(read_jsonl(fixture("jsonl/good.jsonl.gz"))); }

TEST(JsonlReader, DerivedIdIsStableAndShaped) {
    std::string id = JsonlReader::id_from_url("https://example.vn/no-id");
    EXPECT_EQ(id, JsonlReader::id_from_url("https://example.vn/no-id"));
    EXPECT_NE(id, JsonlReader::id_from_url("https://example.vn/other"));
    ASSERT_EQ(id.size(), 17u);
    EXPECT_EQ(id[0], 'u');
    EXPECT_EQ(id.find_first_not_of("0123456789abcdef", 1), std::string::npos);
}

TEST(JsonlReader, ReportsEachBadLineAndKeepsTheRest) {
    auto sink = read_jsonl(fixture("jsonl/bad.jsonl"));
    ASSERT_EQ(sink.articles.size(), 2u);
    EXPECT_EQ(sink.articles[0].article.id, "b1");
    EXPECT_EQ(sink.articles[1].article.id, "b6");  // a bad date is the enricher's business, not an error here
    EXPECT_EQ(sink.articles[1].raw_date, "31/02/2020");

    std::vector<std::string> messages;
    for (const auto& error : sink.errors) messages.push_back(error.message());
    ASSERT_EQ(messages.size(), 5u);
    std::string path = fixture("jsonl/bad.jsonl").string();
    EXPECT_TRUE(messages[0].starts_with(path + ":2: bad JSON: ")) << messages[0];
    EXPECT_EQ(messages[1], path + ":3: missing body: 'body' is absent or empty");
    EXPECT_EQ(messages[2], path + ":5: no 'id' and no 'url' to derive one from");  // line 4 is blank
    EXPECT_EQ(messages[3], path + ":6: field 'title' must be a string");
    EXPECT_EQ(messages[4], path + ":8: not a JSON object");
}

TEST(JsonlReader, TruncatedGzipIsReportedAfterTheLinesItCouldRead) {
    test::TempDir dir;
    std::string bytes;
    {
        std::ifstream in(fixture("jsonl/good.jsonl.gz"), std::ios::binary);
        bytes.assign(std::istreambuf_iterator<char>(in), {});
    }
    test::write_file(dir / "cut.jsonl.gz", bytes.substr(0, bytes.size() - 20));
    auto sink = read_jsonl(dir / "cut.jsonl.gz");
    ASSERT_FALSE(sink.errors.empty());
    EXPECT_NE(sink.errors.back().problem.find("cannot read"), std::string::npos) << sink.errors.back().message();
}

TEST(JsonlReader, MissingFileIsReported) {
    auto sink = read_jsonl(fixture("jsonl/none.jsonl"));
    ASSERT_EQ(sink.errors.size(), 1u);
    EXPECT_NE(sink.errors.front().message().find("none.jsonl: cannot read: No such file"), std::string::npos);
}

// The readers give the article's text in NFC, the one normalization the indexer applies.
TEST(JsonlReader, GivesDecomposedTextInNfcAndTrimsTheId) {
    CollectingSink sink;
    JsonlReader::parse_line(R"({"id": " n1 ", "url": " https://example.vn/n1 ", "title": "\u0110a\u0323i ho\u0302\u0323i",)"
                            R"( "body": "Ngu\u031Bo\u031B\u0300i da\u0302n", "orgs": ["Qua\u0302\u0323n u\u0309y"]})",
                            Origin{"x.jsonl", 1}, sink);
    ASSERT_EQ(sink.articles.size(), 1u);
    const auto& article = sink.articles.front().article;
    EXPECT_EQ(article.id, "n1");
    EXPECT_EQ(article.url, "https://example.vn/n1");
    EXPECT_EQ(article.title, "Đại hội");
    EXPECT_EQ(article.body, "Người dân");
    EXPECT_EQ(article.orgs, std::vector<std::string>{"Quận ủy"});
}
