// Routes, error handling and request logging of searchd; see server.h.
#include "server.h"

#include <spdlog/spdlog.h>
#include <sys/socket.h>

#include <cerrno>
#include <cstring>
#include <exception>

#include "health_report.h"
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
        return "no such endpoint: " + request.method + " " + request.path +
               " (try GET /search?q=..., GET /articles/{id}, GET /articles/{id}/related, GET /health, GET /metrics, GET /openapi.yaml)";
    }
    if (status == 405) return "method " + request.method + " is not allowed here; use GET";
    if (status < 500) return "bad request (HTTP " + std::to_string(status) + ")";
    return "internal error (HTTP " + std::to_string(status) + "); the server log has the details";
}

// A fixed URL path as a cpp-httplib route pattern (a regular expression): "/widget.js" -> "/widget\\.js".
std::string literal_route(std::string_view path) {
    std::string pattern;
    for (char c : path) {
        if (c == '.') pattern += '\\';
        pattern += c;
    }
    return pattern;
}

}  // namespace

Server::Server(Searcher& searcher, std::size_t threads, RequestMonitor& monitor, HttpOptions options)
    : searcher_(searcher), monitor_(monitor), options_(std::move(options)), answers_(options_.answer_cache_bytes) {
    // cpp-httplib's default pool is 8 threads, and a keep-alive connection holds one: size it.
    http_.new_task_queue = [threads] { return new httplib::ThreadPool(threads); };
    // cpp-httplib sets SO_REUSEPORT, which lets a second searchd bind a busy port and share its traffic;
    // SO_REUSEADDR alone still allows a quick restart but makes a busy port an error.
    http_.set_socket_options([](socket_t socket) {
        int yes = 1;
        ::setsockopt(socket, SOL_SOCKET, SO_REUSEADDR, &yes, sizeof yes);
    });
    // Headers and body go out in two writes: without TCP_NODELAY, Nagle's algorithm and the client's
    // delayed ACK add about 40 ms to every response (measured: median 47.8 ms vs 8.7 ms took_ms).
    http_.set_tcp_nodelay(true);
    add_routes();
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
        if (!http::CorsPolicy::is_preflight(request)) return httplib::Server::HandlerResponse::Unhandled;
        options_.cors.answer_preflight(request, response);
        return httplib::Server::HandlerResponse::Handled;
    });
    // Every answer (errors included) carries the CORS headers its Origin gets; every body may be compressed.
    http_.set_post_routing_handler([this](const httplib::Request& request, httplib::Response& response) {
        if (!http::CorsPolicy::is_preflight(request)) options_.cors.decorate(request, response);
        http::add_vary(response, "Accept-Encoding");
    });
    http_.set_exception_handler([](const httplib::Request& request, httplib::Response& response, std::exception_ptr error) {
        try {
            std::rethrow_exception(error);
        } catch (const BadRequest& bad) {
            reply(response, 400, error_json(bad.what()));
        } catch (const std::exception& failure) {
            spdlog::error("{} {}: {}", request.method, request.path, failure.what());
            reply(response, 500, error_json(default_message(request, 500)));
        } catch (...) {
            spdlog::error("{} {}: unknown exception", request.method, request.path);
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
        reply(response, 200, article_json(*article));
        http::add_validators(response, etag, options_.cache);
    } else {
        reply(response, 404, error_json("no article with id '" + id + "'"));
    }
}

void Server::related(const httplib::Request& request, httplib::Response& response) const {
    std::string id = request.matches[1];
    std::string etag = identity_of(request).etag;
    if (http::client_has(request, etag)) return http::reply_not_modified(response, etag, options_.cache);
    RelatedRequest related_request = parse_related_request(request.params);
    if (auto result = searcher_.related(id, related_request)) {
        reply(response, 200, related_response_json(id, *result, snippets_));
        http::add_validators(response, etag, options_.cache);
    } else {
        reply(response, 404, error_json("no article with id '" + id + "'"));
    }
}

void Server::health(const httplib::Request&, httplib::Response& response) const {
    HealthReport report = health_report(searcher_.stats(), options_.max_index_age, std::chrono::system_clock::now());
    reply(response, report.status, report.body);
    response.set_header("Cache-Control", "no-store");  // a liveness probe must reach searchd
}

void Server::metrics(const httplib::Request&, httplib::Response& response) const {
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

void Server::bind(const std::string& host, int port) {
    errno = 0;
    if (!http_.bind_to_port(host, port)) {
        std::string cause = errno != 0 ? std::strerror(errno) : "the address is not valid or not free";
        throw ListenError("cannot listen on " + host + ":" + std::to_string(port) + ": " + cause);
    }
}

bool Server::run() { return http_.listen_after_bind(); }

}  // namespace vnsearch::searchd
