// Tests of the access log's record of a request: what a client sent is escaped and bounded, the
// query string is kept as sent, and X-Forwarded-For counts only when the proxy is trusted.
#include <gtest/gtest.h>

#include "access_log.h"

using namespace vnsearch::searchd;

namespace {

httplib::Request request(const std::string& target, const std::string& path) {
    httplib::Request request;
    request.method = "GET";
    request.target = target;
    request.path = path;
    request.remote_addr = "127.0.0.1";
    return request;
}

AccessLog access_log(bool trust_proxy) {
    Logging logging;
    logging.access = std::make_shared<spdlog::logger>("access-test");
    return AccessLog(logging, trust_proxy);
}

}  // namespace

TEST(AccessLog, EscapesControlCharactersQuotesAndBackslashes) {
    EXPECT_EQ(AccessLog::escape("a\nb\r\"c\\d\x7f"), "a\\x0ab\\x0d\\x22c\\x5cd\\x7f");
    EXPECT_EQ(AccessLog::escape("Đại hội"), "Đại hội");  // UTF-8 stays readable
}

TEST(AccessLog, CutsLongTextAtACharacterBoundaryAndSaysSo) {
    std::string text = "aa" + std::string("đ") + "bb";  // 'đ' is two bytes: bytes 2 and 3
    EXPECT_EQ(AccessLog::escape(text, 3), "aa...");
    EXPECT_EQ(AccessLog::escape(text, 4), "aađ...");
    EXPECT_EQ(AccessLog::escape(text, text.size()), text);
    EXPECT_LE(AccessLog::escape(std::string(100'000, 'x')).size(), AccessLog::kMaxFieldBytes + 3);
}

TEST(AccessLog, RecordKeepsTheQueryAsSentAndTheBodySize) {
    httplib::Response response;
    response.status = 200;
    response.body = "12345";
    AccessRecord record = access_log(false).record(request("/search?q=dai+hoi&page=2", "/search"), response, 1.5);
    EXPECT_EQ(record.client, "127.0.0.1");
    EXPECT_EQ(record.method, "GET");
    EXPECT_EQ(record.path, "/search");
    EXPECT_EQ(record.query, "q=dai+hoi&page=2");
    EXPECT_EQ(record.status, 200);
    EXPECT_EQ(record.bytes, 5u);
}

TEST(AccessLog, ForwardedForOnlyWhenTheProxyIsTrusted) {
    auto forwarded = request("/health", "/health");
    forwarded.set_header("X-Forwarded-For", "203.0.113.9, 198.51.100.7");
    httplib::Response response;
    EXPECT_EQ(access_log(false).record(forwarded, response, 0).client, "127.0.0.1");
    // The last entry is the one the trusted proxy appended; earlier ones are the client's own say.
    EXPECT_EQ(access_log(true).record(forwarded, response, 0).client, "198.51.100.7");
    EXPECT_EQ(access_log(true).record(request("/health", "/health"), response, 0).client, "127.0.0.1");
    auto forged = request("/health", "/health");
    forged.set_header("X-Forwarded-For", "evil\x1b[31m");  // a terminal escape from the client
    EXPECT_EQ(access_log(true).record(forged, response, 0).client, "evil\\x1b[31m");
}
