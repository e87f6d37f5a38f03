// searchd: serves a vnsearch database over HTTP, picking up index changes live. This file parses the
// command line, wires the parts together and handles signals (INT/TERM: stop, HUP: recheck the index).
#include <CLI/CLI.hpp>
#include <pthread.h>
#include <signal.h>
#include <spdlog/spdlog.h>

#include <atomic>
#include <charconv>
#include <chrono>
#include <string>
#include <thread>

#include <xapian.h>

#include "database_pool.h"
#include "front/front_options.h"
#include "index_watcher.h"
#include "searcher.h"
#include "server.h"

namespace {

using namespace vnsearch::searchd;

constexpr int kExitUsage = 2;  // usage error, or the database or the address is unavailable

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
    CLI::App app{"Serve a vnsearch database over HTTP: GET /search, /articles/{id}, /health.", "searchd"};
    std::string db;
    std::string listen = "127.0.0.1:8080";
    std::size_t threads = 32;
    app.add_option("--db", db, "Database directory (built by indexer)")->required();
    app.add_option("--listen", listen, "Address to listen on, HOST:PORT")->capture_default_str();
    app.add_option("--threads", threads, "Worker threads (they handle complete requests only)")
        ->check(CLI::Range(std::size_t{1}, std::size_t{1024}))
        ->capture_default_str();
    std::string ranking = "proximity";
    app.add_option("--ranking", ranking,
                   "proximity: BM25 plus syllable-bigram and title-phrase boosts; bm25: plain BM25 (baseline)")
        ->check(CLI::IsMember({"proximity", "bm25"}))
        ->capture_default_str();
    FrontOptions front_options;
    front_options.add_to(app);
    ListenAddress address;
    try {
        app.parse(argc, argv);
        address = parse_listen(listen);
    } catch (const CLI::ParseError& error) {
        return app.exit(error) == 0 ? 0 : kExitUsage;
    }

    sigset_t signals = handled_signals();
    pthread_sigmask(SIG_BLOCK, &signals, nullptr);  // before any thread starts, so all inherit it
    FrontLimits limits = front_options.limits();
    allow_descriptors(limits.max_connections);

    try {
        DatabasePool pool(db);
        IndexWatcher watcher(pool);
        Searcher searcher(pool, ranking == "bm25" ? Ranking::Bm25 : Ranking::Proximity);
        Server server(searcher, threads, limits);
        server.bind(address.host, address.port);
        IndexStats stats = searcher.stats();
        spdlog::info("searchd: serving {} ({} documents, revision {}) on http://{}:{}/ with {} threads", db,
                     stats.documents, stats.revision, address.host, address.port, threads);
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
        spdlog::error("searchd: the database at {} cannot be read: {}", db, error.get_description());
        return kExitUsage;
    } catch (const std::exception& error) {
        spdlog::error("searchd: {}", error.what());
        return 1;
    }
}
