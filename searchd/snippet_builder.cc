// Snippet windows, marking and escaping; see snippet_builder.h.
#include "snippet_builder.h"

#include <algorithm>
#include <vector>

#include "vnsearch/schema/text.h"

namespace vnsearch::searchd {
namespace {

constexpr std::string_view kEllipsis = "\u2026";

using schema::is_ascii_space;
using schema::trim;

// A word of the body: its bytes, its characters (code points) and which query word it matches.
struct Word {
    std::size_t begin = 0, end = 0;            // bytes
    std::size_t char_begin = 0, char_end = 0;  // characters, so lengths are in characters
    int key = -1;                              // index of the distinct query word matched; -1: none
};

// The body's words, with matches resolved against the query words once.
std::vector<Word> words_of(std::string_view body, const MatchWords& match, TokenCache& cache) {
    std::vector<Word> words;
    words.reserve(body.size() / 5);
    std::vector<std::string> keys;
    std::size_t byte = 0, chars = 0;
    auto chars_at = [&](std::size_t target) {
        for (; byte < target; ++byte) chars += (static_cast<unsigned char>(body[byte]) & 0xC0) != 0x80;
        return chars;
    };
    cache.for_each_token(body, [&](const schema::Token& token, std::size_t offset) {
        Word word{token.begin + offset, token.end + offset, 0, 0, -1};
        word.char_begin = chars_at(word.begin);
        word.char_end = chars_at(word.end);
        if (match.matches(token)) {
            std::string key = match.key_of(token);
            auto found = std::find(keys.begin(), keys.end(), key);
            word.key = static_cast<int>(found - keys.begin());
            if (found == keys.end()) keys.push_back(std::move(key));
        }
        words.push_back(word);
    });
    return words;
}

// Word indices [first, last] of the window to show.
struct Window {
    std::size_t first = 0, last = 0;
};

// The span of matched words, no longer than `length` characters, with the most distinct query
// words, then the most matches; the earliest wins ties.
Window best_cluster(const std::vector<Word>& words, std::size_t length) {
    std::vector<std::size_t> matched;
    int keys = 0;
    for (std::size_t i = 0; i < words.size(); ++i) {
        if (words[i].key < 0) continue;
        matched.push_back(i);
        keys = std::max(keys, words[i].key + 1);
    }
    if (matched.empty()) return {};
    Window best{matched.front(), matched.front()};
    std::size_t best_distinct = 0, best_count = 0, distinct = 0;
    std::vector<std::size_t> in_window(static_cast<std::size_t>(keys));
    std::size_t q = 0;
    for (std::size_t p = 0; p < matched.size(); ++p) {
        if (q == p) {  // the window is empty: take this word, however long it is
            distinct += in_window[static_cast<std::size_t>(words[matched[q++]].key)]++ == 0;
        }
        while (q < matched.size() && words[matched[q]].char_end - words[matched[p]].char_begin <= length) {
            distinct += in_window[static_cast<std::size_t>(words[matched[q++]].key)]++ == 0;
        }
        if (distinct > best_distinct || (distinct == best_distinct && q - p > best_count)) {
            best = {matched[p], matched[q - 1]};
            best_distinct = distinct;
            best_count = q - p;
        }
        distinct -= --in_window[static_cast<std::size_t>(words[matched[p]].key)] == 0;
    }
    return best;
}

// Grows the window to about `length` characters: a third of the room before, the rest after.
Window widen(Window window, const std::vector<Word>& words, std::size_t length) {
    auto span = [&](std::size_t first, std::size_t last) { return words[last].char_end - words[first].char_begin; };
    std::size_t room = length > span(window.first, window.last) ? length - span(window.first, window.last) : 0;
    std::size_t lead_start = words[window.first].char_begin - std::min(words[window.first].char_begin, room / 3);
    while (window.first > 0 && words[window.first - 1].char_begin >= lead_start) --window.first;
    while (window.last + 1 < words.size() && span(window.first, window.last + 1) <= length) ++window.last;
    // Text that ends early leaves room before.
    while (window.first > 0 && span(window.first - 1, window.last) <= length) --window.first;
    return window;
}

void append_escaped(std::string& out, std::string_view text) {
    bool in_blank = false;
    for (char c : text) {
        if (is_ascii_space(c)) {
            if (!in_blank) out += ' ';
            in_blank = true;
            continue;
        }
        in_blank = false;
        switch (c) {
            case '&': out += "&amp;"; break;
            case '<': out += "&lt;"; break;
            case '>': out += "&gt;"; break;
            case '"': out += "&quot;"; break;
            case '\'': out += "&#39;"; break;
            default: out += c;
        }
    }
}

bool all_blank(std::string_view text) { return std::all_of(text.begin(), text.end(), is_ascii_space); }

// The window's text, escaped, with runs of matched words (and the blanks between them) in one <mark>.
std::string render(std::string_view body, const std::vector<Word>& words, Window window) {
    std::string out;
    bool cut_before = window.first > 0;
    bool cut_after = window.last + 1 < words.size();
    if (cut_before) out += kEllipsis;
    std::size_t pos = cut_before ? words[window.first].begin : 0;
    bool mark_open = false;
    for (std::size_t i = window.first; i <= window.last; ++i) {
        const Word& word = words[i];
        std::string_view gap = body.substr(pos, word.begin - pos);
        if (pos == 0) gap = trim(gap);
        bool matched = word.key >= 0;
        if (mark_open && !(matched && all_blank(gap))) {
            out += "</mark>";
            mark_open = false;
        }
        append_escaped(out, gap);
        if (matched && !mark_open) {
            out += "<mark>";
            mark_open = true;
        }
        append_escaped(out, body.substr(word.begin, word.end - word.begin));
        pos = word.end;
    }
    if (mark_open) out += "</mark>";
    if (cut_after) {
        out += kEllipsis;
    } else {
        append_escaped(out, trim(body.substr(pos)));
    }
    return out;
}

}  // namespace

std::string SnippetBuilder::build(std::string_view body, const MatchWords& match) const {
    std::vector<Word> words = words_of(body, match, tokens_);
    if (words.empty()) {
        // No word at all (punctuation only): its start, cut on a UTF-8 boundary.
        std::size_t end = std::min(body.size(), length_);
        while (end < body.size() && end > 0 && (static_cast<unsigned char>(body[end]) & 0xC0) == 0x80) --end;
        std::string out;
        append_escaped(out, trim(body.substr(0, end)));
        return out;
    }
    return render(body, words, widen(best_cluster(words, length_), words, length_));
}

std::string SnippetBuilder::highlight(std::string_view text, const MatchWords& match) const {
    std::vector<Word> words = words_of(text, match, tokens_);
    if (words.empty()) return escape_html(trim(text));
    return render(text, words, Window{0, words.size() - 1});
}

std::string escape_html(std::string_view text) {
    std::string out;
    append_escaped(out, text);
    return out;
}

}  // namespace vnsearch::searchd
