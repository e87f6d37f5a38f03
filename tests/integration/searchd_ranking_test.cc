// Ranking on real news: the seed article indexed among a slice of the dantri corpus must come
// first for its headline words, typed with marks, without them, or mixed.
#include <gtest/gtest.h>

#include <fstream>

#include "integration/support/corpus.h"
#include "integration/support/index_jsonl.h"
#include "integration/support/searchd_process.h"
#include "integration/support/served_index.h"
#include "integration/support/temp_dir.h"

using namespace vnsearch::testing;

namespace {

constexpr const char* kSeedId = "000_1c149590d83d7c3a";
constexpr std::size_t kSliceSize = 300;

class SeedAmongDantri : public ::testing::Test {
protected:
    void SetUp() override {
        auto shared = shared_dir();
        if (!shared) GTEST_SKIP() << "VNSEARCH_SHARED_DIR is absent: no corpus to rank against";
        if (!served_) {
            auto served = std::make_unique<ServedIndex>();
            auto slice = read_jsonl_gz_head(*shared / "corpus" / "dantri.jsonl.gz", kSliceSize);
            ProcessResult indexed = index_jsonl(served->db(), slice);
            ASSERT_EQ(indexed.exit_status, 0) << indexed.err;
            std::string seed = (*shared / "seed" / (std::string(kSeedId) + ".txt")).string();
            indexed = run_indexer(served->db(), {seed});
            ASSERT_EQ(indexed.exit_status, 0) << indexed.err;
            served->serve();
            served_ = std::move(served);
        }
        searchd_ = served_->searchd.get();
    }
    static void TearDownTestSuite() { served_.reset(); }

    std::string first_hit(const std::string& q) {
        JsonResponse response = searchd_->get_json("/search", {{"q", q}});
        EXPECT_EQ(response.status, 200) << response.body;
        if (response.body["hits"].empty()) return "";
        return response.body["hits"][0]["id"];
    }

    static std::unique_ptr<ServedIndex> served_;
    SearchdProcess* searchd_ = nullptr;
};

std::unique_ptr<ServedIndex> SeedAmongDantri::served_;

}  // namespace

TEST_F(SeedAmongDantri, IndexHoldsTheSliceAndTheSeed) {
    EXPECT_EQ(searchd_->get_json("/health").body["documents"], kSliceSize + 1);
}

TEST_F(SeedAmongDantri, SeedComesFirstWithMarks) { EXPECT_EQ(first_hit("đại hội đảng"), kSeedId); }

TEST_F(SeedAmongDantri, SeedComesFirstWithoutMarks) { EXPECT_EQ(first_hit("dai hoi dang"), kSeedId); }

TEST_F(SeedAmongDantri, SeedComesFirstWithMixedMarks) { EXPECT_EQ(first_hit("đại hoi dang"), kSeedId); }

TEST_F(SeedAmongDantri, SeedIsServedWhole) {
    JsonResponse article = searchd_->get_json(std::string("/articles/") + kSeedId);
    ASSERT_EQ(article.status, 200);
    EXPECT_EQ(article.body["date"], "2020-10-08");
    EXPECT_EQ(article.body["views"], 63);
    EXPECT_EQ(article.body["category"], "TIN TỨC HOẠT ĐỘNG");
}

TEST_F(SeedAmongDantri, SuggestsTheCommonMarkingForTheSeedsTypo) {
    // The seed writes "tồ chức" (sic) twice; the dantri slice writes "tổ chức" throughout.
    JsonResponse response = searchd_->get_json("/search", {{"q", "tồ chức đại hội"}});
    ASSERT_EQ(response.status, 200);
    EXPECT_EQ(response.body.value("suggestion", ""), "tổ chức đại hội");
    EXPECT_FALSE(searchd_->get_json("/search", {{"q", "tổ chức đại hội"}}).body.contains("suggestion"));
}
