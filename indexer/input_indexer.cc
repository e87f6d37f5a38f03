// Incremental indexing of one input; see input_indexer.h.
//
// Articles are analysed on a worker thread while the ones before them are written (AnalysisPipeline);
// everything that reads or writes the database stays on this thread, and a file's pending articles are
// written (flush) before its deletions and state.
//
// Kill safety: a file's state is written after all its articles, into the same open batch, so it is
// never committed before them. A run killed mid-file leaves some of the file's articles committed
// and its old state (or an incomplete one): the next run reads the file again, finds those articles
// unchanged and writes the rest.
#include "input_indexer.h"

#include <spdlog/spdlog.h>

#include <unordered_map>
#include <unordered_set>

#include "analysis_pipeline.h"
#include "file_state.h"
#include "vnsearch/schema/layout.h"

namespace vnsearch::indexer {
namespace {

using schema::Layout;

// Receives one input's articles: skips those unchanged since the file's last state, sends the others
// through enricher, builder and writer, and remembers what it saw.
class ArticleSink : public ReadSink {
public:
    struct Context {
        const Enricher& enricher;
        const schema::DocumentBuilder& builder;
        IndexWriter& writer;
        RunCounts& counts;
        Progress& progress;
        const StopSignal& stop_signal;
        schema::WordMemo& memo;
        const RebuildPart& part;
    };

    // previous: the file's article hashes from its last state; file_docs: documents from this file.
    ArticleSink(Context context, std::string display, std::string source_path,
                const std::unordered_map<std::string, std::string>* previous = nullptr,
                std::unordered_set<Xapian::docid> file_docs = {})
        : c_(context), display_(std::move(display)), source_path_(std::move(source_path)), previous_(previous),
          file_docs_(std::move(file_docs)),
          pipeline_([this](RawArticle raw) { return analyse(std::move(raw)); },
                    [this](PreparedArticle prepared) { write(std::move(prepared)); }, c_.memo) {}

    void article(RawArticle raw) override {
        std::string id = raw.article.id;  // trimmed by the reader
        if (!c_.part.takes(id)) {
            // Another part's article: the records keeper still lists it in the file's state.
            if (c_.part.keeps_records()) hashes_[id] = FileState::hash_article(raw);
            return;
        }
        std::string hash = FileState::hash_article(raw);
        if (auto docid = unchanged_since_last_state(id, hash)) {
            ++c_.counts.unchanged;
            seen_docs_.insert(*docid);
        } else {
            pipeline_.push(std::move(raw));
        }
        hashes_[id] = std::move(hash);
        c_.progress.update(c_.counts, display_);
    }

    // Writes the articles still in the pipeline: call it before reading seen_docs().
    void flush() {
        pipeline_.flush();
        c_.progress.update(c_.counts, display_);
    }

    void error(ReadError error) override {
        ++errors_;
        if (!c_.part.keeps_records()) return;  // every part meets it; the records keeper reports it once
        ++c_.counts.skipped;
        report(error);
    }

    bool wants_more() const override { return c_.stop_signal() == 0; }

    std::size_t errors() const { return errors_; }
    const std::unordered_set<Xapian::docid>& seen_docs() const { return seen_docs_; }
    const std::unordered_set<Xapian::docid>& file_docs() const { return file_docs_; }
    std::unordered_map<std::string, std::string>& hashes() { return hashes_; }

private:
    // The article's document when it is as read last time and still in the index from this file.
    std::optional<Xapian::docid> unchanged_since_last_state(const std::string& id, const std::string& hash) const {
        if (!previous_) return std::nullopt;
        auto last = previous_->find(id);
        if (last == previous_->end() || last->second != hash) return std::nullopt;
        auto docid = c_.writer.find(Layout::id_term(id));
        if (!docid || !file_docs_.contains(*docid)) return std::nullopt;
        return docid;
    }

    // On the pipeline's worker thread: touches nothing but its article (enricher and builder are const).
    PreparedArticle analyse(RawArticle raw) const {
        PreparedArticle prepared;
        auto warn = [&prepared](const ReadError& problem) { prepared.warnings.push_back(problem); };
        schema::Article article = c_.enricher.enrich(std::move(raw), warn);
        prepared.built = c_.builder.build(article, source_path_);
        return prepared;
    }

    void write(PreparedArticle prepared) {
        for (const auto& problem : prepared.warnings) {
            ++c_.counts.warnings;
            report(problem);
        }
        Upserted upserted = c_.writer.upsert(prepared.built);
        seen_docs_.insert(upserted.docid);
        switch (upserted.result) {
            case UpsertResult::New: ++c_.counts.added; break;
            case UpsertResult::Updated: ++c_.counts.updated; break;
            case UpsertResult::Unchanged: ++c_.counts.unchanged; break;
        }
    }

