// indexer and searchd as a system service runs them: --version, configuration files (--config,
// --check-config, options over the file), the organization data found beside a copied binary, and
// backups of a live database.
#include <gtest/gtest.h>

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <fstream>

#include <xapian.h>

#include "integration/support/index_jsonl.h"
#include "integration/support/process.h"
#include "integration/support/searchd_process.h"
#include "integration/support/temp_dir.h"

using namespace vnsearch::testing;
namespace fs = std::filesystem;

namespace {

const fs::path kPackagingDir = fs::path(VNSEARCH_FIXTURES_DIR) / ".." / ".." / "scripts" / "deploy";

void write_file(const fs::path& path, const std::string& text) {
    fs::create_directories(path.parent_path());
    std::ofstream(path) << text;
}

std::filesystem::path small_index(const TempDir& dir, int articles = 1) {
    std::vector<nlohmann::json> lines;
    for (int i = 0; i < articles; ++i) {
        lines.push_back({{"id", "a" + std::to_string(i)}, {"title", "Tin số " + std::to_string(i)}, {"body", "Nội dung."}});
    }
    fs::path db = dir / "db";
    ProcessResult indexed = index_jsonl(db, lines);
    if (indexed.exit_status != 0) throw std::runtime_error("indexer failed: " + indexed.err);
    return db;
}

const std::string kPrograms[] = {VNSEARCH_INDEXER_BIN, VNSEARCH_SEARCHD_BIN};

}  // namespace

TEST(ServiceCli, VersionNamesTheProjectItsRevisionAndTheLibraries) {
    for (const std::string& program : kPrograms) {
        ProcessResult result = run_process({program, "--version"});
        EXPECT_EQ(result.exit_status, 0) << program << result.err;
        std::string name = fs::path(program).filename().string();
        EXPECT_EQ(result.out.rfind(name + " (vnsearch) ", 0), 0u) << result.out;
        EXPECT_NE(result.out.find("git revision: "), std::string::npos) << result.out;
        EXPECT_NE(result.out.find("Xapian 1."), std::string::npos) << result.out;
        EXPECT_NE(result.out.find("ICU "), std::string::npos) << result.out;
    }
    EXPECT_NE(run_process({VNSEARCH_SEARCHD_BIN, "--version"}).out.find("cpp-httplib 0."), std::string::npos);
}

TEST(ServiceCli, ShippedConfigurationsAreValid) {
    for (const std::string& program : kPrograms) {
        fs::path config = kPackagingDir / "config" / (fs::path(program).filename().string() + ".conf");
        ASSERT_TRUE(fs::is_regular_file(config)) << config;
        ProcessResult result = run_process({program, "--config", config.string(), "--check-config"});
        EXPECT_EQ(result.exit_status, 0) << result.out << result.err;
        EXPECT_NE(result.out.find("valid"), std::string::npos) << result.out;
        EXPECT_NE(result.out.find("db=\"/var/lib/vnsearch/db\""), std::string::npos) << result.out;
    }
}

TEST(ServiceCli, UnknownKeyIsNamedWithExit2) {
    TempDir dir;
    write_file(dir / "bad.conf", "db = \"/x\"\nlistne = \"127.0.0.1:80\"\n");
    for (const std::string& program : kPrograms) {
        ProcessResult result = run_process({program, "--config", (dir / "bad.conf").string(), "--check-config"});
        EXPECT_EQ(result.exit_status, 2) << program;
        EXPECT_NE(result.err.find((dir / "bad.conf").string() + ": unknown key 'listne'"), std::string::npos) << result.err;
    }
}

