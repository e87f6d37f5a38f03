// prefix=1 at the query level: when a word counts as still being typed, what its completions add,
// and that without it (or when the text ends a word) the query is exactly the one built before.
#include <gtest/gtest.h>

#include "completion.h"
#include "query_builder.h"
#include "vnsearch/schema/analyzer.h"

using namespace vnsearch::searchd;
using vnsearch::schema::Analyzer;

namespace {

std::string described(const BuiltQuery& built) {
    return built.ranked.get_description() + "\n" + built.bare.get_description() + "\n" +
           built.relaxed.get_description() + "\n" + built.filter.get_description();
}

}  // namespace

TEST(Completion, TheTextEndsInsideAWordUnlessASeparatorEndsIt) {
    for (const char* text : {"dai ho", "đại hộ", "H", "2020", "title:ho"}) EXPECT_TRUE(Completion::ends_inside_word(text)) << text;
    for (const char* text : {"", "dai ho ", "\"dai ho\"", "dai ho,", "dai-"}) EXPECT_FALSE(Completion::ends_inside_word(text)) << text;
}

TEST(Completion, ShorterPrefixesExpandToFewerWords) {
    EXPECT_EQ(Completion::max_words("h"), Completion::kMaxWordsOfOneLetter);
    EXPECT_EQ(Completion::max_words("ho"), Completion::kMaxWordsOfTwoLetters);
    EXPECT_EQ(Completion::max_words("hoi"), Completion::kMaxWords);
    EXPECT_LT(Completion::kMaxWordsOfOneLetter, Completion::kMaxWordsOfTwoLetters);
}

TEST(Completion, WithoutItOrWhenTheWordIsEndedTheQueryIsUnchanged) {
    QueryBuilder builder;
    // Text -> whether prefix=1 completes its last word.
    const std::vector<std::pair<std::string, bool>> cases = {
        {"dai hoi dang", true}, {"đại hội", true}, {"\"đại hội\" phường", true}, {"a OR b", true},
        {"title:ho", true},     {"dai ho ", false}, {"\"dai ho\"", false},        {"dai -ho", false},
        {"org:ho", false},      {"-excluded", false}, {"org:\"Quận ủy\"", false}, {"", false},
    };
    for (const auto& [text, completes] : cases) {
        std::string plain = described(builder.build(text));
        EXPECT_EQ(described(builder.build(text, false)), plain) << text;
        BuiltQuery typing = builder.build(text, true);
        EXPECT_EQ(typing.completes_last_word, completes) << text;
        if (completes) {
            EXPECT_NE(described(typing), plain) << text;
        } else {
            EXPECT_EQ(described(typing), plain) << text;
        }
    }
}

TEST(Completion, TheWordBeingTypedAddsWildcardsOverTitlesAndItsPair) {
    BuiltQuery built = QueryBuilder().build("dai ho", true);
    ASSERT_TRUE(built.completes_last_word);
    std::string ranked = built.ranked.get_description();
    EXPECT_NE(ranked.find("WILDCARD SYNONYM XSho"), std::string::npos) << ranked;     // folded title words "ho..."
    EXPECT_NE(ranked.find("WILDCARD SYNONYM XCdai ho"), std::string::npos) << ranked;  // the pair "dai ho..."
    EXPECT_EQ(built.highlight.folded_prefixes, std::vector<std::string>{"ho"});
    // Typed with marks, the exact title words "hộ..." are completed too.
    std::string marked = QueryBuilder().build("đại hộ", true).ranked.get_description();
    EXPECT_NE(marked.find("WILDCARD SYNONYM Shộ"), std::string::npos) << marked;
}

TEST(Completion, SnippetWordsMatchTheirCompletionsAsOneQueryWord) {
    MatchWords words;
    words.folded.insert("dai");
    words.folded_prefixes.push_back("ho");
    auto token = [](const char* word) { return Analyzer::tokenize(word).at(0); };
    EXPECT_TRUE(words.matches(token("Hội")));
    EXPECT_TRUE(words.matches(token("học")));
    EXPECT_FALSE(words.matches(token("Hà")));
    EXPECT_EQ(words.key_of(token("hội")), words.key_of(token("học")));
    EXPECT_NE(words.key_of(token("hội")), words.key_of(token("đại")));
}