    void report(const ReadError& problem) {
        c_.progress.finish();
        spdlog::warn("{}", problem.message());
    }

    Context c_;
    std::string display_;
    std::string source_path_;
    const std::unordered_map<std::string, std::string>* previous_;
    std::unordered_set<Xapian::docid> file_docs_;
    std::unordered_set<Xapian::docid> seen_docs_;
    std::unordered_map<std::string, std::string> hashes_;
    std::size_t errors_ = 0;
    AnalysisPipeline pipeline_;  // last: its worker uses the members above until it is destroyed
};

std::optional<FileState> stored_state(const IndexWriter& writer, const std::string& path) {
    auto state = FileState::decode(writer.metadata(FileState::key_for(path)));
    if (state && state->path != path) return std::nullopt;  // a hashed key shared by another path
    return state;
}

}  // namespace

std::string source_path_of(const std::filesystem::path& path) {
    return std::filesystem::absolute(path).lexically_normal().string();
}

InputIndexer::InputIndexer(const Enricher& enricher, const schema::DocumentBuilder& builder, IndexWriter& writer,
                           RunCounts& counts, Progress& progress, StopSignal stop_signal, ReadLimits limits,
                           RebuildPart part)
    : enricher_(enricher), builder_(builder), writer_(writer), counts_(counts), progress_(progress),
      stop_signal_(std::move(stop_signal)), limits_(limits), part_(part) {}

void InputIndexer::index(const InputFile& input) {
    if (input.is_stdin()) {
        index_stdin(input);
    } else if (part_.keeps_records()) {
        index_file(input);
    } else {
        index_share_of_file(input);
    }
}

void InputIndexer::index_stdin(const InputFile& input) {
    ArticleSink sink({enricher_, builder_, writer_, counts_, progress_, stop_signal_, memo_, part_}, input.display(), "");
    reader_for(input.path, input.format, limits_)->read(input, sink);
    sink.flush();
    ++counts_.files_read;
}

void InputIndexer::index_file(const InputFile& input) {
    std::string path = source_path_of(input.path);
    std::string key = FileState::key_for(path);
    FileState state;
    try {
        state.path = path;
        state.stat = FileState::stat_file(path);
        auto stored = stored_state(writer_, path);
        bool same_stat = stored && stored->stat.size == state.stat.size && stored->stat.mtime_ns == state.stat.mtime_ns;
        if (stored && stored->complete && same_stat) {
            counts_.unchanged += stored->article_hashes.size();
            ++counts_.files_unchanged;
            return;
        }
        state.content_hash = FileState::hash_file(path);
        if (stored && stored->complete && stored->content_hash == state.content_hash) {
            // Touched, not changed: remember the new mtime so the next run skips it without hashing.
            stored->stat = state.stat;
            writer_.set_metadata(key, stored->encode());
            counts_.unchanged += stored->article_hashes.size();
            ++counts_.files_unchanged;
            return;
        }
        if (stored) {
            state.article_hashes = std::move(stored->article_hashes);
        } else {
            writer_.set_metadata(key, state.encode());  // known from now on, for --delete-missing
        }
    } catch (const std::runtime_error& error) {
        ++counts_.skipped;
        progress_.finish();
        spdlog::warn("{}: {}", input.display(), error.what());
        return;
    }

    std::string source_term = Layout::source_path_term(path);
    ArticleSink sink({enricher_, builder_, writer_, counts_, progress_, stop_signal_, memo_, part_}, input.display(), path,
                     &state.article_hashes, writer_.documents_with(source_term));
    reader_for(input.path, input.format, limits_)->read(input, sink);
    sink.flush();
    ++counts_.files_read;

    state.complete = sink.errors() == 0 && stop_signal_() == 0;
    if (state.complete) {
        // Read whole and clean: what it no longer holds was deleted from it.
        for (Xapian::docid docid : sink.file_docs()) {
            if (sink.seen_docs().contains(docid)) continue;
            writer_.remove(docid);
            ++counts_.deleted;
        }
        state.article_hashes = std::move(sink.hashes());
    } else {
        for (auto& [id, hash] : sink.hashes()) state.article_hashes[id] = std::move(hash);
    }
    writer_.set_metadata(key, state.encode());
}

void InputIndexer::index_share_of_file(const InputFile& input) {
    // A fresh part database holds no state to compare with, and part 0 records the file's.
    ArticleSink sink({enricher_, builder_, writer_, counts_, progress_, stop_signal_, memo_, part_}, input.display(),
                     source_path_of(input.path));
    reader_for(input.path, input.format, limits_)->read(input, sink);
    sink.flush();
}

}  // namespace vnsearch::indexer
