// Memoized tokenization; see token_cache.h.
#include "token_cache.h"

namespace vnsearch::searchd {

const std::vector<schema::Token>& TokenCache::tokens_of(Recent& recent, std::string_view chunk) {
    std::size_t hash = ChunkHash{}(chunk);
    Slot& slot = recent[hash % kRecentPerThread];
    if (slot.tokens == nullptr || slot.chunk != chunk) {
        slot.tokens = chunk_tokens(chunk, hash);
        slot.chunk.assign(chunk);
    }
    return *slot.tokens;
}

TokenCache::Tokens TokenCache::chunk_tokens(std::string_view chunk, std::size_t hash) {
    Shard& shard = shards_[hash % kShards];
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

TokenCache::Recent& TokenCache::recent_of_this_thread() {
    std::lock_guard lock(fronts_mutex_);
    auto& front = fronts_[std::this_thread::get_id()];
    if (front == nullptr) front = std::make_unique<Recent>();
    return *front;
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