TEST(ServiceCli, BadValueIsNamedWithExit2) {
    TempDir dir;
    auto check = [&](const std::string& program, const std::string& text, const std::string& named) {
        write_file(dir / "bad.conf", "db = \"/x\"\n" + text);
        ProcessResult result = run_process({program, "--config", (dir / "bad.conf").string(), "--check-config"});
        EXPECT_EQ(result.exit_status, 2) << text;
        EXPECT_NE(result.err.find(named), std::string::npos) << result.err;
    };
    check(VNSEARCH_SEARCHD_BIN, "threads = 0\n", "--threads");
    check(VNSEARCH_SEARCHD_BIN, "searches = 0\n", "--searches");
    check(VNSEARCH_SEARCHD_BIN, "max-index-age = \"3 weeks\"\n", "--max-index-age");
    check(VNSEARCH_SEARCHD_BIN, "log-format = \"xml\"\n", "--log-format");
    check(VNSEARCH_SEARCHD_BIN, "listen = \"localhost\"\n", "--listen");
    check(VNSEARCH_SEARCHD_BIN, "user = \"no-such-user-here\"\n", "no-such-user-here");
    check(VNSEARCH_INDEXER_BIN, "batch = 0\n", "--batch");
    check(VNSEARCH_INDEXER_BIN, "spelling = \"some\"\n", "--spelling");
}

TEST(ServiceCli, FileSettingsApplyAndTheCommandLineWins) {
    TempDir dir;
    fs::path db = small_index(dir);
    // The file names a database that does not exist and asks for JSON logs: the command line's --db
    // (SearchdProcess passes the real one) wins, and the log format comes from the file.
    write_file(dir / "searchd.conf", "db = \"/nonexistent/vnsearch-db\"\nlog-format = \"json\"\n");
    SearchdProcess searchd(db, {"--config", (dir / "searchd.conf").string()});
    EXPECT_EQ(searchd.get_json("/health").status, 200);
    std::string log = searchd.log();
    ASSERT_FALSE(log.empty());
    EXPECT_EQ(log.front(), '{') << log;
}

TEST(ServiceCli, IndexerRunsFromItsConfigurationFile) {
    TempDir dir;
    write_file(dir / "in" / "a.jsonl", R"({"id": "x", "title": "Tin", "body": "Nội dung."})" "\n");
    write_file(dir / "indexer.conf", "db = \"" + (dir / "db").string() + "\"\nPATH = [\"" + (dir / "in").string() +
                                         "\"]\ndelete-missing = true\njson = true\n");
    ProcessResult first = run_process({VNSEARCH_INDEXER_BIN, "--config", (dir / "indexer.conf").string()});
    ASSERT_EQ(first.exit_status, 0) << first.err;
    EXPECT_EQ(nlohmann::json::parse(first.out)["new"], 1) << first.out;
    // --rebuild on the command line, over a file that has delete-missing: one file serves both runs.
    ProcessResult rebuilt = run_process({VNSEARCH_INDEXER_BIN, "--config", (dir / "indexer.conf").string(), "--rebuild"});
    EXPECT_EQ(rebuilt.exit_status, 0) << rebuilt.err;
    EXPECT_EQ(Xapian::Database((dir / "db").string()).get_doccount(), 1u);
}

TEST(InstalledLayout, ACopiedIndexerFindsTheDataBesideItself) {
    TempDir dir;
    fs::create_directories(dir / "bin");
    fs::copy_file(VNSEARCH_INDEXER_BIN, dir / "bin" / "indexer");
    std::string indexer = (dir / "bin" / "indexer").string();
    std::string input = (fs::path(VNSEARCH_FIXTURES_DIR) / "sample-archive").string();
    std::vector<std::string> no_env = {"/usr/bin/env", "-u", "VNSEARCH_DATA_DIR"};
    auto run = [&](std::vector<std::string> prefix, const std::string& db) {
        prefix.insert(prefix.end(), {indexer, "--db", (dir / db).string(), input});
        return run_process(prefix);
    };

    ProcessResult without = run(no_env, "db1");
    EXPECT_EQ(without.exit_status, 2);
    EXPECT_NE(without.err.find((dir / "share" / "vnsearch" / "orgs-data").string()), std::string::npos) << without.err;
    EXPECT_NE(without.err.find("VNSEARCH_DATA_DIR"), std::string::npos) << without.err;

    fs::copy(VNSEARCH_ORG_DATA_DIR, dir / "elsewhere", fs::copy_options::recursive);
    ProcessResult from_env = run({"/usr/bin/env", "VNSEARCH_DATA_DIR=" + (dir / "elsewhere").string()}, "db2");
    EXPECT_EQ(from_env.exit_status, 0) << from_env.err;

    fs::create_directories(dir / "share" / "vnsearch");
    fs::copy(VNSEARCH_ORG_DATA_DIR, dir / "share" / "vnsearch" / "orgs-data", fs::copy_options::recursive);
    ProcessResult beside = run(no_env, "db3");
    EXPECT_EQ(beside.exit_status, 0) << beside.err;
}

