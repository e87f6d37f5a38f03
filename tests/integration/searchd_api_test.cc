// The REST contract of searchd, end to end: the real indexer builds the index, the real searchd
// serves it on a free loopback port, and the tests speak HTTP to it.
#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <set>

#include "integration/support/index_jsonl.h"
#include "integration/support/searchd_process.h"
#include "integration/support/served_index.h"
#include "integration/support/temp_dir.h"

using namespace vnsearch::testing;
using nlohmann::json;

namespace {

std::vector<json> articles() {
    return {
        {{"id", "dh1"}, {"url", "https://example.vn/dh1"}, {"title", "Đại hội Đảng bộ quận Đống Đa"},
         {"date", "2020-10-08"}, {"body", "Quận ủy Đống Đa tổ chức Đại hội Đảng bộ quận lần thứ XXVIII."},
         {"source", "Ban Tuyên giáo Quận ủy"}, {"category", "Thời sự"}, {"views", 63}},
        // A syndicated copy of dh1 (same body, so the same near-duplicate key), a day later elsewhere.
        {{"id", "dh1-copy"}, {"url", "https://other.vn/dh1"}, {"title", "Đại hội Đảng bộ quận Đống Đa"},
         {"date", "2020-10-09"}, {"body", "Quận ủy Đống Đa tổ chức Đại hội Đảng bộ quận lần thứ XXVIII."},
         {"category", "Báo khác"}},
        {{"id", "dh2"}, {"url", "https://example.vn/dh2"}, {"title", "Hội nghị tổng kết công tác đảng"},
         {"date", "2020-10-20"}, {"body", "Ban Thường vụ Quận ủy tổng kết công tác đại hội đảng cấp cơ sở."},
         {"category", "Thời sự"}},
        {{"id", "ck"}, {"url", "https://example.vn/ck"}, {"title", "Chứng khoán tăng điểm"},
         {"date", "2020-11-02"}, {"body", "Thị trường chứng khoán tăng điểm mạnh, đảng viên cũng đầu tư."},
         {"category", "Kinh doanh"}},
        {{"id", "xss"}, {"url", "https://example.vn/xss"}, {"title", "Bài có mã độc"},
         {"date", "2021-01-05"}, {"body", "Đoạn văn <script>alert('đại hội')</script> & <b>đậm</b> về đại hội."},
         {"category", "Kinh doanh"}},
        {{"id", "nodate"}, {"url", "https://example.vn/nodate"}, {"title", "Bài không ngày"},
         {"body", "Một bài viết về đại hội không có ngày đăng."}, {"category", "Thời sự"}},
    };
}

// One index and one searchd for the whole suite: they are read-only for these tests.
class SearchdApi : public ::testing::Test {
protected:
    void SetUp() override {
        if (!served_) served_ = ServedIndex::of_jsonl(articles());
        searchd_ = served_->searchd.get();
    }
    static void TearDownTestSuite() { served_.reset(); }

    JsonResponse search(const httplib::Params& params) { return searchd_->get_json("/search", params); }

    static std::unique_ptr<ServedIndex> served_;
    SearchdProcess* searchd_ = nullptr;
};

std::unique_ptr<ServedIndex> SearchdApi::served_;

std::vector<std::string> hit_ids(const json& body) {
    std::vector<std::string> ids;
    for (const auto& hit : body["hits"]) ids.push_back(hit["id"]);
    return ids;
}

}  // namespace

TEST_F(SearchdApi, HealthReportsDocumentsAndRevision) {
    JsonResponse health = searchd_->get_json("/health");
    EXPECT_EQ(health.status, 200);
    EXPECT_EQ(health.body["status"], "ok");
    EXPECT_EQ(health.body["documents"], articles().size());
    EXPECT_GE(health.body["revision"].get<int>(), 1);
}

