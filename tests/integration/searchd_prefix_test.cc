// Search as you type (prefix=1) and the reader-facing shape of hits (title_html, key order), end to
// end: the real indexer builds the index, the real searchd answers over HTTP.
#include <gtest/gtest.h>

#include <algorithm>

#include "integration/support/served_index.h"

using namespace vnsearch::testing;
using nlohmann::json;

namespace {

std::vector<json> articles() {
    return {
        {{"id", "daihoi"}, {"title", "Đại hội Đảng bộ quận Đống Đa"}, {"date", "2020-10-08"},
         {"body", "Quận ủy Đống Đa tổ chức Đại hội Đảng bộ quận lần thứ XXVIII, nhiệm kỳ 2020-2025."}},
        {{"id", "daihoc"}, {"title", "Đại học Quốc gia tuyển sinh"}, {"date", "2020-06-01"},
         {"body", "Các trường đại học công bố điểm chuẩn năm nay."}},
        {{"id", "bantin"}, {"title", "Bản tin thời sự buổi sáng"}, {"date", "2021-01-02"},
         {"body", "Bản tin tổng hợp các tin tức trong ngày."}},
        {{"id", "tinhthan"}, {"title", "Tinh thần đoàn kết của người dân"}, {"date", "2021-01-03"},
         {"body", "Người dân thể hiện tinh thần đoàn kết, tương trợ lẫn nhau."}},
        {{"id", "hostile"}, {"title", "<img src=x onerror=alert(1)> Đại hội <script>alert(2)</script>"},
         {"date", "2021-02-01"}, {"body", "Bài viết có <b>mã</b> độc về đại hội & hội nghị."}},
    };
}

class SearchdPrefix : public ::testing::Test {
protected:
    void SetUp() override {
        if (!served_) served_ = ServedIndex::of_jsonl(articles());
    }
    static void TearDownTestSuite() { served_.reset(); }

    static json search(httplib::Params params) { return served_->searchd->get_json("/search", params).body; }

    static std::vector<std::string> ids(const json& body) {
        std::vector<std::string> list;
        for (const auto& hit : body["hits"]) list.push_back(hit["id"]);
        return list;
    }

    static bool has(const std::vector<std::string>& list, const std::string& id) {
        return std::find(list.begin(), list.end(), id) != list.end();
    }

    static std::unique_ptr<ServedIndex> served_;
};

std::unique_ptr<ServedIndex> SearchdPrefix::served_;

}  // namespace

TEST_F(SearchdPrefix, AWordBeingTypedFindsItsCompletionsWithAndWithoutMarks) {
    for (const char* typed : {"dai ho", "đại hộ", "Đại hộ", "dai h"}) {
        auto found = ids(search({{"q", typed}, {"prefix", "1"}}));
        EXPECT_TRUE(has(found, "daihoi")) << typed;
        EXPECT_TRUE(has(found, "daihoc")) << typed;
    }
    // Without prefix=1, "ho" is a whole word that none of them holds.
    EXPECT_FALSE(has(ids(search({{"q", "ho"}})), "daihoi"));
    EXPECT_TRUE(has(ids(search({{"q", "ho"}, {"prefix", "1"}})), "daihoi"));
}

TEST_F(SearchdPrefix, TheWholeWordAsTypedRanksAboveItsCompletions) {
    auto found = ids(search({{"q", "tin"}, {"prefix", "1"}}));
    ASSERT_TRUE(has(found, "bantin"));
    ASSERT_TRUE(has(found, "tinhthan")) << "'tinh' completes 'tin'";
    EXPECT_EQ(found.front(), "bantin");
}

TEST_F(SearchdPrefix, ATrailingSpaceEndsTheWord) {
    EXPECT_EQ(ids(search({{"q", "dai ho "}, {"prefix", "1"}})), ids(search({{"q", "dai ho"}})));
}

TEST_F(SearchdPrefix, WithoutPrefixTheAnswerIsUnchanged) {
    for (const char* q : {"đại hội", "dai hoi dang", "tin", "\"bản tin\"", "tinh -doan"}) {
        json plain = search({{"q", q}});
        json off = search({{"q", q}, {"prefix", "0"}});
        plain.erase("took_ms");
        off.erase("took_ms");
        EXPECT_EQ(plain, off) << q;
    }
}

TEST_F(SearchdPrefix, SnippetsAndTitlesMarkTheCompletions) {
    json body = search({{"q", "dai ho"}, {"prefix", "1"}});
    for (const auto& hit : body["hits"]) {
        if (hit["id"] != "daihoi") continue;
        EXPECT_EQ(hit["title_html"], "<mark>Đại hội</mark> Đảng bộ quận Đống Đa");
        EXPECT_NE(hit["snippet"].get<std::string>().find("<mark>Đại hội</mark>"), std::string::npos) << hit["snippet"];
    }
}

TEST_F(SearchdPrefix, OneLetterIsAnswered) {
    json body = search({{"q", "t"}, {"prefix", "1"}});
    EXPECT_TRUE(has(ids(body), "tinhthan")) << body;
}

TEST_F(SearchdPrefix, TitleHtmlIsTheEscapedTitleWithMarks) {
    json body = search({{"q", "đại hội"}});
    bool seen = false;
    for (const auto& hit : body["hits"]) {
        if (hit["id"] != "hostile") continue;
        seen = true;
        std::string html = hit["title_html"];
        EXPECT_EQ(html, "&lt;img src=x onerror=alert(1)&gt; <mark>Đại hội</mark> &lt;script&gt;alert(2)&lt;/script&gt;");
        EXPECT_EQ(hit["title"], articles()[4]["title"]);  // the plain title stays as stored
    }
    EXPECT_TRUE(seen);
}

TEST_F(SearchdPrefix, KeysComeInAReadersOrder) {
    auto response = served_->searchd->client().Get("/search?q=dai+hoi");
    ASSERT_TRUE(response);
    auto body = nlohmann::ordered_json::parse(response->body);
    std::vector<std::string> keys;
    for (const auto& item : body.items()) keys.push_back(item.key());
    EXPECT_EQ(keys, (std::vector<std::string>{"total", "page", "per_page", "took_ms", "hits", "facets"}));
    std::vector<std::string> hit_keys;
    for (const auto& item : body["hits"][0].items()) hit_keys.push_back(item.key());
    EXPECT_EQ(hit_keys, (std::vector<std::string>{"id", "title", "title_html", "url", "date", "source", "orgs",
                                                  "category", "score", "snippet"}));
}

TEST_F(SearchdPrefix, ABadPrefixValueIsA400) {
    JsonResponse response = served_->searchd->get_json("/search", {{"q", "x"}, {"prefix", "yes"}});
    EXPECT_EQ(response.status, 400);
    EXPECT_NE(response.body.value("error", "").find("prefix"), std::string::npos) << response.body;
}
