// HTTP caching of searchd's answers. Every answer is a function of the index on disk and the request,
// so the index's UUID and revision with a hash of the request make a validator that changes exactly
// when the answer can: a client (or a proxy) that sends it back in If-None-Match gets 304 with no
// body and no search. Cache-Control lets it reuse an answer for a short while without asking: the
// index changes at most a few times a day, yet a new revision should show within a minute or so.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include <httplib.h>

namespace vnsearch::searchd::http {

struct CachePolicy {
    static constexpr int kDefaultMaxAge = 60;  // seconds; --cache-max-age
    int max_age = kDefaultMaxAge;              // 0: always revalidate
};

// What an index answer is a function of, and its validator.
struct AnswerIdentity {
    // The index's UUID and revision, the path and every parameter (in cpp-httplib's order: by name,
    // repeated ones as sent), each delimited so that no two requests run together.
    std::string key;
    // W/"<uuid head>-<revision>-<hash of key>". Weak: the same search answered twice differs in
    // took_ms, and gzip and plain bodies share it.
    std::string etag;
};

AnswerIdentity identify(std::string_view index_uuid, std::uint64_t revision, const httplib::Request& request);

// W/"<hash of the bytes>", for fixed content (the widget, the demo page, the OpenAPI file).
std::string content_etag(std::string_view content);

// Whether If-None-Match names `etag` (or is "*"), compared weakly as RFC 9110 says for GET.
bool client_has(const httplib::Request& request, std::string_view etag);

// ETag and Cache-Control on a 200 response.
void add_validators(httplib::Response& response, std::string_view etag, const CachePolicy& policy);

// The 304 answer to a client that has `etag`: validators and no body.
void reply_not_modified(httplib::Response& response, std::string_view etag, const CachePolicy& policy);

}  // namespace vnsearch::searchd::http
