// Tests of the in-memory facet index: the same counts as reading the value streams, and trusted only
// for the revision it was built from.
#include <gtest/gtest.h>

#include "searchd/facet_counter.h"
#include "searchd/facet_index.h"
#include "unit/searchd/test_index.h"

using namespace vnsearch::searchd;
using vnsearch::testing::add_article;
using vnsearch::testing::article;
namespace slot = vnsearch::schema::slot;

namespace {

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

TEST_F(FacetIndexTest, CountsWhatTheValueStreamsCount) {
    Xapian::Database db(path());
    FacetIndex index(db);
    FacetIndexMatchSpy fast(index, FacetSelection{});
    SlotCountMatchSpy days(db, slot::kDate, SlotCountMatchSpy::Values::Whole);
    SlotCountMatchSpy categories(db, slot::kCategory, SlotCountMatchSpy::Values::Whole);
    SlotCountMatchSpy orgs(db, slot::kOrgs, SlotCountMatchSpy::Values::List);
    for (Xapian::docid docid = 1; docid <= db.get_lastdocid(); ++docid) {
        Xapian::Document doc = db.get_document(docid);
        for (Xapian::MatchSpy* spy : std::initializer_list<Xapian::MatchSpy*>{&fast, &days, &categories, &orgs}) {
            (*spy)(doc, 1.0);
        }
    }
    EXPECT_EQ(fast.day_counts(), days.counts());
    EXPECT_EQ(fast.category_counts(), categories.counts());
    EXPECT_EQ(fast.org_counts(), orgs.counts());
    EXPECT_EQ(fast.org_counts().at("Bộ Chính trị"), 2u);
    EXPECT_EQ(fast.day_counts().at("20201008"), 2u);
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
