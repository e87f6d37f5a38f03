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
#include <thread>
#include <type_traits>
#include <unordered_map>
#include <vector>

#include "vnsearch/schema/analyzer.h"
#include "vnsearch/schema/text.h"

namespace vnsearch::searchd {

// Thread-safe. Text is split at ASCII white space (which never joins two words) into chunks like
// "Đảng," and each distinct chunk is analysed once; the result equals Analyzer::tokenize(text).
//
// Two levels: a shared map of every chunk analysed (bounded), and in front of it, per thread, a small
// direct-mapped table of the chunks that thread met last. Looking every chunk up in the shared map
// (a lock, a cache miss or two in a map of 100,000 chunks, and an atomic count on a token list that
// every thread shares) was 12% of a search with snippets on one thread and 17% on eight (perf); the
// front answers most chunks (news text: 4,000 chunks are 90% of the words) without any of that.
class TokenCache {
public:
    static constexpr std::size_t kShards = 16;
    static constexpr std::size_t kChunksPerShard = 8192;  // a full shard starts afresh: bounded memory
    static constexpr std::size_t kRecentPerThread = 16384;  // slots of a thread's front (a power of 2)

    std::vector<schema::Token> tokenize(std::string_view text);

    // Calls visit(token, offset) for each token of text in order, without copying it: the token's
    // begin and end are relative to `offset` (its chunk's start in text). A visit that returns bool
    // stops the walk by returning false. `visit` must not use this cache itself (the token it is
    // given lives in this thread's front until the next lookup).
    template <typename Visit>
    void for_each_token(std::string_view text, Visit&& visit) {
        Reader reader(*this);
        for_each_chunk(text, [&](std::string_view chunk, std::size_t start) {
            for (const schema::Token& token : reader.tokens_of(chunk)) {
                if constexpr (std::is_same_v<decltype(visit(token, start)), bool>) {
                    if (!visit(token, start)) return false;
                } else {
                    visit(token, start);
                }
            }
            return true;
        });
    }

    // Calls on_chunk(chunk, offset) for each run of text between ASCII white space, in order, until it
    // returns false: the pieces this cache analyses one by one.
    template <typename OnChunk>
    static void for_each_chunk(std::string_view text, OnChunk&& on_chunk) {
        std::size_t i = 0;
        while (i < text.size()) {
            while (i < text.size() && schema::is_ascii_space(text[i])) ++i;
            std::size_t start = i;
            while (i < text.size() && !schema::is_ascii_space(text[i])) ++i;
            if (i == start) break;
            if (!on_chunk(text.substr(start, i - start), start)) return;
        }
    }

private:
    // One thread's front: slot = hash % kRecentPerThread, the last chunk met there wins.
    struct Slot {
        std::string chunk;
        std::shared_ptr<const std::vector<schema::Token>> tokens;
    };
    using Recent = std::array<Slot, kRecentPerThread>;

public:
    // The calling thread's way into the cache, for a caller that walks the chunks itself (see
    // for_each_chunk). A token list it returns lives until this thread's next lookup.
    class Reader {
    public:
        explicit Reader(TokenCache& cache) : cache_(cache), recent_(cache.recent_of_this_thread()) {}
        const std::vector<schema::Token>& tokens_of(std::string_view chunk) { return cache_.tokens_of(recent_, chunk); }

    private:
        TokenCache& cache_;
        Recent& recent_;
    };

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
    const std::vector<schema::Token>& tokens_of(Recent& recent, std::string_view chunk);
    Tokens chunk_tokens(std::string_view chunk, std::size_t hash);
    Recent& recent_of_this_thread();

    std::array<Shard, kShards> shards_;
    std::mutex fronts_mutex_;
    // By thread: searchd's worker threads are a fixed pool, so this holds one front per worker.
    std::unordered_map<std::thread::id, std::unique_ptr<Recent>> fronts_;
};

}  // namespace vnsearch::searchd
