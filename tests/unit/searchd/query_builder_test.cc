// Tests of the query builder's behaviour on a real (tiny) index: folding, exact-over-folded,
// proximity, phrases, operators, field prefixes and malformed input as plain words.
#include <gtest/gtest.h>

#include <map>
#include <set>

#include "hit.h"
#include "query_builder.h"
#include "unit/searchd/test_index.h"

using namespace vnsearch::searchd;
using vnsearch::testing::article;
using vnsearch::testing::TestIndex;
using vnsearch::schema::Field;
using vnsearch::schema::Layout;

namespace {

// Ids of the articles a query text finds, best first.
std::vector<std::string> ranked_ids(const TestIndex& index, const std::string& text) {
    Xapian::Database db(index.path());
    BuiltQuery built = QueryBuilder().build(text);
    Xapian::Query query = built.ranked;
    if (!built.filter.empty()) query = Xapian::Query(Xapian::Query::OP_FILTER, query, built.filter);
    Xapian::Enquire enquire(db);
    enquire.set_query(query);
    std::vector<std::string> ids;
    Xapian::MSet mset = enquire.get_mset(0, 100);
    for (auto it = mset.begin(); it != mset.end(); ++it) {
        ids.push_back(stored_article(it.get_document()).id);
    }
    return ids;
}

using Ids = std::vector<std::string>;

class QueryBuilderTest : public ::testing::Test {
protected:
    TestIndex index{{
        article("seed", "Đống Đa tổng kết đại hội đảng cấp cơ sở", "Quận ủy Đống Đa tổ chức hội nghị.", "2020-10-08",
                {"Quận ủy Đống Đa"}, "TIN TỨC"),
        article("road", "Con đường mới", "Con đường mới mở qua phố.", "2020-10-01"),
        article("sea", "Con dương mới", "Con dương mới mở qua phố.", "2020-10-02"),
        article("adjacent", "Tin tức", "Hôm nay đại hội đảng bộ phường diễn ra tại nhà văn hóa lớn.", "2020-10-03"),
        article("scattered", "Tin tức", "Hôm nay đảng viên đại diện phường hội ý tại nhà văn hóa lớn.", "2020-10-04"),
        article("milk", "Vinamilk lọt top thương hiệu", "Sữa Vinamilk xuất khẩu.", "2020-10-05", {}, "kinh-doanh"),
        article("noodle", "Masan mua lại", "Masan và mì gói.", "2020-10-06", {}, "kinh-doanh"),
        article("english", "Title or nothing", "An English title, or nothing else.", "2020-10-07"),
    }};
};

}  // namespace

TEST_F(QueryBuilderTest, WordsWithoutMarksFindEveryMarkedForm) {
    EXPECT_EQ(ranked_ids(index, "dai hoi dang").front(), "seed");
    Ids roads = ranked_ids(index, "con duong");
    EXPECT_EQ(std::set<std::string>(roads.begin(), roads.end()), (std::set<std::string>{"road", "sea"}));
}

TEST_F(QueryBuilderTest, AnExactMatchOutranksAFoldedOne) {
    EXPECT_EQ(ranked_ids(index, "đường"), (Ids{"road", "sea"}));
    EXPECT_EQ(ranked_ids(index, "dương"), (Ids{"sea", "road"}));
    EXPECT_EQ(ranked_ids(index, "con đường mới"), (Ids{"road", "sea"}));
}

TEST_F(QueryBuilderTest, MixedMarksWork) {
    EXPECT_EQ(ranked_ids(index, "đại hoi dang").front(), "seed");
    EXPECT_EQ(ranked_ids(index, "ĐẠI HỘI đang").front(), "seed");
}

TEST_F(QueryBuilderTest, AdjacentSyllablesRankAboveScatteredOnes) {
    Ids ids = ranked_ids(index, "đại hội đảng phường");
    ASSERT_EQ(ids, (Ids{"adjacent", "scattered"}));
    EXPECT_EQ(ranked_ids(index, "dai hoi dang phuong"), (Ids{"adjacent", "scattered"}));
}

TEST_F(QueryBuilderTest, QuotedPhrasesNeedAdjacency) {
    EXPECT_EQ(ranked_ids(index, "\"hoi dang bo\""), (Ids{"adjacent"}));
    EXPECT_EQ(ranked_ids(index, "\"đại hội\" phường"), (Ids{"adjacent"}));
    // A phrase typed with marks is taken literally: "dương" is not "đường".
    EXPECT_EQ(ranked_ids(index, "\"con đường\""), (Ids{"road"}));
    EXPECT_EQ(ranked_ids(index, "\"con duong\"").size(), 2u);
}

