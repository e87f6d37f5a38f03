// libFuzzer target: each line of the input through the JSON Lines line parser (never a crash, any bytes).
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "fuzz_sink.h"
#include "readers/jsonl_reader.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    vnsearch::fuzz::CountingSink sink;
    std::string_view input(reinterpret_cast<const char*>(data), size);
    vnsearch::indexer::Origin origin{"fuzz.jsonl", 0};
    while (!input.empty()) {
        auto end = input.find('\n');
        std::string_view line = input.substr(0, end);
        ++origin.line;
        vnsearch::indexer::JsonlReader::parse_line(line, origin, sink);
        if (end == std::string_view::npos) break;
        input.remove_prefix(end + 1);
    }
    return 0;
}
