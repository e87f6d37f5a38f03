// Runs a program to completion with the given standard input and captures what it printed.
// Shared test support: the real indexer and searchd binaries are exercised through it.
#pragma once

#include <chrono>
#include <string>
#include <vector>

namespace vnsearch::testing {

struct ProcessResult {
    int exit_status = -1;  // the program's exit status, or 128 + signal number if a signal ended it
    std::string out;       // everything written to standard output
    std::string err;       // everything written to standard error
    bool timed_out = false; // killed (SIGKILL) because it ran past the timeout
};

// Long enough for indexing a corpus slice on a slow machine; short enough that a hung program
// fails its test instead of hanging the suite.
inline constexpr std::chrono::seconds kDefaultProcessTimeout{300};

// argv[0] is the program's path (no PATH lookup unless it has no slash). Throws std::runtime_error
// when the program cannot be started.
ProcessResult run_process(const std::vector<std::string>& argv, const std::string& stdin_text = {},
                          std::chrono::milliseconds timeout = kDefaultProcessTimeout);

}  // namespace vnsearch::testing
