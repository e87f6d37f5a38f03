// libFuzzer target: user query text (any bytes, up to the API's 1 KiB) through the QueryBuilder.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "query_builder.h"
#include "search_request.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size > vnsearch::searchd::SearchRequest::kMaxQueryBytes) return 0;  // refused with 400 before
    vnsearch::searchd::QueryBuilder builder;
    auto built = builder.build(std::string_view(reinterpret_cast<const char*>(data), size));
    (void)built.ranked.get_description();
    return 0;
}
