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

#include "request_monitor.h"
#include "searcher.h"
#include "snippet_builder.h"

namespace vnsearch::searchd {

// The address cannot be listened on; the message says which and why.
struct ListenError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

class Server {
public:
    // threads: worker threads; a keep-alive connection holds one while it lasts. The monitor sees every
    // request (access log, metrics); /health reports "degraded" for an index older than max_index_age.
    Server(Searcher& searcher, std::size_t threads, RequestMonitor& monitor,
           std::optional<std::chrono::seconds> max_index_age = std::nullopt);
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

    Searcher& searcher_;
    RequestMonitor& monitor_;
    std::optional<std::chrono::seconds> max_index_age_;
    SnippetBuilder snippets_;
    httplib::Server http_;
};

}  // namespace vnsearch::searchd
