// CORS headers and preflights; see cors.h.
#include "http/cors.h"

#include <algorithm>

#include "http/json_reply.h"
#include "http/vary.h"

namespace vnsearch::searchd::http {

void check_origin(std::string_view origin) {
    if (origin == "*") return;
    std::string_view rest = origin;
    if (rest.starts_with("https://")) {
        rest.remove_prefix(8);
    } else if (rest.starts_with("http://")) {
        rest.remove_prefix(7);
    } else {
        throw BadOrigin("'" + std::string(origin) + "' is not an origin: expected * or http(s)://host[:port], "
                        "e.g. https://portal.example.vn");
    }
    bool host_chars = std::all_of(rest.begin(), rest.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' || c == '-' || c == ':' || c == '[' ||
               c == ']';
    });
    if (rest.empty() || !host_chars) {
        throw BadOrigin("'" + std::string(origin) + "' is not an origin: expected scheme://host[:port] in lower "
                        "case with no path or trailing slash, exactly as the browser sends it");
    }
}

CorsPolicy::CorsPolicy(std::vector<std::string> origins) {
    for (auto& origin : origins) {
        check_origin(origin);
        if (origin == "*") {
            any_ = true;
        } else {
            origins_.push_back(std::move(origin));
        }
    }
}

bool CorsPolicy::allows(std::string_view origin) const {
    if (origin.empty()) return false;
    return any_ || std::find(origins_.begin(), origins_.end(), origin) != origins_.end();
}

void CorsPolicy::decorate(const httplib::Request& request, httplib::Response& response) const {
    if (!enabled()) return;
    // With a list, the answer differs by Origin: a shared cache must not hand one site's to another.
    if (!any_) add_vary(response, "Origin");
    std::string origin = request.get_header_value("Origin");
    if (!allows(origin)) return;
    response.set_header("Access-Control-Allow-Origin", any_ ? "*" : origin);
    // Lets the widget read the validator (the others it reads are CORS-safelisted already).
    response.set_header("Access-Control-Expose-Headers", "ETag");
}

bool CorsPolicy::is_preflight(const httplib::Request& request) {
    return request.method == "OPTIONS" && request.has_header("Origin") &&
           request.has_header("Access-Control-Request-Method");
}

void CorsPolicy::answer_preflight(const httplib::Request& request, httplib::Response& response) const {
    std::string origin = request.get_header_value("Origin");
    if (!allows(origin)) {
        reply(response, 403,
              error_json("cross-origin requests from '" + origin + "' are not allowed; start searchd with "
                         "--cors-origin " + origin + " to allow them"));
        if (enabled() && !any_) add_vary(response, "Origin");
        return;
    }
    response.status = 204;
    decorate(request, response);
    response.set_header("Access-Control-Allow-Methods", "GET, HEAD, OPTIONS");
    // Revalidation headers a page may set itself; simple headers need no listing.
    response.set_header("Access-Control-Allow-Headers", "If-None-Match, If-Modified-Since, Cache-Control");
    response.set_header("Access-Control-Max-Age", std::to_string(kPreflightMaxAge));
}

}  // namespace vnsearch::searchd::http
