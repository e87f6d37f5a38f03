// searchd as operators watch it: /metrics in the Prometheus text format (parsed here by the rules of
// the exposition format), /health's index age and "degraded" past --max-index-age, the access log in
// text and JSON, log levels, and running as root (a warning) or switching user (--user).
#include <gtest/gtest.h>

#include <sys/stat.h>
#include <unistd.h>

#include <chrono>
#include <fstream>
#include <map>
#include <regex>
#include <sstream>
#include <thread>

#include <xapian.h>

#include "integration/support/index_jsonl.h"
#include "integration/support/searchd_process.h"
#include "integration/support/temp_dir.h"

using namespace vnsearch::testing;
namespace fs = std::filesystem;

namespace {

fs::path index_of(const TempDir& dir, int articles) {
    std::vector<nlohmann::json> lines;
    for (int i = 0; i < articles; ++i) {
        lines.push_back({{"id", "a" + std::to_string(i)}, {"title", "Đại hội " + std::to_string(i)}, {"body", "Nội dung."}});
    }
    fs::path db = dir / "db";
    ProcessResult indexed = index_jsonl(db, lines);
    if (indexed.exit_status != 0) throw std::runtime_error("indexer failed: " + indexed.err);
    return db;
}

// The Prometheus text exposition format, as far as searchd writes it: "# HELP name text",
// "# TYPE name counter|gauge|histogram", and samples "name{label="value",...} number". Fails the
// test on any other line, a sample whose family has no TYPE, or a family typed twice.
struct Exposition {
    std::map<std::string, std::string> types;   // family -> type
    std::map<std::string, double> samples;      // name{labels} as written -> value
    bool has(const std::string& key) const { return samples.contains(key); }
    double at(const std::string& key) const {
        auto it = samples.find(key);
        if (it == samples.end()) throw std::runtime_error("no sample " + key);
        return it->second;
    }
};

std::string family_of(const std::string& name, const std::map<std::string, std::string>& types) {
    for (const char* suffix : {"_bucket", "_sum", "_count"}) {
        std::string_view view = name;
        if (view.ends_with(suffix)) {
            std::string base = name.substr(0, name.size() - std::string_view(suffix).size());
            if (types.contains(base) && types.at(base) == "histogram") return base;
        }
    }
    return name;
}

Exposition parse_exposition(const std::string& text) {
    static const std::regex kHelp(R"(# HELP ([a-zA-Z_:][a-zA-Z0-9_:]*) .+)");
    static const std::regex kType(R"(# TYPE ([a-zA-Z_:][a-zA-Z0-9_:]*) (counter|gauge|histogram|summary|untyped))");
    static const std::regex kSample(
        R"(([a-zA-Z_:][a-zA-Z0-9_:]*)(\{([a-zA-Z_][a-zA-Z0-9_]*="(\\.|[^"\\])*",?)*\})? ([-+]?([0-9.]+(e[-+]?[0-9]+)?|Inf|NaN)))");
    Exposition exposition;
    std::istringstream lines(text);
    std::string line;
    while (std::getline(lines, line)) {
        std::smatch match;
        if (line.empty() || std::regex_match(line, kHelp)) continue;
        if (std::regex_match(line, match, kType)) {
            if (!exposition.types.emplace(match[1], match[2]).second) ADD_FAILURE() << "typed twice: " << line;
            continue;
        }
        if (!std::regex_match(line, match, kSample)) {
            ADD_FAILURE() << "not exposition format: " << line;
            continue;
        }
        if (!exposition.types.contains(family_of(match[1], exposition.types))) ADD_FAILURE() << "no TYPE before: " << line;
        std::string value = match[5];
        exposition.samples[line.substr(0, line.rfind(' '))] = std::stod(value);
    }
    return exposition;
}

// Sets the commit stamp as the indexer would have written it `age` ago.
void stamp_commit(const fs::path& db, std::chrono::seconds age) {
    Xapian::WritableDatabase writable(db.string(), Xapian::DB_OPEN);
    auto when = std::chrono::system_clock::now() - age;
    writable.set_metadata("vnsearch.last_commit",
                          std::to_string(std::chrono::duration_cast<std::chrono::seconds>(when.time_since_epoch()).count()));
    writable.commit();
}

std::vector<std::string> lines_of(const std::string& text) {
    std::vector<std::string> lines;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);) lines.push_back(line);
    return lines;
}

}  // namespace

