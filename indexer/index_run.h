// One indexer run: the inputs read in order, each article enriched, built and upserted, errors
// reported as "path:line: problem", counts kept for the summary. main.cc only parses the command line.
#pragma once

#include <cstddef>
#include <filesystem>
#include <functional>
#include <string>
#include <vector>

#include "indexer/document_builder.h"
#include "indexer/readers/reader.h"
#include "indexer/run_summary.h"

namespace vnsearch::indexer {

struct RunOptions {
    std::filesystem::path db;
    Format format = Format::Auto;
    std::filesystem::path data_dir;  // organization data; empty: schema's default
    std::size_t batch = 1000;
    std::vector<std::string> paths;
    SpellingScope spelling = SpellingScope::TitlesAndBodies;
    bool progress = false;  // draw a progress line on stderr
};

class IndexRun {
public:
    // stop_signal() returns the signal that asks the run to stop (SIGINT/SIGTERM), 0 while running.
    using StopSignal = std::function<int()>;

    explicit IndexRun(RunOptions options, StopSignal stop_signal = [] { return 0; });

    // Throws UsageError for bad PATHs, Xapian::Error or std::runtime_error for fatal problems.
    RunSummary run();

private:
    RunOptions options_;
    StopSignal stop_signal_;
};

}  // namespace vnsearch::indexer
