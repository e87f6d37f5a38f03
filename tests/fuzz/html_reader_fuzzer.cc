// libFuzzer target: one saved page's bytes through the HTML parser (never a crash, any bytes).
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "fuzz_sink.h"
#include "readers/html_reader.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    vnsearch::fuzz::CountingSink sink;
    vnsearch::indexer::parse_html_page(std::string_view(reinterpret_cast<const char*>(data), size), "fuzz",
                                       "fuzz.html", sink);
    return 0;
}
