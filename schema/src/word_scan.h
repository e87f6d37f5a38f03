// Where words begin and end, for schema's own sources (analyzer.cc, word_spans.cc): both split text
// here, so the spans word_spans() reports are the words tokenize() analyses.
#pragma once

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace vnsearch::schema::word_scan {

// Letters, digits and combining marks make words; everything else separates them.
inline bool is_word_char(UChar32 c) {
    return (U_GET_GC_MASK(c) & (U_GC_L_MASK | U_GC_N_MASK | U_GC_M_MASK)) != 0;
}

// Calls on_word(begin, end) for each word and on_gap(begin, end) for the text between words. Bytes
// that are not UTF-8 separate words.
template <typename OnWord, typename OnGap>
void scan(std::string_view text, OnWord on_word, OnGap on_gap) {
    const auto* bytes = reinterpret_cast<const uint8_t*>(text.data());
    int32_t length = static_cast<int32_t>(text.size());
    int32_t i = 0;
    while (i < length) {
        int32_t start = i;
        UChar32 c;
        U8_NEXT(bytes, i, length, c);
        bool word = c >= 0 && is_word_char(c);
        int32_t end = i;
        while (i < length) {
            int32_t next = i;
            UChar32 d;
            U8_NEXT(bytes, next, length, d);
            if ((d >= 0 && is_word_char(d)) != word) break;
            i = end = next;
        }
        if (word) {
            on_word(static_cast<std::size_t>(start), static_cast<std::size_t>(end));
        } else {
            on_gap(static_cast<std::size_t>(start), static_cast<std::size_t>(end));
        }
    }
}

}  // namespace vnsearch::schema::word_scan
