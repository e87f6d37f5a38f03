// Issue 5: the indexer killed with SIGKILL in the middle of a large batch leaves a database that
// opens at its last commit (xapian-check passes), a rerun ends with exactly the expected documents,
// and searchd answers every request throughout.
#include <gtest/gtest.h>

#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <fstream>
#include <thread>

#include <xapian.h>

#include "integration/support/index_jsonl.h"
#include "integration/support/process.h"
#include "integration/support/searchd_process.h"
#include "integration/support/temp_dir.h"

extern char** environ;

using namespace vnsearch::testing;
namespace fs = std::filesystem;

namespace {

constexpr int kArticles = 4000;
constexpr int kBatch = 250;
constexpr auto kDeadline = std::chrono::seconds(120);  // a hang guard, not a timing assertion

// Deterministic Vietnamese-looking articles of ~120 words, large enough that indexing them takes seconds.
void write_articles(const fs::path& path) {
    static const char* kWords[] = {"đại", "hội", "đảng", "bộ", "quận", "phường", "tổ", "chức", "nhân", "dân",
                                   "thành", "phố", "công", "tác", "kinh", "tế", "văn", "hóa", "giáo", "dục",
                                   "y", "tế", "giao", "thông", "an", "ninh", "môi", "trường", "xây", "dựng"};
    std::ofstream out(path);
    unsigned seed = 12345;
    for (int i = 0; i < kArticles; ++i) {
        std::string body;
        for (int w = 0; w < 120; ++w) {
            seed = seed * 1103515245 + 12345;
            body += kWords[(seed >> 16) % 30];
            body += (w % 15 == 14) ? ". " : " ";
        }
        nlohmann::json article = {{"id", "k" + std::to_string(i)}, {"title", "Bài số " + std::to_string(i)},
                                  {"date", "2020-10-08"}, {"body", body}};
        out << article.dump() << "\n";
    }
}

// The indexer started in the background (run_process waits for the end; this one is to be killed).
class BackgroundIndexer {
public:
    BackgroundIndexer(const std::vector<std::string>& args, const fs::path& log) {
        posix_spawn_file_actions_t actions;
        posix_spawn_file_actions_init(&actions);
        posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, log.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
        posix_spawn_file_actions_adddup2(&actions, STDOUT_FILENO, STDERR_FILENO);
        std::vector<std::string> argv_text = {VNSEARCH_INDEXER_BIN};
        argv_text.insert(argv_text.end(), args.begin(), args.end());
        std::vector<char*> argv;
        for (auto& arg : argv_text) argv.push_back(arg.data());
        argv.push_back(nullptr);
        int rc = posix_spawn(&pid_, argv[0], &actions, nullptr, argv.data(), environ);
        posix_spawn_file_actions_destroy(&actions);
        if (rc != 0) throw std::runtime_error("cannot start the indexer");
    }
    ~BackgroundIndexer() {
        if (pid_ > 0) kill_and_wait(SIGKILL);
    }
    bool running() {
        int status = 0;
        return pid_ > 0 && waitpid(pid_, &status, WNOHANG) == 0;
    }
    int kill_and_wait(int signal_number) {
        ::kill(pid_, signal_number);
        int status = 0;
        waitpid(pid_, &status, 0);
        pid_ = -1;
        return WIFSIGNALED(status) ? 128 + WTERMSIG(status) : WEXITSTATUS(status);
    }

private:
    pid_t pid_ = -1;
};

Xapian::doccount committed_documents(const fs::path& db) {
    try {
        return Xapian::Database(db.string()).get_doccount();
    } catch (const Xapian::Error&) {
        return 0;  // being created
    }
}

// Asks searchd for /health and a search, over and over, counting answers that are not 200.
class Prober {
public:
    explicit Prober(int port) : thread_([this, port] { run(port); }) {}
    ~Prober() { stop(); }
    void stop() {
        stopping_ = true;
        if (thread_.joinable()) thread_.join();
    }
    int requests() const { return requests_; }
    int failures() const { return failures_; }

private:
    void run(int port) {
        httplib::Client client("127.0.0.1", port);
        client.set_read_timeout(10, 0);
        while (!stopping_) {
            for (const char* path : {"/health", "/search?q=dai+hoi+dang"}) {
                auto response = client.Get(path);
                ++requests_;
                if (!response || response->status != 200) ++failures_;
            }
            std::this_thread::sleep_for(std::chrono::milliseconds(20));
        }
    }
    std::atomic<bool> stopping_{false};
    std::atomic<int> requests_{0};
    std::atomic<int> failures_{0};
    std::thread thread_;
};

}  // namespace

