// Tests of the per-file state: its encoding round trip (any bytes in paths and ids), bounded
// metadata keys, and the hashes that decide what is unchanged.
#include <gtest/gtest.h>

#include "file_state.h"
#include "unit/indexer/test_support.h"

using namespace vnsearch::indexer;

TEST(FileState, EncodingRoundTrips) {
    FileState state;
    state.path = "/archive/tin tức/a:b\n.jsonl";
    state.stat = FileStat{12345, 1700000000123456789};
    state.content_hash = "0123456789abcdef";
    state.complete = true;
    state.article_hashes = {{"id:1", "aaaa"}, {"", "bbbb"}, {"id\n2", "cccc"}};
    auto decoded = FileState::decode(state.encode());
    ASSERT_TRUE(decoded);
    EXPECT_EQ(decoded->path, state.path);
    EXPECT_EQ(decoded->stat.size, state.stat.size);
    EXPECT_EQ(decoded->stat.mtime_ns, state.stat.mtime_ns);
    EXPECT_EQ(decoded->content_hash, state.content_hash);
    EXPECT_TRUE(decoded->complete);
    EXPECT_EQ(decoded->article_hashes, state.article_hashes);
}

TEST(FileState, RejectsWhatItDidNotWrite) {
    EXPECT_FALSE(FileState::decode(""));
    EXPECT_FALSE(FileState::decode("garbage"));
    EXPECT_FALSE(FileState::decode("21:vnsearch-file-state-1" "99:short"));
}

TEST(FileState, KeysStayShortForLongPaths) {
    std::string long_path = "/" + std::string(400, 'x') + ".txt";
    std::string key = FileState::key_for(long_path);
    EXPECT_LE(key.size(), 200u);
    EXPECT_TRUE(key.starts_with(FileState::kKeyPrefix));
    EXPECT_NE(key, FileState::key_for(long_path + "2"));
    EXPECT_EQ(FileState::key_for("/a/b.txt"), std::string(FileState::kKeyPrefix) + "/a/b.txt");
}

TEST(FileState, HashesFileContentAndArticleFields) {
    test::TempDir dir;
    test::write_file(dir / "a", "nội dung");
    test::write_file(dir / "b", "nội dung");
    test::write_file(dir / "c", "nội dung khác");
    EXPECT_EQ(FileState::hash_file(dir / "a"), FileState::hash_file(dir / "b"));
    EXPECT_NE(FileState::hash_file(dir / "a"), FileState::hash_file(dir / "c"));
    EXPECT_EQ(FileState::stat_file(dir / "a").size, std::string("nội dung").size());
    EXPECT_THROW(FileState::stat_file(dir / "missing"), std::runtime_error);

    RawArticle one;
    one.article.id = "x";
    one.article.body = "Thân bài";
    RawArticle two = one;
    EXPECT_EQ(FileState::hash_article(one), FileState::hash_article(two));
    two.raw_date = "01/01/2021";
    EXPECT_NE(FileState::hash_article(one), FileState::hash_article(two));
    two = one;
    two.article.views = 3;
    EXPECT_NE(FileState::hash_article(one), FileState::hash_article(two));
}
