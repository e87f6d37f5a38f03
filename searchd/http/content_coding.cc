// Response compression; see content_coding.h.
#include "http/content_coding.h"

#include <brotli/encode.h>
#include <zlib.h>

#include <algorithm>
#include <cstdlib>
#include <optional>

#include "vnsearch/schema/text.h"

namespace vnsearch::searchd::http {
namespace {

constexpr int kGzipLevel = 6;
constexpr int kBrotliQuality = 4;

std::string lower_trimmed(std::string_view text) {
    std::string out(schema::trim(text));
    std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return out;
}

// The q of one list member ("gzip;q=0.5"): 1 without a q parameter; nullopt when it is not a number in [0, 1].
std::optional<double> quality_of(std::string_view parameters) {
    double q = 1.0;
    while (!parameters.empty()) {
        std::size_t semicolon = parameters.find(';');
        std::string parameter = lower_trimmed(parameters.substr(0, semicolon));
        parameters = semicolon == std::string_view::npos ? std::string_view() : parameters.substr(semicolon + 1);
        if (!parameter.starts_with("q=")) continue;
        std::string value = parameter.substr(2);
        char* end = nullptr;
        q = std::strtod(value.c_str(), &end);
        if (value.empty() || end != value.c_str() + value.size() || !(q >= 0.0 && q <= 1.0)) return std::nullopt;
    }
    return q;
}

bool is_text(const httplib::Response& response) {
    std::string type = lower_trimmed(response.get_header_value("Content-Type"));
    return type.starts_with("application/json") || type.starts_with("text/") || type.starts_with("application/yaml");
}

std::string gzip(const std::string& body) {
    z_stream stream{};
    // windowBits 15 + 16: a gzip header and trailer around the deflate stream.
    if (deflateInit2(&stream, kGzipLevel, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY) != Z_OK) return {};
    std::string out(deflateBound(&stream, body.size()) + 32, '\0');
    stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(body.data()));
    stream.avail_in = static_cast<uInt>(body.size());
    stream.next_out = reinterpret_cast<Bytef*>(out.data());
    stream.avail_out = static_cast<uInt>(out.size());
    int status = deflate(&stream, Z_FINISH);
    out.resize(stream.total_out);
    deflateEnd(&stream);
    return status == Z_STREAM_END ? out : std::string();
}

std::string brotli(const std::string& body) {
    std::string out(BrotliEncoderMaxCompressedSize(body.size()), '\0');
    std::size_t size = out.size();
    if (out.empty() || !BrotliEncoderCompress(kBrotliQuality, BROTLI_DEFAULT_WINDOW, BROTLI_MODE_TEXT, body.size(),
                                              reinterpret_cast<const std::uint8_t*>(body.data()), &size,
                                              reinterpret_cast<std::uint8_t*>(out.data()))) {
        return {};
    }
    out.resize(size);
    return out;
}

}  // namespace

ContentCoding negotiate(std::string_view accept_encoding) {
    std::optional<double> any_q, gzip_named, br_named;
    while (!accept_encoding.empty()) {
        std::size_t comma = accept_encoding.find(',');
        std::string_view member = accept_encoding.substr(0, comma);
        accept_encoding = comma == std::string_view::npos ? std::string_view() : accept_encoding.substr(comma + 1);
        std::size_t semicolon = member.find(';');
        std::string coding = lower_trimmed(member.substr(0, semicolon));
        std::optional<double> q = quality_of(semicolon == std::string_view::npos ? std::string_view() : member.substr(semicolon + 1));
        if (!q) continue;  // an unreadable member says nothing
        if (coding == "gzip" || coding == "x-gzip") gzip_named = std::max(gzip_named.value_or(0.0), *q);
        if (coding == "br") br_named = std::max(br_named.value_or(0.0), *q);
        if (coding == "*") any_q = *q;
    }
    // A coding named outright takes its own q; "*" stands for those not named.
    double gzip_q = gzip_named.value_or(any_q.value_or(0.0));
    double br_q = br_named.value_or(any_q.value_or(0.0));
    if (br_q > 0.0 && br_q >= gzip_q) return ContentCoding::br;
    if (gzip_q > 0.0) return ContentCoding::gzip;
    return ContentCoding::identity;
}

void encode_body(httplib::Response& response, ContentCoding coding) {
    if (coding == ContentCoding::identity || response.body.empty() || response.has_header("Content-Encoding") ||
        !is_text(response)) {
        return;
    }
    std::string encoded = coding == ContentCoding::gzip ? gzip(response.body) : brotli(response.body);
    if (encoded.empty()) return;  // the encoder failed: the plain body is still a right answer
    response.body = std::move(encoded);
    response.headers.erase("Content-Length");
    response.set_header("Content-Length", std::to_string(response.body.size()));
    response.set_header("Content-Encoding", std::string(coding_name(coding)));
}

std::string_view coding_name(ContentCoding coding) {
    switch (coding) {
        case ContentCoding::gzip: return "gzip";
        case ContentCoding::br: return "br";
        case ContentCoding::identity: break;
    }
    return "identity";
}

ContentCoding coding_named(std::string_view name) {
    if (name == "gzip") return ContentCoding::gzip;
    if (name == "br") return ContentCoding::br;
    return ContentCoding::identity;
}

}  // namespace vnsearch::searchd::http