TEST_F(SearchdApi, SearchAnswersInTheContractShape) {
    JsonResponse response = search({{"q", "đại hội đảng"}});
    ASSERT_EQ(response.status, 200);
    EXPECT_NE(response.content_type.find("application/json"), std::string::npos);
    const json& body = response.body;
    for (const char* key : {"total", "page", "per_page", "took_ms", "hits", "facets"}) {
        EXPECT_TRUE(body.contains(key)) << key;
    }
    EXPECT_EQ(body["page"], 1);
    EXPECT_EQ(body["per_page"], 10);
    ASSERT_FALSE(body["hits"].empty());
    const json& hit = body["hits"][0];
    EXPECT_EQ(hit["id"], "dh1");
    for (const char* key : {"id", "title", "url", "date", "source", "orgs", "category", "score", "snippet"}) {
        EXPECT_TRUE(hit.contains(key)) << key;
    }
    EXPECT_EQ(hit["date"], "2020-10-08");
    EXPECT_NE(hit["snippet"].get<std::string>().find("<mark>Đại hội Đảng</mark>"), std::string::npos) << hit["snippet"];
    for (const char* facet : {"date", "org", "category"}) EXPECT_TRUE(body["facets"].contains(facet)) << facet;
}

TEST_F(SearchdApi, FoldedQueryFindsTheSameArticleFirst) {
    EXPECT_EQ(hit_ids(search({{"q", "dai hoi dang"}}).body).front(), "dh1");
    EXPECT_EQ(hit_ids(search({{"q", "đại hoi dang"}}).body).front(), "dh1");
}

TEST_F(SearchdApi, EmptyQueryListsEverythingNewestFirstUndatedLast) {
    JsonResponse response = search({{"q", ""}, {"facets", ""}});
    ASSERT_EQ(response.status, 200);
    EXPECT_EQ(hit_ids(response.body), (std::vector<std::string>{"xss", "ck", "dh2", "dh1-copy", "dh1", "nodate"}));
    EXPECT_EQ(response.body["facets"], json::object());
}

TEST_F(SearchdApi, SnippetsEscapeTheArticlesMarkup) {
    JsonResponse response = search({{"q", "mã độc đại hội"}, {"category", "Kinh doanh"}});
    ASSERT_EQ(response.status, 200);
    ASSERT_EQ(hit_ids(response.body), std::vector<std::string>{"xss"});
    std::string snippet = response.body["hits"][0]["snippet"];
    EXPECT_EQ(snippet.find("<script"), std::string::npos) << snippet;
    EXPECT_EQ(snippet.find("<b>"), std::string::npos) << snippet;
    EXPECT_NE(snippet.find("&lt;script&gt;"), std::string::npos) << snippet;
    EXPECT_NE(snippet.find("&amp;"), std::string::npos) << snippet;
    EXPECT_NE(snippet.find("<mark>đại hội</mark>"), std::string::npos) << snippet;
}

TEST_F(SearchdApi, FacetCountsMatchCountsComputedHere) {
    JsonResponse response = search({{"q", "dai hoi"}, {"per_page", "1"}});
    ASSERT_EQ(response.status, 200);
    // Every match, one page at a time is not needed: per_page=100 lists them all.
    JsonResponse all = search({{"q", "dai hoi"}, {"per_page", "100"}, {"facets", ""}});
    std::set<std::string> matching;
    for (const auto& hit : all.body["hits"]) matching.insert(hit["id"]);
    EXPECT_EQ(response.body["total"], matching.size());

    std::map<std::string, int> categories, months, orgs;
    for (const auto& article : articles()) {
        if (!matching.count(article["id"])) continue;
        ++categories[article["category"]];
        if (article.contains("date")) ++months[article["date"].get<std::string>().substr(0, 7)];
        // Organizations come from the stored article: the indexer extracts them from the text.
        JsonResponse stored = searchd_->get_json("/articles/" + article["id"].get<std::string>());
        for (const auto& org : stored.body["orgs"]) ++orgs[org];
    }
    auto as_map = [](const json& facet) {
        std::map<std::string, int> counts;
        for (const auto& value : facet) counts[value["value"]] = value["count"];
        return counts;
    };
    const json& facets = response.body["facets"];
    EXPECT_EQ(as_map(facets["category"]), categories);
    EXPECT_EQ(as_map(facets["date"]), months);
    EXPECT_EQ(as_map(facets["org"]), orgs);
    // Most frequent first; dates in calendar order.
    for (std::size_t i = 1; i < facets["category"].size(); ++i) {
        EXPECT_GE(facets["category"][i - 1]["count"], facets["category"][i]["count"]);
    }
    for (std::size_t i = 1; i < facets["date"].size(); ++i) {
        EXPECT_LT(facets["date"][i - 1]["value"], facets["date"][i]["value"]);
    }
}

