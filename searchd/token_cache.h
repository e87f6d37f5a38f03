// Memoized Analyzer::tokenize for snippets: news text repeats a small vocabulary, and analysing a word
// (ICU normalization) costs about a microsecond, which made snippets most of a search's time.
#pragma once

#include <array>
#include <functional>
#include <cstddef>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <type_traits>
#include <unordered_map>
#include <vector>

#include "vnsearch/schema/analyzer.h"
#include "vnsearch/schema/text.h"

namespace vnsearch::searchd {

// Thread-safe. Text is split at ASCII white space (which never joins two words) into chunks like
// "Đảng," and each distinct chunk is analysed once; the result equals Analyzer::tokenize(text).
class TokenCache {
public:
    static constexpr std::size_t kShards = 16;
    static constexpr std::size_t kChunksPerShard = 8192;  // a full shard starts afresh: bounded memory

    std::vector<schema::Token> tokenize(std::string_view text);

    // Calls visit(token, offset) for each token of text in order, without copying it: the token's
    // begin and end are relative to `offset` (its chunk's start in text). A visit that returns bool
    // stops the walk by returning false.
    template <typename Visit>
    void for_each_token(std::string_view text, Visit&& visit) {
        std::size_t i = 0;
        while (i < text.size()) {
            while (i < text.size() && schema::is_ascii_space(text[i])) ++i;
            std::size_t start = i;
            while (i < text.size() && !schema::is_ascii_space(text[i])) ++i;
            if (i == start) break;
            Tokens tokens = chunk_tokens(text.substr(start, i - start));
            for (const schema::Token& token : *tokens) {
                if constexpr (std::is_same_v<decltype(visit(token, start)), bool>) {
                    if (!visit(token, start)) return;
                } else {
                    visit(token, start);
                }
            }
        }
    }

private:
    using Tokens = std::shared_ptr<const std::vector<schema::Token>>;
    // Looks chunks up by string_view, without building a std::string per lookup.
    struct ChunkHash {
        using is_transparent = void;
        std::size_t operator()(std::string_view chunk) const { return std::hash<std::string_view>{}(chunk); }
    };
    struct Shard {
        std::mutex mutex;
        std::unordered_map<std::string, Tokens, ChunkHash, std::equal_to<>> chunks;
    };

    Tokens chunk_tokens(std::string_view chunk);

    std::array<Shard, kShards> shards_;
};

}  // namespace vnsearch::searchd
