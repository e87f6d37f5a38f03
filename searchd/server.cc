// Routes, error handling and request logging of searchd; see server.h.
#include "server.h"

#include <spdlog/spdlog.h>

#include <chrono>
#include <exception>

#include "article_response.h"
#include "database_pool.h"
#include "log_text.h"
#include "search_request.h"
#include "search_response.h"
#include "stopwatch.h"

namespace vnsearch::searchd {
namespace {

void reply(httplib::Response& response, int status, const nlohmann::json& body) {
    response.status = status;
    // Stored text is UTF-8 already; replace rather than throw if a byte slipped through.
    response.set_content(body.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace),
                         "application/json; charset=utf-8");
}

nlohmann::json error_json(const std::string& message) { return {{"error", message}}; }

// The start of the request this worker thread is handling: set before routing, read by the logger
// (cpp-httplib runs both on the thread that handles the request, and passes no state between them).
Stopwatch& request_stopwatch() {
    thread_local Stopwatch stopwatch;
    return stopwatch;
}

std::string default_message(const httplib::Request& request, int status) {
    if (status == 404) {
        return "no such endpoint: " + request.method + " " + printable_for_log(request.path) +
               " (try GET /search?q=..., GET /articles/{id}, GET /articles/{id}/related, GET /health)";
    }
    if (status == 405) return "method " + request.method + " is not allowed: searchd answers GET and HEAD only";
    if (status < 500) return "bad request (HTTP " + std::to_string(status) + ")";
    return "internal error (HTTP " + std::to_string(status) + "); the server log has the details";
}

bool is_read_method(const std::string& method) { return method == "GET" || method == "HEAD"; }

}  // namespace

bool RequestProcessor::process(httplib::Stream& stream, bool close_connection, bool& connection_closed) {
    // searchd serves small JSON documents and never needs ranges: a Range header with thousands of
    // "0-" ranges would otherwise make cpp-httplib build a multipart answer thousands of times the
    // document (measured on 77e4ae0: 150 MB for a 6 KB request). The whole document is the answer.
    return process_request(stream, close_connection, connection_closed, [](httplib::Request& request) {
        request.ranges.clear();
    });
}

Server::Server(Searcher& searcher, std::size_t threads, const FrontLimits& limits)
    : searcher_(searcher),
      front_(limits, threads, [this](httplib::Stream& stream, bool close_connection, bool& connection_closed) {
          return http_.process(stream, close_connection, connection_closed);
      }) {
    // Only for the Keep-Alive header cpp-httplib writes: the front enforces both.
    http_.set_keep_alive_max_count(limits.max_requests_per_connection);
    http_.set_keep_alive_timeout(std::chrono::ceil<std::chrono::seconds>(limits.head_timeout).count());
    add_routes();
}

void Server::add_routes() {
    http_.Get("/search", [this](const auto& request, auto& response) { search(request, response); });
    http_.Get(R"(/articles/([^/]+)/related)", [this](const auto& request, auto& response) { related(request, response); });
    http_.Get(R"(/articles/([^/]+))", [this](const auto& request, auto& response) { article(request, response); });
    http_.Get("/health", [this](const auto& request, auto& response) { health(request, response); });

    http_.set_pre_routing_handler([](const httplib::Request& request, httplib::Response& response) {
        request_stopwatch() = Stopwatch();
        if (is_read_method(request.method)) return httplib::Server::HandlerResponse::Unhandled;
        response.status = 405;
        response.set_header("Allow", "GET, HEAD");
        reply(response, 405, error_json(default_message(request, 405)));
        return httplib::Server::HandlerResponse::Handled;
    });
    http_.set_exception_handler([](const httplib::Request& request, httplib::Response& response, std::exception_ptr error) {
        try {
            std::rethrow_exception(error);
        } catch (const BadRequest& bad) {
            reply(response, 400, error_json(bad.what()));
        } catch (const DatabaseUnavailable& unavailable) {
            // Removed or being replaced under us, and this request needed a fresh open: say so, retryable.
            spdlog::warn("{} {}: {}", request.method, printable_for_log(request.path), unavailable.what());
            response.set_header("Retry-After", "1");
            reply(response, 503, error_json("the index is unavailable for the moment; try again"));
        } catch (const std::exception& failure) {
            spdlog::error("{} {}: {}", request.method, printable_for_log(request.path), failure.what());
            reply(response, 500, error_json(default_message(request, 500)));
        } catch (...) {
            spdlog::error("{} {}: unknown exception", request.method, printable_for_log(request.path));
            reply(response, 500, error_json(default_message(request, 500)));
        }
    });
    // Any error response without a body of ours (unknown path, malformed request) still gets JSON.
    httplib::Server::HandlerWithResponse on_error = [](const httplib::Request& request, httplib::Response& response) {
        if (!response.body.empty()) return httplib::Server::HandlerResponse::Unhandled;
        reply(response, response.status, error_json(default_message(request, response.status)));
        return httplib::Server::HandlerResponse::Handled;
    };
    http_.set_error_handler(on_error);
    http_.set_logger([](const httplib::Request& request, const httplib::Response& response) {
        spdlog::info("{} {} {} {:.1f} ms", request.method, printable_for_log(request.path), response.status,
                     request_stopwatch().elapsed_ms());
    });
}

void Server::search(const httplib::Request& request, httplib::Response& response) const {
    Stopwatch stopwatch;
    SearchRequest search_request = parse_search_request(request.params);
    SearchResult result = searcher_.search(search_request);
    reply(response, 200, search_response_json(search_request, result, snippets_, stopwatch));
}

void Server::article(const httplib::Request& request, httplib::Response& response) const {
    std::string id = request.matches[1];
    if (auto article = searcher_.article(id)) {
        reply(response, 200, article_json(std::move(*article)));
    } else {
        reply(response, 404, error_json("no article with id '" + id + "'"));
    }
}

void Server::related(const httplib::Request& request, httplib::Response& response) const {
    std::string id = request.matches[1];
    RelatedRequest related_request = parse_related_request(request.params);
    if (auto result = searcher_.related(id, related_request)) {
        reply(response, 200, related_response_json(id, *result, snippets_));
    } else {
        reply(response, 404, error_json("no article with id '" + id + "'"));
    }
}

void Server::health(const httplib::Request&, httplib::Response& response) const {
    IndexStats stats = searcher_.stats();
    reply(response, 200, {{"status", "ok"}, {"documents", stats.documents}, {"revision", stats.revision}});
}

void Server::bind(const std::string& host, int port) { front_.listen(host, port); }

bool Server::run() { return front_.run(); }

}  // namespace vnsearch::searchd
