// libFuzzer target: schema's date parsers. DateError is the documented answer to bad text; anything
// else escaping (another exception, a crash) is a bug.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "vnsearch/schema/date.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    std::string_view text(reinterpret_cast<const char*>(data), size);
    using namespace vnsearch::schema;
    try {
        if (auto date = parse_date(text)) (void)date_from_sort_key(date->sort_key());
    } catch (const DateError&) {
    }
    try {
        (void)parse_iso_date(text);
    } catch (const DateError&) {
    }
    (void)date_from_sort_key(text);
    return 0;
}
