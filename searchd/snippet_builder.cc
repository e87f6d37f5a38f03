// Snippet windows, marking and escaping; see snippet_builder.h.
#include "searchd/snippet_builder.h"

#include <map>
#include <vector>

#include "vnsearch/schema/analyzer.h"

namespace vnsearch::searchd {
namespace {

using schema::Token;

constexpr std::string_view kEllipsis = "\u2026";

bool is_blank(char c) { return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == '\v'; }

// Character (code point) offsets of each token's begin and end, so lengths are in characters.
struct CharOffsets {
    std::vector<std::size_t> begin, end;
};

CharOffsets char_offsets(std::string_view text, const std::vector<Token>& tokens) {
    CharOffsets offsets;
    std::size_t byte = 0, chars = 0;
    auto advance_to = [&](std::size_t target) {
        for (; byte < target; ++byte) chars += (static_cast<unsigned char>(text[byte]) & 0xC0) != 0x80;
        return chars;
    };
    for (const Token& token : tokens) {
        offsets.begin.push_back(advance_to(token.begin));
        offsets.end.push_back(advance_to(token.end));
    }
    return offsets;
}

// Token indices [first, last] of the window to show.
struct Window {
    std::size_t first = 0, last = 0;
};

// The span of matched tokens, no longer than `length` characters, with the most distinct query
// words, then the most matches; the earliest wins ties.
Window best_cluster(const std::vector<Token>& tokens, const std::vector<std::size_t>& matched,
                    const CharOffsets& offsets, const MatchWords& words, std::size_t length) {
    Window best{matched.front(), matched.front()};
    std::size_t best_distinct = 0, best_count = 0;
    std::map<std::string, std::size_t> in_window;
    std::size_t q = 0;
    for (std::size_t p = 0; p < matched.size(); ++p) {
        while (q < matched.size() && offsets.end[matched[q]] - offsets.begin[matched[p]] <= length) {
            ++in_window[words.key_of(tokens[matched[q]])];
            ++q;
        }
        if (q > p && (in_window.size() > best_distinct || (in_window.size() == best_distinct && q - p > best_count))) {
            best = {matched[p], matched[q - 1]};
            best_distinct = in_window.size();
            best_count = q - p;
        }
        if (q == p) {  // a single word longer than the window
            ++q;
            continue;
        }
        auto key = words.key_of(tokens[matched[p]]);
        if (--in_window[key] == 0) in_window.erase(key);
    }
    return best;
}

// Grows the window to about `length` characters: a third of the room before, the rest after.
Window widen(Window window, const CharOffsets& offsets, std::size_t length) {
    auto span = [&](const Window& w) { return offsets.end[w.last] - offsets.begin[w.first]; };
    std::size_t room = length > span(window) ? length - span(window) : 0;
    std::size_t lead_limit = offsets.begin[window.first] - std::min(offsets.begin[window.first], room / 3);
    while (window.first > 0 && offsets.begin[window.first - 1] >= lead_limit) --window.first;
    while (window.last + 1 < offsets.end.size() && offsets.end[window.last + 1] - offsets.begin[window.first] <= length) {
        ++window.last;
    }
    // Text that ends early leaves room before.
    while (window.first > 0 && offsets.end[window.last] - offsets.begin[window.first - 1] <= length) --window.first;
    return window;
}

void append_escaped(std::string& out, std::string_view text) {
    bool in_blank = false;
    for (char c : text) {
        if (is_blank(c)) {
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

bool all_blank(std::string_view text) {
    for (char c : text) {
        if (!is_blank(c)) return false;
    }
    return true;
}

std::string_view trim_blank(std::string_view text) {
    while (!text.empty() && is_blank(text.front())) text.remove_prefix(1);
    while (!text.empty() && is_blank(text.back())) text.remove_suffix(1);
    return text;
}

// The window's text, escaped, with runs of matched words (and the blanks between them) in one <mark>.
std::string render(std::string_view body, const std::vector<Token>& tokens, const std::vector<bool>& is_match,
                   Window window) {
    std::string out;
    bool cut_before = window.first > 0;
    bool cut_after = window.last + 1 < tokens.size();
    if (cut_before) out += kEllipsis;
    std::size_t pos = cut_before ? tokens[window.first].begin : 0;
    bool mark_open = false;
    for (std::size_t i = window.first; i <= window.last; ++i) {
        std::string_view gap = body.substr(pos, tokens[i].begin - pos);
        if (pos == 0) gap = trim_blank(gap);
        bool joins_mark = mark_open && is_match[i] && all_blank(gap);
        if (mark_open && !joins_mark) {
            out += "</mark>";
            mark_open = false;
        }
        append_escaped(out, gap);
        if (is_match[i] && !mark_open) {
            out += "<mark>";
            mark_open = true;
        }
        append_escaped(out, body.substr(tokens[i].begin, tokens[i].end - tokens[i].begin));
        pos = tokens[i].end;
    }
    if (mark_open) out += "</mark>";
    if (cut_after) {
        out += kEllipsis;
    } else {
        append_escaped(out, trim_blank(body.substr(pos)));
    }
    return out;
}

}  // namespace

std::string SnippetBuilder::build(std::string_view body, const MatchWords& words) const {
    std::vector<Token> tokens = schema::Analyzer::tokenize(body);
    if (tokens.empty()) {
        // No word at all (punctuation only): its start, cut on a UTF-8 boundary.
        std::size_t end = std::min(body.size(), length_);
        while (end < body.size() && end > 0 && (static_cast<unsigned char>(body[end]) & 0xC0) == 0x80) --end;
        std::string out;
        append_escaped(out, trim_blank(body.substr(0, end)));
        return out;
    }
    std::vector<bool> is_match(tokens.size());
    std::vector<std::size_t> matched;
    for (std::size_t i = 0; i < tokens.size(); ++i) {
        is_match[i] = words.matches(tokens[i]);
        if (is_match[i]) matched.push_back(i);
    }
    CharOffsets offsets = char_offsets(body, tokens);
    Window window = matched.empty() ? Window{0, 0} : best_cluster(tokens, matched, offsets, words, length_);
    return render(body, tokens, is_match, widen(window, offsets, length_));
}

std::string escape_html(std::string_view text) {
    std::string out;
    append_escaped(out, text);
    return out;
}

}  // namespace vnsearch::searchd
