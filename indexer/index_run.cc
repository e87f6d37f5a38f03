// The orchestration of one run; see index_run.h.
#include "index_run.h"

#include <spdlog/spdlog.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <chrono>
#include <cstring>
#include <filesystem>
#include <future>
#include <memory>

#include "analysis_stamp.h"
#include "compaction.h"
#include "database_swap.h"
#include "db_lock.h"
#include "enricher.h"
#include "file_state.h"
#include "index_writer.h"
#include "input_indexer.h"
#include "input_paths.h"
#include "progress.h"
#include "shard_set.h"
#include "vnsearch/schema/layout.h"

namespace vnsearch::indexer {
namespace fs = std::filesystem;
namespace {

void check_options(const RunOptions& options) {
    if (options.paths.empty() && options.delete_ids.empty() && !options.delete_missing) {
        throw UsageError("nothing to do: give PATHs to index, --delete ID... or --delete-missing");
    }
    if (options.rebuild && options.paths.empty()) throw UsageError("--rebuild needs the PATHs to build from");
    // --delete-missing is what a rebuild from the PATHs does anyway: allowed, so that one configuration
    // file (with delete-missing = true) serves the nightly run and `--rebuild` alike.
    if (options.rebuild && !options.delete_ids.empty()) {
        throw UsageError("--rebuild builds from the PATHs alone: it cannot be combined with --delete");
    }
}

// Removes a directory on scope exit unless released: a failed or abandoned rebuild leaves nothing behind.
class RemoveOnExit {
public:
    explicit RemoveOnExit(fs::path path) : path_(std::move(path)) {}
    ~RemoveOnExit() {
        std::error_code ignored;
        if (!path_.empty()) fs::remove_all(path_, ignored);
    }
    RemoveOnExit(const RemoveOnExit&) = delete;
    RemoveOnExit& operator=(const RemoveOnExit&) = delete;
    void release() { path_.clear(); }

private:
    fs::path path_;
};

// The directory the run works on: a symlinked --db is followed, so its lock (DIR.lock beside the
// real directory) is the one every other path to it takes, and --rebuild swaps the real directory
// instead of replacing the link with a new one.
fs::path database_directory(const fs::path& db) {
    std::string text = db.string();
    while (text.size() > 1 && text.back() == '/') text.pop_back();
    std::error_code error;
    if (!fs::is_symlink(text, error)) return db;
    fs::path target = fs::canonical(text, error);
    if (error) throw UsageError("--db " + db.string() + " is a symbolic link to nothing usable: " + error.message());
    return target;
}

// An existing database the run could not write would otherwise fail deep inside Xapian with a lock
// error that reads like another writer; say what it is (exit status 2).
void check_writable(const fs::path& db) {
    std::error_code error;
    if (!fs::exists(db, error)) return;
    if (::access(db.c_str(), W_OK) != 0) {
        throw UsageError("database " + db.string() + " cannot be written: " + std::strerror(errno));
    }
}

// What a part of a parallel rebuild sees as its stop signal when another part failed.
constexpr int kPartFailed = -1;

// Articles a commit of a rebuild, at most (see index_into).
constexpr std::size_t kRebuildBatch = 250;

}  // namespace

IndexRun::IndexRun(RunOptions options, StopSignal stop_signal)
    : options_(std::move(options)), stop_signal_(std::move(stop_signal)) {}

RunSummary IndexRun::run() {
    check_options(options_);
    inputs_ = expand_inputs(options_.paths, options_.format);  // usage errors before waiting on anything
    options_.db = database_directory(options_.db);
    check_writable(options_.db);
    fs::path lock_path = DbLock::lock_path_for(options_.db);
    auto lock = DbLock::try_acquire(lock_path);
    if (!lock) {
        throw LockedError("another indexer is running on " + options_.db.string() + " (lock " + lock_path.string() + ")");
    }
    if (options_.rebuild) return rebuild();
    Enricher enricher(options_.data_dir);
    return index_into(options_.db, shards_for_run(options_.db, options_.shards), enricher, {}, stop_signal_);
}

RunSummary IndexRun::rebuild() {
    auto start = std::chrono::steady_clock::now();
    remove_stale_rebuilds(options_.db);  // left by killed rebuilds: we hold the lock, nobody else builds
    fs::path fresh = rebuild_path_for(options_.db);
    RemoveOnExit cleanup(fresh);
    // A rebuild keeps the set's shard count unless --shards gives another (or splits a single database).
    std::size_t shards = options_.shards != 0 ? options_.shards : std::max<std::size_t>(existing_shards(options_.db), 1);
    std::size_t jobs = rebuild_jobs(shards);
    Enricher enricher(options_.data_dir);
    RunSummary summary = jobs > 1 ? index_in_parts(fresh, jobs, enricher)
                                  : index_into(fresh, shards, enricher, {}, stop_signal_);
    if (summary.signal != 0) {
        spdlog::warn("indexer: rebuild stopped by a signal; {} left as it was", options_.db.string());
        return summary;
    }
    if (jobs == 1) compact(fresh, shards);  // the parts' merge compacted already
    swap_in(fresh, options_.db);
    cleanup.release();
    // The whole rebuild, compaction included: what the run took, as the caller's clock sees it.
    summary.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    return summary;
}

std::size_t IndexRun::rebuild_jobs(std::size_t shards) const {
    bool reads_stdin = std::any_of(inputs_.begin(), inputs_.end(), [](const InputFile& input) { return input.is_stdin(); });
    return shards > 1 || reads_stdin ? 1 : std::max<std::size_t>(options_.jobs, 1);
}

RunSummary IndexRun::index_in_parts(const fs::path& fresh, std::size_t jobs, const Enricher& enricher) {
    std::vector<fs::path> parts;
    std::vector<std::unique_ptr<RemoveOnExit>> cleanups;  // the parts go whatever happens: merged, or abandoned
    for (std::size_t k = 0; k < jobs; ++k) {
        parts.push_back(fresh.string() + ".part-" + std::to_string(k));
        cleanups.push_back(std::make_unique<RemoveOnExit>(parts.back()));
    }
    // A part that fails stops the others (their work is lost with it) before its error is rethrown.
    std::atomic<bool> failed{false};
    StopSignal stop = [&] {
        int signal = stop_signal_();
        return signal != 0 ? signal : failed.load() ? kPartFailed : 0;
    };
    auto index_part = [&](std::size_t k) {
        try {
            return index_into(parts[k], 1, enricher, RebuildPart{k, jobs}, stop);
        } catch (...) {
            failed = true;
            throw;
        }
    };
    std::vector<std::future<RunSummary>> others;
    for (std::size_t k = 1; k < jobs; ++k) others.push_back(std::async(std::launch::async, index_part, k));
    RunSummary summary = index_part(0);  // on this thread: part 0 draws the progress line
    for (auto& other : others) summary.counts += other.get().counts;
    summary.signal = stop_signal_();
    if (summary.signal != 0) return summary;
    CompactionResult merged = merge_parts(parts, fresh);
    spdlog::info("indexer: merged the rebuild's {} parts: {:.1f} MB -> {:.1f} MB in {:.1f} s", jobs,
                 static_cast<double>(merged.bytes_before) / 1e6, static_cast<double>(merged.bytes_after) / 1e6,
                 merged.seconds);
    summary.documents = Xapian::Database(fresh.string()).get_doccount();
    return summary;
}

void IndexRun::compact(const fs::path& fresh, std::size_t shards) const {
    for (std::size_t shard = 0; shard < shards; ++shard) {
        fs::path db = shards > 1 ? shard_path(fresh, shard) : fresh;
        CompactionResult compacted = compact_in_place(db);
        spdlog::info("indexer: compacted the rebuilt {}: {:.1f} MB -> {:.1f} MB in {:.1f} s",
                     shards > 1 ? "shard " + std::to_string(shard) : std::string("database"),
                     static_cast<double>(compacted.bytes_before) / 1e6, static_cast<double>(compacted.bytes_after) / 1e6,
                     compacted.seconds);
    }
}

RunSummary IndexRun::index_into(const fs::path& db, std::size_t shards, const Enricher& enricher, RebuildPart part,
                                const StopSignal& stop) {
    auto start = std::chrono::steady_clock::now();
    schema::DocumentBuilder builder(options_.spelling);
    // A rebuild's databases are scratch until the swap: their commits skip fsync, and come more often,
    // which costs Xapian's inverter less (smaller batches to merge; shared corpora, two writers: 1,000
    // articles a commit 96-101 s, 250 75-87 s, 100 80 s).
    std::size_t batch = options_.rebuild ? std::min(options_.batch, kRebuildBatch) : options_.batch;
    IndexWriter writer(db, batch, builder, shards, /*durable=*/!options_.rebuild);
    Progress progress(options_.progress && part.keeps_records());

    RunSummary summary;
    check_analysis(writer, AnalysisStamp(enricher.data_fingerprint(), options_.spelling), summary.counts);
    InputIndexer input_indexer(enricher, builder, writer, summary.counts, progress, stop, options_.read_limits, part);
    for (const auto& input : inputs_) {
        if (stop() != 0) break;
        input_indexer.index(input);
    }
    progress.finish();
    if (stop() == 0) delete_ids(writer, summary.counts);
    if (stop() == 0 && options_.delete_missing) delete_missing(writer, summary.counts);
    writer.commit();
    summary.signal = stop();
    summary.documents = writer.document_count();
    summary.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    return summary;
}

void IndexRun::check_analysis(IndexWriter& writer, const AnalysisStamp& current, RunCounts& counts) const {
    std::string stored = writer.metadata(AnalysisStamp::kMetadataKey);
    if (stored.empty()) {
        // A new database (or one from before stamps, whose settings nobody knows): stamp it now.
        writer.set_metadata(AnalysisStamp::kMetadataKey, current.text());
        return;
    }
    auto differences = current.differences_from(stored);
    if (differences.empty()) return;
    std::string what;
    for (const auto& difference : differences) what += (what.empty() ? "" : ", ") + difference;
    ++counts.warnings;
    spdlog::warn("{}: indexed before with other settings ({} changed): articles of unchanged files keep the old "
                 "analysis; run the indexer with --rebuild to apply the new one to every article",
                 options_.db.string(), what);
}

void IndexRun::delete_ids(IndexWriter& writer, RunCounts& counts) {
    for (const auto& id : options_.delete_ids) {
        if (writer.remove(schema::Layout::id_term(id))) {
            ++counts.deleted;
        } else {
            ++counts.warnings;
            spdlog::warn("--delete {}: no article with this id", id);
        }
    }
}

void IndexRun::delete_missing(IndexWriter& writer, RunCounts& counts) {
    for (const auto& key : writer.metadata_keys(std::string(FileState::kKeyPrefix))) {
        auto state = FileState::decode(writer.metadata(key));
        if (!state) continue;
        std::error_code error;
        if (fs::exists(state->path, error) || error) continue;  // present, or unknowable: keep
        std::size_t removed = writer.remove_all_with(schema::Layout::source_path_term(state->path));
        writer.set_metadata(key, "");
        counts.deleted += removed;
        spdlog::info("{}: gone, {} articles deleted", state->path, removed);
    }
}

}  // namespace vnsearch::indexer