// Positions are on folded terms only (layout 2): a phrase typed with marks needs its folded words side
// by side and each marked word somewhere in the article. So "con dương ... đường" holds "con đường":
// the one looseness against exact positions, accepted for half the position data.
TEST(QueryBuilder, AMarkedPhraseIsAFoldedPhrasePlusItsMarkedWords) {
    TestIndex index{{
        article("road", "Tin", "Con đường mới mở.", "2020-10-01"),
        article("sea", "Tin", "Con dương mới mở.", "2020-10-02"),
        article("apart", "Tin", "Đường xa, con dương mới mở.", "2020-10-03"),
        article("scattered", "Tin", "Con mèo trên đường.", "2020-10-04"),
    }};
    Ids ids = ranked_ids(index, "\"con đường\"");
    EXPECT_EQ(std::set<std::string>(ids.begin(), ids.end()), (std::set<std::string>{"road", "apart"}));
    EXPECT_EQ(ids.front(), "road");
    EXPECT_EQ(ranked_ids(index, "\"con dương\"").size(), 2u);  // sea, apart
    EXPECT_EQ(ranked_ids(index, "\"con duong\"").size(), 3u);
}

TEST_F(QueryBuilderTest, MinusExcludes) {
    EXPECT_EQ(ranked_ids(index, "con -đường"), (Ids{"sea"}));
    EXPECT_EQ(ranked_ids(index, "phuong -\"dai hoi\""), (Ids{"scattered"}));
}

TEST_F(QueryBuilderTest, OrJoinsAlternatives) {
    Ids ids = ranked_ids(index, "vinamilk OR masan");
    EXPECT_EQ(std::set<std::string>(ids.begin(), ids.end()), (std::set<std::string>{"milk", "noodle"}));
    EXPECT_EQ(ranked_ids(index, "sữa vinamilk OR masan"), (Ids{"milk"}));
}

TEST_F(QueryBuilderTest, TitlePrefixSearchesTitlesOnly) {
    EXPECT_EQ(ranked_ids(index, "title:vinamilk"), (Ids{"milk"}));
    EXPECT_EQ(ranked_ids(index, "title:sữa"), Ids{});
    EXPECT_EQ(ranked_ids(index, "title:\"dai hoi dang\""), (Ids{"seed"}));
}

TEST_F(QueryBuilderTest, OrgAndCategoryPrefixesFilter) {
    EXPECT_EQ(ranked_ids(index, "org:\"quận uỷ đống đa\""), (Ids{"seed"}));
    EXPECT_EQ(ranked_ids(index, "hội org:\"Quận ủy Đống Đa\""), (Ids{"seed"}));
    Ids business = ranked_ids(index, "category:kinh-doanh");
    EXPECT_EQ(std::set<std::string>(business.begin(), business.end()), (std::set<std::string>{"milk", "noodle"}));
    EXPECT_EQ(ranked_ids(index, "masan category:kinh-doanh"), (Ids{"noodle"}));
}

TEST_F(QueryBuilderTest, MalformedInputIsSearchedAsPlainWords) {
    EXPECT_EQ(ranked_ids(index, "\"dai hoi dang"), ranked_ids(index, "dai hoi dang"));
    EXPECT_EQ(ranked_ids(index, "dai \"hoi dang"), ranked_ids(index, "dai hoi dang"));
    EXPECT_EQ(ranked_ids(index, "title:"), (Ids{"english"}));  // the word "title"
    EXPECT_EQ(ranked_ids(index, "OR nothing"), (Ids{"english"}));  // a stray OR is dropped
    EXPECT_EQ(ranked_ids(index, "title or nothing"), (Ids{"english"}));  // a lower-case "or" is a word
    EXPECT_EQ(ranked_ids(index, "nothing OR"), (Ids{"english"}));
    EXPECT_EQ(ranked_ids(index, "vinamilk - OR -"), (Ids{"milk"}));
    EXPECT_EQ(ranked_ids(index, "org: category:"), Ids{});  // the words "org" and "category"
}

