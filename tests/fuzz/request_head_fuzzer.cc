// libFuzzer target: bytes from a client through the connection front's head inspector, as they
// arrive in pieces (every prefix) and whole, and through the lenient reading of a refused head.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "front/partial_request.h"
#include "front/request_head.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    std::string_view bytes(reinterpret_cast<const char*>(data), size);
    vnsearch::searchd::HeadLimits limits;
    limits.max_head_bytes = 1024;
    limits.max_header_lines = 16;
    for (std::size_t end = 0; end <= bytes.size(); end += 1 + end / 4) {
        auto verdict = vnsearch::searchd::inspect_head(bytes.substr(0, end), limits);
        if (verdict.kind == vnsearch::searchd::HeadVerdict::Kind::Complete && verdict.length > end) __builtin_trap();
    }
    (void)vnsearch::searchd::inspect_head(bytes, limits);
    (void)vnsearch::searchd::partial_request(bytes, limits.max_header_lines);
    return 0;
}
