// The access log: one line per request with the client address, method, path, query string, status,
// response body bytes and duration. What a client sent is escaped (control characters, quotes and
// backslashes become \xNN) and cut at a bound, so a hostile request cannot forge or flood log lines.
// The client is the peer address, or with trust_proxy the address the reverse proxy saw (the last
// X-Forwarded-For entry, the one the proxy itself appended).
#pragma once

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>

#include <httplib.h>
#include <spdlog/spdlog.h>

#include "logging.h"

namespace vnsearch::searchd {

struct AccessRecord {
    std::string client;
    std::string method;
    std::string path;
    std::string query;
    int status = 0;
    std::size_t bytes = 0;
    double ms = 0;
};

class AccessLog {
public:
    static constexpr std::size_t kMaxFieldBytes = 512;

    AccessLog(Logging logging, bool trust_proxy) : logging_(std::move(logging)), trust_proxy_(trust_proxy) {}

    AccessRecord record(const httplib::Request& request, const httplib::Response& response, double ms) const;
    void write(const AccessRecord& record) const;

    // `text` with control characters, '"' and '\' as \xNN and at most max_bytes bytes of it kept (never
    // half a UTF-8 character), "..." marking a cut.
    static std::string escape(std::string_view text, std::size_t max_bytes = kMaxFieldBytes);

private:
    Logging logging_;
    bool trust_proxy_;
};

}  // namespace vnsearch::searchd
