// Small text helpers the readers share: NFC normalization (nothing else changes: case and marks stay)
// and trimming that treats the no-break space as space, as portal text needs.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace vnsearch::indexer {

// NFC through ICU; invalid UTF-8 becomes U+FFFD, so later JSON encoding never fails on it.
std::string to_nfc(std::string_view text);

// Strips ASCII white space and U+00A0 from both ends.
std::string_view trim(std::string_view text);

// Collapses every run of white space (including U+00A0, tabs, newlines) into one ASCII space, trimmed.
std::string collapse_spaces(std::string_view text);

bool starts_with_ascii_ci(std::string_view text, std::string_view prefix);

// Splits on '\n' (dropping a '\r' before it); a final line without '\n' is kept.
std::vector<std::string_view> split_lines(std::string_view text);

}  // namespace vnsearch::indexer
