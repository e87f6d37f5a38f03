// searchd/ serves a database over HTTP, one direction: SearchRequest (parameters parsed; every 400 is
// born there) -> QueryBuilder (user text -> Xapian::Query through schema's Analyzer; filters.h builds
// every filter) -> Searcher (Enquire on a DatabasePool database, sorting, facets/) -> SearchResponse
// (hits, snippets, facets -> JSON). Beside them: the IndexWatcher that picks up new revisions,
// related articles, spelling suggestions. These routes connect URLs to those steps.
//
// The HTTP routes of searchd (cpp-httplib): each connects a URL to the search steps and nothing
// more — no Xapian and no text analysis here. Errors become JSON; nothing internal leaks.
#pragma once

#include <chrono>
#include <cstddef>
#include <optional>
#include <string>

#include <httplib.h>

#include "front/connection_front.h"
#include "http/conditional_get.h"
#include "http/cors.h"
#include "http/response_cache.h"
#include "request_monitor.h"
#include "searcher.h"
#include "snippet_builder.h"
#include "web/static_assets.h"

namespace vnsearch::searchd {

// cpp-httplib's request parsing and routing, driven by the ConnectionFront one whole request head at
// a time instead of by cpp-httplib's own thread-per-connection loop (see front/connection_front.h).
class RequestProcessor : public httplib::Server {
public:
    // Parses the request on stream, runs its route and writes the answer; false: close the connection.
    bool process(httplib::Stream& stream, bool close_connection, bool& connection_closed);
};

// What the HTTP layer adds around the routes: cross-origin access and caching.
struct HttpOptions {
    http::CorsPolicy cors;
    http::CachePolicy cache;
    std::size_t answer_cache_bytes = http::ResponseCache::kDefaultBytes;  // 0: no answer cache
    // /health reports "degraded" (503) for an index that has not committed for longer.
    std::optional<std::chrono::seconds> max_index_age;
};

class Server {
public:
    // threads: worker threads (they see only complete requests: idle and slow connections hold none);
    // `searches` of them serve the index requests (/search, /articles/...), the rest (at least 2) the
    // others (front/connection_front.h, FrontWorkers, says why).
    // The monitor sees every request (access log, metrics); limits bound connections and request heads.
    Server(Searcher& searcher, std::size_t threads, std::size_t searches, RequestMonitor& monitor,
           HttpOptions options = {}, const FrontLimits& limits = {});
    Server(const Server&) = delete;
    Server& operator=(const Server&) = delete;

    // Throws ListenError.
    void bind(const std::string& host, int port);
    // Serves until stop(); false when the listening loop failed.
    bool run();
    bool is_running() const { return front_.is_running(); }
    void stop() { front_.stop(); }
    FrontCounters counters() const { return front_.counters(); }

private:
    void add_routes();
    void search(const httplib::Request& request, httplib::Response& response) const;
    void article(const httplib::Request& request, httplib::Response& response) const;
    void related(const httplib::Request& request, httplib::Response& response) const;
    void health(const httplib::Request& request, httplib::Response& response) const;
    void metrics(const httplib::Request& request, httplib::Response& response) const;
    void static_file(const web::StaticAsset& asset, const httplib::Request& request, httplib::Response& response) const;
    std::string answer_refusal(const Refusal& refusal) const;
    // What an index answer to this request depends on, at the index's current version, and its validator.
    http::AnswerIdentity identity_of(const httplib::Request& request) const;

    Searcher& searcher_;
    RequestMonitor& monitor_;
    HttpOptions options_;
    mutable http::ResponseCache answers_;  // /search answers; a cache does not change what is answered
    SnippetBuilder snippets_;
    RequestProcessor http_;
    ConnectionFront front_;
};

}  // namespace vnsearch::searchd
