// Tests of the project's text helpers: white space with the no-break space portal text is full of,
// line splitting, NFC, and ASCII-only case comparisons.
#include <gtest/gtest.h>

#include "vnsearch/schema/text.h"

using namespace vnsearch::schema;

TEST(Text, TrimTakesAsciiSpaceAndNoBreakSpace) {
    EXPECT_EQ(trim("\xC2\xA0 \tĐảng\r\n\xC2\xA0"), "Đảng");
    EXPECT_EQ(trim(" \n "), "");
    EXPECT_EQ(trim("\n(a) \t", " \t"), "\n(a)");  // only the bytes asked for
}

TEST(Text, CollapseSpacesMakesOneSpaceOfEveryRun) {
    EXPECT_EQ(collapse_spaces("  Quận\xC2\xA0\xC2\xA0ủy \n Đống\tĐa "), "Quận ủy Đống Đa");
}

TEST(Text, SplitLinesDropsCarriageReturnsAndKeepsALastLine) {
    EXPECT_EQ(split_lines("a\r\nb\n\nc"), (std::vector<std::string_view>{"a", "b", "", "c"}));
    EXPECT_TRUE(split_lines("").empty());
}

TEST(Text, SplitSpacesGivesTheWordsOfAName) {
    EXPECT_EQ(split_spaces("Công ty CP Him Lam"), (std::vector<std::string_view>{"Công", "ty", "CP", "Him", "Lam"}));
    EXPECT_TRUE(split_spaces("").empty());
}

TEST(Text, ToNfcComposesAndReplacesInvalidUtf8) {
    EXPECT_EQ(to_nfc("\u0110a\u0323i ho\u0302\u0323i"), "Đại hội");
    EXPECT_EQ(to_nfc("a\xFF" "b"), "a\uFFFD" "b");
}

TEST(Text, AsciiCaseHelpers) {
    EXPECT_TRUE(starts_with_ascii_ci("README.md", "readme"));
    EXPECT_TRUE(ends_with_ascii_ci("Bai.JSONL.GZ", ".jsonl.gz"));
    EXPECT_FALSE(ends_with_ascii_ci("gz", ".jsonl.gz"));
    EXPECT_EQ(ascii_lower("Title:Đảng"), "title:Đảng");
}
