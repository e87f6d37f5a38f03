// Tests of the analysis pipeline: every article written, in the order given, on the caller's thread,
// analysed on another thread with the word memo in place, and an analysis failure reaching the caller.
#include <gtest/gtest.h>

#include <stdexcept>
#include <thread>

#include "analysis_pipeline.h"
#include "vnsearch/schema/analyzer.h"

using namespace vnsearch::indexer;
using vnsearch::schema::Analyzer;
using vnsearch::schema::WordMemo;

namespace {

RawArticle raw(const std::string& id) {
    RawArticle article;
    article.article.id = id;
    article.article.body = "Đại hội đảng bộ " + id;
    return article;
}

struct Seen {
    std::vector<std::string> written;
    std::vector<std::thread::id> analysed_on;
    std::vector<std::thread::id> written_on;
    std::size_t analysed_with_memo = 0;
};

AnalysisPipeline::Analyse analyse_into(Seen& seen) {
    return [&seen](RawArticle article) {
        seen.analysed_on.push_back(std::this_thread::get_id());
        if (WordMemo::current() != nullptr) ++seen.analysed_with_memo;
        PreparedArticle prepared;
        prepared.built.id_term = article.article.id;
        prepared.built.spelling_words = {Analyzer::tokenize(article.article.body).front().exact};
        return prepared;
    };
}

AnalysisPipeline::Write write_into(Seen& seen) {
    return [&seen](PreparedArticle prepared) {
        seen.written_on.push_back(std::this_thread::get_id());
        seen.written.push_back(prepared.built.id_term);
    };
}

}  // namespace

TEST(AnalysisPipeline, WritesEveryArticleInOrderOnTheCallersThread) {
    Seen seen;
    WordMemo memo;
    std::vector<std::string> ids;
    {
        AnalysisPipeline pipeline(analyse_into(seen), write_into(seen), memo, 8);
        for (int i = 0; i < 70; ++i) {
            ids.push_back("a" + std::to_string(i));
            pipeline.push(raw(ids.back()));
        }
        // At most the batch in analysis and the pending one are unwritten.
        EXPECT_GE(seen.written.size(), 70u - 2 * 8);
        pipeline.flush();
    }
    EXPECT_EQ(seen.written, ids);
    for (auto id : seen.written_on) EXPECT_EQ(id, std::this_thread::get_id());
    for (auto id : seen.analysed_on) EXPECT_NE(id, std::this_thread::get_id());
    EXPECT_EQ(seen.analysed_with_memo, 70u);
    EXPECT_EQ(WordMemo::current(), nullptr);  // only the worker had it
}

TEST(AnalysisPipeline, FlushWithNothingPendingWritesNothing) {
    Seen seen;
    WordMemo memo;
    AnalysisPipeline pipeline(analyse_into(seen), write_into(seen), memo);
    pipeline.flush();
    pipeline.push(raw("only"));
    pipeline.flush();
    pipeline.flush();
    EXPECT_EQ(seen.written, (std::vector<std::string>{"only"}));
}

TEST(AnalysisPipeline, AnAnalysisFailureReachesTheCaller) {
    Seen seen;
    WordMemo memo;
    auto failing = [](RawArticle article) -> PreparedArticle {
        if (article.article.id == "a5") throw std::runtime_error("cannot analyse a5");
        PreparedArticle prepared;
        prepared.built.id_term = article.article.id;
        return prepared;
    };
    AnalysisPipeline pipeline(failing, write_into(seen), memo, 4);
    EXPECT_THROW(
        {
            for (int i = 0; i < 20; ++i) pipeline.push(raw("a" + std::to_string(i)));
            pipeline.flush();
        },
        std::runtime_error);
    EXPECT_EQ(seen.written, (std::vector<std::string>{"a0", "a1", "a2", "a3"}));
}

// The memo changes nothing but speed: the same tokens with and without it, and after it has seen them.
TEST(WordMemo, TokensAreTheSameWithAndWithoutIt) {
    const std::string text = "Quận uỷ Đống Đa tổ chức Đại hội; QUẬN ỦY đống đa, Tồ chức";
    auto plain = Analyzer::tokenize(text);
    WordMemo memo;
    WordMemo::Use use(memo);
    for (int round = 0; round < 2; ++round) {
        auto memoized = Analyzer::tokenize(text);
        ASSERT_EQ(memoized.size(), plain.size());
        for (std::size_t i = 0; i < plain.size(); ++i) {
            EXPECT_EQ(memoized[i].exact, plain[i].exact);
            EXPECT_EQ(memoized[i].folded, plain[i].folded);
            EXPECT_EQ(memoized[i].begin, plain[i].begin);
            EXPECT_EQ(memoized[i].end, plain[i].end);
        }
    }
    EXPECT_NE(memo.find("uỷ"), nullptr);
    EXPECT_EQ(memo.find("uỷ")->first, "ủy");
    EXPECT_EQ(Analyzer::normalize("Quận uỷ"), "quận ủy");
}
