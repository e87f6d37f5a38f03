// Tests of incremental runs on real databases: unchanged files skipped, changed files rewriting only
// what changed, deletions (--delete, --delete-missing, lines gone from a file), --rebuild's swap,
// the lock, and runs stopped by a signal or dying mid-file that the next run completes.
#include <gtest/gtest.h>

#include <csignal>
#include <fstream>
#include <sstream>

#include "compaction.h"
#include "database_swap.h"
#include "db_lock.h"
#include "exit_status.h"
#include "file_state.h"
#include "index_run.h"
#include "unit/indexer/test_support.h"
#include "vnsearch/schema/layout.h"

using namespace vnsearch::indexer;
using vnsearch::schema::Layout;
using vnsearch::schema::SpellingScope;
namespace fs = std::filesystem;

namespace {

std::string jsonl_line(const std::string& id, const std::string& body) {
    return R"({"id": ")" + id + R"(", "title": "Bài )" + id + R"(", "body": ")" + body + "\"}\n";
}

std::string articles(int from, int to, const std::string& body = "Thân bài số") {
    std::string text;
    for (int i = from; i < to; ++i) text += jsonl_line("a" + std::to_string(i), body + " " + std::to_string(i) + ".");
    return text;
}

RunOptions options_for(const test::TempDir& dir, std::vector<std::string> paths) {
    RunOptions options;
    options.db = dir / "db";
    options.paths = std::move(paths);
    return options;
}

RunSummary run(RunOptions options, StopSignal stop = [] { return 0; }) {
    return IndexRun(std::move(options), std::move(stop)).run();
}

Xapian::doccount documents(const test::TempDir& dir) { return Xapian::Database((dir / "db").string()).get_doccount(); }

}  // namespace

TEST(Incremental, UnchangedFileIsSkippedWithoutReadingIt) {
    test::TempDir dir;
    test::write_file(dir / "in/a.jsonl", articles(0, 3));
    auto first = run(options_for(dir, {(dir / "in").string()}));
    EXPECT_EQ(first.counts.added, 3u);
    auto second = run(options_for(dir, {(dir / "in").string()}));
    EXPECT_EQ(second.counts.files_read, 0u);
    EXPECT_EQ(second.counts.files_unchanged, 1u);
    EXPECT_EQ(second.counts.unchanged, 3u);
    EXPECT_EQ(second.counts.added + second.counts.updated + second.counts.deleted, 0u);
    EXPECT_TRUE(second.text().starts_with("indexed 0 new, 0 updated, 3 unchanged, 0 deleted, 0 skipped"));
}

TEST(Incremental, TouchedButSameContentIsUnchanged) {
    test::TempDir dir;
    test::write_file(dir / "a.jsonl", articles(0, 2));
    run(options_for(dir, {(dir / "a.jsonl").string()}));
    fs::last_write_time(dir / "a.jsonl", fs::last_write_time(dir / "a.jsonl") + std::chrono::hours(1));
    auto touched = run(options_for(dir, {(dir / "a.jsonl").string()}));
    EXPECT_EQ(touched.counts.files_read, 0u);
    EXPECT_EQ(touched.counts.files_unchanged, 1u);
    EXPECT_EQ(touched.counts.unchanged, 2u);
}

TEST(Incremental, ChangedFileRewritesOnlyNewAndChangedArticlesAndDeletesVanishedOnes) {
    test::TempDir dir;
    test::write_file(dir / "a.jsonl", jsonl_line("keep", "Giữ nguyên.") + jsonl_line("edit", "Bản cũ.") +
                                          jsonl_line("drop", "Sẽ bị xóa."));
    run(options_for(dir, {(dir / "a.jsonl").string()}));
    test::write_file(dir / "a.jsonl", jsonl_line("keep", "Giữ nguyên.") + jsonl_line("edit", "Bản mới.") +
                                          jsonl_line("new", "Bài mới."));
    auto second = run(options_for(dir, {(dir / "a.jsonl").string()}));
    EXPECT_EQ(second.counts.files_read, 1u);
    EXPECT_EQ(second.counts.added, 1u);
    EXPECT_EQ(second.counts.updated, 1u);
    EXPECT_EQ(second.counts.unchanged, 1u);
    EXPECT_EQ(second.counts.deleted, 1u);
    Xapian::Database db((dir / "db").string());
    EXPECT_EQ(db.get_doccount(), 3u);
    EXPECT_EQ(db.get_termfreq(Layout::id_term("drop")), 0u);
    EXPECT_EQ(db.get_termfreq("mới"), 2u);
}

