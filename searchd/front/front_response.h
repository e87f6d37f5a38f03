// The few answers the connection front writes itself, without cpp-httplib or a worker: 503 when full,
// 408/413/414/431/400 for a head it refuses. JSON like every other answer of searchd, and always
// "Connection: close" (the front closes the connection after writing one).
#pragma once

#include <string>

namespace vnsearch::searchd {

// extra_headers: whole header lines ("Name: value\r\n"), e.g. the CORS headers of the request's Origin.
std::string front_response(int status, const std::string& message, const std::string& extra_headers = "");

// Writes what fits at once (these answers are small) without blocking, then closes fd.
void send_and_close(int fd, const std::string& response);

}  // namespace vnsearch::searchd
