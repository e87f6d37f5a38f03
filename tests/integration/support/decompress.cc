// gzip and brotli decoding for tests; see decompress.h.
#include "integration/support/decompress.h"

#include <brotli/decode.h>
#include <zlib.h>

#include <stdexcept>

namespace vnsearch::testing {

std::string gunzip(std::string_view compressed) {
    z_stream stream{};
    if (inflateInit2(&stream, 16 + MAX_WBITS) != Z_OK) throw std::runtime_error("inflateInit2 failed");
    stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(compressed.data()));
    stream.avail_in = static_cast<uInt>(compressed.size());
    std::string out;
    char buffer[16384];
    int rc = Z_OK;
    while (rc == Z_OK) {
        stream.next_out = reinterpret_cast<Bytef*>(buffer);
        stream.avail_out = sizeof buffer;
        rc = inflate(&stream, Z_NO_FLUSH);
        out.append(buffer, sizeof buffer - stream.avail_out);
    }
    inflateEnd(&stream);
    if (rc != Z_STREAM_END) throw std::runtime_error("not a complete gzip stream (zlib " + std::to_string(rc) + ")");
    return out;
}

std::string unbrotli(std::string_view compressed) {
    BrotliDecoderState* state = BrotliDecoderCreateInstance(nullptr, nullptr, nullptr);
    if (!state) throw std::runtime_error("BrotliDecoderCreateInstance failed");
    const auto* next_in = reinterpret_cast<const uint8_t*>(compressed.data());
    size_t available_in = compressed.size();
    std::string out;
    BrotliDecoderResult result = BROTLI_DECODER_RESULT_NEEDS_MORE_OUTPUT;
    while (result == BROTLI_DECODER_RESULT_NEEDS_MORE_OUTPUT) {
        uint8_t buffer[16384];
        uint8_t* next_out = buffer;
        size_t available_out = sizeof buffer;
        result = BrotliDecoderDecompressStream(state, &available_in, &next_in, &available_out, &next_out, nullptr);
        out.append(reinterpret_cast<char*>(buffer), sizeof buffer - available_out);
    }
    BrotliDecoderDestroyInstance(state);
    if (result != BROTLI_DECODER_RESULT_SUCCESS) throw std::runtime_error("not a complete brotli stream");
    return out;
}

}  // namespace vnsearch::testing
