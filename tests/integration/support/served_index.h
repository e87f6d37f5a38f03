// One database built by the real indexer and served by one real searchd, for a test suite that only
// reads: built in the suite's first SetUp, dropped in TearDownTestSuite. Shared test support.
#pragma once

#include <filesystem>
#include <memory>

#include "integration/support/searchd_process.h"
#include "integration/support/temp_dir.h"

namespace vnsearch::testing {

struct ServedIndex {
    TempDir dir;
    std::unique_ptr<SearchdProcess> searchd;

    std::filesystem::path db() const { return dir / "db"; }
    // Starts searchd on db(); call once the database is indexed.
    void serve() { searchd = std::make_unique<SearchdProcess>(db()); }
};

}  // namespace vnsearch::testing
