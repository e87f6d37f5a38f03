// Batches handed to a worker thread, written back in order; see analysis_pipeline.h.
#include "analysis_pipeline.h"

#include <utility>

namespace vnsearch::indexer {

AnalysisPipeline::AnalysisPipeline(Analyse analyse, Write write, schema::WordMemo& memo, std::size_t batch)
    : analyse_(std::move(analyse)), write_(std::move(write)), batch_(batch == 0 ? 1 : batch), memo_(memo) {
    pending_.reserve(batch_);
}

AnalysisPipeline::~AnalysisPipeline() {
    if (analysed_.valid()) analysed_.wait();  // the worker reads analyse_: it must end first
}

void AnalysisPipeline::push(RawArticle raw) {
    pending_.push_back(std::move(raw));
    if (pending_.size() >= batch_) hand_off();
}

void AnalysisPipeline::flush() {
    if (!pending_.empty()) hand_off();
    write_analysed();
}

void AnalysisPipeline::hand_off() {
    // The batch before must be analysed before the next starts (the memo serves one thread at a time);
    // then it is written here while the worker analyses the next: that is the overlap.
    auto previous = std::move(analysed_);
    if (previous.valid()) previous.wait();
    analysed_ = std::async(std::launch::async, [this, articles = std::move(pending_)]() mutable {
        schema::WordMemo::Use memo(memo_);
        std::vector<PreparedArticle> prepared;
        prepared.reserve(articles.size());
        for (auto& raw : articles) prepared.push_back(analyse_(std::move(raw)));
        return prepared;
    });
    pending_.clear();
    pending_.reserve(batch_);
    if (previous.valid()) write(previous.get());
}

void AnalysisPipeline::write_analysed() {
    if (analysed_.valid()) write(analysed_.get());
}

void AnalysisPipeline::write(std::vector<PreparedArticle> batch) {
    for (auto& article : batch) write_(std::move(article));
}

}  // namespace vnsearch::indexer
