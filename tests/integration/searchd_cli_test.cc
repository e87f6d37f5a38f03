// searchd as a program: exit statuses for a missing database and a busy port, clean shutdown on
// SIGTERM and SIGINT.
#include <gtest/gtest.h>

#include <signal.h>

#include "integration/support/index_jsonl.h"
#include "integration/support/process.h"
#include "integration/support/searchd_process.h"
#include "integration/support/temp_dir.h"

using namespace vnsearch::testing;

namespace {

std::filesystem::path small_index(const TempDir& dir) {
    std::filesystem::path db = dir / "db";
    ProcessResult indexed = index_jsonl(db, {{{"id", "a"}, {"title", "Tin"}, {"body", "Nội dung."}}});
    if (indexed.exit_status != 0) throw std::runtime_error("indexer failed: " + indexed.err);
    return db;
}

}  // namespace

TEST(SearchdCli, MissingDatabaseExitsWith2AndSaysWhich) {
    ProcessResult result = run_process({VNSEARCH_SEARCHD_BIN, "--db", "/nonexistent/vnsearch-db", "--listen",
                                        "127.0.0.1:" + std::to_string(free_loopback_port())});
    EXPECT_EQ(result.exit_status, 2);
    EXPECT_NE((result.out + result.err).find("/nonexistent/vnsearch-db"), std::string::npos) << result.out << result.err;
}

TEST(SearchdCli, BusyPortExitsWith2AndSaysWhich) {
    TempDir dir;
    auto db = small_index(dir);
    SearchdProcess first(db);
    std::string address = "127.0.0.1:" + std::to_string(first.port());
    ProcessResult second = run_process({VNSEARCH_SEARCHD_BIN, "--db", db.string(), "--listen", address});
    EXPECT_EQ(second.exit_status, 2);
    EXPECT_NE((second.out + second.err).find(address), std::string::npos) << second.out << second.err;
}

TEST(SearchdCli, BadListenAddressIsAUsageError) {
    ProcessResult result = run_process({VNSEARCH_SEARCHD_BIN, "--db", "x", "--listen", "localhost"});
    EXPECT_EQ(result.exit_status, 2);
    ProcessResult no_db = run_process({VNSEARCH_SEARCHD_BIN});
    EXPECT_EQ(no_db.exit_status, 2);
}

TEST(SearchdCli, StopsCleanlyOnSigtermAndSigint) {
    TempDir dir;
    auto db = small_index(dir);
    for (int signal_number : {SIGTERM, SIGINT}) {
        SearchdProcess searchd(db);
        EXPECT_EQ(searchd.get_json("/health").status, 200);
        searchd.signal(signal_number);
        EXPECT_EQ(searchd.stop(), 0) << searchd.log();
    }
}

TEST(SearchdCli, RankingBm25MatchesTheSameArticlesWithoutTheProximityWeight) {
    TempDir dir;
    std::filesystem::path db = dir / "db";
    ProcessResult indexed = index_jsonl(db, {{{"id", "adjacent"}, {"title", "Tin"}, {"body", "Đại hội Đảng bộ quận."}},
                                             {{"id", "scattered"}, {"title", "Tin"}, {"body", "Đảng viên dự hội thảo lớn."}}});
    ASSERT_EQ(indexed.exit_status, 0) << indexed.err;
    SearchdProcess proximity(db);
    SearchdProcess bm25(db, {"--ranking", "bm25"});
    auto ask = [](SearchdProcess& searchd) { return searchd.get_json("/search", {{"q", "hội đảng"}, {"facets", ""}}); };
    JsonResponse boosted = ask(proximity), plain = ask(bm25);
    ASSERT_EQ(boosted.status, 200);
    ASSERT_EQ(plain.status, 200);
    EXPECT_EQ(boosted.body["total"], 2);
    EXPECT_EQ(plain.body["total"], 2);
    EXPECT_EQ(boosted.body["hits"][0]["id"], "adjacent");
    auto score_of = [](const JsonResponse& response, const std::string& id) {
        for (const auto& hit : response.body["hits"]) {
            if (hit["id"] == id) return hit["score"].get<double>();
        }
        return -1.0;
    };
    // "đảng" and "hội" stand side by side only in "adjacent": only its score carries the bigram boost.
    EXPECT_GT(score_of(boosted, "adjacent"), score_of(plain, "adjacent"));
    EXPECT_DOUBLE_EQ(score_of(boosted, "scattered"), score_of(plain, "scattered"));
}

TEST(SearchdCli, UnknownRankingIsAUsageError) {
    TempDir dir;
    auto db = small_index(dir);
    ProcessResult result = run_process({VNSEARCH_SEARCHD_BIN, "--db", db.string(), "--ranking", "fancy"});
    EXPECT_EQ(result.exit_status, 2);
    EXPECT_NE((result.out + result.err).find("ranking"), std::string::npos) << result.out << result.err;
}

TEST(SearchdCli, ACountBudgetOutOfRangeIsAUsageError) {
    TempDir dir;
    auto db = small_index(dir);
    for (const char* budget : {"0", "-4", "soon"}) {
        ProcessResult result = run_process({VNSEARCH_SEARCHD_BIN, "--db", db.string(), "--count-budget-ms", budget});
        EXPECT_EQ(result.exit_status, 2) << budget;
        EXPECT_NE((result.out + result.err).find("count-budget-ms"), std::string::npos) << result.out << result.err;
    }
}
