// Tests of snippets: marking (exact and folded), HTML escaping, windows and UTF-8 boundaries.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "snippet_builder.h"
#include "vnsearch/schema/analyzer.h"

using namespace vnsearch::searchd;

namespace {

MatchWords folded(std::initializer_list<const char*> words) {
    MatchWords match;
    for (const char* word : words) match.folded.insert(word);
    return match;
}

// True when text is valid UTF-8.
bool valid_utf8(const std::string& text) {
    for (std::size_t i = 0; i < text.size();) {
        auto c = static_cast<unsigned char>(text[i]);
        std::size_t length = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 0;
        if (length == 0 || i + length > text.size()) return false;
        for (std::size_t k = 1; k < length; ++k) {
            if ((static_cast<unsigned char>(text[i + k]) & 0xC0) != 0x80) return false;
        }
        i += length;
    }
    return true;
}

}  // namespace

TEST(SnippetBuilder, MarksAdjacentMatchedWordsInOneMark) {
    std::string snippet = SnippetBuilder().build("Ngày 8/10, Đại hội Đảng bộ quận họp.", folded({"dai", "hoi", "dang"}));
    EXPECT_EQ(snippet, "Ngày 8/10, <mark>Đại hội Đảng</mark> bộ quận họp.");
}

TEST(SnippetBuilder, ExactWordsMatchOnlyWithTheirMarks) {
    MatchWords words;
    words.exact.insert("đường");
    std::string snippet = SnippetBuilder().build("đường và dương", words);
    EXPECT_EQ(snippet, "<mark>đường</mark> và dương");
}

TEST(SnippetBuilder, MatchesWhateverTheCaseNormalFormOrTonePlacement) {
    MatchWords words;
    words.exact.insert("ủy");
    // Upper case, and the old placement "uỷ" in NFD.
    std::string snippet = SnippetBuilder().build("QUẬN ỦY và Quận u\u0309y", words);
    EXPECT_EQ(snippet, "QUẬN <mark>ỦY</mark> và Quận <mark>u\u0309y</mark>");
}

TEST(SnippetBuilder, EscapesEverythingElse) {
    std::string body = "Tin <script>alert('x')</script> & \"đại hội\" <b>đảng</b>";
    std::string snippet = SnippetBuilder().build(body, folded({"dai", "hoi", "script"}));
    EXPECT_EQ(snippet.find("<script>"), std::string::npos) << snippet;
    EXPECT_EQ(snippet.find("<b>"), std::string::npos) << snippet;
    EXPECT_EQ(snippet,
              "Tin &lt;<mark>script</mark>&gt;alert(&#39;x&#39;)&lt;/<mark>script</mark>&gt; &amp; "
              "&quot;<mark>đại hội</mark>&quot; &lt;b&gt;đảng&lt;/b&gt;");
}

TEST(SnippetBuilder, CutsALongBodyAroundTheBestClusterWithEllipses) {
    std::string filler;
    for (int i = 0; i < 200; ++i) filler += "lời mở đầu ";
    std::string body = filler + "một mình hội ở đây, " + filler + "Đại hội Đảng bộ quận lần thứ XXVIII. " + filler;
    std::string snippet = SnippetBuilder().build(body, folded({"dai", "hoi", "dang"}));
    EXPECT_NE(snippet.find("<mark>Đại hội Đảng</mark>"), std::string::npos) << snippet;
    EXPECT_EQ(snippet.rfind("\u2026", 0), 0u) << snippet;  // starts with …
    EXPECT_EQ(snippet.substr(snippet.size() - 3), "\u2026") << snippet;
    EXPECT_LT(snippet.size(), 700u);
    EXPECT_TRUE(valid_utf8(snippet));
}

TEST(SnippetBuilder, StartsAtTheBeginningWhenNothingMatches) {
    std::string body = "Đoạn đầu tiên.\n\nĐoạn thứ hai dài hơn một chút.";
    EXPECT_EQ(SnippetBuilder().build(body, folded({"khong"})), "Đoạn đầu tiên. Đoạn thứ hai dài hơn một chút.");
}

TEST(SnippetBuilder, StaysOnUtf8BoundariesAtEveryLength) {
    std::string body;
    for (int i = 0; i < 100; ++i) body += "Việt Nam ủy ban nhân dân ";
    for (std::size_t length : {1u, 7u, 33u, 200u, 5000u}) {
        std::string snippet = SnippetBuilder(length).build(body, folded({"uy", "ban"}));
        EXPECT_TRUE(valid_utf8(snippet)) << length;
        EXPECT_NE(snippet.find("<mark>"), std::string::npos) << length;
    }
}

TEST(SnippetBuilder, HandlesEmptyAndWordlessBodies) {
    EXPECT_EQ(SnippetBuilder().build("", folded({"a"})), "");
    EXPECT_EQ(SnippetBuilder().build(" <>& ", folded({"a"})), "&lt;&gt;&amp;");
}

TEST(EscapeHtml, EscapesTheFiveCharactersAndFoldsWhiteSpace) {
    EXPECT_EQ(escape_html("a<b>&\"'\n\n c"), "a&lt;b&gt;&amp;&quot;&#39; c");
}