TEST(Incremental, AFileWithErrorsIsReadAgainAndDeletesNothing) {
    test::TempDir dir;
    test::write_file(dir / "a.jsonl", articles(0, 2));
    run(options_for(dir, {(dir / "a.jsonl").string()}));
    test::write_file(dir / "a.jsonl", jsonl_line("a0", "Thân bài số 0.") + "{not json\n");
    auto broken = run(options_for(dir, {(dir / "a.jsonl").string()}));
    EXPECT_EQ(broken.counts.skipped, 1u);
    EXPECT_EQ(broken.counts.deleted, 0u);  // a1 may be the broken line: not taken as deleted
    EXPECT_EQ(broken.exit_status(), exit_status::kSkipped);
    auto again = run(options_for(dir, {(dir / "a.jsonl").string()}));
    EXPECT_EQ(again.counts.files_read, 1u);  // incomplete: read again, the error reported again
    EXPECT_EQ(again.counts.skipped, 1u);
    EXPECT_EQ(again.counts.unchanged, 1u);
    EXPECT_EQ(documents(dir), 2u);
}

TEST(Incremental, DeletesByIdAndWarnsAboutUnknownIds) {
    test::TempDir dir;
    test::write_file(dir / "a.jsonl", articles(0, 3));
    run(options_for(dir, {(dir / "a.jsonl").string()}));
    auto options = options_for(dir, {});
    options.delete_ids = {"a1", "no-such-id"};
    auto summary = run(options);
    EXPECT_EQ(summary.counts.deleted, 1u);
    EXPECT_EQ(summary.counts.warnings, 1u);
    EXPECT_EQ(summary.exit_status(), exit_status::kOk);
    EXPECT_EQ(documents(dir), 2u);
}

TEST(Incremental, DeleteMissingRemovesTheArticlesOfVanishedFiles) {
    test::TempDir dir;
    test::write_file(dir / "in/one.jsonl", articles(0, 2));
    test::write_file(dir / "in/two.jsonl", articles(10, 13));
    run(options_for(dir, {(dir / "in").string()}));
    EXPECT_EQ(documents(dir), 5u);
    fs::remove(dir / "in/two.jsonl");
    auto options = options_for(dir, {});
    options.delete_missing = true;
    auto summary = run(options);
    EXPECT_EQ(summary.counts.deleted, 3u);
    EXPECT_EQ(documents(dir), 2u);
    Xapian::Database db((dir / "db").string());
    EXPECT_EQ(db.get_metadata(FileState::key_for(fs::absolute(dir / "in/two.jsonl").lexically_normal().string())), "");
    EXPECT_NE(db.get_metadata(FileState::key_for(fs::absolute(dir / "in/one.jsonl").lexically_normal().string())), "");
}

TEST(Incremental, RebuildSwapsInAFreshDatabase) {
    test::TempDir dir;
    test::write_file(dir / "old.jsonl", articles(0, 4));
    test::write_file(dir / "new.jsonl", articles(100, 102));
    run(options_for(dir, {(dir / "old.jsonl").string()}));
    std::string old_uuid = Xapian::Database((dir / "db").string()).get_uuid();
    fs::create_directories(dir / "db.rebuild-1");  // left by a killed rebuild
    auto options = options_for(dir, {(dir / "new.jsonl").string()});
    options.rebuild = true;
    auto summary = run(options);
    EXPECT_EQ(summary.counts.added, 2u);
    Xapian::Database db((dir / "db").string());
    EXPECT_EQ(db.get_doccount(), 2u);
    EXPECT_NE(db.get_uuid(), old_uuid);
    for (const auto& entry : fs::directory_iterator(dir.path())) {
        EXPECT_EQ(entry.path().filename().string().find(".rebuild-"), std::string::npos) << entry.path();
    }
}

