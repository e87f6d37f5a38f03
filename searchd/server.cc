// Routes, error handling and request logging of searchd; see server.h.
#include "server.h"

#include <spdlog/spdlog.h>
#include <sys/socket.h>

#include <cerrno>
#include <cstring>
#include <exception>

#include "health_report.h"
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

std::string default_message(const httplib::Request& request, int status) {
    if (status == 404) {
        return "no such endpoint: " + request.method + " " + request.path +
               " (try GET /search?q=..., GET /articles/{id}, GET /articles/{id}/related, GET /health, GET /metrics)";
    }
    if (status == 405) return "method " + request.method + " is not allowed here; use GET";
    if (status < 500) return "bad request (HTTP " + std::to_string(status) + ")";
    return "internal error (HTTP " + std::to_string(status) + "); the server log has the details";
}

}  // namespace

Server::Server(Searcher& searcher, std::size_t threads, RequestMonitor& monitor,
               std::optional<std::chrono::seconds> max_index_age)
    : searcher_(searcher), monitor_(monitor), max_index_age_(max_index_age) {
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

    http_.set_pre_routing_handler([this](const httplib::Request&, httplib::Response&) {
        monitor_.started();
        return httplib::Server::HandlerResponse::Unhandled;
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

void Server::search(const httplib::Request& request, httplib::Response& response) const {
    Stopwatch stopwatch;
    SearchRequest search_request = parse_search_request(request.params);
    SearchResult result = searcher_.search(search_request);
    reply(response, 200, search_response_json(search_request, result, snippets_, stopwatch));
}

void Server::article(const httplib::Request& request, httplib::Response& response) const {
    std::string id = request.matches[1];
    if (auto article = searcher_.article(id)) {
        reply(response, 200, schema::to_json(*article));
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
    HealthReport report = health_report(searcher_.stats(), max_index_age_, std::chrono::system_clock::now());
    reply(response, report.status, report.body);
}

void Server::metrics(const httplib::Request&, httplib::Response& response) const {
    response.set_content(monitor_.metrics().exposition(searcher_.stats(), std::chrono::system_clock::now()),
                         "text/plain; version=0.0.4; charset=utf-8");
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
