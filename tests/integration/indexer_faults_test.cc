// The indexer program under faults and hostile input (issue 11), through the real binary: a full disk
// ends at the last commit with exit 2; a read-only database is exit 2 with the reason (not "locked",
// 3) and the nightly cron script reports it; a FIFO PATH is refused at once; an out-of-range number is
// one line's problem; an article over --max-article-bytes is skipped and the rest goes in.
#include <gtest/gtest.h>

#include <sys/stat.h>

#include <fstream>

#include <xapian.h>

#include "integration/support/index_jsonl.h"
#include "integration/support/process.h"
#include "integration/support/temp_dir.h"

using namespace vnsearch::testing;
namespace fs = std::filesystem;

namespace {

constexpr auto kHangGuard = std::chrono::seconds(120);  // a hang fails the test; not a timing goal

void write_jsonl(const fs::path& path, int first, int count, std::size_t body_words = 50) {
    std::ofstream out(path, std::ios::app);
    for (int i = first; i < first + count; ++i) {
        std::string body;
        for (std::size_t w = 0; w < body_words; ++w) body += "từ" + std::to_string((i * 7919 + w * 104729) % 100000) + " ";
        out << nlohmann::json{{"id", "d" + std::to_string(i)}, {"title", "Bài " + std::to_string(i)}, {"body", body}}.dump()
            << "\n";
    }
}

std::string shell_quote(const std::string& text) {
    std::string quoted = "'";
    for (char c : text) quoted += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return quoted + "'";
}

// Runs a shell script in a private mount namespace (unshare -rm: no privileges needed, nothing left
// mounted afterwards); nullopt when this machine does not allow it.
std::optional<ProcessResult> in_mount_namespace(const std::string& script) {
    ProcessResult probe = run_process({"unshare", "-rm", "sh", "-c", "mount -t tmpfs tmpfs /mnt"}, {}, kHangGuard);
    if (probe.exit_status != 0) return std::nullopt;
    return run_process({"unshare", "-rm", "sh", "-c", script}, {}, kHangGuard);
}

}  // namespace

TEST(IndexerFaults, DiskFullEndsAtTheLastCommitWithExitTwo) {
    TempDir dir;
    write_jsonl(dir / "first.jsonl", 0, 100);
    write_jsonl(dir / "more.jsonl", 100, 20000, 80);  // far more than the 2 MB filesystem holds
    std::string indexer = shell_quote(VNSEARCH_INDEXER_BIN);
    std::string script =
        "set -u; mnt=" + shell_quote(dir.path().string()) + "/mnt; mkdir -p \"$mnt\"; "
        "mount -t tmpfs -o size=2m tmpfs \"$mnt\" || exit 99; "
        + indexer + " --db \"$mnt/db\" " + shell_quote((dir / "first.jsonl").string()) + " >/dev/null 2>&1 || exit 98; "
        + indexer + " --db \"$mnt/db\" --batch 100000 " + shell_quote((dir / "more.jsonl").string()) + "; "
        "echo \"status=$?\"; xapian-check \"$mnt/db\" >/dev/null && echo check=ok; "
        "xapian-delve \"$mnt/db\" | grep -o 'number of documents = [0-9]*'";
    auto result = in_mount_namespace(script);
    if (!result) GTEST_SKIP() << "no private mount namespace here (unshare -rm); the RLIMIT_FSIZE test covers write failures";
    std::string out = result->out + result->err;
    EXPECT_NE(out.find("status=2"), std::string::npos) << out;
    EXPECT_NE(out.find("No space left on device"), std::string::npos) << out;
    EXPECT_NE(out.find("check=ok"), std::string::npos) << out;
    EXPECT_NE(out.find("number of documents = 100"), std::string::npos) << out;  // the first run's commit
}

TEST(IndexerFaults, FileSizeLimitEndsAtTheLastCommitWithExitTwo) {
    TempDir dir;
    write_jsonl(dir / "first.jsonl", 0, 100);
    write_jsonl(dir / "more.jsonl", 100, 20000, 80);
    fs::path db = dir / "db";
    ASSERT_EQ(run_indexer(db, {(dir / "first.jsonl").string()}).exit_status, 0);
    // SIGXFSZ ignored, so a write past the limit fails with EFBIG like a full disk fails with ENOSPC.
    ProcessResult result = run_process({"sh", "-c", "trap '' XFSZ; ulimit -f 4096; exec \"$0\" --db \"$1\" --batch 100000 \"$2\"",
                                        VNSEARCH_INDEXER_BIN, db.string(), (dir / "more.jsonl").string()},
                                       {}, kHangGuard);
    EXPECT_EQ(result.exit_status, 2) << result.err;
    EXPECT_NE(result.err.find(db.string()), std::string::npos) << result.err;
    EXPECT_EQ(Xapian::Database(db.string()).get_doccount(), 100u);
    EXPECT_EQ(run_process({"xapian-check", db.string()}).exit_status, 0);
}

