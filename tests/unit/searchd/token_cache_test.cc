// Tests that the memoized tokenization gives exactly what the Analyzer gives, cached or not.
#include <gtest/gtest.h>

#include "token_cache.h"

using vnsearch::schema::Analyzer;
using vnsearch::schema::Token;
using vnsearch::searchd::TokenCache;

namespace {

void expect_same(const std::vector<Token>& got, const std::vector<Token>& want) {
    ASSERT_EQ(got.size(), want.size());
    for (std::size_t i = 0; i < got.size(); ++i) {
        EXPECT_EQ(got[i].exact, want[i].exact) << i;
        EXPECT_EQ(got[i].folded, want[i].folded) << i;
        EXPECT_EQ(got[i].begin, want[i].begin) << i;
        EXPECT_EQ(got[i].end, want[i].end) << i;
    }
}

}  // namespace

TEST(TokenCache, GivesWhatTheAnalyzerGives) {
    TokenCache cache;
    const std::string texts[] = {
        "Ngày 8/10, Quận uỷ Đống Đa tổ chức Đại hội Đảng bộ.\n\nĐảng bộ quận 35-CT/TW (Hà Nội)…",
        "  leading and trailing  \t\n",
        "Q\u0309uận NFD và \u00A0no-break\u00A0spaces, \xff invalid bytes",
        "",
        std::string(100, 'x') + " long words are skipped " + std::string(70, 'y'),
    };
    for (int round = 0; round < 2; ++round) {  // the second round comes from the cache
        for (const auto& text : texts) expect_same(cache.tokenize(text), Analyzer::tokenize(text));
    }
}
