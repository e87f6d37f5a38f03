// One Vary header for all the request headers a response depends on (CORS adds Origin, compression
// Accept-Encoding): caches between searchd and a browser must not serve one client's variant to another.
#pragma once

#include <string_view>

#include <httplib.h>

namespace vnsearch::searchd::http {

// Adds `header` to the response's Vary list unless it is there already.
void add_vary(httplib::Response& response, std::string_view header);

}  // namespace vnsearch::searchd::http
