// What one indexer run did: article counts, time, and the exit status they imply; printed as the
// final summary line or, with --json, as one JSON object for log collection.
#pragma once

#include <cstddef>
#include <string>

namespace vnsearch::indexer {

struct RunCounts {
    std::size_t added = 0;      // new articles
    std::size_t updated = 0;    // articles whose stored form changed
    std::size_t unchanged = 0;  // articles seen again as they were (including those of unchanged files)
    std::size_t deleted = 0;
    std::size_t skipped = 0;    // articles (or whole files) not indexed because of an error
    std::size_t warnings = 0;   // problems that did not stop an article (a bad date)
    std::size_t files_read = 0;
    std::size_t files_unchanged = 0;  // skipped quickly: same size, mtime or content as last run

    RunCounts& operator+=(const RunCounts& other);  // a parallel rebuild's parts added up
};

struct RunSummary {
    RunCounts counts;
    double seconds = 0;
    std::size_t documents = 0;  // in the database at the end
    int signal = 0;             // SIGINT / SIGTERM that stopped the run, 0 if none

    int exit_status() const;
    // "indexed 2653 new, 0 updated, 0 unchanged, 0 deleted, 3 skipped in 12.4 s"
    std::string text() const;
    std::string json() const;
};

}  // namespace vnsearch::indexer
