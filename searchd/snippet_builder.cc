// Snippet windows, marking and escaping; see snippet_builder.h.
#include "snippet_builder.h"

#include <algorithm>
#include <array>
#include <deque>
#include <iterator>
#include <optional>
#include <set>
#include <vector>

#include "vnsearch/schema/fnv1a.h"
#include "vnsearch/schema/text.h"
#include "vnsearch/schema/word_spans.h"

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

// The words of a text, with matches resolved against the query words once. `complete` is false when
// reading stopped before the end (SettledWindow).
struct TextWords {
    std::vector<Word> words;
    bool complete = true;
};

// Tells when a long body need not be read further: once some span of `length` characters holds every
// distinct query word, no later window can hold more, so the snippet's window is that span or one
// beside it; the words up to 2 x length characters past its start are all the window can still take
// (best_cluster may extend it, widen may grow it). Analysing every word of every hit's body was most
// of a search's time (perf on the mixed query file: TokenCache lookups 27 %, words_of 6 %), and the
// words a query asks for usually meet in the first paragraphs. Of two windows that both hold every
// query word, the first is shown, where reading the whole body picked the one with more matches.
//
// Words the reader already sees marked in the title need not be in the window: a word matched in the
// title only (the index counts title words as body words) made every such hit's body be read to its
// end, over half of all the words snippets read (perf, mixed file). With no query word left to wait
// for, the window settles at the body's first match; with no query word at all, at its start.
class SettledWindow {
public:
    // A query word counts once whatever the form it matches in: "mở" typed with marks is looked for
    // as "mở" (exact) and "mo" (folded), one word.
    SettledWindow(const MatchWords& match, std::size_t length, const std::set<std::string>& shown) : length_(length) {
        for (const std::string& exact : match.exact) words_.insert(schema::Analyzer::fold(exact));
        words_.insert(match.folded.begin(), match.folded.end());
        for (const std::string& prefix : match.folded_prefixes) words_.insert(prefix + "*");
        if (words_.empty()) read_until_ = 2 * length_;
        for (const std::string& word : shown) words_.erase(word);
    }

    // Called with each word as it is read (`word` its query word when it matched one); false once
    // reading may stop (this word is kept).
    bool keep_reading(const std::vector<Word>& words, const std::string* word_of_query) {
        const Word& word = words.back();
        if (read_until_ != kUnsettled) return word.char_begin <= read_until_;
        if (word_of_query == nullptr) return true;
        if (words_.empty()) {  // every query word is in the title: the first match in the body will do
            read_until_ = word.char_begin + 2 * length_;
            return true;
        }
        auto found = words_.find(*word_of_query);
        if (found == words_.end()) return true;
        span_.push_back({words.size() - 1, static_cast<std::size_t>(std::distance(words_.begin(), found))});
        count(span_.back().slot, +1);
        // The newest word stays however long it is, as in best_cluster.
        while (span_.size() > 1 && word.char_end - words[span_.front().word].char_begin > length_) {
            count(span_.front().slot, -1);
            span_.pop_front();
        }
        if (distinct_ == words_.size()) read_until_ = words[span_.front().word].char_begin + 2 * length_;
        return true;
    }

private:
    static constexpr std::size_t kUnsettled = static_cast<std::size_t>(-1);
    struct Matched {
        std::size_t word;  // index in the text's words
        std::size_t slot;  // which query word, by its place in words_
    };

    void count(std::size_t slot, int change) {
        if (slot >= in_span_.size()) in_span_.resize(slot + 1);
        if (change > 0 && in_span_[slot]++ == 0) ++distinct_;
        if (change < 0 && --in_span_[slot] == 0) --distinct_;
    }

    std::set<std::string> words_;  // the query's words still to meet: folded, or a typed prefix with "*"
    std::size_t length_;
    std::deque<Matched> span_;  // matched words within length_ characters of the newest one
    std::vector<std::size_t> in_span_;  // by slot: how many of span_'s words stand for it
    std::size_t distinct_ = 0;
    std::size_t read_until_ = kUnsettled;  // in characters
};

// The query word a matched token stands for, as SettledWindow counts them; `key` is MatchWords::key_of.
std::string query_word_of(const schema::Token& token, const std::string& key) {
    return key.ends_with('*') ? key : token.folded;
}