TEST(Backup, CompactedCopyOfALiveDatabaseWhileSearchdServes) {
    TempDir dir;
    fs::path db = small_index(dir, 3);
    SearchdProcess searchd(db);
    fs::path backup = dir / "backups" / "db-1";
    fs::create_directories(backup.parent_path());
    ProcessResult result = run_indexer(db, {"--backup", backup.string()});
    ASSERT_EQ(result.exit_status, 0) << result.err;
    EXPECT_NE(result.out.find("backed up"), std::string::npos) << result.out;
    Xapian::Database live(db.string()), copy(backup.string());
    EXPECT_EQ(copy.get_doccount(), 3u);
    EXPECT_EQ(copy.get_metadata("vnsearch.last_commit"), live.get_metadata("vnsearch.last_commit"));
    EXPECT_EQ(searchd.get_json("/search", {{"q", "tin"}}).body["total"], 3);
    // Never over an existing copy, and nothing left beside it.
    ProcessResult again = run_indexer(db, {"--backup", backup.string()});
    EXPECT_EQ(again.exit_status, 2);
    EXPECT_NE(again.err.find("already exists"), std::string::npos) << again.err;
    EXPECT_EQ(std::distance(fs::directory_iterator(backup.parent_path()), fs::directory_iterator()), 1);
}

TEST(Backup, AShardSetIsCopiedAsAShardSet) {
    TempDir dir;
    std::vector<nlohmann::json> lines;
    for (int i = 0; i < 20; ++i) lines.push_back({{"id", "s" + std::to_string(i)}, {"title", "Tin"}, {"body", "Nội dung."}});
    fs::path db = dir / "set";
    ProcessResult indexed = index_jsonl(db, lines, {"--shards", "3"});
    ASSERT_EQ(indexed.exit_status, 0) << indexed.err;
    fs::path backup = dir / "set-copy";
    ProcessResult result = run_indexer(db, {"--backup", backup.string()});
    ASSERT_EQ(result.exit_status, 0) << result.err;
    EXPECT_NE(result.out.find("20 documents, 3 shards"), std::string::npos) << result.out;
    EXPECT_TRUE(fs::exists(backup / "XAPIANDB"));
    Xapian::Database live(db.string()), copy(backup.string());
    EXPECT_EQ(copy.get_doccount(), 20u);
    for (int shard = 0; shard < 3; ++shard) {
        std::string name = "shard-0" + std::to_string(shard);
        EXPECT_EQ(Xapian::Database((backup / name).string()).get_doccount(),
                  Xapian::Database((db / name).string()).get_doccount());
    }
    // The copy is a set a later run keeps writing as one.
    ProcessResult more = index_jsonl(backup, {{{"id", "s99"}, {"title", "Tin"}, {"body", "Thêm."}}});
    ASSERT_EQ(more.exit_status, 0) << more.err;
    EXPECT_EQ(Xapian::Database(backup.string()).get_doccount(), 21u);
}

TEST(Backup, WaitsForNoIndexerAndSaysSo) {
    TempDir dir;
    fs::path db = small_index(dir);
    int fd = ::open((db.string() + ".lock").c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
    ASSERT_GE(fd, 0);
    ASSERT_EQ(::flock(fd, LOCK_EX | LOCK_NB), 0);  // as a running indexer holds it
    ProcessResult result = run_indexer(db, {"--backup", (dir / "copy").string()});
    ::close(fd);
    EXPECT_EQ(result.exit_status, 3) << result.err;
    EXPECT_FALSE(fs::exists(dir / "copy"));
}
