// --db entries: the three forms, and clear errors for malformed remote ones; a shard set's stub opened
// as its shards, combined with another database into one.
#include <gtest/gtest.h>

#include <fstream>

#include "database_list.h"
#include "integration/support/temp_dir.h"

namespace vnsearch::searchd {
namespace {

TEST(DatabaseEntry, ReadsTheThreeForms) {
    auto local = parse_database_entry("/var/lib/vnsearch/db");
    EXPECT_FALSE(local.remote);
    EXPECT_EQ(local.path, "/var/lib/vnsearch/db");
    auto remote = parse_database_entry("tcp://10.0.0.11:7020");
    EXPECT_TRUE(remote.remote);
    EXPECT_EQ(remote.host, "10.0.0.11");
    EXPECT_EQ(remote.port, 7020u);
    auto v6 = parse_database_entry("tcp://[::1]:7020");
    EXPECT_EQ(v6.host, "::1");
}

TEST(DatabaseEntry, RejectsMalformedRemoteEntries) {
    for (const char* bad : {"tcp://", "tcp://host", "tcp://host:", "tcp://:7020", "tcp://host:0", "tcp://host:70000",
                            "tcp://host:7x", ""}) {
        EXPECT_THROW(parse_database_entry(bad), BadDatabaseEntry) << bad;
    }
    try {
        parse_database_entry("tcp://host");
    } catch (const BadDatabaseEntry& error) {
        EXPECT_NE(std::string(error.what()).find("tcp://HOST:PORT"), std::string::npos) << error.what();
    }
}

TEST(DatabaseList, OpensAShardSetAsItsShardsAndCombinesEntries) {
    vnsearch::testing::TempDir dir;
    auto make = [](const std::filesystem::path& path, int documents) {
        std::filesystem::create_directories(path.parent_path());
        Xapian::WritableDatabase db(path.string(), Xapian::DB_CREATE_OR_OPEN);
        for (int i = 0; i < documents; ++i) db.add_document(Xapian::Document());
        db.commit();
    };
    make(dir.path() / "set" / "shard-00", 2);
    make(dir.path() / "set" / "shard-01", 3);
    std::ofstream(dir.path() / "set" / "XAPIANDB") << "auto shard-00\nauto shard-01\n";
    make(dir.path() / "single", 4);
    DatabaseList list({(dir.path() / "set").string(), (dir.path() / "single").string()});
    auto opened = list.open();
    EXPECT_EQ(opened.leaves.size(), 3u);
    EXPECT_EQ(opened.combined.get_doccount(), 9u);
    EXPECT_FALSE(list.has_remote());
    EXPECT_THROW(DatabaseList({(dir.path() / "missing").string()}).open(), DatabaseUnavailable);
}

}  // namespace
}  // namespace vnsearch::searchd