// Rules out most words of a text before MatchWords looks them up (two set lookups a word, for the
// ~270 words a hit's snippet reads), and most before they are even analysed: a word matches only if
// its folded form is a query word's (a word matched by its exact form has the folded form of a query
// word too), and schema::word_spans tells a word's folded form (its hash) without analysing it. Looking
// up the analysed form of every word that began with a query word's letter (what this tested before)
// was most of what snippets cost (perf, searchd at 8 connections: 10% of its CPU in words_of and the
// analysed-word cache, mostly cache misses on the analysed words, of 14% for snippets). A word being
// typed (prefix=1) may complete to any word with its first letters: for those, the first letter only.
class MatchFilter {
public:
    explicit MatchFilter(const MatchWords& match) {
        for (const std::string& word : match.exact) add_exact(word);
        for (const std::string& word : match.folded) add(word, schema::Fnv1a().update(word).value());
        for (const std::string& prefix : match.folded_prefixes) {
            whole_words_only_ = false;
            if (prefix.empty()) any_ = true;  // an empty prefix completes to any word
            else first_[static_cast<unsigned char>(prefix.front())] = true;
        }
    }
    bool may_match(const schema::Token& token) const {
        return any_ || starts_with_one(token.exact) || starts_with_one(token.folded);
    }
    bool may_match(const schema::WordSpan& span) const {
        if (any_ || span.initial == 0) return true;
        if (span.folded_known && whole_words_only_) {
            return std::find(folded_hashes_.begin(), folded_hashes_.end(), span.folded_hash) != folded_hashes_.end();
        }
        return first_[static_cast<unsigned char>(span.initial)];
    }

private:
    // The exact word's folded form, from word_spans' table (this runs for every hit): ICU's folding only
    // when the table cannot tell.
    void add_exact(const std::string& exact) {
        if (!exact.empty()) first_[static_cast<unsigned char>(exact.front())] = true;
        std::vector<schema::WordSpan> spans;
        if (schema::word_spans(exact, spans) && spans.size() == 1 && spans.front().folded_known) {
            const schema::WordSpan& span = spans.front();
            first_[static_cast<unsigned char>(span.initial)] = true;
            folded_hashes_.push_back(span.folded_hash);
        } else {
            std::string folded = schema::Analyzer::fold(exact);
            add(folded, schema::Fnv1a().update(folded).value());
        }
    }
    void add(const std::string& folded, std::uint64_t hash) {
        if (!folded.empty()) first_[static_cast<unsigned char>(folded.front())] = true;
        folded_hashes_.push_back(hash);
    }
    bool starts_with_one(const std::string& form) const {
        return !form.empty() && first_[static_cast<unsigned char>(form.front())];
    }

    std::array<bool, 256> first_{};
    std::vector<std::uint64_t> folded_hashes_;
    bool whole_words_only_ = true;  // no word being typed: a word's folded form must be a query word's
    bool any_ = false;
};

// Calls on_word(begin, end, token) for each word of text in order, `token` its analysed form when it
// matches a query word, else null (most words are never analysed: MatchFilter), until on_word returns
// false.
template <typename OnWord>
void for_each_word(std::string_view text, const MatchWords& match, TokenCache& cache, OnWord&& on_word) {
    MatchFilter filter(match);
    TokenCache::Reader reader(cache);
    std::vector<schema::WordSpan> spans;
    TokenCache::for_each_chunk(text, [&](std::string_view chunk, std::size_t offset) {
        spans.clear();
        bool none_may_match = schema::word_spans(chunk, spans) &&
                              std::none_of(spans.begin(), spans.end(), [&](const auto& span) { return filter.may_match(span); });
        if (none_may_match) {  // the words' spans are all a snippet needs of them
            for (const schema::WordSpan& span : spans) {
                if (!on_word(offset + span.begin, offset + span.end, nullptr)) return false;
            }
            return true;
        }
        for (const schema::Token& token : reader.tokens_of(chunk)) {
            bool matched = filter.may_match(token) && match.matches(token);
            if (!on_word(offset + token.begin, offset + token.end, matched ? &token : nullptr)) return false;
        }
        return true;
    });
}

