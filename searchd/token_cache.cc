// Memoized tokenization; see token_cache.h.
#include "token_cache.h"

namespace vnsearch::searchd {

TokenCache::Tokens TokenCache::chunk_tokens(std::string_view chunk) {
    Shard& shard = shards_[ChunkHash{}(chunk) % kShards];
    {
        std::lock_guard lock(shard.mutex);
        if (auto it = shard.chunks.find(chunk); it != shard.chunks.end()) return it->second;
    }
    // Analyse outside the lock; two threads may analyse the same chunk once each, harmlessly.
    auto tokens = std::make_shared<const std::vector<schema::Token>>(schema::Analyzer::tokenize(chunk));
    std::lock_guard lock(shard.mutex);
    if (shard.chunks.size() >= kChunksPerShard) shard.chunks.clear();
    shard.chunks.emplace(std::string(chunk), tokens);
    return tokens;
}

std::vector<schema::Token> TokenCache::tokenize(std::string_view text) {
    std::vector<schema::Token> tokens;
    for_each_token(text, [&](const schema::Token& token, std::size_t offset) {
        tokens.push_back(token);
        tokens.back().begin += offset;
        tokens.back().end += offset;
    });
    return tokens;
}

}  // namespace vnsearch::searchd
