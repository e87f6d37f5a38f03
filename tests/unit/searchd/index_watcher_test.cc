// Tests of live pickup: a commit, and a new database swapped in at the same path, reach the
// searcher through the watcher, by its tick or by a poke (what SIGHUP does).
#include <gtest/gtest.h>

#include <chrono>
#include <thread>

#include "index_watcher.h"
#include "searcher.h"
#include "unit/searchd/test_index.h"

using namespace vnsearch::searchd;
using vnsearch::testing::add_article;
using vnsearch::testing::article;

namespace {

// Polls the searcher until it serves `documents` documents or a generous deadline passes.
Xapian::doccount wait_for_documents(const Searcher& searcher, Xapian::doccount documents) {
    auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(20);
    Xapian::doccount seen = searcher.stats().documents;
    while (seen != documents && std::chrono::steady_clock::now() < deadline) {
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
        seen = searcher.stats().documents;
    }
    return seen;
}

void add_and_commit(const std::string& path, const std::string& id) {
    Xapian::WritableDatabase db(path, Xapian::DB_CREATE_OR_OPEN);
    add_article(db, article(id, "Tin " + id, "Nội dung " + id + "."));
    db.commit();
}

}  // namespace

TEST(IndexWatcher, PicksUpACommitOnItsTick) {
    vnsearch::testing::TempDir dir;
    std::string path = (dir / "db").string();
    add_and_commit(path, "a");
    DatabasePool pool(path);
    Searcher searcher(pool);
    IndexWatcher watcher(pool, std::chrono::milliseconds(50));
    add_and_commit(path, "b");
    EXPECT_EQ(wait_for_documents(searcher, 2), 2u);
}

TEST(IndexWatcher, APokeChecksAtOnce) {
    vnsearch::testing::TempDir dir;
    std::string path = (dir / "db").string();
    add_and_commit(path, "a");
    DatabasePool pool(path);
    Searcher searcher(pool);
    IndexWatcher watcher(pool, std::chrono::hours(1));
    add_and_commit(path, "b");
    watcher.poke();
    EXPECT_EQ(wait_for_documents(searcher, 2), 2u);
}

TEST(IndexWatcher, ADatabaseSwappedInAtThePathIsOpenedAnew) {
    vnsearch::testing::TempDir dir;
    std::string path = (dir / "db").string();
    add_and_commit(path, "old1");
    add_and_commit(path, "old2");
    DatabasePool pool(path);
    Searcher searcher(pool);
    IndexWatcher watcher(pool, std::chrono::milliseconds(50));
    ASSERT_TRUE(searcher.article("old1"));

    std::string fresh = (dir / "fresh").string();
    add_and_commit(fresh, "new1");
    std::filesystem::rename(path, dir / "retired");
    std::filesystem::rename(fresh, path);

    EXPECT_EQ(wait_for_documents(searcher, 1), 1u);
    EXPECT_TRUE(searcher.article("new1"));
    EXPECT_FALSE(searcher.article("old1"));
}
