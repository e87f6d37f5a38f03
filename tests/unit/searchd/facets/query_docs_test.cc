// Tests of counting a query's matches with bitmaps (query_docs over TermSets): the very documents
// Xapian's matcher finds for what QueryBuilder and the filters build, prefix completions included;
// phrases are a superset said to be one; kept sets are shared and bounded.
#include <gtest/gtest.h>

#include <set>

#include "facets/query_docs.h"
#include "filters.h"
#include "query_builder.h"
#include "unit/searchd/test_index.h"

using namespace vnsearch::searchd;
using vnsearch::testing::article;
using vnsearch::testing::TestIndex;

namespace {

using Docids = std::set<Xapian::docid>;

Docids matched_by_xapian(const Xapian::Database& db, const Xapian::Query& query) {
    Xapian::Enquire enquire(db);
    enquire.set_query(query);
    enquire.set_weighting_scheme(Xapian::BoolWeight());
    Xapian::MSet mset = enquire.get_mset(0, db.get_doccount());
    Docids docids;
    for (auto it = mset.begin(); it != mset.end(); ++it) docids.insert(*it);
    return docids;
}

Docids members(const DocSet& set) {
    Docids docids;
    set.for_each([&](Xapian::docid docid) { docids.insert(docid); });
    return docids;
}

class QueryDocsTest : public ::testing::Test {
protected:
    TestIndex index{{
        article("a", "Đại hội Đảng bộ quận", "Đại hội đảng bộ quận Đống Đa.", "2020-10-08", {"Quận ủy Đống Đa"}, "Thời sự"),
        article("b", "Hội nghị tổng kết", "Quận ủy tổ chức hội nghị, đại biểu dự.", "2020-11-02", {"Quận ủy Đống Đa"}),
        article("c", "Thị trường chứng khoán", "Chứng khoán tăng điểm, đảng viên đầu tư.", "2021-01-15",
                {"Ngân hàng Nhà nước"}, "Kinh doanh"),
        article("d", "Đại học mở cửa", "Trường đại học đón sinh viên.", "", {}, "Giáo dục"),
        article("e", "Giá vàng", "Giá vàng hôm nay hội tụ.", "2019-12-31", {}, "Kinh doanh"),
    }};
    Xapian::Database db{index.path()};
    TermSets sets{db.get_lastdocid() + 1};
};

}  // namespace

TEST_F(QueryDocsTest, FindsWhatTheMatcherFinds) {
    QueryBuilder builder;
    for (const char* text : {"", "dang", "đảng", "dai hoi", "đại hội đảng", "hoi OR vang", "hoi -dang", "title:hoi",
                             "org:\"Quận ủy Đống Đa\" hoi", "category:\"Kinh doanh\"", "khong co tu nay", "-dang"}) {
        for (bool prefix : {false, true}) {
            BuiltQuery built = builder.build(text, prefix);
            Xapian::Query bare = built.filter.empty() ? built.bare
                                                      : Xapian::Query(Xapian::Query::OP_FILTER, built.bare, built.filter);
            auto counted = query_docs(bare, db, sets);
            ASSERT_TRUE(counted) << text;
            EXPECT_TRUE(counted->exact) << text;
            EXPECT_EQ(members(counted->docs), matched_by_xapian(db, bare)) << text << " prefix=" << prefix;
            EXPECT_EQ(counted->docs.count(), matched_by_xapian(db, bare).size()) << text;
        }
    }
}

TEST_F(QueryDocsTest, CompletionsOfAPrefixAreTheMatchersToo) {
    QueryBuilder builder;
    for (const char* text : {"d", "da", "dai h", "hoi ng", "đạ"}) {
        BuiltQuery built = builder.build(text, true);
        ASSERT_TRUE(built.completes_last_word) << text;
        auto counted = query_docs(built.bare, db, sets);
        ASSERT_TRUE(counted) << text;
        EXPECT_FALSE(members(counted->docs).empty()) << text;
        EXPECT_EQ(members(counted->docs), matched_by_xapian(db, built.bare)) << text;
        // Asked again, the kept set answers the same.
        EXPECT_EQ(members(query_docs(built.bare, db, sets)->docs), members(counted->docs)) << text;
    }
}

// Two words are one word pair: counted exactly. Three need their order (positions): a superset.
TEST_F(QueryDocsTest, APhraseOfTwoWordsIsExactOfThreeASupersetSaidToBeOne) {
    BuiltQuery pair = QueryBuilder().build("\"hội đại\"");
    auto counted = query_docs(pair.bare, db, sets);
    ASSERT_TRUE(counted);
    EXPECT_TRUE(counted->exact);
    EXPECT_EQ(members(counted->docs), matched_by_xapian(db, pair.bare));

    BuiltQuery three = QueryBuilder().build("\"đại hội đảng\"");
    counted = query_docs(three.bare, db, sets);
    ASSERT_TRUE(counted);
    EXPECT_FALSE(counted->exact);
    Docids exact = matched_by_xapian(db, three.bare);
    Docids superset = members(counted->docs);
    EXPECT_FALSE(exact.empty());
    for (auto docid : exact) EXPECT_TRUE(superset.count(docid)) << docid;
}

TEST_F(QueryDocsTest, ADateRangeIsNotCountedHere) {
    // Value ranges have no posting list: the searcher applies them through the facet index instead.
    auto counted = query_docs(Xapian::Query(Xapian::Query::OP_FILTER, Xapian::Query(""),
                                            date_range(vnsearch::schema::parse_date("2020-01-01"), std::nullopt)),
                              db, sets);
    EXPECT_FALSE(counted);
}

TEST(TermSets, StartAfreshPastTheirBound) {
    std::vector<vnsearch::schema::Article> articles;
    for (int i = 0; i < 300; ++i) articles.push_back(article("x" + std::to_string(i), "Tin", "tin tức chung"));
    TestIndex index(articles);
    Xapian::Database db(index.path());
    Xapian::docid end = db.get_lastdocid() + 1;
    TermSets sets(end, DocSet(end).bytes());  // room for one kept set
    auto everything = sets.of(db, "");
    EXPECT_EQ(everything->count(), 300u);
    EXPECT_EQ(sets.of(db, ""), everything);  // kept: the same set
    std::string common;  // a term of every article, kept like the empty one
    for (auto it = db.allterms_begin(); it != db.allterms_end() && common.empty(); ++it) {
        if (it.get_termfreq() == 300) common = *it;
    }
    ASSERT_FALSE(common.empty());
    auto term = sets.of(db, common);
    EXPECT_NE(sets.of(db, ""), everything);  // the bound dropped it; rebuilt alike
    EXPECT_EQ(sets.of(db, "")->count(), 300u);
    EXPECT_EQ(term->count(), 300u);
}
