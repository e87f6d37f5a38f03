// libFuzzer target: a query string decoded as cpp-httplib decodes it, through the /search and
// /related parameter parsers. BadRequest (a 400) is the documented answer; nothing else may escape.
#include <cstddef>
#include <cstdint>
#include <string>

#include <httplib.h>

#include "search_request.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    httplib::Params params;
    httplib::detail::parse_query_text(std::string(reinterpret_cast<const char*>(data), size), params);
    try {
        (void)vnsearch::searchd::parse_search_request(params);
    } catch (const vnsearch::searchd::BadRequest&) {
    }
    try {
        (void)vnsearch::searchd::parse_related_request(params);
    } catch (const vnsearch::searchd::BadRequest&) {
    }
    return 0;
}
