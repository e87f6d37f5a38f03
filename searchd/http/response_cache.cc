// The LRU answer cache; see response_cache.h.
#include "http/response_cache.h"

namespace vnsearch::searchd::http {

std::optional<std::string> ResponseCache::find(const std::string& key) {
    std::lock_guard lock(mutex_);
    auto found = index_.find(key);
    if (found == index_.end()) return std::nullopt;
    entries_.splice(entries_.begin(), entries_, found->second);
    return found->second->second;
}

void ResponseCache::store(const std::string& key, std::string body) {
    std::size_t size = key.size() + body.size();
    if (size > max_bytes_) return;
    std::lock_guard lock(mutex_);
    if (auto found = index_.find(key); found != index_.end()) {
        auto entry = found->second;
        bytes_ -= entry->first.size() + entry->second.size();
        index_.erase(found);  // before the entry whose key it views
        entries_.erase(entry);
    }
    entries_.emplace_front(key, std::move(body));
    index_.emplace(entries_.front().first, entries_.begin());
    bytes_ += size;
    while (bytes_ > max_bytes_) {
        const Entry& oldest = entries_.back();
        bytes_ -= oldest.first.size() + oldest.second.size();
        index_.erase(oldest.first);
        entries_.pop_back();
    }
}

std::size_t ResponseCache::bytes() const {
    std::lock_guard lock(mutex_);
    return bytes_;
}

std::size_t ResponseCache::size() const {
    std::lock_guard lock(mutex_);
    return entries_.size();
}

}  // namespace vnsearch::searchd::http
