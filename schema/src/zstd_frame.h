// The stored article's compression, for article.cc: its JSON as one zstd frame, compressed with a
// dictionary of Vietnamese news text (stored_dictionary.h). Xapian compresses document data with zlib
// itself, but inflating ten stored articles was a tenth of a search's CPU (perf, Searcher+JSON loop on
// the shared mix); zstd decompresses the same text about four times as fast, the dictionary makes
// articles of a few kilobytes a quarter smaller than either does alone, and Xapian stores a frame as it
// is (zlib cannot shrink it).
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace vnsearch::schema::zstd_frame {

// Data too large to be a stored article once decompressed (a damaged frame's declared size).
inline constexpr std::size_t kMaxContentBytes = 256u << 20;

std::string compress(std::string_view data);

// True when `data` starts like a zstd frame (ZSTD_MAGICNUMBER, little-endian); JSON never does.
bool is_frame(std::string_view data);

// The frame's content, with room for `spare_bytes` more in its capacity (a parser's padding, so it
// parses the string in place); nullopt when `data` is no complete frame or declares more than
// kMaxContentBytes.
std::optional<std::string> decompress(std::string_view data, std::size_t spare_bytes = 0);

}  // namespace vnsearch::schema::zstd_frame
