// Runs the real indexer for integration tests; see index_jsonl.h.
#include "integration/support/index_jsonl.h"

#include <stdexcept>

namespace vnsearch::testing {
namespace {

std::string indexer_binary() {
#ifdef VNSEARCH_INDEXER_BIN
    return VNSEARCH_INDEXER_BIN;
#else
    throw std::runtime_error("VNSEARCH_INDEXER_BIN is not defined: build the indexer target");
#endif
}

}  // namespace

ProcessResult run_indexer(const std::filesystem::path& db, const std::vector<std::string>& args,
                          const std::string& stdin_text) {
    std::vector<std::string> argv = {indexer_binary(), "--db", db.string()};
    argv.insert(argv.end(), args.begin(), args.end());
    return run_process(argv, stdin_text);
}

ProcessResult index_jsonl(const std::filesystem::path& db, const std::vector<nlohmann::json>& articles,
                          const std::vector<std::string>& extra_args) {
    std::string lines;
    for (const auto& article : articles) lines += article.dump() + "\n";
    std::vector<std::string> args = extra_args;
    args.push_back("-");
    return run_indexer(db, args, lines);
}

}  // namespace vnsearch::testing
