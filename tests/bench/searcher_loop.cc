// The query baseline of scripts/bench/queries.sh: the lines of a mixed query file (mixed_queries.py)
// sent straight to searchd's Searcher on T threads (SearchRequest -> Searcher -> SearchResult), with no
// HTTP and no JSON, so that what searchd's HTTP front, JSON and snippets add shows beside it.
// --snippets adds each hit's marked title and snippet as searchd builds them; --json the response body
// searchd would send (snippets and JSON text), still without HTTP. The three side by side tell what
// snippets, JSON and HTTP each add to a search.
//
//   searcher_loop --db DIR --queries FILE [--threads T] [--seconds S] [--warmup N] [--snippets|--json]
//                 [--ranking bm25] [--exact-facets-up-to N]
//
// Each thread takes the lines in turn from its own starting point (as rotate_queries.lua does for wrk)
// until S seconds have passed. Prints one line of figures:
//   searcher_loop: threads=T requests=N seconds=S qps=Q median_ms=M p99_ms=P errors=E cpu_ms=C
// (C: CPU milliseconds of this process per request, user + system, during the timed part).
#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <string>
#include <thread>
#include <vector>

#include <httplib.h>
#include <sys/resource.h>

#include "database_pool.h"
#include "search_request.h"
#include "search_response.h"
#include "searcher.h"
#include "snippet_builder.h"
#include "stopwatch.h"

namespace {

using namespace vnsearch::searchd;

// What each request makes of its SearchResult.
enum class Output { Result, Snippets, Json };

struct Options {
    std::string db;
    std::string queries;
    unsigned threads = 1;
    double seconds = 10;
    unsigned warmup = 50;
    Output output = Output::Result;
    Ranking ranking = Ranking::Proximity;
    Xapian::doccount exact_facets_up_to = FacetCounter::kDefaultExactUpTo;
};

[[noreturn]] void usage_error(const std::string& message) {
    std::cerr << "searcher_loop: " << message
              << "\nusage: searcher_loop --db DIR --queries FILE [--threads T] [--seconds S] [--warmup N] [--snippets|--json]"
                 " [--ranking proximity|bm25] [--exact-facets-up-to N]\n";
    std::exit(2);
}

Options parse_options(int argc, char** argv) {
    Options options;
    for (int i = 1; i < argc; ++i) {
        std::string arg = argv[i];
        if (arg == "--json" || arg == "--snippets") {
            options.output = arg == "--json" ? Output::Json : Output::Snippets;
            continue;
        }
        if (i + 1 == argc) usage_error(arg + " needs a value (or is unknown)");
        std::string value = argv[++i];
        if (arg == "--db") {
            options.db = value;
        } else if (arg == "--queries") {
            options.queries = value;
        } else if (arg == "--threads") {
            options.threads = static_cast<unsigned>(std::max(1L, std::strtol(value.c_str(), nullptr, 10)));
        } else if (arg == "--seconds") {
            options.seconds = std::strtod(value.c_str(), nullptr);
            if (!(options.seconds > 0)) usage_error("--seconds must be positive");
        } else if (arg == "--warmup") {
            options.warmup = static_cast<unsigned>(std::max(0L, std::strtol(value.c_str(), nullptr, 10)));
        } else if (arg == "--ranking") {
            if (value != "proximity" && value != "bm25") usage_error("--ranking is proximity or bm25");
            options.ranking = value == "bm25" ? Ranking::Bm25 : Ranking::Proximity;
        } else if (arg == "--exact-facets-up-to") {
            options.exact_facets_up_to = static_cast<Xapian::doccount>(std::max(1L, std::strtol(value.c_str(), nullptr, 10)));
        } else {
            usage_error("unknown option " + arg);
        }
    }
    if (options.db.empty() || options.queries.empty()) usage_error("--db and --queries are needed");
    return options;
}

// Each line decoded as searchd decodes a query string (cpp-httplib's own parser, the one its server
// runs), then parsed as searchd parses it; a line searchd would answer 400 is kept as an error case.
struct Query {
    QueryParams params;
};

std::vector<Query> read_queries(const std::string& path) {
    std::ifstream in(path);
    if (!in) usage_error("cannot read " + path);
    std::vector<Query> queries;
    std::string line;
    while (std::getline(in, line)) {
        if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
        Query query;
        httplib::detail::parse_query_text(line, query.params);
        queries.push_back(std::move(query));
    }
    if (queries.empty()) usage_error(path + " holds no query");
    return queries;
}

// One request as searchd's /search handler runs it, minus the HTTP front (and minus the snippets and
// JSON unless asked). Returns false when searchd would have answered 400.
bool run_one(const Searcher& searcher, const SnippetBuilder& snippets, const Query& query, Output output,
             std::size_t& bytes) {
    Stopwatch stopwatch;
    SearchRequest request;
    try {
        request = parse_search_request(query.params);
    } catch (const BadRequest&) {
        return false;
    }
    SearchResult result = searcher.search(request);
    if (output == Output::Json) {
        bytes += search_response_json(request, result, snippets, stopwatch).size();
    } else if (output == Output::Snippets) {
        for (const Hit& hit : result.hits) {
            bytes += snippets.highlight(hit.article.title, result.highlight).size();
            bytes += snippets.build(hit.article.body, result.highlight, hit.article.title).size();
        }
    } else {
        bytes += result.hits.size();  // keeps the search from being optimized away
    }
    return true;
}

struct ThreadFigures {
    std::vector<double> latencies_ms;
    unsigned long errors = 0;
    std::size_t bytes = 0;
};

void run_thread(const Searcher& searcher, const SnippetBuilder& snippets, const std::vector<Query>& queries,
                const Options& options, unsigned number, std::chrono::steady_clock::time_point deadline,
                ThreadFigures& figures) {
    std::size_t next = number * 7919ul % queries.size();
    while (std::chrono::steady_clock::now() < deadline) {
        Stopwatch stopwatch;
        bool ok = false;
        try {
            ok = run_one(searcher, snippets, queries[next], options.output, figures.bytes);
        } catch (const std::exception&) {
            ok = false;  // counted as an error below (searchd would have answered 500)
        }
        figures.latencies_ms.push_back(stopwatch.elapsed_ms());
        if (!ok) ++figures.errors;
        next = (next + 1) % queries.size();
    }
}

// CPU seconds (user + system) this process has used: throughput on a shared machine follows the share
// of the cores it gets, CPU time per request much less.
double cpu_seconds() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    auto seconds = [](const timeval& t) { return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_usec) / 1e6; };
    return seconds(usage.ru_utime) + seconds(usage.ru_stime);
}