TEST_F(SearchdApi, FiltersAndDateSorting) {
    JsonResponse response = search({{"q", "dang"},
                                    {"category", "Thời sự"},
                                    {"date_from", "2020-10-01"},
                                    {"date_to", "2020-10-31"},
                                    {"sort", "date_asc"}});
    ASSERT_EQ(response.status, 200);
    EXPECT_EQ(hit_ids(response.body), (std::vector<std::string>{"dh1", "dh2"}));
}

TEST_F(SearchdApi, ArticleByIdIsTheWholeStoredArticle) {
    JsonResponse response = searchd_->get_json("/articles/dh1");
    ASSERT_EQ(response.status, 200);
    const json& article = response.body;
    EXPECT_EQ(article["id"], "dh1");
    EXPECT_EQ(article["url"], "https://example.vn/dh1");
    EXPECT_EQ(article["title"], "Đại hội Đảng bộ quận Đống Đa");
    EXPECT_EQ(article["date"], "2020-10-08");
    EXPECT_EQ(article["source"], "Ban Tuyên giáo Quận ủy");
    EXPECT_EQ(article["category"], "Thời sự");
    EXPECT_EQ(article["views"], 63);
    EXPECT_TRUE(article["orgs"].is_array());
    EXPECT_EQ(article["body"], "Quận ủy Đống Đa tổ chức Đại hội Đảng bộ quận lần thứ XXVIII.");
}

TEST_F(SearchdApi, MissingArticleAndUnknownPathAreJson404s) {
    for (const char* path : {"/articles/no-such-id", "/nowhere", "/search/extra"}) {
        JsonResponse response = searchd_->get_json(path);
        EXPECT_EQ(response.status, 404) << path;
        EXPECT_TRUE(response.body.contains("error")) << path << ": " << response.body;
    }
}

TEST_F(SearchdApi, BadParametersAreJson400sThatNameTheParameter) {
    const std::vector<std::pair<std::string, std::string>> bad = {
        {"page", "abc"},       {"page", "0"},          {"per_page", "101"},   {"sort", "newest"},
        {"date_from", "2020-13-01"}, {"date_to", "31/02/2020"}, {"facets", "people"}, {"facet_size", "1000"},
        {"date_interval", "week"}, {"recency", "2"},    {"collapse", "yes"},
    };
    for (const auto& [name, value] : bad) {
        JsonResponse response = search({{"q", "đảng"}, {name, value}});
        EXPECT_EQ(response.status, 400) << name << "=" << value;
        std::string message = response.body.value("error", "");
        EXPECT_NE(message.find(name), std::string::npos) << name << "=" << value << ": " << message;
    }
}

TEST_F(SearchdApi, MalformedQueriesAreSearchedNotRejected) {
    for (const char* q : {"\"đại hội", "đại hội\"", "OR", "- -", "title:", "org:", "\"\"", "-\"", "(((", "a OR OR b",
                          "\xff\xfe invalid utf-8"}) {
        JsonResponse response = search({{"q", q}});
        EXPECT_EQ(response.status, 200) << q << ": " << response.body;
        EXPECT_TRUE(response.body.contains("hits")) << q;
    }
    EXPECT_EQ(hit_ids(search({{"q", "\"đại hội đảng bộ quận"}}).body).front(), "dh1");
}

