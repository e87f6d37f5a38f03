// Regression tests for the run's handling of unusual paths (issue 11): a FIFO given as PATH is refused
// instead of blocking; a symlinked --db is locked at its target, and --rebuild through the link swaps
// the target's contents and leaves the link a link.
#include <gtest/gtest.h>
#include <sys/stat.h>
#include <xapian.h>

#include "db_lock.h"
#include "index_run.h"
#include "input_paths.h"
#include "unit/indexer/test_support.h"

using namespace vnsearch::indexer;
namespace fs = std::filesystem;
using test::fixture;

namespace {

RunOptions options_for(const fs::path& db, const fs::path& input) {
    RunOptions options;
    options.db = db;
    options.paths = {input.string()};
    return options;
}

}  // namespace

TEST(IndexRunFaults, FifoPathIsRefusedNotOpened) {
    test::TempDir dir;
    ASSERT_EQ(::mkfifo((dir / "pipe.jsonl").c_str(), 0600), 0);
    try {
        expand_inputs({(dir / "pipe.jsonl").string()}, Format::Auto);
        FAIL() << "a FIFO was accepted as an input";
    } catch (const UsageError& error) {
        EXPECT_NE(std::string(error.what()).find("is not a regular file"), std::string::npos) << error.what();
    }
}

TEST(IndexRunFaults, SymlinkedDbIsLockedAtItsTarget) {
    test::TempDir dir;
    fs::create_directories(dir / "real");
    fs::create_directory_symlink(dir / "real", dir / "link");
    auto held = DbLock::try_acquire(DbLock::lock_path_for(dir / "real"));  // a run through the real path
    ASSERT_TRUE(held);
    EXPECT_THROW(IndexRun(options_for(dir / "link", fixture("jsonl/good.jsonl"))).run(), LockedError);
    EXPECT_THROW(IndexRun(options_for(dir / "link/", fixture("jsonl/good.jsonl"))).run(), LockedError);
}

TEST(IndexRunFaults, RebuildThroughSymlinkSwapsTheTargetAndKeepsTheLink) {
    test::TempDir dir;
    IndexRun(options_for(dir / "real", fixture("jsonl/good.jsonl"))).run();
    fs::create_directory_symlink("real", dir / "link");
    RunOptions rebuild = options_for(dir / "link", fixture("jsonl/good.jsonl"));
    rebuild.rebuild = true;
    auto summary = IndexRun(rebuild).run();
    EXPECT_EQ(summary.documents, 3u);
    EXPECT_TRUE(fs::is_symlink(dir / "link"));
    EXPECT_EQ(fs::read_symlink(dir / "link"), "real");
    EXPECT_EQ(Xapian::Database((dir / "link").string()).get_doccount(), 3u);
    for (const auto& entry : fs::directory_iterator(dir.path())) {
        std::string name = entry.path().filename().string();
        EXPECT_TRUE(name == "real" || name == "link" || name == "real.lock") << "left behind: " << name;
    }
}
