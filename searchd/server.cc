// Routes, error handling and request logging of searchd; see server.h.
#include "server.h"

#include <spdlog/spdlog.h>

#include <algorithm>
#include <chrono>
#include <exception>
#include <string_view>

#include "access_log.h"
#include "article_response.h"
#include "database_pool.h"
#include "front/front_response.h"
#include "front/partial_request.h"
#include "health_report.h"
#include "http/content_coding.h"
#include "http/json_reply.h"
#include "http/vary.h"
#include "search_request.h"
#include "search_response.h"
#include "stopwatch.h"

namespace vnsearch::searchd {
namespace {

using http::error_json;
using http::reply;

std::string default_message(const httplib::Request& request, int status) {
    if (status == 404) {
        return "no such endpoint: " + request.method + " " + AccessLog::escape(request.path) +
               " (try GET /search?q=..., GET /articles/{id}, GET /articles/{id}/related, GET /health, GET /metrics, GET /openapi.yaml)";
    }
    if (status == 405) return "method " + request.method + " is not allowed: searchd answers GET and HEAD only";
    if (status < 500) return "bad request (HTTP " + std::to_string(status) + ")";
    return "internal error (HTTP " + std::to_string(status) + "); the server log has the details";
}

bool is_read_method(const std::string& method) { return method == "GET" || method == "HEAD"; }

// A fixed URL path as a cpp-httplib route pattern (a regular expression): "/widget.js" -> "/widget\\.js".
std::string literal_route(std::string_view path) {
    std::string pattern;
    for (char c : path) {
        if (c == '.') pattern += '\\';
        pattern += c;
    }
    return pattern;
}

// The requests that read the index: "GET /search?..." and "GET /articles/..." (HEAD too, and the
// absolute form "GET http://host/search?..."). Anything else, however malformed, is not.
bool is_index_request(std::string_view head) {
    std::size_t space = head.find(' ');
    if (space == std::string_view::npos) return false;
    std::string_view target = head.substr(space + 1, head.find_first_of(" \r\n", space + 1) - space - 1);
    if (auto scheme = target.find("://"); scheme != std::string_view::npos && scheme < target.find('/')) {
        std::size_t path_start = target.find('/', scheme + 3);
        target = path_start == std::string_view::npos ? std::string_view() : target.substr(path_start);
    }
    std::string_view path = target.substr(0, target.find('?'));
    return path == "/search" || path.starts_with("/articles/");
}

}  // namespace

bool RequestProcessor::process(httplib::Stream& stream, bool close_connection, bool& connection_closed) {
    // searchd serves small JSON documents and never needs ranges: a Range header with thousands of
    // "0-" ranges would otherwise make cpp-httplib build a multipart answer thousands of times the
    // document (measured on 77e4ae0: 150 MB for a 6 KB request). The whole document is the answer.
    // Accept-Encoding is taken away from cpp-httplib, which would compress brotli at quality 11 (see
    // http/content_coding.h): the post-routing step encodes the answer in the coding negotiated here.
    return process_request(stream, close_connection, connection_closed, [](httplib::Request& request) {
        request.ranges.clear();
        http::ContentCoding coding = http::negotiate(request.get_header_value("Accept-Encoding"));
        request.headers.erase("Accept-Encoding");
        request.headers.erase(http::kNegotiatedCodingHeader);
        request.set_header(http::kNegotiatedCodingHeader, std::string(http::coding_name(coding)));
    });
}

// Listening, the socket options (SO_REUSEADDR without SO_REUSEPORT, TCP_NODELAY) and the worker
// threads are the ConnectionFront's; cpp-httplib parses and routes each complete request.
Server::Server(Searcher& searcher, std::size_t threads, std::size_t searches, RequestMonitor& monitor,
               HttpOptions options, const FrontLimits& limits)
    : searcher_(searcher),
      monitor_(monitor),
      options_(std::move(options)),
      answers_(options_.answer_cache_bytes),
      front_(limits, FrontWorkers{searches, std::max<std::size_t>(threads, searches + 2) - searches, &is_index_request},
             [this](httplib::Stream& stream, bool close_connection, bool& connection_closed) {
          return http_.process(stream, close_connection, connection_closed);
      }, [this](const Refusal& refusal) { return answer_refusal(refusal); }) {
    // Only for the Keep-Alive header cpp-httplib writes: the front enforces both.
    http_.set_keep_alive_max_count(limits.max_requests_per_connection);
    http_.set_keep_alive_timeout(std::chrono::ceil<std::chrono::seconds>(limits.head_timeout).count());
    add_routes();
}

// The front's own answers (503, 408, 400/413/414/431) get what every other answer gets: the CORS
// headers of their Origin, so the widget on a portal can read "busy, try again" rather than a network
// error, and an access line. A connection refused at accept sent no request: it is counted in
// vnsearch_connections_total and the front's once-a-second overload warning, not logged one by one.
std::string Server::answer_refusal(const Refusal& refusal) const {
    httplib::Request request = partial_request(refusal.head);
    request.remote_addr = refusal.client;
    httplib::Response response;
    response.status = refusal.status;
    options_.cors.decorate(request, response);
    std::string headers;
    for (const auto& [name, value] : response.headers) headers += name + ": " + value + "\r\n";
    std::string answer = front_response(refusal.status, refusal.message, headers);
    if (!request.method.empty()) {
        response.body = answer.substr(answer.find("\r\n\r\n") + 4);
        monitor_.finished(request, response);
    }
    return answer;
}

void Server::add_routes() {
    http_.Get("/search", [this](const auto& request, auto& response) { search(request, response); });
    http_.Get(R"(/articles/([^/]+)/related)", [this](const auto& request, auto& response) { related(request, response); });
    http_.Get(R"(/articles/([^/]+))", [this](const auto& request, auto& response) { article(request, response); });
    http_.Get("/health", [this](const auto& request, auto& response) { health(request, response); });
    http_.Get("/metrics", [this](const auto& request, auto& response) { metrics(request, response); });
    for (const web::StaticAsset& asset : web::static_assets()) {
        http_.Get(literal_route(asset.path),
                  [this, &asset](const auto& request, auto& response) { static_file(asset, request, response); });
    }

    http_.set_pre_routing_handler([this](const httplib::Request& request, httplib::Response& response) {
        monitor_.started();
        if (http::CorsPolicy::is_preflight(request)) {
            options_.cors.answer_preflight(request, response);
            return httplib::Server::HandlerResponse::Handled;
        }
        if (is_read_method(request.method)) return httplib::Server::HandlerResponse::Unhandled;
        response.set_header("Allow", options_.cors.enabled() ? "GET, HEAD, OPTIONS" : "GET, HEAD");
        reply(response, 405, error_json(default_message(request, 405)));
        return httplib::Server::HandlerResponse::Handled;
    });
    // Every answer (errors included) carries the CORS headers its Origin gets; every body may be compressed.
    http_.set_post_routing_handler([this](const httplib::Request& request, httplib::Response& response) {
        if (!http::CorsPolicy::is_preflight(request)) options_.cors.decorate(request, response);
        http::add_vary(response, "Accept-Encoding");
        http::encode_body(response, http::coding_named(request.get_header_value(http::kNegotiatedCodingHeader)));
    });
    http_.set_exception_handler([](const httplib::Request& request, httplib::Response& response, std::exception_ptr error) {
        try {
            std::rethrow_exception(error);
        } catch (const BadRequest& bad) {
            reply(response, 400, error_json(bad.what()));
        } catch (const DatabaseUnavailable& unavailable) {
            // Removed or being replaced under us, and this request needed a fresh open: say so, retryable.
            spdlog::warn("{} {}: {}", request.method, AccessLog::escape(request.path), unavailable.what());
            response.set_header("Retry-After", "1");
            reply(response, 503, error_json("the index is unavailable for the moment; try again"));
        } catch (const std::exception& failure) {
            spdlog::error("{} {}: {}", request.method, AccessLog::escape(request.path), failure.what());
            reply(response, 500, error_json(default_message(request, 500)));
        } catch (...) {
            spdlog::error("{} {}: unknown exception", request.method, AccessLog::escape(request.path));
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
    http_.set_logger([this](const httplib::Request& request, const httplib::Response& response) {
        monitor_.finished(request, response);
    });
}

http::AnswerIdentity Server::identity_of(const httplib::Request& request) const {
    IndexStats stats = searcher_.stats();
    return http::identify(stats.uuid, stats.revision, request);
}

// Index answers: a client that holds the current validator gets 304 before any search is run, and a
// search answered before at this index version is answered again from memory.
void Server::search(const httplib::Request& request, httplib::Response& response) const {
    Stopwatch stopwatch;
    http::AnswerIdentity identity = identity_of(request);
    if (http::client_has(request, identity.etag)) return http::reply_not_modified(response, identity.etag, options_.cache);
    if (auto answer = answers_.find(identity.key)) {
        reply(response, 200, retimed(*answer, stopwatch));
    } else {
        SearchRequest search_request = parse_search_request(request.params);
        SearchResult result = searcher_.search(search_request);
        reply(response, 200, search_response_json(search_request, result, snippets_, stopwatch));
        answers_.store(identity.key, response.body);
    }
    http::add_validators(response, identity.etag, options_.cache);
}

void Server::article(const httplib::Request& request, httplib::Response& response) const {
    std::string id = request.matches[1];
    std::string etag = identity_of(request).etag;
    if (http::client_has(request, etag)) return http::reply_not_modified(response, etag, options_.cache);
    if (auto article = searcher_.article(id)) {
        reply(response, 200, bounded_article_json(std::move(*article)));
        http::add_validators(response, etag, options_.cache);
    } else {
        reply(response, 404, error_json("no article with id '" + id + "'"));
    }
}

// Related articles are asked for on every view of an article page: answered from memory like searches.
void Server::related(const httplib::Request& request, httplib::Response& response) const {
    std::string id = request.matches[1];
    http::AnswerIdentity identity = identity_of(request);
    if (http::client_has(request, identity.etag)) return http::reply_not_modified(response, identity.etag, options_.cache);
    if (auto answer = answers_.find(identity.key)) {
        response.status = 200;
        response.set_content(*answer, http::kJsonType);
    } else if (auto result = searcher_.related(id, parse_related_request(request.params))) {
        reply(response, 200, related_response_json(id, *result, snippets_));
        answers_.store(identity.key, response.body);
    } else {
        return reply(response, 404, error_json("no article with id '" + id + "'"));
    }
    http::add_validators(response, identity.etag, options_.cache);
}

void Server::health(const httplib::Request&, httplib::Response& response) const {
    HealthReport report = health_report(searcher_.stats(), options_.max_index_age, std::chrono::system_clock::now());
    reply(response, report.status, report.body);
    response.set_header("Cache-Control", "no-store");  // a liveness probe must reach searchd
}

void Server::metrics(const httplib::Request&, httplib::Response& response) const {
    monitor_.metrics().count_connections(front_.counters());
    response.set_content(monitor_.metrics().exposition(searcher_.stats(), std::chrono::system_clock::now()),
                         "text/plain; version=0.0.4; charset=utf-8");
    response.set_header("Cache-Control", "no-store");
}

void Server::static_file(const web::StaticAsset& asset, const httplib::Request& request,
                         httplib::Response& response) const {
    if (http::client_has(request, asset.etag)) return http::reply_not_modified(response, asset.etag, options_.cache);
    response.status = 200;
    response.set_content(std::string(asset.body), std::string(asset.content_type));
    http::add_validators(response, asset.etag, options_.cache);
}

void Server::bind(const std::string& host, int port) { front_.listen(host, port); }

bool Server::run() { return front_.run(); }

}  // namespace vnsearch::searchd
