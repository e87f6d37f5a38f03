// indexer/ turns files into a database, one direction: readers/ (bytes -> RawArticle, knowing
// formats, not Xapian) -> Enricher (white space, dates, and organizations found by orgs/) -> schema's
// DocumentBuilder -> IndexWriter (Xapian, not formats). Around them: this run, the incremental state
// of each input file (file_state, input_indexer), the lock, the --rebuild swap, the summary.
//
// One indexer run under the database's lock: the inputs indexed incrementally (or into a fresh
// database swapped in with --rebuild), then --delete and --delete-missing, everything committed in
// batches; counts kept for the summary. main.cc only parses the command line.
#pragma once

#include <cstddef>
#include <filesystem>
#include <functional>
#include <stdexcept>
#include <string>
#include <vector>

#include "readers/reader.h"
#include "rebuild_part.h"
#include "run_summary.h"
#include "stop_signals.h"
#include "vnsearch/schema/document_builder.h"

namespace vnsearch::indexer {

class AnalysisStamp;
class Enricher;
class IndexWriter;

struct RunOptions {
    std::filesystem::path db;
    Format format = Format::Auto;
    std::filesystem::path data_dir;  // organization data; empty: schema's default
    std::size_t batch = 1000;
    std::vector<std::string> paths;
    std::vector<std::string> delete_ids;
    bool delete_missing = false;
    bool rebuild = false;
    std::size_t shards = 0;  // --shards N; 0: as the database already is (one database when new)
    std::size_t jobs = 1;    // --jobs N: writers a --rebuild of one database runs at once (rebuild_part.h)
    schema::SpellingScope spelling = schema::SpellingScope::TitlesAndBodies;
    bool progress = false;  // draw a progress line on stderr
    ReadLimits read_limits;  // --max-article-bytes
};

// Another indexer holds the database's lock (exit status 3).
struct LockedError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

class IndexRun {
public:
    explicit IndexRun(RunOptions options, StopSignal stop_signal = [] { return 0; });

    // Throws UsageError for bad options or PATHs, LockedError, Xapian::Error or std::runtime_error
    // for fatal problems.
    RunSummary run();

private:
    RunSummary rebuild();
    // Indexes the inputs and applies the deletions into the database (or set of `shards`) at `db`; commits.
    // With a part of several, only that part's articles (rebuild_part.h); `stop` ends it early.
    RunSummary index_into(const std::filesystem::path& db, std::size_t shards, const Enricher& enricher,
                          RebuildPart part, const StopSignal& stop);
    // --rebuild with --jobs N > 1: N parts indexed at once beside `fresh`, merged into it compacted.
    RunSummary index_in_parts(const std::filesystem::path& fresh, std::size_t jobs, const Enricher& enricher);
    // The writers a rebuild into `shards` runs: --jobs, or 1 where parts cannot be used (a shard set,
    // whose shards keep their own docids; stdin, which only one reader can read).
    std::size_t rebuild_jobs(std::size_t shards) const;
    // Compacts each database of the fresh rebuild at `fresh` before it is swapped in (compaction.h).
    void compact(const std::filesystem::path& fresh, std::size_t shards) const;
    // Warns (one warning) when the database was indexed under other analysis settings.
    void check_analysis(IndexWriter& writer, const AnalysisStamp& current, RunCounts& counts) const;
    void delete_ids(IndexWriter& writer, RunCounts& counts);
    void delete_missing(IndexWriter& writer, RunCounts& counts);

    RunOptions options_;
    StopSignal stop_signal_;
    std::vector<InputFile> inputs_;
};

}  // namespace vnsearch::indexer
