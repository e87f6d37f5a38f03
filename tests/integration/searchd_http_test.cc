// searchd's HTTP layer, end to end over real HTTP: cross-origin access (CORS), compression, caching
// validators and the files it serves (widget, demo page, OpenAPI description).
#include <gtest/gtest.h>

#include <csignal>
#include <fstream>
#include <sstream>
#include <thread>

#include "integration/support/decompress.h"
#include "integration/support/process.h"
#include "integration/support/served_index.h"

using namespace vnsearch::testing;
using nlohmann::json;

namespace {

constexpr const char* kPortal = "http://portal.example:8081";

std::vector<json> articles() {
    std::vector<json> list;
    // Enough hits with long bodies that a page of results is worth compressing.
    for (int i = 0; i < 12; ++i) {
        std::string n = std::to_string(i);
        list.push_back({{"id", "a" + n},
                        {"title", "Đại hội Đảng bộ phường số " + n},
                        {"date", "2021-03-" + std::string(i < 9 ? "0" : "") + std::to_string(i + 1)},
                        {"body", "Sáng nay, Đảng bộ phường số " + n + " tổ chức Đại hội đại biểu lần thứ " + n +
                                     ", nhiệm kỳ 2020-2025. Đại hội đã thảo luận, thông qua nghị quyết và bầu Ban "
                                     "Chấp hành khóa mới. Phát biểu chỉ đạo, đồng chí Bí thư Quận ủy đề nghị "
                                     "Đảng bộ phường tiếp tục đổi mới phương thức lãnh đạo."},
                        {"category", "Thời sự"}});
    }
    return list;
}

std::string file_text(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

// The body without took_ms, which differs between two answers to the same search.
json without_timing(json body) {
    body.erase("took_ms");
    return body;
}

class SearchdHttp : public ::testing::Test {
protected:
    void SetUp() override {
        if (!served_) {
            served_ = ServedIndex::of_jsonl(articles());
            with_cors_ = std::make_unique<SearchdProcess>(served_->db(), std::vector<std::string>{
                                                                             "--cors-origin", kPortal,
                                                                             "--cors-origin", "http://127.0.0.1:9",
                                                                             "--cache-max-age", "30"});
        }
    }
    static void TearDownTestSuite() {
        with_cors_.reset();
        served_.reset();
    }

    // A raw GET: cpp-httplib's client does not decompress, so the bytes are what searchd sent.
    static httplib::Result get(SearchdProcess& searchd, const std::string& path, const httplib::Headers& headers = {}) {
        httplib::Client client("127.0.0.1", searchd.port());
        client.set_decompress(false);
        return client.Get(path, headers);
    }

    static std::unique_ptr<ServedIndex> served_;
    static std::unique_ptr<SearchdProcess> with_cors_;
};

std::unique_ptr<ServedIndex> SearchdHttp::served_;
std::unique_ptr<SearchdProcess> SearchdHttp::with_cors_;

const std::string kSearch = "/search?q=dai+hoi+dang&per_page=10";

}  // namespace

TEST_F(SearchdHttp, JsonIsServedAsPlainApplicationJson) {
    auto response = get(*served_->searchd, kSearch);
    ASSERT_TRUE(response);
    EXPECT_EQ(response->get_header_value("Content-Type"), "application/json");
}

TEST_F(SearchdHttp, GzipAndBrotliBodiesDecodeToTheSameJson) {
    auto plain = get(*served_->searchd, kSearch);
    auto gzipped = get(*served_->searchd, kSearch, {{"Accept-Encoding", "gzip"}});
    auto brotli = get(*served_->searchd, kSearch, {{"Accept-Encoding", "gzip, deflate, br"}});
    ASSERT_TRUE(plain && gzipped && brotli);
    EXPECT_FALSE(plain->has_header("Content-Encoding"));
    EXPECT_EQ(gzipped->get_header_value("Content-Encoding"), "gzip");
    EXPECT_EQ(brotli->get_header_value("Content-Encoding"), "br");
    for (const auto* response : {&plain.value(), &gzipped.value(), &brotli.value()}) {
        EXPECT_NE(response->get_header_value("Vary").find("Accept-Encoding"), std::string::npos);
    }
    json expected = without_timing(json::parse(plain->body));
    ASSERT_EQ(expected["hits"].size(), 10u);
    EXPECT_EQ(without_timing(json::parse(gunzip(gzipped->body))), expected);
    EXPECT_EQ(without_timing(json::parse(unbrotli(brotli->body))), expected);
    EXPECT_LT(gzipped->body.size() * 2, plain->body.size()) << "gzip " << gzipped->body.size() << " of "
                                                            << plain->body.size() << " bytes";
    EXPECT_LT(brotli->body.size() * 2, plain->body.size());
}

// searchd negotiates the coding itself (cpp-httplib ignored q-values and compressed brotli at quality 11).
TEST_F(SearchdHttp, AcceptEncodingQValuesAreHonoured) {
    auto refused = get(*served_->searchd, kSearch, {{"Accept-Encoding", "gzip;q=0"}});
    auto gzip_only = get(*served_->searchd, kSearch, {{"Accept-Encoding", "br;q=0, gzip"}});
    auto preferred = get(*served_->searchd, kSearch, {{"Accept-Encoding", "br;q=0.4, gzip;q=0.9"}});
    ASSERT_TRUE(refused && gzip_only && preferred);
    EXPECT_FALSE(refused->has_header("Content-Encoding"));
    EXPECT_EQ(json::parse(refused->body)["hits"].size(), 10u);
    for (const auto* response : {&gzip_only.value(), &preferred.value()}) {
        EXPECT_EQ(response->get_header_value("Content-Encoding"), "gzip");
        EXPECT_EQ(response->get_header_value_count("Content-Encoding"), 1u);
        EXPECT_EQ(response->get_header_value("Content-Length"), std::to_string(response->body.size()));
        EXPECT_EQ(json::parse(gunzip(response->body))["hits"].size(), 10u);
    }
    // A static file in brotli is encoded once: it decodes to the file.
    auto page = get(*served_->searchd, "/", {{"Accept-Encoding", "br"}});
    auto plain_page = get(*served_->searchd, "/");
    ASSERT_TRUE(page && plain_page);
    EXPECT_EQ(page->get_header_value("Content-Encoding"), "br");
    EXPECT_EQ(unbrotli(page->body), plain_page->body);
}

TEST_F(SearchdHttp, ErrorsAreCompressedToo) {
    auto response = get(*served_->searchd, "/search?page=zero", {{"Accept-Encoding", "gzip"}});
    ASSERT_TRUE(response);
    EXPECT_EQ(response->status, 400);
    EXPECT_EQ(response->get_header_value("Content-Encoding"), "gzip");
    EXPECT_NE(json::parse(gunzip(response->body)).value("error", "").find("page"), std::string::npos);
}

TEST_F(SearchdHttp, WithoutCorsOptionsNoOriginGetsCorsHeaders) {
    auto response = get(*served_->searchd, kSearch, {{"Origin", kPortal}});
    ASSERT_TRUE(response);
    EXPECT_EQ(response->status, 200);
    EXPECT_FALSE(response->has_header("Access-Control-Allow-Origin"));
    httplib::Client client("127.0.0.1", served_->searchd->port());
    auto preflight = client.Options("/search", {{"Origin", kPortal}, {"Access-Control-Request-Method", "GET"}});
    ASSERT_TRUE(preflight);
    EXPECT_EQ(preflight->status, 403);
    EXPECT_FALSE(preflight->has_header("Access-Control-Allow-Origin"));
    EXPECT_NE(json::parse(preflight->body).value("error", "").find("--cors-origin"), std::string::npos)
        << preflight->body;
}

TEST_F(SearchdHttp, ListedOriginIsAllowedAndOthersGetNothing) {
    auto allowed = get(*with_cors_, kSearch, {{"Origin", kPortal}});
    ASSERT_TRUE(allowed);
    EXPECT_EQ(allowed->get_header_value("Access-Control-Allow-Origin"), kPortal);
    EXPECT_NE(allowed->get_header_value("Access-Control-Expose-Headers").find("ETag"), std::string::npos);
    EXPECT_NE(allowed->get_header_value("Vary").find("Origin"), std::string::npos);

    for (const char* stranger : {"http://evil.example", "http://portal.example:8082", "null"}) {
        auto response = get(*with_cors_, kSearch, {{"Origin", stranger}});
        ASSERT_TRUE(response);
        EXPECT_EQ(response->status, 200) << stranger;  // the browser, not searchd, keeps the page out
        EXPECT_FALSE(response->has_header("Access-Control-Allow-Origin")) << stranger;
        EXPECT_NE(response->get_header_value("Vary").find("Origin"), std::string::npos) << stranger;
    }
    // Error answers carry the header too, so the page can read the message.
    auto bad = get(*with_cors_, "/search?sort=newest", {{"Origin", kPortal}});
    ASSERT_TRUE(bad);
    EXPECT_EQ(bad->status, 400);
    EXPECT_EQ(bad->get_header_value("Access-Control-Allow-Origin"), kPortal);
}

TEST_F(SearchdHttp, PreflightIsAnsweredForListedOriginsOnly) {
    httplib::Client client("127.0.0.1", with_cors_->port());
    auto allowed = client.Options("/search?q=x", {{"Origin", kPortal}, {"Access-Control-Request-Method", "GET"},
                                                   {"Access-Control-Request-Headers", "if-none-match"}});
    ASSERT_TRUE(allowed);
    EXPECT_EQ(allowed->status, 204);
    EXPECT_EQ(allowed->get_header_value("Access-Control-Allow-Origin"), kPortal);
    EXPECT_NE(allowed->get_header_value("Access-Control-Allow-Methods").find("GET"), std::string::npos);
    EXPECT_NE(allowed->get_header_value("Access-Control-Allow-Headers").find("If-None-Match"), std::string::npos);
    EXPECT_EQ(allowed->get_header_value_count("Access-Control-Allow-Origin"), 1u);

    auto refused = client.Options("/search", {{"Origin", "http://evil.example"}, {"Access-Control-Request-Method", "GET"}});
    ASSERT_TRUE(refused);
    EXPECT_EQ(refused->status, 403);
    EXPECT_FALSE(refused->has_header("Access-Control-Allow-Origin"));
    EXPECT_FALSE(refused->has_header("Access-Control-Allow-Methods"));
}

TEST_F(SearchdHttp, AnyOriginWithStar) {
    SearchdProcess searchd(served_->db(), {"--cors-origin", "*"});
    auto response = get(searchd, kSearch, {{"Origin", "http://anywhere.example"}});
    ASSERT_TRUE(response);
    EXPECT_EQ(response->get_header_value("Access-Control-Allow-Origin"), "*");
}

TEST_F(SearchdHttp, MalformedOriginOptionIsAUsageError) {
    for (const char* origin : {"portal.example", "https://portal.example/", "https://Portal.example", "ftp://x"}) {
        ProcessResult result = run_process({VNSEARCH_SEARCHD_BIN, "--db", served_->db().string(), "--cors-origin", origin});
        EXPECT_EQ(result.exit_status, 2) << origin;
        EXPECT_NE(result.err.find("origin"), std::string::npos) << origin << ": " << result.err;
    }
}

TEST_F(SearchdHttp, CacheOptionsOutOfRangeAreUsageErrors) {
    for (const char* option : {"--cache-max-age", "--answer-cache-mb"}) {
        ProcessResult result = run_process({VNSEARCH_SEARCHD_BIN, "--db", served_->db().string(), option, "99999"});
        EXPECT_EQ(result.exit_status, 2) << option;
        EXPECT_NE(result.err.find(option), std::string::npos) << option << ": " << result.err;
    }
}

TEST_F(SearchdHttp, WithoutTheAnswerCacheRepeatsAreAnsweredAlike) {
    SearchdProcess searchd(served_->db(), {"--answer-cache-mb", "0"});
    auto first = get(searchd, kSearch), second = get(searchd, kSearch);
    ASSERT_TRUE(first && second);
    EXPECT_EQ(without_timing(json::parse(first->body)), without_timing(json::parse(second->body)));
}

TEST_F(SearchdHttp, EtagRevalidatesTo304WithoutABody) {
    auto first = get(*with_cors_, kSearch, {{"Origin", kPortal}});
    ASSERT_TRUE(first);
    std::string etag = first->get_header_value("ETag");
    ASSERT_FALSE(etag.empty());
    EXPECT_EQ(first->get_header_value("Cache-Control"), "public, max-age=30");

    auto again = get(*with_cors_, kSearch, {{"Origin", kPortal}, {"If-None-Match", etag}});
    ASSERT_TRUE(again);
    EXPECT_EQ(again->status, 304);
    EXPECT_TRUE(again->body.empty());
    EXPECT_EQ(again->get_header_value("ETag"), etag);
    EXPECT_EQ(again->get_header_value("Access-Control-Allow-Origin"), kPortal);
    // The list form and the strong spelling of the same tag match too (weak comparison).
    std::string strong = etag.substr(2);
    auto listed = get(*with_cors_, kSearch, {{"If-None-Match", "\"other\", " + strong}});
    ASSERT_TRUE(listed);
    EXPECT_EQ(listed->status, 304);

    // Another request, or a stale tag, gets the whole answer.
    auto other = get(*with_cors_, "/search?q=dai+hoi&per_page=10", {{"If-None-Match", etag}});
    ASSERT_TRUE(other);
    EXPECT_EQ(other->status, 200);
    EXPECT_NE(other->get_header_value("ETag"), etag);
    EXPECT_EQ(get(*with_cors_, kSearch, {{"If-None-Match", "W/\"stale\""}})->status, 200);
}

TEST_F(SearchdHttp, EtagFollowsTheIndexRevision) {
    TempDir dir;
    std::filesystem::path db = dir / "db";
    ASSERT_EQ(index_jsonl(db, articles()).exit_status, 0);
    SearchdProcess searchd(db, {"--cache-max-age", "0"});
    auto before = get(searchd, kSearch);
    ASSERT_TRUE(before);
    EXPECT_EQ(before->get_header_value("Cache-Control"), "no-cache");
    std::string etag = before->get_header_value("ETag");

    ASSERT_EQ(index_jsonl(db, {{{"id", "new"}, {"title", "Đại hội mới"}, {"body", "Đại hội Đảng mới."}}}).exit_status, 0);
    searchd.signal(SIGHUP);  // check the index now rather than within a second
    std::string after_etag;
    json after_body;
    for (int attempt = 0; attempt < 100 && (after_etag.empty() || after_etag == etag); ++attempt) {
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
        auto after = get(searchd, kSearch, {{"If-None-Match", etag}});
        ASSERT_TRUE(after);
        if (after->status == 200) {
            after_etag = after->get_header_value("ETag");
            after_body = json::parse(after->body);
        }
    }
    EXPECT_FALSE(after_etag.empty()) << "the old validator still matched after a new revision";
    EXPECT_NE(after_etag, etag);
    // Not the answer remembered from the old revision: the new article is counted.
    EXPECT_EQ(after_body["total"], json::parse(before->body)["total"].get<int>() + 1);
}

TEST_F(SearchdHttp, ARepeatedSearchGetsTheSameAnswerTimedAnew) {
    auto first = get(*served_->searchd, kSearch);
    auto second = get(*served_->searchd, kSearch);  // answered from memory
    ASSERT_TRUE(first && second);
    json a = json::parse(first->body), b = json::parse(second->body);
    EXPECT_TRUE(b["took_ms"].is_number());
    EXPECT_EQ(without_timing(a), without_timing(b));
    EXPECT_EQ(first->get_header_value("ETag"), second->get_header_value("ETag"));
    // Other parameters are another answer.
    auto other = get(*served_->searchd, "/search?q=dai+hoi+dang&per_page=2");
    EXPECT_EQ(json::parse(other->body)["hits"].size(), 2u);
}

TEST_F(SearchdHttp, ArticlesAndRelatedCarryValidatorsHealthIsNotCached) {
    for (const std::string path : {"/articles/a1", "/articles/a1/related"}) {
        auto response = get(*served_->searchd, path);
        ASSERT_TRUE(response);
        EXPECT_EQ(response->status, 200) << path;
        std::string etag = response->get_header_value("ETag");
        ASSERT_FALSE(etag.empty()) << path;
        EXPECT_EQ(get(*served_->searchd, path, {{"If-None-Match", etag}})->status, 304) << path;
    }
    auto missing = get(*served_->searchd, "/articles/none");
    EXPECT_EQ(missing->status, 404);
    EXPECT_FALSE(missing->has_header("ETag"));
    auto health = get(*served_->searchd, "/health");
    EXPECT_EQ(health->get_header_value("Cache-Control"), "no-store");
    EXPECT_FALSE(health->has_header("ETag"));
}

TEST_F(SearchdHttp, ServesTheWidgetTheDemoPageAndTheOpenApiFile) {
    struct Expected {
        std::string path, type, file;
    };
    const std::filesystem::path root = std::filesystem::path(VNSEARCH_FIXTURES_DIR).parent_path().parent_path();
    for (const auto& [path, type, file] : std::vector<Expected>{
             {"/", "text/html; charset=utf-8", "searchd/web/demo.html"},
             {"/widget.js", "text/javascript; charset=utf-8", "searchd/web/widget.js"},
             {"/widget.css", "text/css; charset=utf-8", "searchd/web/widget.css"},
             {"/openapi.yaml", "text/yaml; charset=utf-8", "schema/openapi.yaml"}}) {
        auto response = get(*served_->searchd, path, {{"Accept-Encoding", "gzip"}});
        ASSERT_TRUE(response) << path;
        EXPECT_EQ(response->status, 200) << path;
        EXPECT_EQ(response->get_header_value("Content-Type"), type) << path;
        std::string body = response->get_header_value("Content-Encoding") == "gzip" ? gunzip(response->body)
                                                                                      : response->body;
        EXPECT_EQ(body, file_text(root / file)) << path << " differs from " << file;
        std::string etag = response->get_header_value("ETag");
        ASSERT_FALSE(etag.empty()) << path;
        EXPECT_EQ(get(*served_->searchd, path, {{"If-None-Match", etag}})->status, 304) << path;
    }
    EXPECT_EQ(get(*served_->searchd, "/widgetXjs")->status, 404);  // the dot is not a wildcard
}
