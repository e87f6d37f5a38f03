// Issue 5: searchd keeps serving while the indexer adds a nightly batch, and the new articles appear
// without a restart; a --rebuild swapped in under it is picked up too.
#include <gtest/gtest.h>

#include <chrono>
#include <fstream>
#include <thread>

#include "integration/support/index_jsonl.h"
#include "integration/support/searchd_process.h"
#include "integration/support/temp_dir.h"

using namespace vnsearch::testing;
namespace fs = std::filesystem;

namespace {

// A waiting limit, not a timing assertion: searchd promises to notice "within a few seconds".
constexpr auto kPickupDeadline = std::chrono::seconds(30);

void write_batch(const fs::path& path, const std::string& prefix, int count, const std::string& word) {
    std::ofstream out(path);
    for (int i = 0; i < count; ++i) {
        nlohmann::json article = {{"id", prefix + std::to_string(i)},
                                  {"title", "Tin " + word + " số " + std::to_string(i)},
                                  {"date", "2021-03-0" + std::to_string(1 + i % 9)},
                                  {"body", "Phường tổ chức hoạt động " + word + " cho bà con khu phố."}};
        out << article.dump() << "\n";
    }
}

// Polls until `done(body)` holds for GET path?params, or the deadline passes; returns the last body.
nlohmann::json wait_for(SearchdProcess& searchd, const std::string& path, const httplib::Params& params,
                        const std::function<bool(const nlohmann::json&)>& done) {
    auto deadline = std::chrono::steady_clock::now() + kPickupDeadline;
    nlohmann::json body;
    while (std::chrono::steady_clock::now() < deadline) {
        auto response = searchd.get_json(path, params);
        EXPECT_EQ(response.status, 200) << response.body.dump();
        body = response.body;
        if (done(body)) break;
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
    }
    return body;
}

}  // namespace

TEST(IndexerLivePickup, NewArticlesAppearWithoutRestartingSearchd) {
    TempDir dir;
    fs::path db = dir / "db";
    write_batch(dir / "night1.jsonl", "n1-", 20, "dọnvệsinh");
    ASSERT_EQ(run_indexer(db, {(dir / "night1.jsonl").string()}).exit_status, 0);

    SearchdProcess searchd(db);
    auto health = searchd.get_json("/health");
    ASSERT_EQ(health.status, 200);
    EXPECT_EQ(health.body["documents"], 20);
    EXPECT_EQ(searchd.get_json("/search", {{"q", "trồngcây"}}).body["total"], 0);

    write_batch(dir / "night2.jsonl", "n2-", 15, "trồngcây");
    auto second = run_indexer(db, {dir.path().string()});  // the whole folder: night1 is unchanged
    ASSERT_EQ(second.exit_status, 0) << second.err;
    EXPECT_NE(second.out.find("indexed 15 new, 0 updated, 20 unchanged"), std::string::npos) << second.out;

    auto found = wait_for(searchd, "/search", {{"q", "trồngcây"}}, [](const auto& b) { return b["total"] == 15; });
    EXPECT_EQ(found["total"], 15) << searchd.log();
    health = searchd.get_json("/health");
    EXPECT_EQ(health.body["documents"], 35);
    EXPECT_EQ(searchd.get_json("/articles/n2-3").status, 200);
}

TEST(IndexerLivePickup, ARebuildSwappedInIsServedWithoutRestart) {
    TempDir dir;
    fs::path db = dir / "db";
    write_batch(dir / "old.jsonl", "old-", 10, "bảnxưa");
    ASSERT_EQ(run_indexer(db, {(dir / "old.jsonl").string()}).exit_status, 0);
    SearchdProcess searchd(db);
    ASSERT_EQ(searchd.get_json("/search", {{"q", "bảnxưa"}}).body["total"], 10);

    write_batch(dir / "new.jsonl", "new-", 7, "bảnmới");
    auto rebuilt = run_indexer(db, {"--rebuild", (dir / "new.jsonl").string()});
    ASSERT_EQ(rebuilt.exit_status, 0) << rebuilt.err;

    auto found = wait_for(searchd, "/search", {{"q", "bảnmới"}}, [](const auto& b) { return b["total"] == 7; });
    EXPECT_EQ(found["total"], 7) << searchd.log();
    EXPECT_EQ(searchd.get_json("/search", {{"q", "bảnxưa"}}).body["total"], 0);
    EXPECT_EQ(searchd.get_json("/health").body["documents"], 7);
}
