// Helpers for the indexer's unit tests: a temporary directory removed afterwards, fixture paths, and a
// ReadSink that keeps what a reader reports.
#pragma once

#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "readers/raw_article.h"

namespace vnsearch::indexer::test {

inline std::filesystem::path fixture(const std::string& relative) {
    return std::filesystem::path(VNSEARCH_FIXTURES_DIR) / "indexer" / relative;
}

class TempDir {
public:
    TempDir() {
        std::string pattern = (std::filesystem::temp_directory_path() / "vnsearch-indexer-test-XXXXXX").string();
        path_ = ::mkdtemp(pattern.data());
    }
    ~TempDir() {
        std::error_code ignored;
        std::filesystem::remove_all(path_, ignored);
    }
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;
    const std::filesystem::path& path() const { return path_; }
    std::filesystem::path operator/(const std::string& name) const { return path_ / name; }

private:
    std::filesystem::path path_;
};

inline void write_file(const std::filesystem::path& path, const std::string& text) {
    std::filesystem::create_directories(path.parent_path());
    std::ofstream(path, std::ios::binary) << text;
}

class CollectingSink : public ReadSink {
public:
    void article(RawArticle article) override { articles.push_back(std::move(article)); }
    void error(ReadError error) override { errors.push_back(std::move(error)); }
    std::vector<RawArticle> articles;
    std::vector<ReadError> errors;
};

}  // namespace vnsearch::indexer::test
