// Tests of a whole run over fixture files into a real database: counts, skipped articles, exit
// status, directory walks that ignore README and unknown files, and re-runs that change nothing.
#include <gtest/gtest.h>

#include "exit_status.h"
#include "index_run.h"
#include "input_paths.h"
#include "unit/indexer/test_support.h"
#include "vnsearch/schema/layout.h"

using namespace vnsearch::indexer;
using test::fixture;

namespace {

RunSummary index(const std::filesystem::path& db, std::vector<std::string> paths, Format format = Format::Auto) {
    RunOptions options;
    options.db = db;
    options.paths = std::move(paths);
    options.format = format;
    return IndexRun(options).run();
}

}  // namespace

TEST(IndexRun, IndexesGoodJsonLinesAndExitsZero) {
    test::TempDir dir;
    auto summary = index(dir / "db", {fixture("jsonl/good.jsonl").string()});
    EXPECT_EQ(summary.counts.added, 3u);
    EXPECT_EQ(summary.counts.skipped, 0u);
    EXPECT_EQ(summary.exit_status(), exit_status::kOk);
    EXPECT_EQ(summary.documents, 3u);
    EXPECT_TRUE(summary.text().starts_with("indexed 3 new, 0 updated, 0 unchanged, 0 deleted, 0 skipped in "));
}

TEST(IndexRun, SkipsBadLinesIndexesTheRestAndExitsOne) {
    test::TempDir dir;
    auto summary = index(dir / "db", {fixture("jsonl/bad.jsonl").string()});
    EXPECT_EQ(summary.counts.added, 2u);
    EXPECT_EQ(summary.counts.skipped, 5u);
    EXPECT_EQ(summary.counts.warnings, 1u);  // the impossible date: indexed without one
    EXPECT_EQ(summary.exit_status(), exit_status::kSkipped);
    Xapian::Database db((dir / "db").string());
    EXPECT_EQ(db.get_doccount(), 2u);
    auto doc = db.get_document(*db.postlist_begin(vnsearch::schema::Layout::id_term("b6")));
    EXPECT_EQ(doc.get_value(vnsearch::schema::slot::kDate), "");
}

TEST(IndexRun, PlainAndGzipCopiesUpsertToTheSameDocuments) {
    test::TempDir dir;
    index(dir / "db", {fixture("jsonl/good.jsonl").string()});
    auto again = index(dir / "db", {fixture("jsonl/good.jsonl.gz").string()});
    EXPECT_EQ(again.counts.added, 0u);
    EXPECT_EQ(again.counts.updated, 3u);  // same articles, another source file
    EXPECT_EQ(again.documents, 3u);
}

TEST(IndexRun, ReindexingTheSameFileChangesNothing) {
    test::TempDir dir;
    index(dir / "db", {fixture("jsonl/good.jsonl").string()});
    auto again = index(dir / "db", {fixture("jsonl/good.jsonl").string()});
    EXPECT_EQ(again.counts.added + again.counts.updated, 0u);
    EXPECT_EQ(again.documents, 3u);
}

TEST(IndexRun, WalksADirectoryIgnoringReadmeAndUnknownFiles) {
    test::TempDir dir;
    auto summary = index(dir / "db", {fixture("portal").string()});
    // sample_tuyen_pho.txt and bad_date.txt go in; broken_no_rule.txt is skipped; README.md, notes.dat ignored.
    EXPECT_EQ(summary.counts.files_read, 3u);
    EXPECT_EQ(summary.counts.added, 2u);
    EXPECT_EQ(summary.counts.skipped, 1u);
    EXPECT_EQ(summary.counts.warnings, 1u);
}

TEST(IndexRun, ReadsHtmlPages) {
    test::TempDir dir;
    auto summary = index(dir / "db", {fixture("html").string()});
    EXPECT_EQ(summary.counts.added, 3u);
    EXPECT_EQ(summary.counts.skipped, 1u);  // no_body.html
}

TEST(IndexRun, ANamedFileOfUnknownFormatIsAUsageError) {
    test::TempDir dir;
    EXPECT_THROW(index(dir / "db", {fixture("portal/notes.dat").string()}), UsageError);
    EXPECT_THROW(index(dir / "db", {fixture("portal/nothing-here.txt").string()}), UsageError);
    EXPECT_THROW(index(dir / "db", {"-"}, Format::Html), UsageError);
}

TEST(IndexRun, AnExplicitFormatReadsANamedFileWhateverItsExtension) {
    test::TempDir dir;
    test::write_file(dir / "article.dat", "THỜI SỰ\nTIÊU ĐỀ\nNgày đăng 01/02/2021\n====\nThân bài.\n\nNGUỒN");
    auto summary = index(dir / "db", {(dir / "article.dat").string()}, Format::Portal);
    EXPECT_EQ(summary.counts.added, 1u);
}
