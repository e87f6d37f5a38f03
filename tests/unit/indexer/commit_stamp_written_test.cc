// Tests that every commit of the index writer records when it happened (what searchd reports as the
// index's age), and that a commit with nothing to commit changes nothing.
#include <gtest/gtest.h>

#include "index_writer.h"
#include "unit/indexer/test_support.h"
#include "vnsearch/schema/commit_stamp.h"

using namespace vnsearch::indexer;
using vnsearch::schema::CommitStamp;

namespace {

const vnsearch::schema::DocumentBuilder kBuilder;

vnsearch::schema::BuiltDocument built(const std::string& id) {
    vnsearch::schema::Article article;
    article.id = id;
    article.title = "Tin " + id;
    article.body = "Nội dung " + id + ".";
    return kBuilder.build(article, "/in/a.jsonl");
}

std::optional<std::chrono::system_clock::time_point> stamp_of(const std::filesystem::path& db) {
    return CommitStamp::decode(Xapian::Database(db.string()).get_metadata(CommitStamp::kMetadataKey));
}

}  // namespace

TEST(CommitStampWritten, EachCommitRecordsItsTime) {
    test::TempDir dir;
    auto before = std::chrono::time_point_cast<std::chrono::seconds>(std::chrono::system_clock::now());
    {
        IndexWriter writer(dir / "db", 1000, kBuilder);
        writer.upsert(built("a"));
        writer.commit();
    }
    auto after = std::chrono::system_clock::now();
    auto stamp = stamp_of(dir / "db");
    ASSERT_TRUE(stamp);
    EXPECT_GE(*stamp, before);
    EXPECT_LE(*stamp, after);
}

TEST(CommitStampWritten, NothingChangedCommitsNothing) {
    test::TempDir dir;
    IndexWriter writer(dir / "db", 1000, kBuilder);
    writer.upsert(built("a"));
    writer.commit();
    Xapian::rev revision = Xapian::Database((dir / "db").string()).get_revision();
    writer.upsert(built("a"));  // unchanged
    writer.commit();
    EXPECT_EQ(Xapian::Database((dir / "db").string()).get_revision(), revision);
}
