// Indexes one input into the database: skips a file whose size and mtime (or content) are as last
// recorded, rebuilds only the articles whose content changed, removes the articles a complete
// re-read no longer finds, and records the file's state in the same commits as its articles.
#pragma once

#include <functional>

#include "indexer/document_builder.h"
#include "indexer/enricher.h"
#include "indexer/index_writer.h"
#include "indexer/progress.h"
#include "indexer/readers/reader.h"
#include "indexer/run_summary.h"

namespace vnsearch::indexer {

class InputIndexer {
public:
    using StopSignal = std::function<int()>;

    InputIndexer(const Enricher& enricher, const DocumentBuilder& builder, IndexWriter& writer, RunCounts& counts,
                 Progress& progress, StopSignal stop_signal);

    // Reports problems as "path:line: problem" through spdlog and counts them; throws only for fatal errors.
    void index(const InputFile& input);

private:
    void index_stdin(const InputFile& input);
    void index_file(const InputFile& input);

    const Enricher& enricher_;
    const DocumentBuilder& builder_;
    IndexWriter& writer_;
    RunCounts& counts_;
    Progress& progress_;
    StopSignal stop_signal_;
};

// The absolute, lexically normal form of a path: how file states and source terms name a file.
std::string source_path_of(const std::filesystem::path& path);

}  // namespace vnsearch::indexer
