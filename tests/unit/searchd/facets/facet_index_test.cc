// Tests of the in-memory facet index: the same counts as reading each document's values, and trusted
// only for the revision it was built from; and of the pool's facet index for a revision.
#include <gtest/gtest.h>

#include "database_pool.h"
#include "facets/facet_index.h"
#include "facets/facet_values.h"
#include "unit/searchd/test_index.h"
#include "vnsearch/schema/layout.h"

using namespace vnsearch::searchd;
using vnsearch::testing::add_article;
using vnsearch::testing::article;
namespace slot = vnsearch::schema::slot;

namespace {

// The reference the index is checked against: each document's slot value read one by one, list items
// counted once per document.
std::map<std::string, Xapian::doccount> counted_from_values(const Xapian::Database& db, Xapian::valueno slot,
                                                            bool list) {
    std::map<std::string, Xapian::doccount> counts;
    for (Xapian::docid docid = 1; docid <= db.get_lastdocid(); ++docid) {
        std::string value = db.get_document(docid).get_value(slot);
        if (value.empty()) continue;
        if (!list) {
            ++counts[value];
            continue;
        }
        for (const auto& item : distinct_list_items(value)) ++counts[item];
    }
    return counts;
}

class FacetIndexTest : public ::testing::Test {
protected:
    void SetUp() override {
        Xapian::WritableDatabase db(path(), Xapian::DB_CREATE);
        add_article(db, article("a", "A", "một", "2020-10-08", {"Quận ủy Đống Đa", "Bộ Chính trị"}, "Thời sự"));
        add_article(db, article("b", "B", "hai", "2020-10-08", {"Quận ủy Đống Đa"}, "Thời sự"));
        add_article(db, article("c", "C", "ba", "", {}, ""));
        add_article(db, article("d", "D", "bốn", "2021-01-02", {"Ngân hàng Nhà nước", "Bộ Chính trị"}, "Kinh doanh"));
        db.commit();
    }
    std::string path() const { return (dir_ / "db").string(); }

    vnsearch::testing::TempDir dir_;
};

}  // namespace

TEST_F(FacetIndexTest, CountsWhatTheValuesHold) {
    Xapian::Database db(path());
    FacetIndex index(db);
    FacetIndexMatchSpy fast(index, FacetSelection{});
    for (Xapian::docid docid = 1; docid <= db.get_lastdocid(); ++docid) fast(db.get_document(docid), 1.0);
    EXPECT_EQ(fast.day_counts(), counted_from_values(db, slot::kDate, false));
    EXPECT_EQ(fast.category_counts(), counted_from_values(db, slot::kCategory, false));
    EXPECT_EQ(fast.org_counts(), counted_from_values(db, slot::kOrgs, true));
    EXPECT_EQ(fast.org_counts().at("Bộ Chính trị"), 2u);
    EXPECT_EQ(fast.day_counts().at("20201008"), 2u);
}

// Spellings that differ in case alone are one organization (the org filter's term is the same), shown
// as most documents write it; a document holding both counts once.
TEST(FacetIndexOrgs, SpellingsThatDifferInCaseAloneAreOneValueShownAsMostWriteIt) {
    vnsearch::testing::TempDir dir;
    std::string path = (dir / "db").string();
    {
        Xapian::WritableDatabase db(path, Xapian::DB_CREATE);
        add_article(db, article("a", "A", "một", "", {"Bệnh viện Bạch Mai"}));
        add_article(db, article("b", "B", "hai", "", {"Bệnh viện Bạch mai", "Bộ Y tế"}));
        add_article(db, article("c", "C", "ba", "", {"Bệnh viện Bạch Mai", "Bộ Y tế"}));
        add_article(db, article("d", "D", "bốn", "", {"Bệnh viện Bạch Mai", "BỆNH VIỆN BẠCH MAI"}));
        db.commit();
    }
    Xapian::Database db(path);
    FacetIndex index(db);
    FacetIndexMatchSpy spy(index, FacetSelection{});
    for (Xapian::docid docid = 1; docid <= db.get_lastdocid(); ++docid) spy(db.get_document(docid), 1.0);
    std::map<std::string, Xapian::doccount> expected{{"Bệnh viện Bạch Mai", 4}, {"Bộ Y tế", 2}};
    EXPECT_EQ(spy.org_counts(), expected);
    EXPECT_EQ(vnsearch::schema::Layout::org_term("Bệnh viện Bạch mai"), vnsearch::schema::Layout::org_term("Bệnh viện Bạch Mai"));
}

