// Tests of the index writer against a real Xapian database in a temporary directory: upsert by id,
// unchanged detection, batched commits visible to a reader.
#include <gtest/gtest.h>

#include "index_writer.h"
#include "shard_set.h"
#include "unit/indexer/test_support.h"
#include "vnsearch/schema/layout.h"

using namespace vnsearch::indexer;
using vnsearch::schema::BuiltDocument;
using vnsearch::schema::DocumentBuilder;
using vnsearch::schema::Layout;

namespace {

vnsearch::schema::Article article(const std::string& id, const std::string& body) {
    vnsearch::schema::Article a;
    a.id = id;
    a.title = "Tiêu đề " + id;
    a.body = body;
    return a;
}

const DocumentBuilder kBuilder;

BuiltDocument built(const std::string& id, const std::string& body, const std::string& source = "/in/a.jsonl") {
    return kBuilder.build(article(id, body), source);
}

// How many indexed articles the spelling dictionary counts for a word (0: not in it).
Xapian::doccount spelling_frequency(const Xapian::Database& db, const std::string& word) {
    auto it = db.spellings_begin();
    it.skip_to(word);
    return it != db.spellings_end() && *it == word ? it.get_termfreq() : 0;
}

}  // namespace

TEST(IndexWriter, SameArticleTwiceLeavesOneDocument) {
    test::TempDir dir;
    IndexWriter writer(dir / "db", 1000, kBuilder);
    EXPECT_EQ(writer.upsert(built("a", "Thân bài.")).result, UpsertResult::New);
    EXPECT_EQ(writer.upsert(built("a", "Thân bài.")).result, UpsertResult::Unchanged);
    writer.commit();
    EXPECT_EQ(writer.document_count(), 1u);
    Xapian::Database reader((dir / "db").string());
    EXPECT_EQ(reader.get_doccount(), 1u);
    EXPECT_EQ(reader.get_termfreq(Layout::id_term("a")), 1u);
}

TEST(IndexWriter, ChangedArticleIsUpdatedInPlace) {
    test::TempDir dir;
    IndexWriter writer(dir / "db", 1000, kBuilder);
    writer.upsert(built("a", "Bản cũ."));
    writer.upsert(built("b", "Bài khác."));
    EXPECT_EQ(writer.upsert(built("a", "Bản mới.")).result, UpsertResult::Updated);
    writer.commit();
    Xapian::Database reader((dir / "db").string());
    EXPECT_EQ(reader.get_doccount(), 2u);
    EXPECT_EQ(reader.get_termfreq("cũ"), 0u);
    EXPECT_EQ(reader.get_termfreq("mới"), 1u);
}

TEST(IndexWriter, SameArticleFromAnotherFileIsAnUpdate) {
    test::TempDir dir;
    IndexWriter writer(dir / "db", 1000, kBuilder);
    writer.upsert(built("a", "Thân bài.", "/in/old.jsonl"));
    EXPECT_EQ(writer.upsert(built("a", "Thân bài.", "/in/new.jsonl")).result, UpsertResult::Updated);
    writer.commit();
    Xapian::Database reader((dir / "db").string());
    EXPECT_EQ(reader.get_termfreq(Layout::source_path_term("/in/old.jsonl")), 0u);
    EXPECT_EQ(reader.get_termfreq(Layout::source_path_term("/in/new.jsonl")), 1u);
}

TEST(IndexWriter, CommitsEveryBatchAndDropsAnUncommittedOne) {
    test::TempDir dir;
    {
        IndexWriter writer(dir / "db", 2, kBuilder);
        writer.upsert(built("a", "Một."));
        writer.upsert(built("b", "Hai."));  // the batch of 2 is committed here
        writer.upsert(built("c", "Ba."));   // left open: dropped with the writer, as after a kill
        Xapian::Database reader((dir / "db").string());
        EXPECT_EQ(reader.get_doccount(), 2u);
    }
    Xapian::Database reader((dir / "db").string());
    EXPECT_EQ(reader.get_doccount(), 2u);
    EXPECT_EQ(reader.get_termfreq(Layout::id_term("c")), 0u);
}

