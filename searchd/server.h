// searchd/ serves a database over HTTP, one direction: SearchRequest (parameters parsed; every 400 is
// born there) -> QueryBuilder (user text -> Xapian::Query through schema's Analyzer; filters.h builds
// every filter) -> Searcher (Enquire on a DatabasePool database, sorting, facets/) -> SearchResponse
// (hits, snippets, facets -> JSON). Beside them: the IndexWatcher that picks up new revisions,
// related articles, spelling suggestions. These routes connect URLs to those steps.
//
// The HTTP routes of searchd (cpp-httplib): each connects a URL to the search steps and nothing
// more — no Xapian and no text analysis here. Errors become JSON; nothing internal leaks.
#pragma once

#include <cstddef>
#include <string>

#include <httplib.h>

#include "front/connection_front.h"
#include "searcher.h"
#include "snippet_builder.h"

namespace vnsearch::searchd {

// cpp-httplib's request parsing and routing, driven by the ConnectionFront one whole request head at
// a time instead of by cpp-httplib's own thread-per-connection loop (see front/connection_front.h).
class RequestProcessor : public httplib::Server {
public:
    // Parses the request on stream, runs its route and writes the answer; false: close the connection.
    bool process(httplib::Stream& stream, bool close_connection, bool& connection_closed);
};

class Server {
public:
    // threads: worker threads (they see only complete requests: idle and slow connections hold none).
    Server(Searcher& searcher, std::size_t threads, const FrontLimits& limits = {});
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

    Searcher& searcher_;
    SnippetBuilder snippets_;
    RequestProcessor http_;
    ConnectionFront front_;
};

}  // namespace vnsearch::searchd
