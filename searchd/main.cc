// searchd: serves a vnsearch database over HTTP, picking up index changes live. This file parses the
// command line, wires the parts together and handles signals (INT/TERM: stop, HUP: recheck the index).
#include <CLI/CLI.hpp>
#include <pthread.h>
#include <signal.h>
#include <spdlog/spdlog.h>

#include <atomic>
#include <algorithm>
#include <charconv>
#include <chrono>
#include <cstdio>
#include <map>
#include <optional>
#include <string>
#include <thread>
#include <vector>

#include <xapian.h>

#include "access_log.h"
#include "database_pool.h"
#include "front/front_options.h"
#include "index_watcher.h"
#include "logging.h"
#include "metrics.h"
#include "privileges.h"
#include "request_monitor.h"
#include "searcher.h"
#include "server.h"
#include "vnsearch/service/options.h"
#include "vnsearch/service/version.h"

namespace {

// A search on local databases is CPU work: as many at once as there are cores (FrontWorkers in
// front/connection_front.h says why). One on a remote database mostly waits for the network.
std::size_t default_searches(const vnsearch::searchd::DatabaseList& databases, std::size_t threads) {
    if (databases.has_remote()) return threads;
    return std::clamp<std::size_t>(std::thread::hardware_concurrency(), 1, threads);
}

using namespace vnsearch::searchd;
using namespace vnsearch::service;

constexpr int kExitUsage = 2;  // usage error, or the database or the address is unavailable

constexpr const char* kFooter =
    "Endpoints: GET /search, /articles/{id}, /articles/{id}/related, /health (503 \"degraded\" past\n"
    "--max-index-age), /metrics (Prometheus text format). The contract: openapi.yaml (installed in\n"
    "/usr/share/vnsearch). A new index revision or a --rebuild swap is picked up within a second.\n"
    "\n"
    "Logs go to stderr: one access line per request (client, method, path?query, status, body bytes,\n"
    "duration) and events; --log-format json writes one JSON object a line.\n"
    "\n"
    "Signals: SIGTERM, SIGINT stop (exit 0); SIGHUP checks the index for a new revision now.\n"
    "\n"
    "Exit status:\n"
    "  0  stopped by SIGTERM or SIGINT\n"
    "  1  the server failed while serving\n"
    "  2  usage or configuration error, the database cannot be opened, the address is taken, or --user failed\n"
    "\n"
    "Configuration file (--config FILE, INI/TOML): each key is a long option without its dashes, options\n"
    "on the command line win:\n"
    "  db = \"/var/lib/vnsearch/db\"\n"
    "  listen = \"127.0.0.1:8080\"\n"
    "  max-index-age = \"36h\"\n";

struct ListenAddress {
    std::string host;
    int port = 0;
};

// "HOST:PORT", with "[v6]:PORT" for IPv6. Throws CLI::ValidationError.
ListenAddress parse_listen(const std::string& text) {
    auto colon = text.rfind(':');
    if (colon == std::string::npos || colon == 0) {
        throw CLI::ValidationError("--listen", "expected HOST:PORT, e.g. 127.0.0.1:8080, got '" + text + "'");
    }
    ListenAddress address{text.substr(0, colon), 0};
    if (address.host.size() > 2 && address.host.front() == '[' && address.host.back() == ']') {
        address.host = address.host.substr(1, address.host.size() - 2);
    }
    std::string port = text.substr(colon + 1);
    auto [end, error] = std::from_chars(port.data(), port.data() + port.size(), address.port);
    if (port.empty() || error != std::errc() || end != port.data() + port.size() || address.port < 1 ||
        address.port > 65535) {
        throw CLI::ValidationError("--listen", "expected a port from 1 to 65535 after the colon, got '" + port + "'");
    }
    return address;
}

// The signals searchd handles, blocked in every thread (so they queue for sigwait) from the start.
sigset_t handled_signals() {
    sigset_t signals;
    sigemptyset(&signals);
    sigaddset(&signals, SIGINT);
    sigaddset(&signals, SIGTERM);
    sigaddset(&signals, SIGHUP);
    return signals;
}

// Serves until SIGINT or SIGTERM (or the server fails); returns whether serving went well.
bool serve_until_stopped(Server& server, IndexWatcher& watcher, const sigset_t& signals) {
    std::atomic<bool> finished{false};
    bool ok = true;
    std::thread serving([&] {
        ok = server.run();
        finished = true;
        ::kill(::getpid(), SIGTERM);  // wakes the sigwait below if the server stopped on its own
    });
    // stop() only works on a running server: wait for it (or for its failure).
    while (!server.is_running() && !finished) std::this_thread::sleep_for(std::chrono::milliseconds(1));
    while (!finished) {
        int signal_number = 0;
        sigwait(&signals, &signal_number);
        if (signal_number == SIGHUP) {
            watcher.poke();  // check the index now rather than at the next tick
            continue;
        }
        spdlog::info("searchd: signal {}, stopping", signal_number);
        break;
    }
    server.stop();
    serving.join();
    return ok;
}

}  // namespace