TEST(IndexWriter, FeedsTheSpellingDictionary) {
    test::TempDir dir;
    {
        IndexWriter writer(dir / "db", 10, kBuilder);
        writer.upsert(built("a", "Ban tổ chức đại hội."));
        writer.commit();
    }
    Xapian::Database reader((dir / "db").string());
    EXPECT_EQ(reader.get_spelling_suggestion("tồ"), "tổ");
}

TEST(IndexWriter, SpellingCountsTheArticlesInTheIndexAfterUpdatesAndDeletes) {
    test::TempDir dir;
    IndexWriter writer(dir / "db", 10, kBuilder);
    writer.upsert(built("a", "Ban tổ chức đại hội."));
    writer.upsert(built("b", "Tổ dân phố họp."));
    writer.upsert(built("a", "Ban tuyên giáo đại hội."));  // "tổ", "chức" leave with the old version
    writer.commit();
    {
        Xapian::Database reader((dir / "db").string());
        EXPECT_EQ(spelling_frequency(reader, "tổ"), 1u);
        EXPECT_EQ(spelling_frequency(reader, "to"), 1u);
        EXPECT_EQ(spelling_frequency(reader, "chức"), 0u);
        EXPECT_EQ(spelling_frequency(reader, "đại"), 1u);
        EXPECT_EQ(spelling_frequency(reader, "tuyên"), 1u);
    }
    writer.remove(Layout::id_term("b"));
    writer.commit();
    Xapian::Database reader((dir / "db").string());
    EXPECT_EQ(spelling_frequency(reader, "tổ"), 0u);
    EXPECT_EQ(spelling_frequency(reader, "phố"), 0u);
    EXPECT_EQ(spelling_frequency(reader, "đại"), 1u);
}

TEST(IndexWriter, RemovesById) {
    test::TempDir dir;
    IndexWriter writer(dir / "db", 10, kBuilder);
    writer.upsert(built("a", "Một."));
    EXPECT_TRUE(writer.remove(Layout::id_term("a")));
    EXPECT_FALSE(writer.remove(Layout::id_term("a")));
    writer.commit();
    EXPECT_EQ(writer.document_count(), 0u);
}

// A shard set: each article in its id's shard, found again there to update and delete, and docids
// those of the combined database (what the stub opens), so the incremental code needs no shard logic.
TEST(IndexWriter, ShardSetKeepsEachArticleInItsShard) {
    test::TempDir dir;
    {
        IndexWriter writer(dir / "set", 1000, kBuilder, 3);
        for (int i = 0; i < 30; ++i) writer.upsert(built("a" + std::to_string(i), "Thân bài."));
        writer.commit();
        EXPECT_EQ(writer.document_count(), 30u);
    }
    Xapian::Database combined((dir / "set").string());  // through the stub
    EXPECT_EQ(combined.get_doccount(), 30u);
    for (std::size_t shard = 0; shard < 3; ++shard) {
        Xapian::Database one(shard_path(dir / "set", shard).string());
        EXPECT_GT(one.get_doccount(), 3u) << "shard " << shard;
        for (auto it = one.postlist_begin(""); it != one.postlist_end(""); ++it) {
            std::string id = one.get_document(*it).get_value(vnsearch::schema::slot::kId);
            EXPECT_EQ(shard_of(Layout::id_term(id), 3), shard) << id;
        }
    }
    IndexWriter again(dir / "set", 1000, kBuilder, 3);
    EXPECT_EQ(again.upsert(built("a7", "Thân bài.")).result, UpsertResult::Unchanged);
    auto updated = again.upsert(built("a7", "Thân bài khác."));
    EXPECT_EQ(updated.result, UpsertResult::Updated);
    EXPECT_EQ(again.find(Layout::id_term("a7")), updated.docid);
    EXPECT_TRUE(again.remove(Layout::id_term("a8")));
    EXPECT_EQ(again.documents_with(Layout::source_path_term("/in/a.jsonl")).size(), 29u);
    again.commit();
    combined.reopen();
    EXPECT_EQ(combined.get_doccount(), 29u);
    EXPECT_EQ(combined.get_document(updated.docid).get_value(vnsearch::schema::slot::kId), "a7");
}
