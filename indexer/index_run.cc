// The indexing pipeline of one run; see index_run.h.
#include "indexer/index_run.h"

#include <spdlog/spdlog.h>

#include <chrono>
#include <filesystem>

#include "indexer/enricher.h"
#include "indexer/index_writer.h"
#include "indexer/input_paths.h"
#include "indexer/progress.h"

namespace vnsearch::indexer {
namespace {

// Reads one input into the index: the reader's articles go through enricher, builder and writer.
class InputSink : public ReadSink {
public:
    InputSink(const Enricher& enricher, const DocumentBuilder& builder, IndexWriter& writer, RunCounts& counts,
              Progress& progress, const IndexRun::StopSignal& stop, const InputFile& input)
        : enricher_(enricher), builder_(builder), writer_(writer), counts_(counts), progress_(progress), stop_(stop),
          display_(input.display()),
          source_path_(input.is_stdin() ? std::string() : std::filesystem::absolute(input.path).lexically_normal().string()) {}

    void article(RawArticle raw) override {
        auto warn = [this](const ReadError& problem) {
            ++counts_.warnings;
            report(problem);
        };
        schema::Article article = enricher_.enrich(std::move(raw), warn);
        switch (writer_.upsert(builder_.build(article, source_path_))) {
            case UpsertResult::New: ++counts_.added; break;
            case UpsertResult::Updated: ++counts_.updated; break;
            case UpsertResult::Unchanged: ++counts_.unchanged; break;
        }
        progress_.update(counts_, display_);
    }

    void error(ReadError error) override {
        ++counts_.skipped;
        ++errors_;
        report(error);
    }

    bool wants_more() const override { return stop_() == 0; }
    std::size_t errors() const { return errors_; }

private:
    void report(const ReadError& problem) {
        progress_.finish();
        spdlog::warn("{}", problem.message());
    }

    const Enricher& enricher_;
    const DocumentBuilder& builder_;
    IndexWriter& writer_;
    RunCounts& counts_;
    Progress& progress_;
    const IndexRun::StopSignal& stop_;
    std::string display_;
    std::string source_path_;
    std::size_t errors_ = 0;
};

}  // namespace

IndexRun::IndexRun(RunOptions options, StopSignal stop_signal)
    : options_(std::move(options)), stop_signal_(std::move(stop_signal)) {}

RunSummary IndexRun::run() {
    auto start = std::chrono::steady_clock::now();
    std::vector<InputFile> inputs = expand_inputs(options_.paths, options_.format);
    Enricher enricher(options_.data_dir);
    DocumentBuilder builder(options_.spelling);
    IndexWriter writer(options_.db, options_.batch);
    Progress progress(options_.progress);

    RunSummary summary;
    for (const auto& input : inputs) {
        if (stop_signal_() != 0) break;
        auto reader = reader_for(input.path, input.format);
        InputSink sink(enricher, builder, writer, summary.counts, progress, stop_signal_, input);
        reader->read(input, sink);
        ++summary.counts.files_read;
    }
    writer.commit();
    progress.finish();
    summary.signal = stop_signal_();
    summary.documents = writer.document_count();
    summary.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    return summary;
}

}  // namespace vnsearch::indexer