// Xapian 1.4.22 credits a phrase OR'd with other terms on OP_AND_MAYBE's right to documents that do
// not match it. Here the title phrase "dich ra sao" is in no title; two articles with the same text
// must weigh the same (with the phrase beside the bigrams, the first of them weighed six times more).
TEST(QueryBuilder, APhraseBoostWeighsOnlyWhereThePhraseIs) {
    TestIndex index{{
        article("scattered-title", "sao ra dich", "dich xa, ra xa, sao xa."),
        article("bigram-1", "", "dich ra ngoai, sao."),
        article("scattered-and-bigram-1", "dich sao ra", "dich ra ngoai, sao."),
        article("bigram-2", "", "dich ra ngoai, sao."),
        article("scattered-and-bigram-2", "dich sao ra", "dich ra ngoai, sao."),
    }};
    Xapian::Database db(index.path());
    Xapian::Enquire enquire(db);
    enquire.set_query(QueryBuilder().build("dich ra sao").ranked);
    std::map<std::string, double> weight;
    Xapian::MSet mset = enquire.get_mset(0, 10);
    for (auto it = mset.begin(); it != mset.end(); ++it) {
        weight[stored_article(it.get_document()).id] = it.get_weight();
    }
    ASSERT_EQ(weight.size(), 5u);
    EXPECT_DOUBLE_EQ(weight["bigram-1"], weight["bigram-2"]);
    EXPECT_DOUBLE_EQ(weight["scattered-and-bigram-1"], weight["scattered-and-bigram-2"]);
}

TEST(QueryBuilder, SaysWhenNothingRanks) {
    QueryBuilder builder;
    EXPECT_FALSE(builder.build("").scored);
    EXPECT_FALSE(builder.build("  \" - ").scored);
    EXPECT_FALSE(builder.build("-đảng").scored);
    EXPECT_FALSE(builder.build("org:x").scored);
    EXPECT_TRUE(builder.build("đảng").scored);
}

TEST(QueryBuilder, OffersARelaxedQueryOnlyForSeveralParts) {
    QueryBuilder builder;
    EXPECT_TRUE(builder.build("đảng").relaxed.empty());
    EXPECT_FALSE(builder.build("đảng bộ").relaxed.empty());
}

TEST(QueryBuilder, HighlightsWhatItMatches) {
    BuiltQuery built = QueryBuilder().build("Đại hoi -xa \"đường phố\"");
    EXPECT_EQ(built.highlight.exact, (std::set<std::string>{"đại", "đường", "phố"}));
    EXPECT_EQ(built.highlight.folded, (std::set<std::string>{"dai", "hoi"}));
    ASSERT_EQ(built.words.size(), 2u);
    EXPECT_EQ(built.words[0].exact, "đại");
    EXPECT_EQ(built.words[1].exact, "hoi");
}

TEST(QueryBuilder, TheTierIsThePairsOfWordsSideBySideOrOneWordsTitleTerm) {
    QueryBuilder builder;
    auto terms = [](const Xapian::Query& query) {
        std::set<std::string> out(query.get_unique_terms_begin(), query.get_unique_terms_end());
        return out;
    };
    BuiltQuery words = builder.build("Hà Nội mới");
    EXPECT_EQ(terms(words.tier), (std::set<std::string>{Layout::bigram_term(Field::BigramFolded, "ha", "noi"),
                                                             Layout::bigram_term(Field::BigramFolded, "noi", "moi")}));
    EXPECT_TRUE(builder.build("\"con đường\"").tier.empty());  // a phrase's pairs are part of its match
    // One word: its title term, as typed.
    EXPECT_EQ(terms(builder.build("Vàng").tier), (std::set<std::string>{Layout::term(Field::TitleExact, "vàng")}));
    EXPECT_EQ(terms(builder.build("vang").tier), (std::set<std::string>{Layout::term(Field::TitleFolded, "vang")}));
    EXPECT_TRUE(builder.build("vàng", true).tier.empty());  // still being typed: its completions
}

// A phrase's words must stand together within one clause: not across a full stop, a comma or a line
// break, nor from the title into the body; three words or more in their order too.
TEST(QueryBuilder, QuotedPhrasesStandTogetherWithinOneClause) {
    TestIndex index{{
        article("together", "Tin", "Hôm nay Hà Nội mưa to.", "2020-10-01"),
        article("full-stop", "Tin", "Về đến Hà. Nội dung khác.", "2020-10-02"),
        article("comma", "Tin", "Sông Hà, Nội thành và ngoại thành.", "2020-10-03"),
        article("line", "Tin", "Quê ở Hà\nNội trú.", "2020-10-04"),
        article("title-body", "Về Hà", "Nội dung bài viết.", "2020-10-05"),
        article("reversed", "Tin", "Nội Hà mưa to, Hà Nội nắng.", "2020-10-06"),
        article("three", "Tin", "Hà Nội mưa to.", "2020-10-07"),
        article("pairs-apart", "Tin", "Hà Nội đẹp. Nội mưa nhiều.", "2020-10-08"),  // both pairs, not in a row
    }};
    Ids ids = ranked_ids(index, "\"ha noi\"");
    EXPECT_EQ(std::set<std::string>(ids.begin(), ids.end()),
              (std::set<std::string>{"together", "reversed", "three", "pairs-apart"}));
    ids = ranked_ids(index, "\"Hà Nội mưa\"");
    EXPECT_EQ(std::set<std::string>(ids.begin(), ids.end()), (std::set<std::string>{"together", "three"}));
    EXPECT_EQ(ranked_ids(index, "\"nội hà mưa to\""), Ids{"reversed"});
}

