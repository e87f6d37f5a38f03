// A temporary directory that removes itself: one per test, so tests never share state on disk.
// Shared test support for the integration tests of the indexer and searchd.
#pragma once

#include <filesystem>

namespace vnsearch::testing {

class TempDir {
public:
    TempDir();
    ~TempDir();
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;

    const std::filesystem::path& path() const { return path_; }
    std::filesystem::path operator/(const std::filesystem::path& child) const { return path_ / child; }

private:
    std::filesystem::path path_;
};

}  // namespace vnsearch::testing
