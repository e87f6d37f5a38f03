// Response compression, chosen from the request's Accept-Encoding and done here rather than by
// cpp-httplib. cpp-httplib 0.11.4 compresses brotli at its default quality, 11: 25-50 ms of CPU for a
// 20 KB /search answer whose search took 3 ms, for every browser behind a proxy (they all accept br),
// and it ignores q-values ("gzip;q=0" still got gzip). RequestProcessor takes Accept-Encoding away
// from cpp-httplib before it routes a request and the post-routing step encodes the answer.
#pragma once

#include <string>
#include <string_view>

#include <httplib.h>

namespace vnsearch::searchd::http {

enum class ContentCoding { identity, gzip, br };

// The coding to answer in: the acceptable one (q > 0) of highest q among br and gzip ("x-gzip" and
// "*" count), br on a tie (quality 4 costs less than gzip 6 for a few per cent more bytes); identity
// when neither is acceptable or the header is absent or unreadable.
ContentCoding negotiate(std::string_view accept_encoding);

// Replaces the body by its gzip (zlib level 6, as cpp-httplib did) or brotli (quality 4) form and sets
// Content-Encoding and Content-Length, when the body is text (JSON, HTML, JavaScript, CSS, YAML, plain)
// and not empty. A 20 KB /search answer: brotli 4 ~0.15 ms, 4.8 KB; gzip 6 ~0.2 ms, 4.6 KB; brotli 11
// (cpp-httplib's) ~25 ms, 4.1 KB.
void encode_body(httplib::Response& response, ContentCoding coding);

// The request header RequestProcessor leaves the negotiated coding in ("gzip", "br"), where cpp-httplib
// does not look; a client's own header of that name is dropped first.
inline constexpr const char* kNegotiatedCodingHeader = "Vnsearch-Negotiated-Coding";
std::string_view coding_name(ContentCoding coding);
ContentCoding coding_named(std::string_view name);

}  // namespace vnsearch::searchd::http
