// Per-request timing, metrics and access log; see request_monitor.h.
#include "request_monitor.h"

#include <optional>

#include "stopwatch.h"

namespace vnsearch::searchd {
namespace {

// The request this worker thread is handling, from started() to finished(): cpp-httplib passes no
// state between its pre-routing handler and its logger, but runs both on the request's thread.
std::optional<Stopwatch>& current_request() {
    thread_local std::optional<Stopwatch> stopwatch;
    return stopwatch;
}

}  // namespace

void RequestMonitor::started() {
    current_request().emplace();
    metrics_.request_started();
}

void RequestMonitor::finished(const httplib::Request& request, const httplib::Response& response) {
    auto& stopwatch = current_request();
    double ms = stopwatch ? stopwatch->elapsed_ms() : 0.0;
    if (stopwatch) metrics_.request_ended();
    stopwatch.reset();
    metrics_.count_request(Metrics::route_of(request.path), response.status, ms / 1000);
    access_log_.write(access_log_.record(request, response, ms));
}

}  // namespace vnsearch::searchd
