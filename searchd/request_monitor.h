// What the server calls around each request: started() when it is routed, finished() when its response
// is written (cpp-httplib's pre-routing handler and logger, both on the request's worker thread). It
// times the request, counts it in the metrics and writes its access line. A request refused before
// routing (malformed, URI too long) is finished without having started: it is logged and counted with
// no duration, and leaves the in-flight gauge alone.
#pragma once

#include <httplib.h>

#include "access_log.h"
#include "metrics.h"

namespace vnsearch::searchd {

class RequestMonitor {
public:
    RequestMonitor(AccessLog& access_log, Metrics& metrics) : access_log_(access_log), metrics_(metrics) {}

    void started();
    void finished(const httplib::Request& request, const httplib::Response& response);

    Metrics& metrics() { return metrics_; }

private:
    AccessLog& access_log_;
    Metrics& metrics_;
};

}  // namespace vnsearch::searchd
