// searchd under database faults (issue 11): a corrupt database is refused at start with a message and
// exit 2; a database removed under a running searchd is reported, searchd keeps serving what it has
// open, and picks up the database that replaces it.
#include <gtest/gtest.h>

#include <chrono>
#include <fstream>
#include <thread>

#include "integration/support/index_jsonl.h"
#include "integration/support/process.h"
#include "integration/support/searchd_process.h"
#include "integration/support/temp_dir.h"

using namespace vnsearch::testing;
namespace fs = std::filesystem;

namespace {

fs::path index_articles(const fs::path& db, int count) {
    std::vector<nlohmann::json> articles;
    for (int i = 0; i < count; ++i) {
        articles.push_back({{"id", "a" + std::to_string(i)}, {"title", "Tin số " + std::to_string(i)}, {"body", "Nội dung bài."}});
    }
    ProcessResult indexed = index_jsonl(db, articles);
    if (indexed.exit_status != 0) throw std::runtime_error("indexer failed: " + indexed.err);
    return db;
}

// Polls /health until `documents` is `expected` (the watcher checks about once a second).
bool serves_documents(SearchdProcess& searchd, int expected) {
    auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(20);  // a hang guard
    while (std::chrono::steady_clock::now() < deadline) {
        auto health = searchd.get_json("/health");
        if (health.status == 200 && health.body.value("documents", -1) == expected) return true;
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
    }
    return false;
}

}  // namespace

TEST(SearchdFaults, CorruptDatabaseIsRefusedAtStartWithExitTwo) {
    TempDir dir;
    fs::path db = index_articles(dir / "db", 3);
    for (const auto& entry : fs::directory_iterator(db)) {
        if (entry.path().extension() != ".glass") continue;
        std::ofstream(entry.path(), std::ios::binary | std::ios::trunc) << std::string(8192, '\x5a');
    }
    ProcessResult result = run_process({VNSEARCH_SEARCHD_BIN, "--db", db.string(), "--listen",
                                        "127.0.0.1:" + std::to_string(free_loopback_port())},
                                       {}, std::chrono::seconds(60));
    EXPECT_EQ(result.exit_status, 2) << result.out << result.err;
    EXPECT_NE((result.out + result.err).find(db.string()), std::string::npos) << result.out << result.err;
}

TEST(SearchdFaults, DatabaseRemovedIsReportedServedFromWhatIsOpenAndReplacementPickedUp) {
    TempDir dir;
    fs::path db = index_articles(dir / "db", 3);
    SearchdProcess searchd(db);
    ASSERT_TRUE(serves_documents(searchd, 3));

    fs::remove_all(db);
    std::this_thread::sleep_for(std::chrono::milliseconds(1500));  // past a watcher check
    for (int i = 0; i < 5; ++i) {
        auto found = searchd.get_json("/search", {{"q", "tin"}});
        EXPECT_EQ(found.status, 200) << found.body.dump();
        EXPECT_EQ(found.body.value("total", -1), 3) << found.body.dump();
    }
    EXPECT_NE(searchd.log().find("cannot check the database"), std::string::npos) << searchd.log();

    index_articles(db, 5);  // a new database in its place
    EXPECT_TRUE(serves_documents(searchd, 5)) << searchd.log();
    EXPECT_EQ(searchd.get_json("/search", {{"q", "tin"}}).body.value("total", -1), 5);
    EXPECT_NE(searchd.log().find("readable again"), std::string::npos) << searchd.log();
}
