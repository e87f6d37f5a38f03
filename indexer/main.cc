// indexer: reads portal text files, JSON Lines and saved HTML pages into a vnsearch Xapian database.
// This file only parses the command line and maps outcomes to exit statuses; IndexRun does the work.
#include <CLI/CLI.hpp>
#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>
#include <xapian.h>

#include <cstdio>
#include <exception>
#include <string>

#include "indexer/exit_status.h"
#include "indexer/index_run.h"
#include "indexer/input_paths.h"
#include "indexer/progress.h"

namespace {

using namespace vnsearch::indexer;

constexpr const char* kExitStatuses =
    "Exit status:\n"
    "  0    every article went in\n"
    "  1    some articles or files were skipped (each reported on stderr as path:line: problem)\n"
    "  2    usage error or fatal error (nothing more was indexed)\n";

void set_up_logging() {
    auto logger = spdlog::stderr_color_mt("indexer");
    // Problems read like compiler messages ("path:line: problem"), so no decoration.
    logger->set_pattern("%v");
    spdlog::set_default_logger(logger);
}

SpellingScope parse_spelling(const std::string& name) {
    if (name == "none") return SpellingScope::None;
    if (name == "titles") return SpellingScope::Titles;
    return SpellingScope::TitlesAndBodies;
}

}  // namespace

int main(int argc, char** argv) {
    set_up_logging();
    CLI::App app{"Index Vietnamese news articles (portal text, JSON Lines, HTML) into a vnsearch database.",
                 "indexer"};
    app.footer(kExitStatuses);
    RunOptions options;
    std::string format = "auto";
    std::string spelling = "all";
    app.add_option("--db", options.db, "Database directory (created if missing)")->required();
    app.add_option("--format", format, "Input format; auto: .txt portal, .jsonl/.jsonl.gz JSON Lines, .html/.htm HTML")
        ->check(CLI::IsMember({"auto", "portal", "jsonl", "html"}))
        ->capture_default_str();
    app.add_option("--data-dir", options.data_dir, "Organization data directory (default: the built-in one)");
    app.add_option("--batch", options.batch, "Commit every N changed articles")
        ->check(CLI::Range(std::size_t{1}, std::size_t{10'000'000}))
        ->capture_default_str();
    app.add_option("--spelling", spelling, "Words fed to the spelling dictionary: all, titles or none")
        ->check(CLI::IsMember({"all", "titles", "none"}))
        ->capture_default_str();
    app.add_option("PATH", options.paths, "Files, directories (walked recursively) or - (JSON Lines on stdin)")
        ->required();
    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& error) {
        int code = app.exit(error);
        return code == 0 ? exit_status::kOk : exit_status::kFatal;
    }
    options.format = parse_format(format);
    options.spelling = parse_spelling(spelling);
    options.progress = Progress::stderr_is_terminal();

    try {
        RunSummary summary = IndexRun(options).run();
        std::printf("%s\n", summary.text().c_str());
        return summary.exit_status();
    } catch (const UsageError& error) {
        spdlog::error("indexer: {}", error.what());
        return exit_status::kFatal;
    } catch (const Xapian::Error& error) {
        spdlog::error("indexer: database {}: {}", options.db.string(), error.get_description());
        return exit_status::kFatal;
    } catch (const std::exception& error) {
        spdlog::error("indexer: {}", error.what());
        return exit_status::kFatal;
    }
}
