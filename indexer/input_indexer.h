// Indexes one input into the database: skips a file whose size and mtime (or content) are as last
// recorded, rebuilds only the articles whose content changed, removes the articles a complete
// re-read no longer finds, and records the file's state in the same commits as its articles.
#pragma once

#include <functional>

#include "enricher.h"
#include "index_writer.h"
#include "progress.h"
#include "readers/reader.h"
#include "rebuild_part.h"
#include "run_summary.h"
#include "stop_signals.h"
#include "vnsearch/schema/document_builder.h"

namespace vnsearch::indexer {

class InputIndexer {
public:
    InputIndexer(const Enricher& enricher, const schema::DocumentBuilder& builder, IndexWriter& writer, RunCounts& counts,
                 Progress& progress, StopSignal stop_signal, ReadLimits limits = {}, RebuildPart part = {});

    // Reports problems as "path:line: problem" through spdlog and counts them; throws only for fatal errors.
    void index(const InputFile& input);

private:
    void index_stdin(const InputFile& input);
    void index_file(const InputFile& input);
    // A part other than the first of a parallel rebuild: its articles of the file, no state (rebuild_part.h).
    void index_share_of_file(const InputFile& input);

    const Enricher& enricher_;
    const schema::DocumentBuilder& builder_;
    IndexWriter& writer_;
    RunCounts& counts_;
    Progress& progress_;
    StopSignal stop_signal_;
    ReadLimits limits_;
    RebuildPart part_;
    schema::WordMemo memo_;  // the analysis worker's, shared by every file of the run
};

// The absolute, lexically normal form of a path: how file states and source terms name a file.
std::string source_path_of(const std::filesystem::path& path);

}  // namespace vnsearch::indexer
