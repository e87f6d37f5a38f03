// Summary formatting and the exit status rule; see run_summary.h.
#include "run_summary.h"

#include <csignal>
#include <cstdio>

#include <nlohmann/json.hpp>

#include "exit_status.h"

namespace vnsearch::indexer {

RunCounts& RunCounts::operator+=(const RunCounts& other) {
    added += other.added;
    updated += other.updated;
    unchanged += other.unchanged;
    deleted += other.deleted;
    skipped += other.skipped;
    warnings += other.warnings;
    files_read += other.files_read;
    files_unchanged += other.files_unchanged;
    return *this;
}

int RunSummary::exit_status() const {
    if (signal == SIGINT) return exit_status::kInterrupted;
    if (signal == SIGTERM) return exit_status::kTerminated;
    return counts.skipped > 0 ? exit_status::kSkipped : exit_status::kOk;
}

std::string RunSummary::text() const {
    char line[256];
    std::snprintf(line, sizeof line, "indexed %zu new, %zu updated, %zu unchanged, %zu deleted, %zu skipped in %.1f s",
                  counts.added, counts.updated, counts.unchanged, counts.deleted, counts.skipped, seconds);
    std::string out = line;
    if (counts.warnings > 0) {
        out += " (" + std::to_string(counts.warnings) + (counts.warnings == 1 ? " warning)" : " warnings)");
    }
    if (signal == SIGINT) out += "; interrupted (SIGINT), work so far committed";
    if (signal == SIGTERM) out += "; terminated (SIGTERM), work so far committed";
    return out;
}

std::string RunSummary::json() const {
    nlohmann::json json = {
        {"new", counts.added},
        {"updated", counts.updated},
        {"unchanged", counts.unchanged},
        {"deleted", counts.deleted},
        {"skipped", counts.skipped},
        {"warnings", counts.warnings},
        {"files_read", counts.files_read},
        {"files_unchanged", counts.files_unchanged},
        {"documents", documents},
        {"seconds", static_cast<double>(static_cast<long long>(seconds * 1000)) / 1000},
        {"exit_status", exit_status()},
    };
    if (signal != 0) json["signal"] = signal == SIGINT ? "SIGINT" : "SIGTERM";
    return json.dump();
}

}  // namespace vnsearch::indexer