int main(int argc, char** argv) {
    CLI::App app{"Serve a vnsearch database over HTTP: GET /search, /articles/{id}, /articles/{id}/related, /health, "
                 "/metrics, and the search widget (/widget.js, demo page at /).",
                 "searchd"};
    app.footer(kFooter);
    std::vector<std::string> db;
    std::string listen = "127.0.0.1:8080";
    std::size_t threads = 32;
    app.add_option("--db", db,
                   "Database to serve (built by indexer): a directory, a shard set (indexer --shards), or "
                   "tcp://HOST:PORT (a database served by xapian-tcpsrv); repeatable: all are served as one")
        ->required()
        ->check([](const std::string& entry) {
            try {
                parse_database_entry(entry);
                return std::string();
            } catch (const BadDatabaseEntry& error) {
                return std::string(error.what());
            }
        });
    RemoteTimeouts remote_timeouts;
    unsigned remote_timeout_ms = static_cast<unsigned>(remote_timeouts.reply.count());
    app.add_option("--remote-timeout", remote_timeout_ms,
                   "Milliseconds a tcp:// database may take to answer before the request fails with 503 "
                   "(connecting: at most 3000)")
        ->check(CLI::Range(100u, 600000u))
        ->capture_default_str();
    app.add_option("--listen", listen, "Address to listen on, HOST:PORT")->capture_default_str();
    app.add_option("--threads", threads,
                   "Worker threads (they handle complete requests only): --searches of them serve /search and "
                   "/articles, the rest (at least 2) everything else")
        ->check(CLI::Range(std::size_t{1}, std::size_t{1024}))
        ->capture_default_str();
    std::size_t searches = 0;
    app.add_option("--searches", searches,
                   "Worker threads serving /search and /articles (searches run at once at most; more wait their turn "
                   "in order); default: the machine's cores, or --threads with a tcp:// database")
        ->check(CLI::Range(std::size_t{1}, std::size_t{1024}));
    std::string ranking = "proximity";
    app.add_option("--ranking", ranking,
                   "proximity: BM25 plus syllable-bigram and title-phrase boosts; bm25: plain BM25 (baseline)")
        ->check(CLI::IsMember({"proximity", "bm25"}))
        ->capture_default_str();
    Xapian::doccount exact_facets_up_to = FacetCounter::kDefaultExactUpTo;
    app.add_option("--exact-facets-up-to", exact_facets_up_to,
                   "Count the facets of up to this many matches exactly; of more, estimate them from a sample of about "
                   "as many (\"facets_exact\": false)")
        ->check(CLI::Range(Xapian::doccount{1000}, Xapian::doccount{4000000000}))
        ->capture_default_str();
    unsigned count_budget_ms = 4;
    app.add_option("--count-budget-ms", count_budget_ms,
                   "Count a quoted phrase's matches for at most this long; past it, total and facets are estimates "
                   "(\"total_exact\": false)")
        ->check(CLI::Range(1u, 600000u))
        ->capture_default_str();
    ServiceOptions service;
    add_service_options(app, service, version_text("searchd", std::string("cpp-httplib ") + CPPHTTPLIB_VERSION));
    bool trust_proxy = false;
    app.add_flag("--trust-proxy", trust_proxy,
                 "Log the client as the last X-Forwarded-For entry (set it when a reverse proxy in front adds it)");
    std::size_t max_index_age = 0;
    app.add_option("--max-index-age", max_index_age,
                   "Answer /health with 503 \"degraded\" when the index last changed longer ago (e.g. 36h, 90m, "
                   "2d; 0: never)")
        ->transform(CLI::AsNumberWithUnit(std::map<std::string, std::size_t>{{"s", 1}, {"m", 60}, {"h", 3600}, {"d", 86400}},
                                          CLI::AsNumberWithUnit::CASE_SENSITIVE));
    std::vector<std::string> cors_origins;
    app.add_option("--cors-origin", cors_origins,
                   "Let pages of this origin (scheme://host[:port], or * for any) call the API from a browser; "
                   "repeatable")
        ->check([](const std::string& origin) {
            try {
                http::check_origin(origin);
                return std::string();
            } catch (const http::BadOrigin& error) {
                return std::string(error.what());
            }
        });
    HttpOptions http_options;
    app.add_option("--cache-max-age", http_options.cache.max_age,
                   "Seconds browsers and proxies may reuse an answer without asking (0: always revalidate)")
        ->check(CLI::Range(0, 86400))
        ->capture_default_str();
    std::size_t answer_cache_mb = http::ResponseCache::kDefaultBytes >> 20;
    app.add_option("--answer-cache-mb", answer_cache_mb,
                   "Memory for recent /search answers, answered again without searching (0: none; benchmarks "
                   "of the search itself use 0)")
        ->check(CLI::Range(std::size_t{0}, std::size_t{4096}))
        ->capture_default_str();
    std::string user;
    app.add_option("--user", user, "Switch to this user after binding the port (when started as root)");
    FrontOptions front_options;
    front_options.add_to(app);
    ListenAddress address;
    try {
        app.parse(argc, argv);
        address = parse_listen(listen);
        if (!user.empty()) check_user_exists(user);
    } catch (const CLI::ParseError& error) {
        if (error.get_exit_code() == 0) return app.exit(error);
        std::fprintf(stderr, "searchd: %s\nRun with --help for more information.\n", parse_error_message(app, error).c_str());
        return kExitUsage;
    } catch (const PrivilegeError& error) {
        std::fprintf(stderr, "searchd: %s\n", error.what());
        return kExitUsage;
    }
    if (service.check_config) {
        std::printf("%s", check_config_report(app).c_str());
        return 0;
    }
    Logging logging = set_up_logging(service.log_level, service.log_format);

    sigset_t signals = handled_signals();
    pthread_sigmask(SIG_BLOCK, &signals, nullptr);  // before any thread starts, so all inherit it
    FrontLimits limits = front_options.limits();
    allow_descriptors(limits.max_connections);

    try {
        remote_timeouts.reply = std::chrono::milliseconds(remote_timeout_ms);
        remote_timeouts.connect = std::min(remote_timeouts.connect, remote_timeouts.reply);
        DatabasePool pool(DatabaseList(db, remote_timeouts));
        Metrics metrics;
        IndexWatcher watcher(pool, IndexWatcher::kDefaultInterval, [&metrics] { metrics.reopen_failed(); });
        SearchBounds bounds;
        bounds.exact_facets_up_to = exact_facets_up_to;
        bounds.count_budget = std::chrono::milliseconds(count_budget_ms);
        Searcher searcher(pool, ranking == "bm25" ? Ranking::Bm25 : Ranking::Proximity, bounds);
        AccessLog access_log(logging, trust_proxy);
        RequestMonitor monitor(access_log, metrics);
        http_options.cors = http::CorsPolicy(cors_origins);
        http_options.answer_cache_bytes = answer_cache_mb << 20;
        if (max_index_age > 0) http_options.max_index_age = std::chrono::seconds(max_index_age);
        if (searches == 0) searches = default_searches(pool.databases(), threads);
        Server server(searcher, threads, searches, monitor, std::move(http_options), limits);
        server.bind(address.host, address.port);
        if (!user.empty()) {
            drop_privileges(user);
            pool.open();  // the database must stay readable as that user: fail now rather than on a request
            spdlog::info("searchd: running as user {}", user);
        } else if (running_as_root()) {
            spdlog::warn("searchd: running as root, which it does not need: start it as another user (the shipped "
                         "systemd unit runs it as vnsearch) or pass --user NAME to switch after binding");
        }
        IndexStats stats = searcher.stats();
        spdlog::info("searchd: serving {} ({} documents, revision {}) on http://{}:{}/ with {} threads, {} searches at once",
                     pool.databases().describe(),
                     stats.documents, stats.revision, address.host, address.port, threads, searches);
        bool ok = serve_until_stopped(server, watcher, signals);
        spdlog::info("searchd: stopped");
        return ok ? 0 : 1;
    } catch (const DatabaseUnavailable& error) {
        spdlog::error("searchd: {}", error.what());
        return kExitUsage;
    } catch (const ListenError& error) {
        spdlog::error("searchd: {}", error.what());
        return kExitUsage;
    } catch (const Xapian::Error& error) {  // a database that opens but fails when read (corrupt tables)
        spdlog::error("searchd: the database at {} cannot be read: {}", DatabaseList(db).describe(),
                      error.get_description());
        return kExitUsage;
    } catch (const PrivilegeError& error) {
        spdlog::error("searchd: {}", error.what());
        return kExitUsage;
    } catch (const std::exception& error) {
        spdlog::error("searchd: {}", error.what());
        return 1;
    }
}
