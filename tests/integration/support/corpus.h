// Access to the read-only shared data beside the project (seed article, JSON Lines corpora).
// Tests that need it call shared_dir() and GTEST_SKIP when it returns nullopt.
#pragma once

#include <cstddef>
#include <filesystem>
#include <optional>
#include <vector>

#include <nlohmann/json.hpp>

namespace vnsearch::testing {

// VNSEARCH_SKIP_CORPUS_TESTS=1: the tests that index or read whole corpora skip, as if ../shared were
// absent. scripts/test.sh sets it for the sanitizer pass, where such a test takes 20-300 s (Debug +
// ASan) and reaches no code the unit tests do not.
bool corpus_tests_switched_off();

// VNSEARCH_SHARED_DIR when it exists on this machine (and corpus tests are not switched off).
std::optional<std::filesystem::path> shared_dir();

// The first `count` articles of a .jsonl.gz file (decompressed with gzip -dc).
std::vector<nlohmann::json> read_jsonl_gz_head(const std::filesystem::path& path, std::size_t count);

}  // namespace vnsearch::testing
