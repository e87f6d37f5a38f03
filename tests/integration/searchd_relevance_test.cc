// Vietnamese relevance through the real indexer and searchd: exact marks over folded ones, adjacent
// syllables over scattered ones, mixed-marks queries, and the query operators.
#include <gtest/gtest.h>

#include <set>

#include "integration/support/index_jsonl.h"
#include "integration/support/searchd_process.h"
#include "integration/support/served_index.h"
#include "integration/support/temp_dir.h"

using namespace vnsearch::testing;
using nlohmann::json;

namespace {

using Ids = std::vector<std::string>;

std::vector<json> articles() {
    auto a = [](std::string id, std::string title, std::string body, std::string category = "Tin") {
        return json{{"id", id}, {"title", title}, {"body", body}, {"date", "2021-01-01"}, {"category", category}};
    };
    return {
        a("road", "Con đường mới", "Con đường mới mở qua phố cổ."),
        a("sea", "Con dương mới", "Con dương mới mở qua phố cổ."),
        a("adjacent", "Tin phường", "Hôm nay đại hội đảng bộ phường diễn ra tại nhà văn hóa lớn."),
        a("scattered", "Tin phường", "Hôm nay đảng viên đại diện phường hội ý tại nhà văn hóa lớn."),
        a("milk", "Vinamilk lọt top thương hiệu", "Sữa Vinamilk xuất khẩu sang châu Á.", "Kinh doanh"),
        a("noodle", "Masan mua lại chuỗi bán lẻ", "Masan và mì gói bán chạy.", "Kinh doanh"),
    };
}

class SearchdRelevance : public ::testing::Test {
protected:
    void SetUp() override {
        if (!served_) served_ = ServedIndex::of_jsonl(articles());
    }
    static void TearDownTestSuite() { served_.reset(); }

    Ids ids(const std::string& q) {
        JsonResponse response = served_->searchd->get_json("/search", {{"q", q}, {"facets", ""}});
        EXPECT_EQ(response.status, 200) << q << ": " << response.body;
        Ids found;
        for (const auto& hit : response.body["hits"]) found.push_back(hit["id"]);
        return found;
    }
    std::set<std::string> id_set(const std::string& q) {
        Ids found = ids(q);
        return {found.begin(), found.end()};
    }

    static std::unique_ptr<ServedIndex> served_;
};

std::unique_ptr<ServedIndex> SearchdRelevance::served_;

}  // namespace

TEST_F(SearchdRelevance, ExactMarksRankAboveFoldedMatches) {
    EXPECT_EQ(ids("đường"), (Ids{"road", "sea"}));
    EXPECT_EQ(ids("dương"), (Ids{"sea", "road"}));
    EXPECT_EQ(id_set("duong"), (std::set<std::string>{"road", "sea"}));
}

TEST_F(SearchdRelevance, AdjacentSyllablesRankAboveScatteredOnes) {
    EXPECT_EQ(ids("đại hội đảng phường"), (Ids{"adjacent", "scattered"}));
    EXPECT_EQ(ids("dai hoi dang phuong"), (Ids{"adjacent", "scattered"}));
}

TEST_F(SearchdRelevance, MixedMarksQueriesWork) {
    EXPECT_EQ(ids("đại hoi dang phường").front(), "adjacent");
    EXPECT_EQ(ids("con ĐƯỜNG moi").front(), "road");
}

TEST_F(SearchdRelevance, Operators) {
    EXPECT_EQ(ids("\"hoi dang bo\""), (Ids{"adjacent"}));
    EXPECT_EQ(ids("\"con đường\""), (Ids{"road"}));
    EXPECT_EQ(ids("con -đường"), (Ids{"sea"}));
    EXPECT_EQ(id_set("vinamilk OR masan"), (std::set<std::string>{"milk", "noodle"}));
    EXPECT_EQ(ids("title:vinamilk"), (Ids{"milk"}));
    EXPECT_EQ(ids("title:sữa"), Ids{});
    EXPECT_EQ(ids("masan category:\"kinh doanh\""), (Ids{"noodle"}));
    EXPECT_EQ(ids("phố category:\"kinh doanh\""), Ids{});
}