// The words of a text; with settle_length, only as far as SettledWindow says a snippet of that length
// needs, the query words in `shown` (see title_words) not waited for.
TextWords words_of(std::string_view text, const MatchWords& match, TokenCache& cache,
                   std::optional<std::size_t> settle_length = std::nullopt, const std::set<std::string>& shown = {}) {
    TextWords out;
    std::vector<Word>& words = out.words;
    words.reserve(std::min<std::size_t>(text.size() / 5, 4096));
    std::optional<SettledWindow> settled;
    if (settle_length) settled.emplace(match, *settle_length, shown);
    std::vector<std::string> keys;
    std::size_t byte = 0, chars = 0;
    auto chars_at = [&](std::size_t target) {
        for (; byte < target; ++byte) chars += (static_cast<unsigned char>(text[byte]) & 0xC0) != 0x80;
        return chars;
    };
    // Takes the word at [begin, end) of text; false once reading may stop.
    auto take = [&](std::size_t begin, std::size_t end, const schema::Token* matched) {
        // Built in place: a Word built on the stack and pushed was copied through stalled store
        // forwarding, half of this function's time (perf annotate, searchd at 8 connections).
        Word& word = words.emplace_back();
        word.begin = begin;
        word.end = end;
        word.char_begin = chars_at(begin);
        word.char_end = chars_at(end);
        std::string word_of_query;
        if (matched != nullptr) {
            std::string key = match.key_of(*matched);
            word_of_query = query_word_of(*matched, key);
            auto found = std::find(keys.begin(), keys.end(), key);
            word.key = static_cast<int>(found - keys.begin());
            if (found == keys.end()) keys.push_back(std::move(key));
        }
        if (!settled || settled->keep_reading(words, word.key >= 0 ? &word_of_query : nullptr)) return true;
        out.complete = false;
        return false;
    };
    for_each_word(text, match, cache, take);
    return out;
}

// The query words a title holds, as SettledWindow counts them.
std::set<std::string> title_words(std::string_view title, const MatchWords& match, TokenCache& cache) {
    std::set<std::string> found;
    if (match.empty()) return found;
    for_each_word(title, match, cache, [&](std::size_t, std::size_t, const schema::Token* matched) {
        if (matched != nullptr) found.insert(query_word_of(*matched, match.key_of(*matched)));
        return true;
    });
    return found;
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

bool is_continuation(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

// Text with no word in it (punctuation, or words too long to be tokens) before the first word or after
// the last: at most max_bytes of it beside the window, cut on a character with "…", so a body that is
// mostly such text cannot make a snippet of megabytes (issue 11).
std::string_view head_of(std::string_view text, std::size_t max_bytes, bool& cut) {
    cut = text.size() > max_bytes;
    if (!cut) return text;
    std::size_t end = max_bytes;
    while (end > 0 && is_continuation(text[end])) --end;
    return text.substr(0, end);
}

std::string_view tail_of(std::string_view text, std::size_t max_bytes, bool& cut) {
    cut = text.size() > max_bytes;
    if (!cut) return text;
    std::size_t begin = text.size() - max_bytes;
    while (begin < text.size() && is_continuation(text[begin])) ++begin;
    return text.substr(begin);
}

// The window's text, escaped, with runs of matched words (and the blanks between them) in one <mark>.
std::string render(std::string_view body, const TextWords& text, Window window, std::size_t max_gap_bytes) {
    const std::vector<Word>& words = text.words;
    std::string out;
    bool cut_before = window.first > 0;
    bool cut_after = window.last + 1 < words.size() || !text.complete;
    if (cut_before) out += kEllipsis;
    std::size_t pos = cut_before ? words[window.first].begin : 0;
    bool mark_open = false;
    for (std::size_t i = window.first; i <= window.last; ++i) {
        const Word& word = words[i];
        std::string_view gap = body.substr(pos, word.begin - pos);
        if (pos == 0) {
            bool cut = false;
            gap = tail_of(trim(gap), max_gap_bytes, cut);
            if (cut) out += kEllipsis;
        }
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
        bool cut = false;
        append_escaped(out, head_of(trim(body.substr(pos)), max_gap_bytes, cut));
        if (cut) out += kEllipsis;
    }
    return out;
}

}  // namespace

std::string SnippetBuilder::build(std::string_view body, const MatchWords& match, std::string_view title) const {
    TextWords text = words_of(body, match, tokens_, length_, title_words(title, match, tokens_));
    const std::vector<Word>& words = text.words;
    if (words.empty()) {
        // No word at all (punctuation only): its start, cut on a UTF-8 boundary.
        std::size_t end = std::min(body.size(), length_);
        while (end < body.size() && end > 0 && (static_cast<unsigned char>(body[end]) & 0xC0) == 0x80) --end;
        std::string out;
        append_escaped(out, trim(body.substr(0, end)));
        return out;
    }
    // A character is at most 4 bytes of UTF-8.
    return render(body, text, widen(best_cluster(words, length_), words, length_), 4 * length_);
}

std::string SnippetBuilder::highlight(std::string_view text, const MatchWords& match) const {
    TextWords words = words_of(text, match, tokens_);
    if (words.words.empty()) return escape_html(trim(text));
    return render(text, words, Window{0, words.words.size() - 1}, text.size());
}

std::string escape_html(std::string_view text) {
    std::string out;
    append_escaped(out, text);
    return out;
}

}  // namespace vnsearch::searchd
