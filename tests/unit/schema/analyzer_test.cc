// Tests of the Vietnamese analyzer: tone placement, NFC/NFD, case folding, folding, word splitting.
#include <gtest/gtest.h>

#include "vnsearch/schema/analyzer.h"

using vnsearch::schema::Analyzer;

namespace {

struct TonePair {
    const char* variant;
    const char* canonical;
};

// Old and new tone placements, and common typos, that must index and query as one syllable.
const TonePair kTonePairs[] = {
    {"hoà", "hòa"},   {"hòa", "hòa"},   {"thuý", "thúy"}, {"thúy", "thúy"}, {"uỷ", "ủy"},
    {"ủy", "ủy"},     {"qúa", "quá"},   {"quá", "quá"},   {"khoẻ", "khỏe"}, {"thuỵ", "thụy"},
    {"hoàn", "hoàn"}, {"hòan", "hoàn"}, {"huỳnh", "huỳnh"}, {"hùynh", "huỳnh"}, {"ngòai", "ngoài"},
    {"gìa", "già"},   {"giữ", "giữ"},   {"gì", "gì"},     {"quốc", "quốc"}, {"qúôc", "quốc"},
    {"người", "người"}, {"ngừơi", "người"}, {"rượu", "rượu"}, {"tuyển", "tuyển"}, {"khuỷu", "khuỷu"},
    {"mùa", "mùa"},   {"muà", "mùa"},   {"của", "của"},   {"đảng", "đảng"}, {"café", "café"}, {"xoáy", "xoáy"},
};

}  // namespace

TEST(AnalyzerTone, EveryPairMapsToOneCanonicalSyllable) {
    for (const auto& pair : kTonePairs) {
        EXPECT_EQ(Analyzer::canonical_tone(pair.variant), pair.canonical) << pair.variant;
    }
}

TEST(AnalyzerNormalize, CaseFoldsAndCanonicalisesTonePlacement) {
    EXPECT_EQ(Analyzer::normalize("Quận uỷ Đống Đa"), "quận ủy đống đa");
    EXPECT_EQ(Analyzer::normalize("QUẬN ỦY"), Analyzer::normalize("Quận ủy"));
    EXPECT_EQ(Analyzer::normalize("  Ban   Thường\u00A0vụ "), "ban thường vụ");
}

TEST(AnalyzerNormalize, NfdAndNfcInputsAgree) {
    const char* nfc = "Đại hội Đảng";
    const char* nfd = "\u0110a\u0323i ho\u0302\u0323i \u0110a\u0309ng";
    EXPECT_EQ(Analyzer::normalize(nfd), Analyzer::normalize(nfc));
    EXPECT_EQ(Analyzer::normalize(nfc), "đại hội đảng");
}

TEST(AnalyzerFold, RemovesEveryMarkAndFoldsDStroke) {
    EXPECT_EQ(Analyzer::fold(Analyzer::normalize("Đại hội Đảng")), "dai hoi dang");
    EXPECT_EQ(Analyzer::fold("đường dương"), "duong duong");
}

TEST(AnalyzerTokenize, GivesExactFoldedAndByteSpans) {
    std::string text = "Quận uỷ Đống Đa, 35-CT/TW";
    auto tokens = Analyzer::tokenize(text);
    ASSERT_EQ(tokens.size(), 7u);
    EXPECT_EQ(tokens[0].exact, "quận");
    EXPECT_EQ(tokens[0].folded, "quan");
    EXPECT_EQ(tokens[1].exact, "ủy");
    EXPECT_EQ(text.substr(tokens[1].begin, tokens[1].end - tokens[1].begin), "uỷ");
    EXPECT_EQ(tokens[3].exact, "đa");
    EXPECT_EQ(tokens[4].exact, "35");
    EXPECT_EQ(tokens[5].exact, "ct");
    EXPECT_TRUE(tokens[0].has_marks());
    EXPECT_FALSE(tokens[4].has_marks());
}

TEST(AnalyzerTokenize, NonBreakingSpacesAndPunctuationSeparateWords) {
    auto tokens = Analyzer::tokenize("08/10/2020\u00A0|\u00A023:45");
    ASSERT_EQ(tokens.size(), 5u);
    EXPECT_EQ(tokens[3].exact, "23");
}

TEST(AnalyzerTokenize, SkipsWordsLongerThanXapianKeeps) {
    std::string long_word(100, 'a');
    auto tokens = Analyzer::tokenize("ngắn " + long_word + " dài");
    ASSERT_EQ(tokens.size(), 2u);
    EXPECT_EQ(tokens[1].exact, "dài");
}