TEST_F(SearchdApi, CollapseKeepsOneCopyOfAStory) {
    auto ids = hit_ids(search({{"q", "quận ủy đống đa"}}).body);
    EXPECT_EQ(std::count(ids.begin(), ids.end(), "dh1") + std::count(ids.begin(), ids.end(), "dh1-copy"), 2);
    ids = hit_ids(search({{"q", "quận ủy đống đa"}, {"collapse", "1"}}).body);
    EXPECT_EQ(std::count(ids.begin(), ids.end(), "dh1") + std::count(ids.begin(), ids.end(), "dh1-copy"), 1);
}

TEST_F(SearchdApi, RelatedArticlesExcludeTheArticleAndItsCopies) {
    JsonResponse response = searchd_->get_json("/articles/dh1/related");
    ASSERT_EQ(response.status, 200) << response.body;
    EXPECT_EQ(response.body["id"], "dh1");
    auto ids = hit_ids(response.body);
    EXPECT_FALSE(ids.empty());
    EXPECT_EQ(std::count(ids.begin(), ids.end(), "dh1"), 0);
    EXPECT_EQ(std::count(ids.begin(), ids.end(), "dh1-copy"), 0);
    EXPECT_EQ(ids.front(), "dh2");  // the other article about the party congress
    for (const auto& hit : response.body["hits"]) EXPECT_TRUE(hit.contains("snippet"));
}

TEST_F(SearchdApi, RelatedOfAMissingArticleIs404AndBadCountIs400) {
    EXPECT_EQ(searchd_->get_json("/articles/no-such-id/related").status, 404);
    JsonResponse bad = searchd_->get_json("/articles/dh1/related", {{"per_page", "1000"}});
    EXPECT_EQ(bad.status, 400);
    EXPECT_NE(bad.body.value("error", "").find("per_page"), std::string::npos) << bad.body;
}

TEST_F(SearchdApi, FiltersCombineAndAcrossFacetsOrWithinOne) {
    // dh1's source is its text's committee's board ("quận Đống Đa"); dh2 names its board without a place.
    const std::string org_a = "Ban Tuyên giáo Quận ủy Đống Đa", org_b = "Ban Thường vụ Quận ủy";
    // What should match, computed here from the stored articles and the fixture's categories and dates.
    auto expected_for = [&](const std::set<std::string>& orgs) {
        std::set<std::string> expected;
        for (const auto& article : articles()) {
            std::string id = article["id"];
            JsonResponse stored = searchd_->get_json("/articles/" + id);
            bool has_org = std::any_of(stored.body["orgs"].begin(), stored.body["orgs"].end(),
                                       [&](const json& org) { return orgs.count(org.get<std::string>()) > 0; });
            bool in_dates = article.contains("date") && article["date"] >= "2020-10-01" && article["date"] <= "2020-12-31";
            if (has_org && article["category"] == "Thời sự" && in_dates) expected.insert(id);
        }
        return expected;
    };
    auto found_for = [&](httplib::Params params) {
        params.insert({{"category", "Thời sự"}, {"date_from", "2020-10-01"}, {"date_to", "2020-12-31"}, {"facets", ""}});
        JsonResponse response = search(params);
        EXPECT_EQ(response.status, 200) << response.body;
        auto ids = hit_ids(response.body);
        return std::set<std::string>(ids.begin(), ids.end());
    };
    std::set<std::string> either = expected_for({org_a, org_b});
    ASSERT_GE(either.size(), 2u) << "the fixture should give each org its own article";
    EXPECT_EQ(found_for({{"org", org_a}, {"org", org_b}}), either);
    EXPECT_EQ(found_for({{"org", org_a}}), expected_for({org_a}));
    EXPECT_LT(expected_for({org_a}).size(), either.size());
    // Spelling of the filter value does not matter: case and tone placement are normalized.
    EXPECT_EQ(found_for({{"org", "BAN TUYÊN GIÁO QUẬN UỶ ĐỐNG ĐA"}}), expected_for({org_a}));
}
