// Terminal progress line; see progress.h.
#include "progress.h"

#include <unistd.h>

#include <cstdio>
#include <string>

namespace vnsearch::indexer {
namespace {

constexpr auto kRedrawEvery = std::chrono::milliseconds(250);
constexpr std::size_t kMaxFileChars = 50;

}  // namespace

bool Progress::stderr_is_terminal() { return ::isatty(STDERR_FILENO) == 1; }

void Progress::update(const RunCounts& counts, std::string_view current_file) {
    if (!enabled_) return;
    auto now = Clock::now();
    if (now - last_ < kRedrawEvery) return;
    last_ = now;
    double seconds = std::chrono::duration<double>(now - start_).count();
    std::size_t seen = counts.added + counts.updated + counts.unchanged;
    std::string file(current_file.size() > kMaxFileChars ? current_file.substr(current_file.size() - kMaxFileChars)
                                                         : current_file);
    std::fprintf(stderr, "\r\033[K%zu articles (%zu new, %zu updated, %zu skipped), %.0f/s  %s", seen, counts.added,
                 counts.updated, counts.skipped, seconds > 0 ? seen / seconds : 0.0, file.c_str());
    std::fflush(stderr);
    drawn_ = true;
}

void Progress::finish() {
    if (!drawn_) return;
    std::fprintf(stderr, "\r\033[K");
    std::fflush(stderr);
    drawn_ = false;
}

}  // namespace vnsearch::indexer
