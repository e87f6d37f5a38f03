// The shared corpora (<repo>/../shared/corpus/*.jsonl.gz) for the organization tests that read real
// articles: where they are, and each article's text as the extractor sees it (title + "\n" + body).
#pragma once

#include <cstdlib>
#include <filesystem>
#include <set>
#include <string>

#include <nlohmann/json.hpp>

#include "readers/gz_line_reader.h"

namespace vnsearch::indexer::test {

inline std::filesystem::path corpus_file(const std::string& corpus) {
    return std::filesystem::path(VNSEARCH_SHARED_DIR) / "corpus" / (corpus + ".jsonl.gz");
}

// False also under VNSEARCH_SKIP_CORPUS_TESTS=1 (see tests/integration/support/corpus.h).
inline bool shared_corpora_present() {
    const char* off = std::getenv("VNSEARCH_SKIP_CORPUS_TESTS");
    if (off != nullptr && std::string(off) == "1") return false;
    return std::filesystem::exists(corpus_file("dantri")) && std::filesystem::exists(corpus_file("baomoi"));
}

inline std::string article_text(const nlohmann::json& article) {
    return article.value("title", "") + "\n" + article.value("body", "");
}

// Calls on(json) for each article of a corpus; with only_ids, for those articles only (the others are
// not parsed: the id is the first field of every line).
template <typename On>
void for_each_article(const std::string& corpus, On on, const std::set<std::string>* only_ids = nullptr) {
    GzLineReader lines(corpus_file(corpus));
    std::string line;
    while (lines.next(line)) {
        if (line.empty()) continue;
        if (only_ids != nullptr) {
            auto at = line.find("\"id\": \"");
            auto end = at == std::string::npos ? at : line.find('"', at + 7);
            if (end == std::string::npos || !only_ids->contains(line.substr(at + 7, end - at - 7))) continue;
        }
        on(nlohmann::json::parse(line));
    }
}

}  // namespace vnsearch::indexer::test
