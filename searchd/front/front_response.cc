// Answers written by the connection front itself; see front_response.h.
#include "front/front_response.h"

#include <sys/socket.h>
#include <unistd.h>

#include "http/json_reply.h"

namespace vnsearch::searchd {
namespace {

const char* reason(int status) {
    switch (status) {
        case 400: return "Bad Request";
        case 408: return "Request Timeout";
        case 413: return "Payload Too Large";
        case 414: return "URI Too Long";
        case 431: return "Request Header Fields Too Large";
        case 503: return "Service Unavailable";
        default: return "Error";
    }
}

}  // namespace

std::string front_response(int status, const std::string& message, const std::string& extra_headers) {
    std::string body = http::error_json(message).dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
    std::string head = "HTTP/1.1 " + std::to_string(status) + " " + reason(status) +
                       "\r\nContent-Type: " + http::kJsonType + "\r\nContent-Length: " +
                       std::to_string(body.size()) + "\r\nConnection: close\r\n";
    if (status == 503) head += "Retry-After: 1\r\n";
    head += extra_headers;
    return head + "\r\n" + body;
}

void send_and_close(int fd, const std::string& response) {
    (void)::send(fd, response.data(), response.size(), MSG_NOSIGNAL | MSG_DONTWAIT);
    ::shutdown(fd, SHUT_WR);
    ::close(fd);
}

}  // namespace vnsearch::searchd
