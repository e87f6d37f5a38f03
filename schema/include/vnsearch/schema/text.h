// Small text helpers for the whole project, in one home: white space (ASCII and the no-break space
// that portal text is full of), trimming, line splitting and NFC. Nothing here changes case or marks:
// that is the Analyzer's job.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace vnsearch::schema {

// ' ', '\t', '\n', '\r', '\f', '\v'.
constexpr bool is_ascii_space(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

// NFC through ICU; invalid UTF-8 becomes U+FFFD, so later JSON encoding never fails on it.
std::string to_nfc(std::string_view text);

// Strips ASCII white space and U+00A0 from both ends.
std::string_view trim(std::string_view text);
// Strips the given bytes from both ends (e.g. " \t" to keep line breaks).
std::string_view trim(std::string_view text, std::string_view bytes);

// Collapses every run of white space (including U+00A0, tabs, newlines) into one ASCII space, trimmed.
std::string collapse_spaces(std::string_view text);

// ASCII letters compared without case; other bytes as they are.
bool starts_with_ascii_ci(std::string_view text, std::string_view prefix);
bool ends_with_ascii_ci(std::string_view text, std::string_view suffix);
std::string ascii_lower(std::string_view text);

// Splits on '\n' (dropping a '\r' before it); a final line without '\n' is kept.
std::vector<std::string_view> split_lines(std::string_view text);

// Splits at each ASCII space: the words of a name as names are spelled (one space between words).
std::vector<std::string_view> split_spaces(std::string_view text);

}  // namespace vnsearch::schema
