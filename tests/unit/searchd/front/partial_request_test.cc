// The request a refused head was, read as far as it arrived (front/partial_request.h).
#include "front/partial_request.h"

#include <gtest/gtest.h>

namespace vnsearch::searchd {
namespace {

TEST(PartialRequest, ReadsTheRequestLineAndHeadersOfAWholeHead) {
    httplib::Request request =
        partial_request("POST /search?q=x HTTP/1.1\r\nHost: a\r\nOrigin:  http://portal.vn \r\nContent-Length: 5\r\n\r\n");
    EXPECT_EQ(request.method, "POST");
    EXPECT_EQ(request.target, "/search?q=x");
    EXPECT_EQ(request.path, "/search");
    EXPECT_EQ(request.get_header_value("origin"), "http://portal.vn");
    EXPECT_EQ(request.get_header_value("Content-Length"), "5");
}

TEST(PartialRequest, KeepsWhatArrivedOfAHeadCutShort) {
    httplib::Request request = partial_request("GET /articles/abc HTTP/1.1\r\nOrigin: http://portal.vn\r\nX-Half: va");
    EXPECT_EQ(request.path, "/articles/abc");
    EXPECT_EQ(request.get_header_value("Origin"), "http://portal.vn");
    EXPECT_FALSE(request.has_header("X-Half"));  // its line never ended: it may be longer

    EXPECT_EQ(partial_request("GET /search?q=aaaa").path, "/search");  // a request line cut at the 414 limit
    EXPECT_TRUE(partial_request("").method.empty());                   // nothing sent: nothing to log
}

TEST(PartialRequest, SkipsMalformedLinesAndStopsAtTheHeaderLimit) {
    httplib::Request request = partial_request("GET / HTTP/1.1\r\nno colon here\r\nA: 1\r\nB: 2\r\nC: 3\r\n\r\n", 3);
    EXPECT_EQ(request.get_header_value("A"), "1");
    EXPECT_EQ(request.get_header_value("B"), "2");
    EXPECT_FALSE(request.has_header("C"));
}

}  // namespace
}  // namespace vnsearch::searchd