// Xapian 1.4 counts a query's references without atomics: a query built on a worker thread must not
// share the static Query::MatchAll, or threads copying it at once corrupt its count (searchd crashed
// under 8 connections serving empty queries). Checked deterministically: building leaves its count alone.
TEST(QueryBuilder, AnEmptyTextDoesNotShareTheStaticMatchAll) {
    const unsigned before = Xapian::Query::MatchAll.internal->_refs;
    for (const char* text : {"", "   ", "-loại", "org:\"Bộ Y tế\"", "\"\""}) {
        BuiltQuery built = QueryBuilder().build(text);
        EXPECT_EQ(Xapian::Query::MatchAll.internal->_refs, before) << text;
    }
}

// Three words or more typed side by side weigh more where they stand in that order (anywhere, body
// too) than where the article holds each of their pairs apart (and one of the words more often).
TEST(QueryBuilder, ThreeWordsInARowOutrankTheirPairsApart) {
    TestIndex index{{
        article("in-a-row", "Tin", "Sáng nay hội nghị tổng kết diễn ra ở phường."),
        article("apart-1", "Tin", "Hội nghị họp, ông nghị tổng kết ở phường."),
        article("apart-2", "Tin", "Hội nghị họp, ông nghị tổng kết ở phường."),
    }};
    EXPECT_EQ(ranked_ids(index, "hội nghị tổng").front(), "in-a-row");
    EXPECT_EQ(ranked_ids(index, "hoi nghi tong").front(), "in-a-row");
    EXPECT_EQ(ranked_ids(index, "hội nghị").front(), "apart-1");  // two words: their pair, no phrase

    // The phrase weighs only where it is (the Xapian 1.4.22 trap of APhraseBoostWeighsOnlyWhereThePhraseIs).
    Xapian::Database db(index.path());
    Xapian::Enquire enquire(db);
    enquire.set_query(QueryBuilder().build("hoi nghi tong").ranked);
    std::map<std::string, double> weight;
    Xapian::MSet mset = enquire.get_mset(0, 10);
    for (auto it = mset.begin(); it != mset.end(); ++it) weight[stored_article(it.get_document()).id] = it.get_weight();
    ASSERT_EQ(weight.size(), 3u);
    EXPECT_DOUBLE_EQ(weight["apart-1"], weight["apart-2"]);
}

// The index keeps word pairs without marks only: a pair typed with marks weighs more where the article
// holds its words as typed, so the pair as typed outranks the same pair marked otherwise even where
// that one stands more often.
TEST(QueryBuilder, APairTypedWithMarksPrefersItsWordsAsTyped) {
    std::vector<vnsearch::schema::Article> articles = {
        article("as-typed", "Tin", "Phường tổ chức họp dân."),
        article("other-marks", "Tin", "Tô chúc, tô chúc, tô chúc, tô chúc, tô chúc, tô chúc."),
    };
    // The words as typed are common apart (so they weigh little alone), the pair is not.
    for (int i = 0; i < 8; ++i) articles.push_back(article("apart-" + std::to_string(i), "Tin", "Tổ dân phố. Chức vụ mới."));
    TestIndex index{articles};
    EXPECT_EQ(ranked_ids(index, "tổ chức").front(), "as-typed");
    EXPECT_EQ(ranked_ids(index, "tô chúc").front(), "other-marks");
}

// Given the database, a run whose pairs are all common gets no phrase (its positions would be read in
// every article holding them); a run with a rare pair keeps it.
namespace {

// `copies` articles ("common-N") of one body, then one ("rare") of another: pairs of the first body are
// in `copies` articles of the index, pairs only the second holds in one.
std::vector<vnsearch::schema::Article> copies_and_one(Xapian::doccount copies, const std::string& common_body,
                                                      const std::string& rare_body) {
    std::vector<vnsearch::schema::Article> articles;
    for (Xapian::doccount i = 0; i < copies; ++i) articles.push_back(article("common-" + std::to_string(i), "Tin", common_body));
    articles.push_back(article("rare", "Tin", rare_body));
    return articles;
}

}  // namespace