TEST(Incremental, RebuildOfAMissingDatabaseCreatesIt) {
    test::TempDir dir;
    test::write_file(dir / "a.jsonl", articles(0, 2));
    auto options = options_for(dir, {(dir / "a.jsonl").string()});
    options.rebuild = true;
    run(options);
    EXPECT_EQ(documents(dir), 2u);
}

TEST(Incremental, ASecondIndexerIsRefusedAtOnce) {
    test::TempDir dir;
    test::write_file(dir / "a.jsonl", articles(0, 1));
    auto held = DbLock::try_acquire(DbLock::lock_path_for(dir / "db"));
    ASSERT_TRUE(held);
    try {
        run(options_for(dir, {(dir / "a.jsonl").string()}));
        FAIL() << "expected LockedError";
    } catch (const LockedError& error) {
        std::string expected = "another indexer is running on " + (dir / "db").string() + " (lock " +
                               (dir / "db").string() + ".lock)";
        EXPECT_EQ(error.what(), expected);
    }
}

TEST(Incremental, AStopSignalCommitsWhatIsDoneAndTheNextRunFinishes) {
    test::TempDir dir;
    test::write_file(dir / "a.jsonl", articles(0, 50));
    int calls = 0;
    auto options = options_for(dir, {(dir / "a.jsonl").string()});
    options.batch = 7;
    auto stopped = run(options, [&] { return ++calls > 20 ? SIGTERM : 0; });
    EXPECT_EQ(stopped.signal, SIGTERM);
    EXPECT_EQ(stopped.exit_status(), exit_status::kTerminated);
    EXPECT_GT(stopped.counts.added, 0u);
    EXPECT_LT(stopped.counts.added, 50u);
    EXPECT_EQ(documents(dir), stopped.counts.added);  // committed, including a partial batch
    auto finished = run(options_for(dir, {(dir / "a.jsonl").string()}));
    EXPECT_EQ(finished.counts.added, 50u - stopped.counts.added);
    EXPECT_EQ(finished.counts.unchanged, stopped.counts.added);
    EXPECT_EQ(documents(dir), 50u);
}

TEST(Incremental, ARunDyingMidFileLeavesTheLastCommitAndTheNextRunFinishes) {
    test::TempDir dir;
    test::write_file(dir / "a.jsonl", articles(0, 30));
    int calls = 0;
    auto options = options_for(dir, {(dir / "a.jsonl").string()});
    options.batch = 4;
    // An exception out of the middle of the file stands for a crash: nothing after the last commit survives.
    EXPECT_THROW(run(options, [&]() -> int {
                     if (++calls > 15) throw std::runtime_error("simulated crash");
                     return 0;
                 }),
                 std::runtime_error);
    Xapian::doccount committed = documents(dir);
    EXPECT_EQ(committed % 4, 0u);
    EXPECT_LT(committed, 30u);
    auto next = run(options_for(dir, {(dir / "a.jsonl").string()}));
    EXPECT_EQ(next.counts.added, 30u - committed);
    EXPECT_EQ(documents(dir), 30u);
}

TEST(Incremental, AStoppedRebuildLeavesTheLiveDatabaseAlone) {
    test::TempDir dir;
    test::write_file(dir / "a.jsonl", articles(0, 3));
    run(options_for(dir, {(dir / "a.jsonl").string()}));
    test::write_file(dir / "b.jsonl", articles(10, 20));
    auto options = options_for(dir, {(dir / "b.jsonl").string()});
    options.rebuild = true;
    int calls = 0;
    auto stopped = run(options, [&] { return ++calls > 5 ? SIGINT : 0; });
    EXPECT_EQ(stopped.exit_status(), exit_status::kInterrupted);
    EXPECT_EQ(documents(dir), 3u);
    EXPECT_FALSE(fs::exists(rebuild_path_for(dir / "db")));
}

