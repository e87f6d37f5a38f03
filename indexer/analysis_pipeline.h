// Overlaps the analysis of articles with their writing: while the caller's thread writes one batch of
// built documents into Xapian, a worker thread enriches and builds the next. Analysis (tokenizing,
// organizations) and Xapian's postings each take about half of an article's time, so this nearly
// doubles indexing speed on two cores. Articles are written in the order given, on the caller's
// thread only (Xapian objects are not thread-safe), so docids and results do not change.
#pragma once

#include <cstddef>
#include <functional>
#include <future>
#include <vector>

#include "readers/raw_article.h"
#include "vnsearch/schema/analyzer.h"
#include "vnsearch/schema/document_builder.h"

namespace vnsearch::indexer {

// An article ready to write: its document, and the problems met while analysing it.
struct PreparedArticle {
    schema::BuiltDocument built;
    std::vector<ReadError> warnings;
};

class AnalysisPipeline {
public:
    using Analyse = std::function<PreparedArticle(RawArticle)>;  // runs on the worker thread
    using Write = std::function<void(PreparedArticle)>;          // runs on the caller's thread

    // Articles go to the worker `batch` at a time: at most two batches are in memory.
    static constexpr std::size_t kDefaultBatch = 32;

    // `memo` must outlive the pipeline, and serve one pipeline at a time.
    AnalysisPipeline(Analyse analyse, Write write, schema::WordMemo& memo, std::size_t batch = kDefaultBatch);
    // Waits for the batch in analysis and drops it: flush() is how articles get written.
    ~AnalysisPipeline();
    AnalysisPipeline(const AnalysisPipeline&) = delete;
    AnalysisPipeline& operator=(const AnalysisPipeline&) = delete;

    void push(RawArticle raw);
    // Analyses and writes every article pushed so far; rethrows what the analysis threw.
    void flush();

private:
    // Starts analysing the pending batch and writes the one analysed before it meanwhile.
    void hand_off();
    void write_analysed();
    void write(std::vector<PreparedArticle> batch);

    Analyse analyse_;
    Write write_;
    std::size_t batch_;
    std::vector<RawArticle> pending_;
    std::future<std::vector<PreparedArticle>> analysed_;
    schema::WordMemo& memo_;  // the worker's words, kept from batch to batch (and file to file)
};

}  // namespace vnsearch::indexer
