// libFuzzer target: one portal .txt file's bytes through the portal parser (never a crash, any bytes).
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "fuzz_sink.h"
#include "readers/portal_reader.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    vnsearch::fuzz::CountingSink sink;
    vnsearch::indexer::parse_portal_article(std::string_view(reinterpret_cast<const char*>(data), size), "fuzz",
                                            "fuzz.txt", sink);
    return 0;
}
