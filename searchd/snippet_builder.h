// The snippet of a hit: a window of the stored body around the best cluster of matched words, the
// matched words in <mark>, everything else HTML-escaped, cut on word boundaries with "…".
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "match_words.h"
#include "token_cache.h"

namespace vnsearch::searchd {

class SnippetBuilder {
public:
    static constexpr std::size_t kDefaultLength = 200;  // characters of body text, about

    explicit SnippetBuilder(std::size_t length = kDefaultLength) : length_(length) {}

    // HTML: safe to insert into a page as is. Thread-safe. The query words `title` holds (it is shown
    // beside the snippet, marked) need not be in the window: reading stops sooner.
    std::string build(std::string_view body, const MatchWords& words, std::string_view title = {}) const;
    // The whole text (a title) marked and escaped the same way, without a window. Thread-safe.
    std::string highlight(std::string_view text, const MatchWords& words) const;

private:
    std::size_t length_;
    mutable TokenCache tokens_;  // a memo: building a snippet does not change what it returns
};

// HTML-escapes text (& < > " '), with every run of white space made one space.
std::string escape_html(std::string_view text);

}  // namespace vnsearch::searchd
