// Reads the shared corpora for integration tests; see corpus.h.
#include "integration/support/corpus.h"

#include <cstdlib>
#include <sstream>
#include <stdexcept>
#include <string>

#include "integration/support/process.h"

namespace vnsearch::testing {

bool corpus_tests_switched_off() {
    const char* off = std::getenv("VNSEARCH_SKIP_CORPUS_TESTS");
    return off != nullptr && std::string(off) == "1";
}

std::optional<std::filesystem::path> shared_dir() {
    if (corpus_tests_switched_off()) return std::nullopt;
#ifdef VNSEARCH_SHARED_DIR
    std::filesystem::path dir = VNSEARCH_SHARED_DIR;
    std::error_code error;
    if (std::filesystem::is_directory(dir, error)) return dir;
#endif
    return std::nullopt;
}

std::vector<nlohmann::json> read_jsonl_gz_head(const std::filesystem::path& path, std::size_t count) {
    ProcessResult gunzip = run_process({"gzip", "-dc", path.string()});
    if (gunzip.exit_status != 0) throw std::runtime_error("cannot read " + path.string() + ": " + gunzip.err);
    std::vector<nlohmann::json> articles;
    std::istringstream lines(gunzip.out);
    std::string line;
    while (articles.size() < count && std::getline(lines, line)) {
        if (!line.empty()) articles.push_back(nlohmann::json::parse(line));
    }
    return articles;
}

}  // namespace vnsearch::testing
