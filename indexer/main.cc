// indexer: reads portal text files, JSON Lines and saved HTML pages into a vnsearch Xapian database.
// This file only parses the command line and maps outcomes to exit statuses; IndexRun does the work.
#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>
#include <spdlog/spdlog.h>
#include <xapian.h>

#include <algorithm>
#include <cstdio>
#include <exception>
#include <string>
#include <thread>

#include "backup.h"
#include "exit_status.h"
#include "index_run.h"
#include "input_paths.h"
#include "logging.h"
#include "progress.h"
#include "stop_signals.h"
#include "vnsearch/service/options.h"
#include "vnsearch/service/version.h"

namespace {

using namespace vnsearch::indexer;
using namespace vnsearch::service;

constexpr const char* kFooter =
    "Re-running over the same PATHs is incremental: unchanged files are skipped by size and mtime (or\n"
    "content hash), changed files rewrite only their new or changed articles, and articles no longer in\n"
    "a cleanly re-read file are deleted. State lives in the database's metadata, committed with the\n"
    "articles. A second indexer on the same DIR exits at once (lock file DIR.lock).\n"
    "\n"
    "Exit status:\n"
    "  0    every article went in\n"
    "  1    some articles or files were skipped (each reported on stderr as path:line: problem)\n"
    "  2    usage error or fatal error (the database stays at its last commit)\n"
    "  3    another indexer is running on this database\n"
    "  130  stopped by SIGINT: what was done is committed (run again to finish)\n"
    "  143  stopped by SIGTERM: what was done is committed (run again to finish)\n"
    "\n"
    "Configuration file (--config FILE, INI/TOML): each key is a long option without its dashes, PATH lists\n"
    "the inputs, options on the command line win:\n"
    "  db = \"/var/lib/vnsearch/db\"\n"
    "  PATH = [\"/srv/portal/archive\"]\n"
    "  delete-missing = true\n"
    "Organization data: --data-dir, else $VNSEARCH_DATA_DIR, else ../share/vnsearch/orgs-data beside the\n"
    "program (where the package installs it).\n";

std::string failure_json(int status, const std::string& message) {
    return nlohmann::json{{"exit_status", status}, {"error", message}}.dump(-1, ' ', false,
                                                                            nlohmann::json::error_handler_t::replace);
}

using vnsearch::schema::SpellingScope;

// Each writer of a parallel rebuild is a Xapian writer and an analysis thread (~50 MB on the shared
// corpora): one per core pays (measured on two cores); beyond four, untried.
std::size_t default_rebuild_jobs() {
    return std::clamp<std::size_t>(std::thread::hardware_concurrency(), 1, 4);
}

SpellingScope parse_spelling(const std::string& name) {
    if (name == "none") return SpellingScope::None;
    if (name == "titles") return SpellingScope::Titles;
    return SpellingScope::TitlesAndBodies;
}

}  // namespace

