// word_spans() must report exactly the words tokenize() returns (spans, folded first letters and folded
// forms' hashes), or
// say it cannot: searchd's snippets skip analysing the words it reports, so a wrong span would move or
// drop a <mark>.
#include <gtest/gtest.h>

#include <random>
#include <string>
#include <vector>

#include "vnsearch/schema/analyzer.h"
#include "vnsearch/schema/fnv1a.h"
#include "vnsearch/schema/word_spans.h"

using vnsearch::schema::Analyzer;
using vnsearch::schema::Fnv1a;
using vnsearch::schema::word_spans;
using vnsearch::schema::WordSpan;

namespace {

// Checks text; returns whether word_spans() vouched for it.
bool agrees_with_tokenize(const std::string& text) {
    std::vector<WordSpan> spans;
    if (!word_spans(text, spans)) return false;
    std::vector<vnsearch::schema::Token> tokens = Analyzer::tokenize(text);
    EXPECT_EQ(spans.size(), tokens.size()) << text;
    for (std::size_t i = 0; i < std::min(spans.size(), tokens.size()); ++i) {
        EXPECT_EQ(spans[i].begin, tokens[i].begin) << text;
        EXPECT_EQ(spans[i].end, tokens[i].end) << text;
        if (spans[i].initial != 0) EXPECT_EQ(spans[i].initial, tokens[i].folded.front()) << text << " word " << i;
        if (spans[i].folded_known) {
            EXPECT_EQ(spans[i].folded_hash, Fnv1a().update(tokens[i].folded).value()) << text << " word " << i;
        }
    }
    return true;
}

std::string utf8(char32_t c) {
    std::string out;
    if (c < 0x80) {
        out += static_cast<char>(c);
    } else if (c < 0x800) {
        out += static_cast<char>(0xC0 | (c >> 6));
        out += static_cast<char>(0x80 | (c & 0x3F));
    } else if (c < 0x10000) {
        out += static_cast<char>(0xE0 | (c >> 12));
        out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (c & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (c >> 18));
        out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (c & 0x3F));
    }
    return out;
}

}  // namespace

TEST(WordSpans, VietnameseTextIsVouchedForWithEveryInitial) {
    std::string text = "Ngày 8/10, Đại hội Đảng bộ quận Đống Đa (TP. Hà Nội) – “Quận uỷ” họp; Quận u\u0309y\u00a0và tồ chức.";
    std::vector<WordSpan> spans;
    ASSERT_TRUE(word_spans(text, spans));
    EXPECT_TRUE(agrees_with_tokenize(text));
    ASSERT_EQ(spans.size(), 21u);
    EXPECT_EQ(spans[1].initial, '8');
    EXPECT_EQ(spans[3].initial, 'd');   // Đại
    EXPECT_EQ(spans[11].initial, 'h');  // Hà
    for (const WordSpan& span : spans) {
        EXPECT_NE(span.initial, 0) << text.substr(span.begin, span.end - span.begin);
        EXPECT_TRUE(span.folded_known) << text.substr(span.begin, span.end - span.begin);
    }
    EXPECT_EQ(spans[3].folded_hash, Fnv1a().update("dai").value());
    EXPECT_EQ(spans[17].folded_hash, Fnv1a().update("uy").value());  // uỷ written with a combining hook
}

TEST(WordSpans, DeclinesWordsItCannotVouchFor) {
    std::vector<WordSpan> spans;
    EXPECT_FALSE(word_spans(std::string(65, 'a'), spans));  // tokenize() drops it: too long
    EXPECT_TRUE(word_spans(std::string(64, 'a'), spans));
    spans.clear();
    EXPECT_FALSE(word_spans("Hà Nội 東京", spans));  // beyond the table
    spans.clear();
    EXPECT_TRUE(word_spans("😀 … “ ” – — \xff\xfe", spans));  // no word: symbols, punctuation, bad bytes
    EXPECT_TRUE(spans.empty());
}

TEST(WordSpans, EveryCharacterOfTheTableAloneAndInAWord) {
    std::size_t vouched = 0;
    for (char32_t c = 1; c < 0x2200; ++c) {
        if (c >= 0xD800 && c < 0xE000) continue;
        std::string ch = utf8(c);
        for (const std::string& text : {ch, "x" + ch + "y", ch + "anh", "a" + ch, "- " + ch + ",b"}) {
            vouched += agrees_with_tokenize(text);
        }
    }
    EXPECT_GT(vouched, 30000u);  // most of them: the check is not vacuous
    std::vector<WordSpan> spans;
    ASSERT_TRUE(word_spans("Quốc hội ĐẢNG ủy", spans));
    for (const WordSpan& span : spans) EXPECT_TRUE(span.folded_known);
}

// Random mixtures of what news text holds (NFC and NFD marks, đ, NBSP, punctuation, digits, ß, bad
// bytes, emoji, CJK), seeded so a failure repeats.
TEST(WordSpans, RandomTextAgreesWithTokenize) {
    const std::vector<std::string> pieces = {
        "a", "B", "đ", "Đ", "ư", "Ư", "ơ", "ệ", "Ế", "e\u0302\u0301", "o\u031b", "u\u0309", "\u0301", "\u0323",
        "ß", "İ", "ŉ", "ǰ", "Ω", "Ж", "ﬁ", "東", "😀", "1", "9", " ", "\u00a0", ",", ".", "-", "/", "(", "“",
        "…", "\xff", "\xc3", "\xe2\x80", "'", "&", "Nội", "nghiêng", "Quốc",
    };
    std::mt19937 random(20261202);
    std::size_t vouched = 0;
    for (int i = 0; i < 20000; ++i) {
        std::string text;
        std::size_t length = 1 + random() % 24;
        for (std::size_t k = 0; k < length; ++k) text += pieces[random() % pieces.size()];
        vouched += agrees_with_tokenize(text);
    }
    EXPECT_GT(vouched, 2000u);
}
