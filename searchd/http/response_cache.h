// Whole /search answers kept in memory, least recently used first out, under a byte budget. Search as
// you type repeats itself: every reader's first letters are the same few prefixes, and a prefix of one
// or two letters is the costliest search there is (it matches most articles, and facets count them
// all). Keys hold the index's UUID and revision (AnswerIdentity::key), so a new revision is never
// answered from the old one; its entries just age out. Thread-safe.
#pragma once

#include <cstddef>
#include <list>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>

namespace vnsearch::searchd::http {

class ResponseCache {
public:
    static constexpr std::size_t kDefaultBytes = 32u << 20;

    explicit ResponseCache(std::size_t max_bytes = kDefaultBytes) : max_bytes_(max_bytes) {}
    ResponseCache(const ResponseCache&) = delete;
    ResponseCache& operator=(const ResponseCache&) = delete;

    std::optional<std::string> find(const std::string& key);
    // Keeps body under key, dropping the least recently used answers past the budget. A body larger
    // than the whole budget is not kept.
    void store(const std::string& key, std::string body);

    std::size_t bytes() const;
    std::size_t size() const;

private:
    using Entry = std::pair<std::string, std::string>;  // key, body

    std::size_t max_bytes_;
    mutable std::mutex mutex_;
    std::list<Entry> entries_;  // most recently used first
    std::unordered_map<std::string_view, std::list<Entry>::iterator> index_;  // views of the keys in entries_
    std::size_t bytes_ = 0;
};

}  // namespace vnsearch::searchd::http