TEST_F(FacetIndexTest, CountsOnlyTheFacetsSelected) {
    Xapian::Database db(path());
    FacetIndex index(db);
    FacetIndexMatchSpy spy(index, FacetSelection{false, true, false});
    spy(db.get_document(1), 1.0);
    EXPECT_TRUE(spy.day_counts().empty());
    EXPECT_TRUE(spy.category_counts().empty());
    EXPECT_EQ(spy.org_counts().size(), 2u);
}

TEST_F(FacetIndexTest, DescribesOnlyItsOwnRevision) {
    Xapian::Database db(path());
    FacetIndex index(db);
    EXPECT_TRUE(index.describes(db));
    {
        Xapian::WritableDatabase writer(path(), Xapian::DB_OPEN);
        add_article(writer, article("e", "E", "năm", "2022-02-02"));
        writer.commit();
    }
    db.reopen();
    EXPECT_FALSE(index.describes(db));
}

TEST(FacetIndexSpy, CountsListItemsOncePerDocumentAndOnlyTheDocumentsVisited) {
    using vnsearch::schema::Layout;
    vnsearch::testing::TempDir dir;
    Xapian::WritableDatabase db((dir / "db").string(), Xapian::DB_CREATE);
    auto add = [&](const std::string& orgs) {
        Xapian::Document doc;
        if (!orgs.empty()) doc.add_value(slot::kOrgs, orgs);
        db.add_document(doc);
    };
    add(Layout::join_list({"Bộ Chính trị", "Quận ủy Đống Đa", "Bộ Chính trị"}));
    add("");
    add(Layout::join_list({"Quận ủy Đống Đa"}));
    add(Layout::join_list({"Ngân hàng Nhà nước"}));
    db.commit();

    FacetIndex index(db);
    FacetIndexMatchSpy spy(index, FacetSelection{});
    for (Xapian::docid docid : {1u, 2u, 3u}) spy(db.get_document(docid), 1.0);  // as a matcher would
    EXPECT_EQ(spy.org_counts(), (std::map<std::string, Xapian::doccount>{{"Bộ Chính trị", 1}, {"Quận ủy Đống Đa", 2}}));
}

TEST_F(FacetIndexTest, ThePoolBuildsAnIndexForARevisionItHasNoneFor) {
    DatabasePool pool(path());
    Xapian::Database db(path());
    auto first = pool.facet_index_for(db);
    EXPECT_TRUE(first->describes(db));
    EXPECT_EQ(pool.facet_index_for(db), first);  // kept, not built again
    {
        Xapian::WritableDatabase writer(path(), Xapian::DB_OPEN);
        add_article(writer, article("e", "E", "năm", "2022-02-02", {"Bộ Chính trị"}));
        writer.commit();
    }
    db.reopen();
    auto second = pool.facet_index_for(db);  // before any watcher told the pool
    ASSERT_TRUE(second->describes(db));
    FacetIndexMatchSpy spy(*second, FacetSelection{});
    for (Xapian::docid docid = 1; docid <= db.get_lastdocid(); ++docid) spy(db.get_document(docid), 1.0);
    EXPECT_EQ(spy.org_counts().at("Bộ Chính trị"), 3u);
    EXPECT_EQ(pool.facet_index_for(db), second);
}
