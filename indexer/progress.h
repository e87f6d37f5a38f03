// A one-line progress display on stderr for long runs; does nothing unless stderr is a terminal.
#pragma once

#include <chrono>
#include <string_view>

#include "run_summary.h"

namespace vnsearch::indexer {

class Progress {
public:
    explicit Progress(bool enabled) : enabled_(enabled), start_(Clock::now()), last_(start_) {}
    ~Progress() { finish(); }
    Progress(const Progress&) = delete;
    Progress& operator=(const Progress&) = delete;

    // Redraws at most a few times a second.
    void update(const RunCounts& counts, std::string_view current_file);
    // Clears the line so the summary and log lines print cleanly.
    void finish();

    static bool stderr_is_terminal();

private:
    using Clock = std::chrono::steady_clock;
    bool enabled_;
    bool drawn_ = false;
    Clock::time_point start_;
    Clock::time_point last_;
};

}  // namespace vnsearch::indexer
