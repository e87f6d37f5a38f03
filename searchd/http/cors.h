// Cross-origin access (CORS): which other sites' pages may call searchd from a browser, e.g. a
// portal embedding the search widget. Nothing is sent unless origins are configured (--cors-origin);
// then listed origins (or any, with "*") get Access-Control-Allow-Origin and their preflights
// answered, and every other origin gets no CORS header at all, so the browser keeps its page out.
#pragma once

#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include <httplib.h>

namespace vnsearch::searchd::http {

// An origin that is not "*" nor scheme://host[:port]; what() says what was expected.
struct BadOrigin : std::invalid_argument {
    using std::invalid_argument::invalid_argument;
};

class CorsPolicy {
public:
    // How long a browser may reuse a preflight answer, seconds.
    static constexpr int kPreflightMaxAge = 600;

    CorsPolicy() = default;  // no cross-origin access
    // Each origin exactly as a browser sends it ("https://portal.example.vn", "http://127.0.0.1:8081"),
    // or "*" for every origin. Throws BadOrigin.
    explicit CorsPolicy(std::vector<std::string> origins);

    bool enabled() const { return any_ || !origins_.empty(); }
    bool allows(std::string_view origin) const;

    // The headers of an ordinary (non-preflight) response: Access-Control-Allow-Origin and
    // Access-Control-Expose-Headers for an allowed Origin, and Vary: Origin whenever the answer
    // depends on which origin asks.
    void decorate(const httplib::Request& request, httplib::Response& response) const;

    // True for an OPTIONS request with Origin and Access-Control-Request-Method (a CORS preflight).
    static bool is_preflight(const httplib::Request& request);
    // Answers a preflight: 204 with the allowed method and headers for an allowed origin; 403 with a
    // JSON message naming the option to set for any other.
    void answer_preflight(const httplib::Request& request, httplib::Response& response) const;

private:
    bool any_ = false;
    std::vector<std::string> origins_;
};

// Throws BadOrigin unless `origin` is "*" or a serialized origin: http(s)://host[:port], no path.
void check_origin(std::string_view origin);

}  // namespace vnsearch::searchd::http