TEST(SearchdMetrics, ExpositionParsesAndCountsWhatHappened) {
    TempDir dir;
    fs::path db = index_of(dir, 2);
    SearchdProcess searchd(db);
    ASSERT_EQ(searchd.get_json("/search", {{"q", "đại hội"}}).status, 200);
    ASSERT_EQ(searchd.get_json("/articles/missing").status, 404);
    ASSERT_EQ(searchd.get_json("/articles/a0/related").status, 200);
    ASSERT_EQ(searchd.get_json("/no/such/route").status, 404);
    JsonResponse health = searchd.get_json("/health");

    // A request is counted after its answer is written (cpp-httplib's logger): the client can read the
    // /health answer and ask for /metrics before that worker has counted it. Ask until it has.
    Exposition metrics;
    for (int attempt = 0; attempt < 50; ++attempt) {
        auto response = searchd.client().Get("/metrics");
        ASSERT_TRUE(response);
        EXPECT_EQ(response->status, 200);
        EXPECT_EQ(response->get_header_value("Content-Type").rfind("text/plain; version=0.0.4", 0), 0u);
        metrics = parse_exposition(response->body);
        if (metrics.at(R"(vnsearch_http_requests_total{route="/health",status="200"})") >= 2 &&
            metrics.at("vnsearch_http_requests_in_flight") == 1) {
            break;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
    }

    EXPECT_EQ(metrics.types["vnsearch_http_requests_total"], "counter");
    EXPECT_EQ(metrics.types["vnsearch_http_request_duration_seconds"], "histogram");
    EXPECT_EQ(metrics.types["vnsearch_http_requests_in_flight"], "gauge");
    EXPECT_EQ(metrics.at(R"(vnsearch_http_requests_total{route="/search",status="200"})"), 1);
    EXPECT_EQ(metrics.at(R"(vnsearch_http_requests_total{route="/articles/{id}",status="404"})"), 1);
    EXPECT_EQ(metrics.at(R"(vnsearch_http_requests_total{route="/articles/{id}/related",status="200"})"), 1);
    EXPECT_EQ(metrics.at(R"(vnsearch_http_requests_total{route="other",status="404"})"), 1);
    EXPECT_GE(metrics.at(R"(vnsearch_http_requests_total{route="/health",status="200"})"), 2);  // readiness probes too
    EXPECT_EQ(metrics.at("vnsearch_http_requests_in_flight"), 1);  // this very request
    // The histogram: buckets never decrease, +Inf holds every observation.
    double previous = 0;
    for (const char* le : {"0.001", "0.0025", "0.005", "0.01", "0.025", "0.05", "0.1", "0.25", "0.5", "1", "2.5", "5", "+Inf"}) {
        double count = metrics.at(std::string(R"(vnsearch_http_request_duration_seconds_bucket{route="/search",le=")") + le + "\"}");
        EXPECT_GE(count, previous) << le;
        previous = count;
    }
    EXPECT_EQ(previous, metrics.at(R"(vnsearch_http_request_duration_seconds_count{route="/search"})"));
    EXPECT_GT(metrics.at(R"(vnsearch_http_request_duration_seconds_sum{route="/search"})"), 0);
    // The index gauges agree with /health.
    EXPECT_EQ(metrics.at("vnsearch_index_documents"), 2);
    EXPECT_EQ(metrics.at("vnsearch_index_revision"), health.body["revision"].get<double>());
    EXPECT_GE(metrics.at("vnsearch_index_age_seconds"), 0);
    EXPECT_LT(metrics.at("vnsearch_index_age_seconds"), 600);
    EXPECT_EQ(metrics.at("vnsearch_index_reopen_failures_total"), 0);
}

TEST(SearchdHealth, ReportsTheLastCommitAndItsAge) {
    TempDir dir;
    fs::path db = index_of(dir, 1);
    SearchdProcess searchd(db, {"--max-index-age", "36h"});
    JsonResponse health = searchd.get_json("/health");
    EXPECT_EQ(health.status, 200);
    EXPECT_EQ(health.body["status"], "ok");
    EXPECT_TRUE(std::regex_match(health.body["last_commit"].get<std::string>(),
                                 std::regex(R"(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ)")))
        << health.body;
    EXPECT_LT(health.body["index_age_seconds"].get<long long>(), 600);
    EXPECT_EQ(health.body["max_index_age_seconds"], 36 * 3600);
}

TEST(SearchdHealth, OlderThanMaxIndexAgeIsDegradedWith503) {
    TempDir dir;
    fs::path db = index_of(dir, 1);
    stamp_commit(db, std::chrono::hours(48));
    SearchdProcess strict(db, {"--max-index-age", "36h"});
    JsonResponse health = strict.get_json("/health");
    EXPECT_EQ(health.status, 503);
    EXPECT_EQ(health.body["status"], "degraded");
    EXPECT_GE(health.body["index_age_seconds"].get<long long>(), 48 * 3600);
    EXPECT_EQ(strict.get_json("/search", {{"q", "đại hội"}}).status, 200);  // it still serves
    SearchdProcess lenient(db);
    EXPECT_EQ(lenient.get_json("/health").status, 200);
}

TEST(SearchdHealth, AnIndexWithoutAStampTakesItsFilesTime) {
    TempDir dir;
    fs::path db = index_of(dir, 1);
    {
        Xapian::WritableDatabase writable(db.string(), Xapian::DB_OPEN);
        writable.set_metadata("vnsearch.last_commit", "");  // as written before stamps existed
        writable.commit();
    }
    SearchdProcess searchd(db, {"--max-index-age", "1h"});
    JsonResponse health = searchd.get_json("/health");
    EXPECT_EQ(health.status, 200) << health.body;
    EXPECT_TRUE(health.body["last_commit"].is_string()) << health.body;
    EXPECT_LT(health.body["index_age_seconds"].get<long long>(), 600);
}

TEST(SearchdAccessLog, TextLineHasClientRequestStatusBytesAndDuration) {
    TempDir dir;
    SearchdProcess searchd(index_of(dir, 1));
    auto response = searchd.client().Get("/search?q=hoi&per_page=1");
    ASSERT_TRUE(response);
    std::string expected = "127.0.0.1 \"GET /search?q=hoi&per_page=1\" 200 " + std::to_string(response->body.size()) + " ";
    searchd.stop();  // the line is written just after the response: stopping waits for it
    EXPECT_NE(searchd.log().find(expected), std::string::npos) << searchd.log();
}

TEST(SearchdAccessLog, JsonLinesEscapeAndBoundWhatTheClientSent) {
    TempDir dir;
    SearchdProcess searchd(index_of(dir, 1), {"--log-format", "json", "--trust-proxy"});
    httplib::Headers forwarded = {{"X-Forwarded-For", "203.0.113.9, 198.51.100.7"}};
    ASSERT_TRUE(searchd.client().Get("/articles/a%0Ab%22c", forwarded));
    std::string long_query = "/search?q=" + std::string(5000, 'x');
    ASSERT_TRUE(searchd.client().Get(long_query));
    searchd.stop();
    std::vector<nlohmann::json> access;
    for (const std::string& line : lines_of(searchd.log())) {
        auto record = nlohmann::json::parse(line, nullptr, false);
        ASSERT_FALSE(record.is_discarded()) << "not JSON: " << line;
        EXPECT_TRUE(record.contains("time") && record.contains("level") && record["program"] == "searchd") << line;
        if (record.contains("status")) access.push_back(record);
    }
    auto find = [&](const std::string& path_start) {
        for (const auto& record : access) {
            if (record["path"].get<std::string>().rfind(path_start, 0) == 0) return record;
        }
        return nlohmann::json();
    };
    nlohmann::json article = find("/articles/");
    ASSERT_FALSE(article.is_null());
    EXPECT_EQ(article["path"], "/articles/a\\x0ab\\x22c");  // the decoded newline and quote, escaped
    EXPECT_EQ(article["client"], "198.51.100.7");
    EXPECT_EQ(article["status"], 404);
    EXPECT_EQ(article["method"], "GET");
    EXPECT_TRUE(article["bytes"].get<int>() > 0 && article["ms"].is_number());
    nlohmann::json search = find("/search");
    ASSERT_FALSE(search.is_null());
    EXPECT_LE(search["query"].get<std::string>().size(), 515u);
    EXPECT_TRUE(search["query"].get<std::string>().ends_with("...")) << search;
}

TEST(SearchdAccessLog, LogLevelWarningLeavesAccessLinesOut) {
    TempDir dir;
    SearchdProcess searchd(index_of(dir, 1), {"--log-level", "warning"});
    ASSERT_EQ(searchd.get_json("/search", {{"q", "tin"}}).status, 200);
    searchd.stop();
    EXPECT_EQ(searchd.log().find("GET /search"), std::string::npos) << searchd.log();
}

TEST(SearchdPrivileges, WarnsAsRootAndSwitchesToTheUserGiven) {
    if (::geteuid() != 0) GTEST_SKIP() << "needs root (the suite runs as root in CI)";
    TempDir dir;
    fs::path db = index_of(dir, 1);
    {
        SearchdProcess as_root(db);
        EXPECT_NE(as_root.log().find("running as root"), std::string::npos) << as_root.log();
    }
    ::chmod(dir.path().c_str(), 0755);  // the database readable by nobody
    SearchdProcess dropped(db, {"--user", "nobody"});
    EXPECT_EQ(dropped.get_json("/search", {{"q", "đại hội"}}).status, 200);
    std::ifstream status("/proc/" + std::to_string(dropped.pid()) + "/status");
    std::string line, uid;
    while (std::getline(status, line)) {
        if (line.rfind("Uid:", 0) == 0) uid = line;
    }
    EXPECT_EQ(uid.find("\t0"), std::string::npos) << uid;  // no root left in real, effective or saved uid
    EXPECT_EQ(dropped.log().find("running as root"), std::string::npos) << dropped.log();
}
