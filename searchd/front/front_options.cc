// Command-line options of the connection front; see front_options.h.
#include "front/front_options.h"

#include <spdlog/spdlog.h>
#include <sys/resource.h>

#include <algorithm>

namespace vnsearch::searchd {
namespace {

std::chrono::milliseconds milliseconds(double seconds) {
    return std::chrono::milliseconds(static_cast<long long>(seconds * 1000));
}

}  // namespace

void FrontOptions::add_to(CLI::App& app) {
    app.add_option("--max-connections", limits_.max_connections,
                   "Open connections at most (idle ones too); more are answered 503")
        ->check(CLI::Range(std::size_t{1}, std::size_t{100000}))
        ->capture_default_str();
    app.add_option("--max-queued", limits_.max_queued,
                   "Complete requests waiting for a worker thread at most; more are answered 503")
        ->check(CLI::Range(std::size_t{1}, std::size_t{100000}))
        ->capture_default_str();
    app.add_option("--head-timeout", head_timeout_s_,
                   "Seconds a connection has to send a whole request head (from connect, or from the previous answer)")
        ->check(CLI::Range(0.05, 3600.0))
        ->capture_default_str();
    app.add_option("--write-timeout", write_timeout_s_, "Seconds a client has to take a whole answer")
        ->check(CLI::Range(0.05, 3600.0))
        ->capture_default_str();
    app.add_option("--max-head-bytes", limits_.head.max_head_bytes,
                   "Request line and headers, bytes at most (431/414 above)")
        ->check(CLI::Range(std::size_t{1024}, std::size_t{1 << 20}))
        ->capture_default_str();
}

FrontLimits FrontOptions::limits() const {
    FrontLimits limits = limits_;
    limits.head_timeout = milliseconds(head_timeout_s_);
    limits.write_timeout = milliseconds(write_timeout_s_);
    return limits;
}

void allow_descriptors(std::size_t max_connections) {
    rlimit limit{};
    if (::getrlimit(RLIMIT_NOFILE, &limit) != 0) return;
    rlim_t wanted = static_cast<rlim_t>(max_connections) + 256;
    if (limit.rlim_cur >= wanted) return;
    limit.rlim_cur = limit.rlim_max == RLIM_INFINITY ? wanted : std::min(wanted, limit.rlim_max);
    ::setrlimit(RLIMIT_NOFILE, &limit);
    if (limit.rlim_cur < wanted) {
        spdlog::warn("searchd: only {} file descriptors allowed (ulimit -n) for --max-connections {}",
                     limit.rlim_cur, max_connections);
    }
}

}  // namespace vnsearch::searchd
