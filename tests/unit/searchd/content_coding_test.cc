// Response compression: the coding an Accept-Encoding header asks for (q-values and all), and bodies
// encoded only when they are text, with the headers that say so.
#include <gtest/gtest.h>

#include "http/content_coding.h"

namespace vnsearch::searchd::http {
namespace {

TEST(ContentCoding, TakesTheAcceptableCodingOfHighestQualityBrotliOnATie) {
    struct Case {
        const char* header;
        ContentCoding expected;
    };
    for (const Case& c : std::vector<Case>{
             {"", ContentCoding::identity},
             {"identity", ContentCoding::identity},
             {"deflate", ContentCoding::identity},
             {"gzip", ContentCoding::gzip},
             {"x-gzip", ContentCoding::gzip},
             {"GZIP", ContentCoding::gzip},
             {"br", ContentCoding::br},
             {"gzip, deflate, br, zstd", ContentCoding::br},  // what browsers send
             {"gzip;q=1.0, br;q=0.5", ContentCoding::gzip},
             {"gzip;q=0", ContentCoding::identity},           // q=0: not acceptable
             {"br;q=0, gzip", ContentCoding::gzip},
             {"*", ContentCoding::br},
             {"*;q=0.5, br;q=0", ContentCoding::gzip},        // "*" stands for the codings not named
             {"*;q=0", ContentCoding::identity},
             {" gzip ; q=0.8 ,br ; q=0.9", ContentCoding::br},
             {"gzip;q=2, br;q=x", ContentCoding::identity},   // unreadable members say nothing
             {"gzip;level=9", ContentCoding::gzip},
             {",,;,", ContentCoding::identity},
         }) {
        EXPECT_EQ(negotiate(c.header), c.expected) << '"' << c.header << '"';
    }
}

TEST(ContentCoding, EncodesTextBodiesAndSaysSo) {
    std::string json = "{\"hits\": [";
    for (int i = 0; i < 200; ++i) json += "{\"title\": \"Đại hội Đảng bộ quận Đống Đa\"},";
    json += "{}]}";
    httplib::Response response;
    response.set_content(json, "application/json");
    response.set_header("Content-Length", std::to_string(json.size()));
    encode_body(response, ContentCoding::gzip);
    EXPECT_EQ(response.get_header_value("Content-Encoding"), "gzip");
    EXPECT_EQ(response.get_header_value_count("Content-Length"), 1u);
    EXPECT_EQ(response.get_header_value("Content-Length"), std::to_string(response.body.size()));
    EXPECT_LT(response.body.size() * 4, json.size());
    EXPECT_EQ(response.body.substr(0, 2), "\x1f\x8b");  // a gzip member; the HTTP tests decode the answers

    httplib::Response yaml;
    yaml.set_content(json, "text/yaml; charset=utf-8");
    encode_body(yaml, ContentCoding::br);
    EXPECT_EQ(yaml.get_header_value("Content-Encoding"), "br");
    EXPECT_LT(yaml.body.size() * 4, json.size());
}

TEST(ContentCoding, LeavesAloneWhatIsNotTextEmptyOrEncodedAlready) {
    httplib::Response image;
    image.set_content(std::string(1000, 'x'), "image/png");
    encode_body(image, ContentCoding::gzip);
    EXPECT_FALSE(image.has_header("Content-Encoding"));
    EXPECT_EQ(image.body, std::string(1000, 'x'));

    httplib::Response empty;  // a 304, a HEAD answer's headers
    empty.set_header("Content-Type", "application/json");
    encode_body(empty, ContentCoding::br);
    EXPECT_FALSE(empty.has_header("Content-Encoding"));

    httplib::Response plain;
    plain.set_content("{}", "application/json");
    encode_body(plain, ContentCoding::identity);
    EXPECT_FALSE(plain.has_header("Content-Encoding"));
    EXPECT_EQ(plain.body, "{}");
}

}  // namespace
}  // namespace vnsearch::searchd::http
