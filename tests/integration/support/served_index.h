// One database built by the real indexer and served by one real searchd, for a test suite that only
// reads: built in the suite's first SetUp, dropped in TearDownTestSuite. Shared test support.
#pragma once

#include <filesystem>
#include <memory>
#include <stdexcept>
#include <vector>

#include <nlohmann/json.hpp>

#include "integration/support/index_jsonl.h"

#include "integration/support/searchd_process.h"
#include "integration/support/temp_dir.h"

namespace vnsearch::testing {

struct ServedIndex {
    TempDir dir;
    std::unique_ptr<SearchdProcess> searchd;

    std::filesystem::path db() const { return dir / "db"; }
    // Starts searchd on db(); call once the database is indexed.
    void serve() { searchd = std::make_unique<SearchdProcess>(db()); }

    // Indexes the articles with the real indexer and serves them; throws with the indexer's errors
    // (which fails the test that asked) when the indexer does not exit 0.
    static std::unique_ptr<ServedIndex> of_jsonl(const std::vector<nlohmann::json>& articles) {
        auto served = std::make_unique<ServedIndex>();
        ProcessResult indexed = index_jsonl(served->db(), articles);
        if (indexed.exit_status != 0) {
            throw std::runtime_error("indexer exited " + std::to_string(indexed.exit_status) + ": " + indexed.err);
        }
        served->serve();
        return served;
    }
};

}  // namespace vnsearch::testing
