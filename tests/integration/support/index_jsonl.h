// Runs the real indexer binary (VNSEARCH_INDEXER_BIN) to build a database from articles given
// as JSON objects, fed on standard input as JSON Lines. Shared test support.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "integration/support/process.h"

namespace vnsearch::testing {

// `indexer --db DB [extra_args...] -`: returns what it printed and its exit status.
ProcessResult index_jsonl(const std::filesystem::path& db, const std::vector<nlohmann::json>& articles,
                          const std::vector<std::string>& extra_args = {});

// `indexer --db DB args...` with anything on standard input.
ProcessResult run_indexer(const std::filesystem::path& db, const std::vector<std::string>& args,
                          const std::string& stdin_text = {});

}  // namespace vnsearch::testing
