// Tests of the index layout: keys are normalized, bounded for Xapian, and lists round-trip.
#include <gtest/gtest.h>

#include <xapian.h>

#include "vnsearch/schema/layout.h"

using vnsearch::schema::Field;
using vnsearch::schema::Layout;

TEST(Layout, OrgKeysIgnoreCaseTonePlacementAndSpacing) {
    EXPECT_EQ(Layout::org_term("BAN TUYÊN GIÁO QUẬN ỦY"), Layout::org_term("Ban  Tuyên giáo Quận uỷ"));
    EXPECT_NE(Layout::org_term("Quận ủy Đống Đa"), Layout::org_term("Quận ủy"));
}

TEST(Layout, FieldsHaveDistinctPrefixes) {
    EXPECT_NE(Layout::term(Field::BodyExact, "dang"), Layout::term(Field::BodyFolded, "dang"));
    EXPECT_NE(Layout::term(Field::TitleExact, "dang"), Layout::term(Field::TitleFolded, "dang"));
    EXPECT_EQ(Layout::bigram_term(Field::BigramFolded, "dai", "hoi"), Layout::prefix(Field::BigramFolded) + "dai hoi");
}

TEST(Layout, LongKeysAreBoundedAndStillDistinct) {
    std::string long_id(400, 'x');
    std::string other = long_id + "y";
    EXPECT_LE(Layout::id_term(long_id).size(), Layout::kMaxKeyBytes);
    EXPECT_NE(Layout::id_term(long_id), Layout::id_term(other));
    Xapian::Document document;
    EXPECT_NO_THROW(document.add_boolean_term(Layout::id_term(other)));
}

TEST(Layout, ListsRoundTrip) {
    std::vector<std::string> orgs = {"Quận ủy Đống Đa", "Bộ Chính trị"};
    EXPECT_EQ(Layout::split_list(Layout::join_list(orgs)), orgs);
    EXPECT_TRUE(Layout::split_list("").empty());
}

TEST(Layout, ParseTermReadsBackEveryWordTermItWrites) {
    for (Field field : {Field::BodyExact, Field::BodyFolded, Field::TitleExact, Field::TitleFolded}) {
        auto parts = Layout::parse_term(Layout::term(field, "đảng"));
        ASSERT_TRUE(parts);
        EXPECT_EQ(parts->field, field);
        EXPECT_EQ(parts->word, "đảng");
    }
    auto parts = Layout::parse_term(Layout::bigram_term(Field::BigramFolded, "dai", "hoi"));
    ASSERT_TRUE(parts);
    EXPECT_EQ(parts->field, Field::BigramFolded);
    EXPECT_EQ(parts->word, "dai hoi");
    // An exact pair of an index built before layout 3 is no term this layout reads.
    EXPECT_FALSE(Layout::parse_term("XBđại hội"));
}

TEST(Layout, ParseTermKnowsNoBooleanTerm) {
    for (const std::string& term : {Layout::id_term("a1"), Layout::org_term("Bộ Y tế"), Layout::category_term("Thời sự"),
                                    Layout::source_path_term("/in/a.txt"), std::string()}) {
        EXPECT_FALSE(Layout::parse_term(term)) << term;
    }
}