TEST(QueryBuilder, ARunOfCommonPairsIsNotCheckedAsAPhrase) {
    TestIndex index{copies_and_one(QueryBuilder::kBodyPhraseMaxArticles + 1, "Hội nghị họp, ông nghị tổng kết.",
                                   "Ông nghị tổng hợp quý.")};
    Xapian::Database db(index.path());
    auto body_phrase = [&](const std::string& text, const Xapian::Database* statistics) {
        return QueryBuilder().build(text, false, statistics).ranked.get_description().find("XFhoi PHRASE") != std::string::npos;
    };
    auto rare_phrase = [&](const std::string& text, const Xapian::Database* statistics) {
        return QueryBuilder().build(text, false, statistics).ranked.get_description().find("XFnghi PHRASE") != std::string::npos;
    };
    EXPECT_TRUE(body_phrase("hội nghị tổng", nullptr));
    EXPECT_FALSE(body_phrase("hội nghị tổng", &db));      // "hoi nghi" and "nghi tong": in every "common" article
    EXPECT_TRUE(rare_phrase("nghị tổng hợp", &db));      // "tong hop" is in one
}

// Given the database, a pair typed with marks that very many articles hold gets no marked-pair boost
// (the postings of its words as typed would be read at every match); a rarer pair keeps it.
TEST(QueryBuilder, APairInVeryManyArticlesGetsNoMarkedPairBoost) {
    TestIndex index{copies_and_one(QueryBuilder::kMarkedPairMaxArticles + 1, "Tổ chức họp.", "Phường họp dân.")};
    Xapian::Database db(index.path());
    // The boost is the folded pair weighed again, filtered by the words as typed: "k * XCto chuc FILTER".
    auto has_marked_boost = [&](const std::string& text, const std::string& first, const std::string& second,
                                const Xapian::Database* statistics) {
        std::string pair = Layout::bigram_term(Field::BigramFolded, first, second);
        return QueryBuilder().build(text, false, statistics).ranked.get_description().find("* " + pair + " FILTER") != std::string::npos;
    };
    EXPECT_TRUE(has_marked_boost("tổ chức", "to", "chuc", nullptr));
    EXPECT_FALSE(has_marked_boost("tổ chức", "to", "chuc", &db));  // in every "common" article
    EXPECT_TRUE(has_marked_boost("họp dân", "hop", "dan", &db));    // in one
    EXPECT_FALSE(has_marked_boost("to chuc", "to", "chuc", nullptr)); // no marks typed: no such boost at all
}

TEST(QueryBuilder, AHeadlineOfSevenPlainWordsNeedsOneOfItsRarerPairsNotEveryWord) {
    TestIndex index{{article("a", "Điều chỉnh", "điều chỉnh địa giới"), article("b", "Giáp ranh", "giáp ranh quận"),
                     article("c", "Điều chỉnh giáp ranh", "điều chỉnh"), article("d", "Giới giáp", "x")}};
    Xapian::Database db(index.path());
    QueryBuilder builder;
    BuiltQuery six = builder.build("dieu chinh dia gioi giap ranh", false, &db);
    EXPECT_NE(six.bare.get_description().find(" AND "), std::string::npos) << six.bare.get_description();
    BuiltQuery seven = builder.build("dieu chinh dia gioi giap ranh quan", false, &db);
    std::string bare = seven.bare.get_description();
    EXPECT_EQ(bare.find(" AND "), std::string::npos) << bare;
    // Six pairs, the rarer three required ("chinh dia" none, "dia gioi" one, "gioi giap" one); then every word.
    std::string required = bare.substr(0, bare.find("AND_MAYBE"));
    auto pair = [](const char* first, const char* second) {
        return vnsearch::schema::Layout::bigram_term(Field::BigramFolded, first, second);
    };
    for (const std::string& rare : {pair("chinh", "dia"), pair("dia", "gioi"), pair("gioi", "giap")}) {
        EXPECT_NE(required.find(rare), std::string::npos) << rare << " in " << required;
    }
    EXPECT_EQ(required.find(pair("dieu", "chinh")), std::string::npos) << required;  // in three articles
    EXPECT_FALSE(seven.relaxed.empty());  // when no article holds one of them: any word
}
