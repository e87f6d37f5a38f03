// The Prometheus registry and its exposition; see metrics.h.
#include "metrics.h"

#include <prometheus/text_serializer.h>

#include "web/static_assets.h"

namespace vnsearch::searchd {
namespace {

// Seconds: a cached search takes about a millisecond, a cold facet count over a large index a second.
const prometheus::Histogram::BucketBoundaries kDurationBuckets = {0.001, 0.0025, 0.005, 0.01, 0.025, 0.05,
                                                                  0.1,   0.25,   0.5,   1,    2.5,   5};

// A metric without labels: its family's one member.
template <typename Builder>
auto& unlabelled(Builder builder, prometheus::Registry& registry, const char* name, const char* help) {
    return builder.Name(name).Help(help).Register(registry).Add({});
}

}  // namespace

Metrics::Metrics()
    : registry_(std::make_shared<prometheus::Registry>()),
      requests_(prometheus::BuildCounter()
                    .Name("vnsearch_http_requests_total")
                    .Help("HTTP requests answered, by route and status")
                    .Register(*registry_)),
      durations_(prometheus::BuildHistogram()
                     .Name("vnsearch_http_request_duration_seconds")
                     .Help("Time from routing a request to writing its response, by route")
                     .Register(*registry_)),
      in_flight_(unlabelled(prometheus::BuildGauge(), *registry_, "vnsearch_http_requests_in_flight",
                            "Requests being handled now")),
      documents_(unlabelled(prometheus::BuildGauge(), *registry_, "vnsearch_index_documents",
                            "Articles in the served index")),
      revision_(unlabelled(prometheus::BuildGauge(), *registry_, "vnsearch_index_revision",
                           "Revision of the served index (grows with each indexer commit)")),
      age_(unlabelled(prometheus::BuildGauge(), *registry_, "vnsearch_index_age_seconds",
                      "Seconds since the index last changed (its last commit); -1 when unknown")),
      reopen_failures_(unlabelled(prometheus::BuildCounter(), *registry_, "vnsearch_index_reopen_failures_total",
                                  "Checks for a new index revision that could not open the database")),
      connections_(prometheus::BuildCounter()
                       .Name("vnsearch_connections_total")
                       .Help("Connections accepted, and refusals by the connection front before any route, by outcome")
                       .Register(*registry_)),
      waiting_(prometheus::BuildGauge()
                   .Name("vnsearch_requests_waiting")
                   .Help("Complete requests waiting for a worker thread now, by lane (index: /search and /articles, "
                         "at most --searches at once; other)")
                   .Register(*registry_)) {}

void Metrics::count_connections(const FrontCounters& counters) {
    std::lock_guard lock(connections_mutex_);
    auto bring_up = [this](const char* outcome, std::uint64_t total) {
        prometheus::Counter& counter = connections_.Add({{"outcome", outcome}});
        double missing = static_cast<double>(total) - counter.Value();
        if (missing > 0) counter.Increment(missing);
    };
    bring_up("accepted", counters.accepted);
    bring_up("refused_full", counters.refused_full);
    bring_up("refused_busy", counters.refused_busy);
    bring_up("refused_head", counters.refused_head);
    bring_up("head_timeout", counters.head_timeouts);
    waiting_.Add({{"lane", "index"}}).Set(static_cast<double>(counters.waiting_index));
    waiting_.Add({{"lane", "other"}}).Set(static_cast<double>(counters.waiting_other));
}

void Metrics::count_request(const std::string& route, int status, double seconds) {
    requests_.Add({{"route", route}, {"status", std::to_string(status)}}).Increment();
    durations_.Add({{"route", route}}, kDurationBuckets).Observe(seconds);
}

std::string Metrics::route_of(const std::string& path) {
    static constexpr std::string_view kArticles = "/articles/", kRelated = "/related";
    if (path == "/search" || path == "/health" || path == "/metrics") return path;
    for (const web::StaticAsset& asset : web::static_assets()) {  // the widget, its demo page, openapi.yaml
        if (path == asset.path) return path;
    }
    if (path.starts_with(kArticles) && path.size() > kArticles.size()) {
        std::string_view rest = std::string_view(path).substr(kArticles.size());
        if (rest.find('/') == std::string_view::npos) return "/articles/{id}";
        if (rest.ends_with(kRelated) && rest.find('/') == rest.size() - kRelated.size()) return "/articles/{id}/related";
    }
    return "other";
}

std::string Metrics::exposition(const IndexStats& stats, TimePoint now) {
    documents_.Set(static_cast<double>(stats.documents));
    revision_.Set(static_cast<double>(stats.revision));
    age_.Set(stats.last_commit ? static_cast<double>(age_seconds(*stats.last_commit, now)) : -1.0);
    return prometheus::TextSerializer().Serialize(registry_->Collect());
}

}  // namespace vnsearch::searchd