int main(int argc, char** argv) {
    CLI::App app{"Index Vietnamese news articles (portal text, JSON Lines, HTML) into a vnsearch database.",
                 "indexer"};
    app.footer(kFooter);
    RunOptions options;
    std::string format = "auto";
    std::string spelling = "all";
    bool json = false;
    app.add_option("--db", options.db, "Database directory (created if missing)")->required();
    app.add_option("--format", format, "Input format; auto: .txt portal, .jsonl/.jsonl.gz JSON Lines, .html/.htm HTML")
        ->check(CLI::IsMember({"auto", "portal", "jsonl", "html"}))
        ->capture_default_str();
    app.add_option("--data-dir", options.data_dir, "Organization data directory (default: the built-in one)");
    app.add_option("--batch", options.batch,
                   "Commit every N changed articles (a --rebuild commits its scratch databases every 250 at most)")
        ->check(CLI::Range(std::size_t{1}, std::size_t{10'000'000}))
        ->capture_default_str();
    app.add_option("--spelling", spelling, "Words fed to the spelling dictionary: all, titles or none")
        ->check(CLI::IsMember({"all", "titles", "none"}))
        ->capture_default_str();
    app.add_option("--delete", options.delete_ids,
                   "Delete the articles with these ids. Takes every argument after it, so give PATHs "
                   "before it (or after --). An article still in its file returns when that file changes");
    app.add_flag("--delete-missing", options.delete_missing,
                 "Delete the articles of indexed files that no longer exist");
    app.add_flag("--rebuild", options.rebuild,
                 "Build a fresh database from PATHs beside DIR, then swap it in atomically");
    app.add_option("--shards", options.shards,
                   "Make DIR a set of N shard databases (an article's shard: a hash of its id) that searchd, "
                   "xapian-delve and xapian-check open as one; later runs keep the set's count without it")
        ->check(CLI::Range(std::size_t{1}, std::size_t{256}));
    options.jobs = default_rebuild_jobs();
    app.add_option("--jobs", options.jobs,
                   "Writers a --rebuild of one database runs at once, each on a share of the articles, merged "
                   "at the end (default: the machine's cores, at most 4; a shard set or stdin: one)")
        ->check(CLI::Range(std::size_t{1}, std::size_t{64}))
        ->capture_default_str();
    app.add_flag("--json", json, "Print the summary as one JSON line");
    app.add_option("--max-article-bytes", options.read_limits.max_article_bytes,
                   "Skip (and report) an article whose file or JSON line is larger than this")
        ->check(CLI::Range(std::size_t{1024}, std::size_t{1} << 32))
        ->capture_default_str();
    app.add_option("PATH", options.paths, "Files, directories (walked recursively) or - (JSON Lines on stdin)");
    std::string backup;
    app.add_option("--backup", backup,
                   "Write a compacted copy of the database to this new directory and do nothing else (holds the "
                   "lock meanwhile; searchd keeps serving)")
        ->configurable(false);
    ServiceOptions service;
    add_service_options(app, service, version_text("indexer"));
    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& error) {
        if (error.get_exit_code() == 0) return app.exit(error);
        std::fprintf(stderr, "indexer: %s\nRun with --help for more information.\n", parse_error_message(app, error).c_str());
        return exit_status::kFatal;
    }
    if (service.check_config) {
        std::printf("%s", check_config_report(app).c_str());
        return exit_status::kOk;
    }
    set_up_logging(service.log_level, service.log_format);
    json = json || service.log_format == "json";  // the summary in the same form as the log lines
    options.format = parse_format(format);
    options.spelling = parse_spelling(spelling);
    options.progress = Progress::stderr_is_terminal();

    // Errors go to stderr; with --json the outcome is also one JSON line on stdout, for log collection.
    auto fail = [&](int status, const std::string& message) {
        spdlog::error("indexer: {}", message);
        if (json) std::printf("%s\n", failure_json(status, message).c_str());
        return status;
    };
    try {
        if (!backup.empty()) {
            // PATHs and --delete-missing (say from the nightly configuration file) are not used.
            if (!options.delete_ids.empty() || options.rebuild) {
                throw UsageError("--backup only copies the database: --delete and --rebuild cannot go with it");
            }
            std::printf("%s\n", back_up(options.db, backup).text(options.db, backup).c_str());
            return exit_status::kOk;
        }
        StopSignals signals;
        RunSummary summary = IndexRun(options, &StopSignals::received).run();
        std::printf("%s\n", json ? summary.json().c_str() : summary.text().c_str());
        return summary.exit_status();
    } catch (const UsageError& error) {
        return fail(exit_status::kFatal, error.what());
    } catch (const LockedError& error) {
        return fail(exit_status::kLocked, error.what());
    } catch (const Xapian::DatabaseLockError& error) {
        // Xapian says "already locked" only when another writer holds it; anything else (a read-only
        // filesystem, a permission) is a failure to report, not a run to skip quietly.
        if (error.get_msg().find("already locked") == std::string::npos) {
            return fail(exit_status::kFatal, "database " + options.db.string() + " cannot be written: " + error.get_msg());
        }
        return fail(exit_status::kLocked, "database " + options.db.string() + " is locked by another writer: " + error.get_msg());
    } catch (const Xapian::Error& error) {
        return fail(exit_status::kFatal, "database " + options.db.string() + ": " + error.get_description());
    } catch (const std::exception& error) {
        return fail(exit_status::kFatal, error.what());
    }
}