TEST(IndexerKill, SigkillMidBatchLosesNothingCommittedAndARerunCompletes) {
    TempDir dir;
    fs::path db = dir / "db";
    ASSERT_EQ(index_jsonl(db, {{{"id", "seed"}, {"title", "Đại hội Đảng"}, {"body", "Đại hội Đảng bộ quận."}}})
                  .exit_status,
              0);
    write_articles(dir / "big.jsonl");
    SearchdProcess searchd(db);
    Prober prober(searchd.port());

    std::vector<std::string> args = {"--db", db.string(), "--batch", std::to_string(kBatch), (dir / "big.jsonl").string()};
    Xapian::doccount at_kill = 0;
    {
        BackgroundIndexer indexer(args, dir / "killed.log");
        // Kill once a few batches are committed, in the middle of the next one.
        auto deadline = std::chrono::steady_clock::now() + kDeadline;
        while (committed_documents(db) < 1 + 2 * kBatch && indexer.running() &&
               std::chrono::steady_clock::now() < deadline) {
            std::this_thread::sleep_for(std::chrono::milliseconds(20));
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(150));
        ASSERT_TRUE(indexer.running()) << "the indexer finished before it could be killed: make the input larger";
        EXPECT_EQ(indexer.kill_and_wait(SIGKILL), 128 + SIGKILL);
    }
    at_kill = committed_documents(db);
    EXPECT_GT(at_kill, 1u);
    EXPECT_LT(at_kill, 1u + kArticles);
    EXPECT_EQ((at_kill - 1) % kBatch, 0u) << "the database holds whole batches only";

    ProcessResult check = run_process({"xapian-check", db.string()});
    EXPECT_EQ(check.exit_status, 0) << check.out << check.err;

    ProcessResult rerun = run_indexer(db, {"--batch", std::to_string(kBatch), (dir / "big.jsonl").string()});
    EXPECT_EQ(rerun.exit_status, 0) << rerun.err;
    std::string expected = "indexed " + std::to_string(kArticles + 1 - at_kill) + " new, 0 updated, " +
                           std::to_string(at_kill - 1) + " unchanged, 0 deleted, 0 skipped";
    EXPECT_NE(rerun.out.find(expected), std::string::npos) << rerun.out;
    EXPECT_EQ(committed_documents(db), 1u + kArticles);

    // Once more: nothing left to do.
    ProcessResult again = run_indexer(db, {(dir / "big.jsonl").string()});
    EXPECT_NE(again.out.find("indexed 0 new, 0 updated, " + std::to_string(kArticles) + " unchanged"),
              std::string::npos)
        << again.out;

    prober.stop();
    EXPECT_GT(prober.requests(), 0);
    EXPECT_EQ(prober.failures(), 0) << searchd.log();
}

TEST(IndexerKill, SigtermCommitsWhatIsDoneAndExits143) {
    TempDir dir;
    fs::path db = dir / "db";
    write_articles(dir / "big.jsonl");
    BackgroundIndexer indexer({"--db", db.string(), "--batch", std::to_string(kBatch), "--json",
                               (dir / "big.jsonl").string()},
                              dir / "terminated.log");
    auto deadline = std::chrono::steady_clock::now() + kDeadline;
    while (committed_documents(db) < kBatch && indexer.running() && std::chrono::steady_clock::now() < deadline) {
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
    ASSERT_TRUE(indexer.running());
    EXPECT_EQ(indexer.kill_and_wait(SIGTERM), 143);
    std::ifstream log(dir / "terminated.log");
    std::string text((std::istreambuf_iterator<char>(log)), {});
    auto summary = nlohmann::json::parse(text.substr(text.rfind('{')));
    EXPECT_EQ(summary["signal"], "SIGTERM");
    EXPECT_EQ(summary["exit_status"], 143);
    EXPECT_EQ(summary["documents"], committed_documents(db));  // the partial batch was committed too
    EXPECT_EQ(run_process({"xapian-check", db.string()}).exit_status, 0);
}

TEST(IndexerKill, ASecondIndexerExitsAtOnceWithStatus3) {
    TempDir dir;
    fs::path db = dir / "db";
    write_articles(dir / "big.jsonl");
    BackgroundIndexer first({"--db", db.string(), (dir / "big.jsonl").string()}, dir / "first.log");
    auto deadline = std::chrono::steady_clock::now() + kDeadline;
    while (!fs::exists(dir / "db.lock") && std::chrono::steady_clock::now() < deadline) {
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
    ASSERT_TRUE(first.running());
    ProcessResult second = run_indexer(db, {(dir / "big.jsonl").string()});
    EXPECT_EQ(second.exit_status, 3);
    EXPECT_NE(second.err.find("another indexer is running on " + db.string() + " (lock " + db.string() + ".lock)"),
              std::string::npos)
        << second.err;
}