// Issue 11: text that is no word (punctuation, or tokens too long to be words) around the only
// matched words was copied whole: a 10 MiB article made a 10 MiB snippet in every /search answer.
TEST(SnippetBuilder, TextWithoutWordsBeforeOrAfterTheWindowIsBounded) {
    SnippetBuilder builder;
    std::string after = "Hà Nội " + std::string(1 << 20, '-');
    std::string snippet = builder.build(after, folded({"ha", "noi"}));
    EXPECT_LE(snippet.size(), 4 * SnippetBuilder::kDefaultLength + 64) << snippet.size();
    EXPECT_EQ(snippet.rfind("\u2026"), snippet.size() - 3);
    EXPECT_NE(snippet.find("<mark>Hà Nội</mark>"), std::string::npos);

    std::string before = std::string(1 << 20, '-') + "đ Hà Nội";
    snippet = builder.build(before, folded({"ha", "noi"}));
    EXPECT_LE(snippet.size(), 4 * SnippetBuilder::kDefaultLength + 64) << snippet.size();
    EXPECT_EQ(snippet.find("\u2026"), 0u);
    EXPECT_TRUE(valid_utf8(snippet));
}

// A long body stops being read once a window holds every query word (the best any window can do):
// that first window is shown, with the words after it, even when a later one has more matches.
TEST(SnippetBuilder, ShowsTheFirstWindowThatHoldsEveryQueryWord) {
    std::string filler;
    for (int i = 0; i < 300; ++i) filler += "lời kết thúc ";
    std::string body = "Mở đầu: Đại hội Đảng bộ quận khai mạc. " + filler + "Đại hội, đại hội Đảng, Đảng bộ đại hội. " + filler;
    std::string snippet = SnippetBuilder().build(body, folded({"dai", "hoi", "dang"}));
    EXPECT_EQ(snippet.rfind("Mở đầu: <mark>Đại hội Đảng</mark> bộ quận khai mạc.", 0), 0u) << snippet;
    EXPECT_EQ(snippet.substr(snippet.size() - 3), "\u2026") << snippet;
    EXPECT_TRUE(valid_utf8(snippet));
}

// A word the title holds is marked there: the window need not hold it, so reading stops at the first
// window with the others instead of searching the body for one with all.
TEST(SnippetBuilder, WordsTheTitleHoldsNeedNotBeInTheWindow) {
    std::string filler;
    for (int i = 0; i < 300; ++i) filler += "lời kết thúc ";
    std::string body = "Mở đầu: hội nghị khai mạc. " + filler + "Đại hội Đảng bộ quận họp. " + filler;
    MatchWords words = folded({"dai", "hoi"});
    std::string without_title = SnippetBuilder().build(body, words);
    EXPECT_NE(without_title.find("<mark>Đại hội</mark> Đảng bộ quận họp."), std::string::npos) << without_title;
    std::string with_title = SnippetBuilder().build(body, words, "Đại hội Đảng bộ quận");
    EXPECT_EQ(with_title.rfind("Mở đầu: <mark>hội</mark> nghị khai mạc.", 0), 0u) << with_title;
    // A title that holds only some of them changes nothing.
    EXPECT_EQ(SnippetBuilder().build(body, words, "Đảng bộ quận"), without_title);
}

TEST(SnippetBuilder, AQueryWithoutWordsShowsTheStartOfTheBody) {
    std::string filler;
    for (int i = 0; i < 300; ++i) filler += "lời kết thúc ";
    std::string snippet = SnippetBuilder().build("Mở đầu bài báo. " + filler, MatchWords{});
    EXPECT_EQ(snippet.rfind("Mở đầu bài báo. lời kết thúc", 0), 0u) << snippet;
    EXPECT_EQ(snippet.substr(snippet.size() - 3), "\u2026") << snippet;
    EXPECT_LT(snippet.size(), 400u);
}

// A long text: every word that matches is marked, wherever it falls (inside a chunk of several words
// such as "8/10,Đảng", beside a word the span table cannot vouch for), and no other word is. The expected words come from Analyzer::tokenize and MatchWords alone.
TEST(SnippetBuilder, MarksEveryMatchOfALongTextAndNothingElse) {
    const std::vector<std::string> pieces = {"Đảng", "bộ", "quận", "Hà", "Nội", "8/10,Đảng", "(hà-nội)", "đang",
                                             "ĐẢNG,", "ha", "Quốc", "hội", "x", "dang"};
    std::string text;
    for (std::size_t i = 0; i < 1500; ++i) {
        text += pieces[(i * 7 + i / 13) % pieces.size()];
        if (i == 700) text += " 東京";  // words word_spans cannot vouch for: analysed
        if (i == 1200) text += " " + std::string(70, 'a');
        text += i % 11 == 0 ? "\n" : " ";
    }
    MatchWords match;
    match.exact.insert("đảng");
    match.folded.insert("ha");
    std::string expected;
    for (const auto& token : vnsearch::schema::Analyzer::tokenize(text)) {
        if (match.matches(token)) expected += text.substr(token.begin, token.end - token.begin) + " ";
    }
    std::string marked = SnippetBuilder().highlight(text, match);
    std::string found;
    for (std::size_t at = marked.find("<mark>"); at != std::string::npos; at = marked.find("<mark>", at)) {
        std::size_t end = marked.find("</mark>", at);
        for (const auto& token : vnsearch::schema::Analyzer::tokenize(marked.substr(at + 6, end - at - 6))) {
            found += marked.substr(at + 6 + token.begin, token.end - token.begin) + " ";
        }
        at = end;
    }
    EXPECT_GT(expected.size(), 1000u);
    EXPECT_EQ(found, expected);
    // And the text around the marks is the text, each word once, in order (white space made one space).
    std::string plain;
    for (std::size_t at = 0; at < marked.size();) {
        if (marked.compare(at, 6, "<mark>") == 0) { at += 6; continue; }
        if (marked.compare(at, 7, "</mark>") == 0) { at += 7; continue; }
        plain += marked[at++];
    }
    std::string spaced = text.substr(0, text.size() - 1);  // the last piece's blank is trimmed
    std::replace(spaced.begin(), spaced.end(), '\n', ' ');
    EXPECT_EQ(plain, spaced);
}
