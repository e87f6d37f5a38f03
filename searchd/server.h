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
#include <stdexcept>
#include <string>

#include <httplib.h>

#include "http/conditional_get.h"
#include "http/cors.h"
#include "http/response_cache.h"
#include "request_monitor.h"
#include "searcher.h"
#include "snippet_builder.h"
#include "web/static_assets.h"

namespace vnsearch::searchd {

// The address cannot be listened on; the message says which and why.
struct ListenError : std::runtime_error {
    using std::runtime_error::runtime_error;
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
    // threads: worker threads; a keep-alive connection holds one while it lasts. The monitor sees every
    // request (access log, metrics).
    Server(Searcher& searcher, std::size_t threads, RequestMonitor& monitor, HttpOptions options = {});
    Server(const Server&) = delete;
    Server& operator=(const Server&) = delete;

    // Throws ListenError.
    void bind(const std::string& host, int port);
    // Serves until stop(); false when the listening loop failed.
    bool run();
    bool is_running() const { return http_.is_running(); }
    void stop() { http_.stop(); }

private:
    void add_routes();
    void search(const httplib::Request& request, httplib::Response& response) const;
    void article(const httplib::Request& request, httplib::Response& response) const;
    void related(const httplib::Request& request, httplib::Response& response) const;
    void health(const httplib::Request& request, httplib::Response& response) const;
    void metrics(const httplib::Request& request, httplib::Response& response) const;
    void static_file(const web::StaticAsset& asset, const httplib::Request& request, httplib::Response& response) const;
    // What an index answer to this request depends on, at the index's current version, and its validator.
    http::AnswerIdentity identity_of(const httplib::Request& request) const;

    Searcher& searcher_;
    RequestMonitor& monitor_;
    HttpOptions options_;
    mutable http::ResponseCache answers_;  // /search answers; a cache does not change what is answered
    SnippetBuilder snippets_;
    httplib::Server http_;
};

}  // namespace vnsearch::searchd