TEST(Incremental, StdinArticlesAreUpsertedWithoutFileState) {
    test::TempDir dir;
    auto options = options_for(dir, {});
    options.delete_missing = true;  // with nothing recorded, deletes nothing
    EXPECT_EQ(run(options).counts.deleted, 0u);
}

TEST(Incremental, NewOrganizationDataWarnsUntilARebuildAppliesItEverywhere) {
    test::TempDir dir;
    test::write_file(dir / "a.jsonl", articles(0, 2));
    fs::copy(VNSEARCH_ORG_DATA_DIR, dir / "data", fs::copy_options::recursive);
    auto options = options_for(dir, {(dir / "a.jsonl").string()});
    options.data_dir = dir / "data";
    EXPECT_EQ(run(options).counts.warnings, 0u);
    EXPECT_EQ(run(options).counts.warnings, 0u);

    std::ofstream(dir / "data/org_known.txt", std::ios::app) << "Nhà xuất bản Mẫu Thử\n";
    auto changed = run(options);
    EXPECT_EQ(changed.counts.warnings, 1u);  // the articles of a.jsonl were analysed with the old data
    EXPECT_EQ(changed.counts.files_unchanged, 1u);
    EXPECT_EQ(changed.exit_status(), exit_status::kOk);
    EXPECT_EQ(run(options).counts.warnings, 1u);  // said every run, not just once

    options.rebuild = true;
    EXPECT_EQ(run(options).counts.warnings, 0u);
    options.rebuild = false;
    EXPECT_EQ(run(options).counts.warnings, 0u);
}

TEST(Incremental, ADifferentSpellingScopeWarnsToo) {
    test::TempDir dir;
    test::write_file(dir / "a.jsonl", articles(0, 2));
    auto options = options_for(dir, {(dir / "a.jsonl").string()});
    run(options);
    options.spelling = SpellingScope::Titles;
    EXPECT_EQ(run(options).counts.warnings, 1u);
}

// Issue 15: a rebuild swaps in a compacted database (smaller than the same articles written article by
// article), with the same documents, which later incremental runs keep updating.
TEST(Incremental, RebuildSwapsInACompactedDatabaseThatLaterRunsUpdate) {
    test::TempDir dir;
    // Bodies long enough for the tables to outgrow a few 32 KB blocks each.
    std::string body;
    for (int i = 0; i < 40; ++i) body += "Đại hội đại biểu Đảng bộ quận lần thứ " + std::to_string(i) + " bàn về kinh tế. ";
    test::write_file(dir / "a.jsonl", articles(0, 300, body));
    auto plain = options_for(dir, {(dir / "a.jsonl").string()});
    plain.db = dir / "plain";
    run(plain);
    auto options = options_for(dir, {(dir / "a.jsonl").string()});
    options.rebuild = true;
    run(options);
    EXPECT_EQ(documents(dir), 300u);
    EXPECT_LT(directory_bytes(dir / "db"), directory_bytes(dir / "plain"));
    for (const auto& entry : fs::directory_iterator(dir.path())) {
        EXPECT_EQ(entry.path().filename().string().find("compacted"), std::string::npos) << entry.path();
    }
    // In blocks of kCompactedBlockSize (a table is whole blocks; with 8 KB ones, five tables would all
    // be multiples of 32 KB one time in a thousand).
    std::size_t tables = 0;
    for (const auto& entry : fs::directory_iterator(dir / "db")) {
        if (entry.path().extension() != ".glass") continue;
        ++tables;
        EXPECT_EQ(fs::file_size(entry.path()) % kCompactedBlockSize, 0u) << entry.path();
    }
    EXPECT_GE(tables, 4u);
    test::write_file(dir / "b.jsonl", articles(300, 310));
    run(options_for(dir, {(dir / "b.jsonl").string()}));
    EXPECT_EQ(documents(dir), 310u);
}
