// Decoders for response bodies, independent of cpp-httplib's own: a test that reads what searchd put
// on the wire decodes it with zlib and libbrotli directly. Shared test support.
#pragma once

#include <string>
#include <string_view>

namespace vnsearch::testing {

// Throws std::runtime_error when the bytes are not a complete stream of that encoding.
std::string gunzip(std::string_view compressed);
std::string unbrotli(std::string_view compressed);

}  // namespace vnsearch::testing
