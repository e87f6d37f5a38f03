// Tests that the memoized tokenization gives exactly what the Analyzer gives, cached or not.
#include <gtest/gtest.h>

#include "token_cache.h"

#include <atomic>
#include <string>
#include <thread>
#include <vector>

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

// Each thread has its own front of recent chunks before the shared map: many threads, and more
// distinct chunks than a front holds (slots shared by several chunks), still give the Analyzer's tokens.
TEST(TokenCache, ManyThreadsAndMoreChunksThanAFrontHoldsGiveWhatTheAnalyzerGives) {
    std::vector<std::string> texts;
    for (std::size_t i = 0; i < TokenCache::kRecentPerThread / 8; ++i) {
        std::string text;
        for (int k = 0; k < 10; ++k) text += "Quận-" + std::to_string(i * 10 + k) + (k % 2 ? ", uỷ " : " Đảng. ");
        texts.push_back(text);
    }
    TokenCache cache;
    std::vector<std::thread> threads;
    std::atomic<int> mismatches{0};
    for (int t = 0; t < 4; ++t) {
        threads.emplace_back([&, t] {
            for (int round = 0; round < 2; ++round) {
                for (std::size_t i = t; i < texts.size(); i += 2) {
                    const auto got = cache.tokenize(texts[i]);
                    const auto want = Analyzer::tokenize(texts[i]);
                    bool same = got.size() == want.size();
                    for (std::size_t k = 0; same && k < got.size(); ++k) {
                        same = got[k].exact == want[k].exact && got[k].folded == want[k].folded &&
                               got[k].begin == want[k].begin && got[k].end == want[k].end;
                    }
                    if (!same) ++mismatches;
                }
            }
        });
    }
    for (auto& thread : threads) thread.join();
    EXPECT_EQ(mismatches.load(), 0);
}