TEST(IndexerFaults, ReadOnlyDatabaseIsExitTwoWithTheReasonAndCronSaysFailed) {
    TempDir dir;
    write_jsonl(dir / "a.jsonl", 0, 3);
    fs::path db = dir / "db";
    ASSERT_EQ(run_indexer(db, {(dir / "a.jsonl").string()}).exit_status, 0);
    write_jsonl(dir / "a.jsonl", 3, 3);
    std::string script = "db=" + shell_quote(db.string()) + "; mount --bind \"$db\" \"$db\" && mount -o remount,bind,ro \"$db\" || exit 99; " +
                         "VNSEARCH_LOG=" + shell_quote((dir / "cron.log").string()) + " VNSEARCH_INDEXER=" +
                         shell_quote(VNSEARCH_INDEXER_BIN) + " " + shell_quote(VNSEARCH_SOURCE_DIR "/scripts/cron/nightly-index.sh") +
                         " --db \"$db\" " + shell_quote((dir / "a.jsonl").string()) + "; echo \"status=$?\"";
    auto result = in_mount_namespace(script);
    if (!result) GTEST_SKIP() << "no private mount namespace here (unshare -rm) to make a read-only database";
    std::string out = result->out + result->err;
    EXPECT_NE(out.find("status=2"), std::string::npos) << out;
    EXPECT_NE(out.find("nightly-index: indexer failed with exit status 2"), std::string::npos) << out;
    std::ifstream log(dir / "cron.log");
    std::string text((std::istreambuf_iterator<char>(log)), std::istreambuf_iterator<char>());
    EXPECT_NE(text.find("cannot be written"), std::string::npos) << text;
    EXPECT_NE(text.find("Read-only file system"), std::string::npos) << text;
    EXPECT_EQ(text.find("locked by another writer"), std::string::npos) << text;
}

TEST(IndexerFaults, FifoAsPathIsRefusedWithoutBlocking) {
    TempDir dir;
    ASSERT_EQ(::mkfifo((dir / "pipe.jsonl").c_str(), 0600), 0);
    ProcessResult result = run_process({VNSEARCH_INDEXER_BIN, "--db", (dir / "db").string(), (dir / "pipe.jsonl").string()},
                                       {}, std::chrono::seconds(30));
    EXPECT_FALSE(result.timed_out) << "the indexer blocked on the FIFO";
    EXPECT_EQ(result.exit_status, 2);
    EXPECT_NE(result.err.find("is not a regular file"), std::string::npos) << result.err;
}

TEST(IndexerFaults, OutOfRangeNumberIsThatLinesProblemAndTheRunGoesOn) {
    TempDir dir;
    std::ofstream(dir / "a.jsonl") << R"({"id": "a1", "body": "một"})" "\n"
                                   << R"({"id": "a2", "body": "hai", "unknown": {"x": [1e400]}})" "\n"
                                   << R"({"id": "a3", "body": "ba", "views": 1e400})" "\n"
                                   << R"({"id": "a4", "body": "bốn"})" "\n";
    ProcessResult result = run_indexer(dir / "db", {(dir / "a.jsonl").string()});
    EXPECT_EQ(result.exit_status, 1) << result.err;
    EXPECT_NE(result.err.find((dir / "a.jsonl").string() + ":2: number out of range"), std::string::npos) << result.err;
    EXPECT_NE(result.err.find((dir / "a.jsonl").string() + ":3: number out of range"), std::string::npos) << result.err;
    EXPECT_EQ(Xapian::Database((dir / "db").string()).get_doccount(), 2u);
}

TEST(IndexerFaults, ArticleOverMaxArticleBytesIsSkippedAndTheRestGoesIn) {
    TempDir dir;
    std::string huge = R"({"id": "huge", "body": ")" + std::string(6 << 20, 'x') + "\"}";
    std::ofstream(dir / "a.jsonl") << R"({"id": "small", "body": "nhỏ"})" "\n" << huge << "\n"
                                   << R"({"id": "after", "body": "sau"})" "\n";
    ProcessResult result = run_indexer(dir / "db", {(dir / "a.jsonl").string()});  // default limit: 4 MiB
    EXPECT_EQ(result.exit_status, 1) << result.err;
    EXPECT_NE(result.err.find(":2: article of " + std::to_string(huge.size()) + " bytes is over --max-article-bytes 4194304: skipped"),
              std::string::npos)
        << result.err;
    Xapian::Database db((dir / "db").string());
    EXPECT_EQ(db.get_doccount(), 2u);
    ProcessResult raised = run_indexer(dir / "db2", {"--max-article-bytes", "8388608", (dir / "a.jsonl").string()});
    EXPECT_EQ(raised.exit_status, 0) << raised.err;
}