double percentile(std::vector<double>& sorted, double p) {
    if (sorted.empty()) return 0;
    std::size_t rank = static_cast<std::size_t>(p / 100.0 * static_cast<double>(sorted.size() - 1) + 0.5);
    return sorted[std::min(rank, sorted.size() - 1)];
}

}  // namespace

int main(int argc, char** argv) {
    Options options = parse_options(argc, argv);
    std::vector<Query> queries = read_queries(options.queries);
    try {
        DatabasePool pool(options.db);
        SearchBounds bounds;
        bounds.exact_facets_up_to = options.exact_facets_up_to;
        Searcher searcher(pool, options.ranking, bounds);
        SnippetBuilder snippets;
        // Warm-up on one thread: the first search builds the facet index of the revision (searchd's
        // watcher builds it at start-up), and the page cache fills.
        std::size_t bytes = 0;
        for (unsigned i = 0; i < options.warmup; ++i) {
            try {
                run_one(searcher, snippets, queries[i % queries.size()], options.output, bytes);
            } catch (const std::exception&) {
            }
        }
        std::vector<ThreadFigures> figures(options.threads);
        std::vector<std::thread> threads;
        double cpu_started = cpu_seconds();
        auto started = std::chrono::steady_clock::now();
        auto deadline = started + std::chrono::duration_cast<std::chrono::steady_clock::duration>(
                                      std::chrono::duration<double>(options.seconds));
        for (unsigned t = 0; t < options.threads; ++t) {
            threads.emplace_back(run_thread, std::cref(searcher), std::cref(snippets), std::cref(queries),
                                 std::cref(options), t, deadline, std::ref(figures[t]));
        }
        for (std::thread& thread : threads) thread.join();
        double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
        double cpu = cpu_seconds() - cpu_started;
        std::vector<double> all;
        unsigned long errors = 0;
        for (ThreadFigures& f : figures) {
            all.insert(all.end(), f.latencies_ms.begin(), f.latencies_ms.end());
            errors += f.errors;
        }
        std::sort(all.begin(), all.end());
        std::printf("searcher_loop: threads=%u requests=%zu seconds=%.2f qps=%.1f median_ms=%.3f p99_ms=%.3f errors=%lu "
                    "cpu_ms=%.3f%s\n",
                    options.threads, all.size(), seconds, static_cast<double>(all.size()) / seconds,
                    percentile(all, 50), percentile(all, 99), errors,
                    all.empty() ? 0.0 : cpu * 1000 / static_cast<double>(all.size()), options.output == Output::Json ? " json=1" : options.output == Output::Snippets ? " snippets=1" : "");
    } catch (const std::exception& error) {
        std::cerr << "searcher_loop: " << error.what() << "\n";
        return 1;
    }
    return 0;
}
