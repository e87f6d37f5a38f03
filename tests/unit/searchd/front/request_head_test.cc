// The connection front's head inspector: where a head ends (as cpp-httplib reads it), and what it
// refuses before a worker sees the request.
#include <gtest/gtest.h>

#include "front/request_head.h"

using namespace vnsearch::searchd;
using Kind = HeadVerdict::Kind;

namespace {

HeadVerdict inspect(std::string_view bytes, std::size_t max_bytes = 1024, std::size_t max_lines = 8) {
    return inspect_head(bytes, HeadLimits{max_bytes, max_lines});
}

}  // namespace

TEST(RequestHead, IncompleteUntilTheEmptyLine) {
    EXPECT_EQ(inspect("GET /health HTTP/1.1\r\nHost: x\r\n").kind, Kind::Incomplete);
    EXPECT_EQ(inspect("GET /hea").kind, Kind::Incomplete);
    auto verdict = inspect("GET /health HTTP/1.1\r\nHost: x\r\n\r\nGET /next");
    EXPECT_EQ(verdict.kind, Kind::Complete);
    EXPECT_EQ(verdict.length, std::string_view("GET /health HTTP/1.1\r\nHost: x\r\n\r\n").size());
    EXPECT_TRUE(verdict.rewritten.empty());
}

TEST(RequestHead, EndsWhereCppHttplibEndsIt) {
    // A header line ended by a bare LF is skipped by cpp-httplib; the head ends at the first "\r\n" line.
    auto verdict = inspect("GET / HTTP/1.1\r\nX: a\n\r\nrest");
    EXPECT_EQ(verdict.kind, Kind::Complete);
    EXPECT_EQ(verdict.length, std::string_view("GET / HTTP/1.1\r\nX: a\n\r\n").size());
}

TEST(RequestHead, RefusesAnyBody) {
    EXPECT_EQ(inspect("POST / HTTP/1.1\r\nContent-Length: 10\r\n\r\n").status, 413);
    EXPECT_EQ(inspect("POST / HTTP/1.1\r\ncontent-length: 10\r\n").status, 413);  // before the head ends
    EXPECT_EQ(inspect("POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n").status, 413);
    EXPECT_EQ(inspect("GET / HTTP/1.1\r\nContent-Length: 0\r\n\r\n").kind, Kind::Complete);
    EXPECT_EQ(inspect("GET / HTTP/1.1\r\nContent-Length: 000\r\n\r\n").kind, Kind::Complete);
}

TEST(RequestHead, RefusesTwoContentLengthsAndNonNumbers) {
    EXPECT_EQ(inspect("GET / HTTP/1.1\r\nContent-Length: 0\r\nContent-Length: 0\r\n\r\n").status, 400);
    EXPECT_EQ(inspect("GET / HTTP/1.1\r\nContent-Length: -1\r\n\r\n").status, 400);
    EXPECT_EQ(inspect("GET / HTTP/1.1\r\nContent-Length: 1,1\r\n\r\n").status, 400);
}

TEST(RequestHead, RefusesOversizeHeadsAndTooManyHeaders) {
    EXPECT_EQ(inspect(std::string(2000, 'a'), 1024).status, 414);
    EXPECT_EQ(inspect("GET / HTTP/1.1\r\nX: " + std::string(2000, 'a'), 1024).status, 431);
    std::string many = "GET / HTTP/1.1\r\n";
    for (int i = 0; i < 9; ++i) many += "X: y\r\n";
    EXPECT_EQ(inspect(many + "\r\n").status, 431);
}

TEST(RequestHead, AbsoluteFormTargetIsRewrittenToOriginForm) {
    auto verdict = inspect("GET http://example.vn:8080/search?q=a HTTP/1.1\r\nHost: example.vn\r\n\r\n");
    ASSERT_EQ(verdict.kind, Kind::Complete);
    EXPECT_EQ(verdict.rewritten, "GET /search?q=a HTTP/1.1\r\nHost: example.vn\r\n\r\n");
    EXPECT_EQ(inspect("GET HTTPS://h HTTP/1.1\r\n\r\n").rewritten, "GET / HTTP/1.1\r\n\r\n");
    EXPECT_EQ(inspect("GET http://h?x=1 HTTP/1.1\r\n\r\n").rewritten, "GET /?x=1 HTTP/1.1\r\n\r\n");
}

TEST(RequestHead, RangeHeadersAreDroppedBeforeCppHttplibSeesThem) {
    auto verdict = inspect("GET /a HTTP/1.1\r\nHost: x\r\nrange: bytes=0-,0-\r\nAccept: */*\r\n\r\n");
    ASSERT_EQ(verdict.kind, Kind::Complete);
    EXPECT_EQ(verdict.rewritten, "GET /a HTTP/1.1\r\nHost: x\r\nAccept: */*\r\n\r\n");
    EXPECT_EQ(inspect("GET http://h/a HTTP/1.1\r\nRange: bytes=1-2\r\n\r\n").rewritten, "GET /a HTTP/1.1\r\n\r\n");
}

TEST(RequestHead, LongPathIsRefusedButALongQueryIsNot) {
    HeadLimits limits;
    EXPECT_EQ(inspect_head("GET /articles/" + std::string(2000, 'a') + " HTTP/1.1\r\n", limits).status, 414);
    EXPECT_EQ(inspect_head("GET http://h/" + std::string(2000, 'a') + " HTTP/1.1\r\n\r\n", limits).status, 414);
    EXPECT_EQ(inspect_head("GET /search?q=" + std::string(2000, 'a') + " HTTP/1.1\r\n\r\n", limits).kind, Kind::Complete);
}
