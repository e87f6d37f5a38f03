// The request a refused head was, as far as it arrived: method, target, path and headers read
// leniently from the bytes the connection front held when it refused them (a head cut short, too
// long or malformed). Only for what a refusal still owes the client and the operator: the CORS
// headers of its Origin, so a page on a portal can read the 503 instead of a network error, and
// its access-log line. Never routed.
#pragma once

#include <string_view>

#include <httplib.h>

namespace vnsearch::searchd {

// Reads at most max_header_lines headers; a line without ':' is skipped, a partial last line dropped.
httplib::Request partial_request(std::string_view head, std::size_t max_header_lines = 100);

}  // namespace vnsearch::searchd
