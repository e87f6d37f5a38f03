// Tests of --rebuild with --jobs: the articles written by several writers at once (rebuild_part.h) and
// merged give the database one writer gives, document for document: terms, values, stored data,
// spelling, the files' states; counts and read errors are reported once; nothing is left beside it.
#include <gtest/gtest.h>

#include <atomic>
#include <csignal>
#include <map>

#include "database_swap.h"
#include "exit_status.h"
#include "file_state.h"
#include "index_run.h"
#include "unit/indexer/test_support.h"
#include "vnsearch/schema/commit_stamp.h"
#include "vnsearch/schema/layout.h"

using namespace vnsearch::indexer;
using test::fixture;
using vnsearch::schema::Layout;
namespace fs = std::filesystem;

namespace {

// Articles sharing words, so that terms and spelling words span the parts.
std::string articles(int from, int to) {
    std::string text;
    for (int i = from; i < to; ++i) {
        std::string id = "p" + std::to_string(i);
        text += R"({"id": ")" + id + R"(", "title": "Đại hội Đảng bộ phường )" + std::to_string(i % 7) +
                R"(", "date": "2024-03-0)" + std::to_string(1 + i % 9) + R"(", "body": "Ủy ban nhân dân quận Đống Đa họp bàn )" +
                "việc số " + std::to_string(i) + " với Sở Y tế Hà Nội.\"}\n";
    }
    return text;
}

struct Inputs {
    test::TempDir dir;
    std::vector<std::string> paths;
    Inputs() {
        test::write_file(dir / "in/generated.jsonl", articles(0, 120));
        // good.jsonl and its gzip copy hold the same ids: the second file's versions replace the first's.
        paths = {(dir / "in/generated.jsonl").string(), fixture("jsonl/good.jsonl").string(),
                 fixture("jsonl/good.jsonl.gz").string(), fixture("jsonl/bad.jsonl").string(),
                 fixture("portal").string()};
    }
};

RunSummary rebuild(const fs::path& db, const std::vector<std::string>& paths, std::size_t jobs,
                   StopSignal stop = [] { return 0; }) {
    RunOptions options;
    options.db = db;
    options.paths = paths;
    options.rebuild = true;
    options.jobs = jobs;
    return IndexRun(options, std::move(stop)).run();
}

// Everything a search can see of a document, keyed by article id: terms with wdf and positions, values, data.
std::map<std::string, std::string> documents_by_id(const Xapian::Database& db) {
    std::map<std::string, std::string> documents;
    for (auto it = db.postlist_begin(""); it != db.postlist_end(""); ++it) {
        Xapian::Document doc = db.get_document(*it);
        std::string id_term, text;
        for (auto term = doc.termlist_begin(); term != doc.termlist_end(); ++term) {
            if ((*term).starts_with(Layout::id_term(""))) id_term = *term;
            text += *term + ":" + std::to_string(term.get_wdf()) + "@";
            for (auto pos = db.positionlist_begin(*it, *term); pos != db.positionlist_end(*it, *term); ++pos) {
                text += std::to_string(*pos) + ",";
            }
            text += " ";
        }
        for (auto value = doc.values_begin(); value != doc.values_end(); ++value) {
            text += "v" + std::to_string(value.get_valueno()) + "=" + *value + " ";
        }
        documents[id_term] = text + doc.get_data();
    }
    return documents;
}

std::map<std::string, Xapian::doccount> spellings(const Xapian::Database& db) {
    std::map<std::string, Xapian::doccount> words;
    for (auto it = db.spellings_begin(); it != db.spellings_end(); ++it) words[*it] = it.get_termfreq();
    return words;
}

// Metadata but the commit stamp (a time).
std::map<std::string, std::string> metadata(const Xapian::Database& db) {
    std::map<std::string, std::string> entries;
    for (auto it = db.metadata_keys_begin(); it != db.metadata_keys_end(); ++it) {
        if (*it != vnsearch::schema::CommitStamp::kMetadataKey) entries[*it] = db.get_metadata(*it);
    }
    return entries;
}

void expect_nothing_beside(const test::TempDir& dir) {
    for (const auto& entry : fs::directory_iterator(dir.path())) {
        EXPECT_EQ(entry.path().filename().string().find(".rebuild-"), std::string::npos) << entry.path();
    }
}

}  // namespace

TEST(ParallelRebuild, TwoOrThreeWritersGiveTheDatabaseOneWriterGives) {
    Inputs inputs;
    RunSummary one = rebuild(inputs.dir / "one", inputs.paths, 1);
    Xapian::Database expected((inputs.dir / "one").string());
    ASSERT_GT(expected.get_doccount(), 120u);
    for (std::size_t jobs : {2u, 3u}) {
        SCOPED_TRACE("jobs " + std::to_string(jobs));
        fs::path db = inputs.dir / ("jobs" + std::to_string(jobs));
        RunSummary parts = rebuild(db, inputs.paths, jobs);
        EXPECT_EQ(parts.counts.added, one.counts.added);
        EXPECT_EQ(parts.counts.updated, one.counts.updated);
        EXPECT_EQ(parts.counts.skipped, one.counts.skipped);  // bad.jsonl's lines: counted once, not once a part
        EXPECT_EQ(parts.counts.warnings, one.counts.warnings);
        EXPECT_EQ(parts.counts.files_read, one.counts.files_read);
        EXPECT_EQ(parts.exit_status(), one.exit_status());
        EXPECT_EQ(parts.documents, one.documents);
        Xapian::Database built(db.string());
        EXPECT_EQ(built.get_doccount(), expected.get_doccount());
        EXPECT_EQ(built.get_total_length(), expected.get_total_length());
        EXPECT_EQ(documents_by_id(built), documents_by_id(expected));
        EXPECT_EQ(spellings(built), spellings(expected));
        EXPECT_EQ(metadata(built), metadata(expected));  // the files' states, with every article's hash
        EXPECT_NE(built.get_metadata(vnsearch::schema::CommitStamp::kMetadataKey), "");
    }
    expect_nothing_beside(inputs.dir);
}

TEST(ParallelRebuild, TheNextRunFindsEveryFileAsRecorded) {
    Inputs inputs;
    rebuild(inputs.dir / "db", inputs.paths, 2);
    RunOptions next;
    next.db = inputs.dir / "db";
    next.paths = inputs.paths;
    RunSummary summary = IndexRun(next).run();
    EXPECT_EQ(summary.counts.added + summary.counts.updated + summary.counts.deleted, 0u);
    test::write_file(inputs.dir / "in/generated.jsonl", articles(0, 119));  // one article gone from the file
    summary = IndexRun(next).run();
    EXPECT_EQ(summary.counts.deleted, 1u);
    EXPECT_FALSE(Xapian::Database((inputs.dir / "db").string()).term_exists(Layout::id_term("p119")));
}

TEST(ParallelRebuild, AStoppedOneLeavesTheLiveDatabaseAndNoPartBehind) {
    Inputs inputs;
    rebuild(inputs.dir / "db", {inputs.paths[1]}, 2);
    std::atomic<int> calls = 0;  // the parts' threads all ask
    RunSummary stopped = rebuild(inputs.dir / "db", inputs.paths, 2, [&] { return ++calls > 40 ? SIGTERM : 0; });
    EXPECT_EQ(stopped.exit_status(), exit_status::kTerminated);
    EXPECT_EQ(Xapian::Database((inputs.dir / "db").string()).get_doccount(), 3u);
    expect_nothing_beside(inputs.dir);
}
