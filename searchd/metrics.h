// GET /metrics: searchd's Prometheus metrics, kept in a prometheus-cpp registry and written in the text
// exposition format (prometheus-cpp's core library only; served on searchd's own HTTP server).
//   vnsearch_http_requests_total{route,status}        counter
//   vnsearch_http_request_duration_seconds{route}     histogram
//   vnsearch_http_requests_in_flight                  gauge
//   vnsearch_index_documents, vnsearch_index_revision gauges
//   vnsearch_index_age_seconds                        gauge: seconds since the index last changed
//   vnsearch_index_reopen_failures_total              counter: checks for a new index that failed
//   vnsearch_connections_total{outcome}               counter: connections accepted, and what the front
//                                                     refused before any route (503 full or busy, 4xx head,
//                                                     head timeout), which vnsearch_http_requests_total misses
//   vnsearch_requests_waiting{lane}                   gauge: requests queued for a worker now (index, other)
// Routes are the URL patterns ("/articles/{id}"), never raw paths, so the label set stays small.
#pragma once

#include <memory>
#include <mutex>
#include <string>

#include <prometheus/counter.h>
#include <prometheus/family.h>
#include <prometheus/gauge.h>
#include <prometheus/histogram.h>
#include <prometheus/registry.h>

#include "front/connection_front.h"
#include "index_freshness.h"
#include "searcher.h"

namespace vnsearch::searchd {

class Metrics {
public:
    Metrics();
    Metrics(const Metrics&) = delete;
    Metrics& operator=(const Metrics&) = delete;

    void request_started() { in_flight_.Increment(); }
    void request_ended() { in_flight_.Decrement(); }
    void count_request(const std::string& route, int status, double seconds);
    void reopen_failed() { reopen_failures_.Increment(); }
    // Brings vnsearch_connections_total up to the front's own totals and sets vnsearch_requests_waiting
    // (call before exposition()).
    void count_connections(const FrontCounters& counters);

    // The route label of a request path.
    static std::string route_of(const std::string& path);

    // The text exposition, with the index gauges set from `stats` first.
    std::string exposition(const IndexStats& stats, TimePoint now);

private:
    std::shared_ptr<prometheus::Registry> registry_;
    prometheus::Family<prometheus::Counter>& requests_;
    prometheus::Family<prometheus::Histogram>& durations_;
    prometheus::Gauge& in_flight_;
    prometheus::Gauge& documents_;
    prometheus::Gauge& revision_;
    prometheus::Gauge& age_;
    prometheus::Counter& reopen_failures_;
    prometheus::Family<prometheus::Counter>& connections_;
    prometheus::Family<prometheus::Gauge>& waiting_;
    std::mutex connections_mutex_;  // two /metrics requests at once must not add the same difference twice
};

}  // namespace vnsearch::searchd
