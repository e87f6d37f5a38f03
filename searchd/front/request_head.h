// The front's verdict on the bytes a client sent so far: is a whole request head there, and may it go
// on to the workers? Decided before any worker thread is involved, so a slow or oversized head costs
// a few kilobytes of buffer and no thread. Pure (no I/O): fuzzed by tests/fuzz/request_head_fuzzer.cc.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace vnsearch::searchd {

struct HeadLimits {
    std::size_t max_head_bytes = 16 * 1024;  // request line and headers together
    std::size_t max_header_lines = 100;
    // cpp-httplib matches the path against the routes with std::regex, whose recursion takes about
    // 600 bytes of a worker's stack per byte of path (measured: an 8,000-byte id, +4.6 MB resident
    // per worker thread). No id or route comes near this.
    std::size_t max_path_bytes = 512;
};

struct HeadVerdict {
    enum class Kind { Incomplete, Complete, Refused };
    Kind kind = Kind::Incomplete;
    std::size_t length = 0;  // Complete: bytes of the head, its closing empty line included
    // Complete: when not empty, the head to process instead of the first `length` bytes: an
    // absolute-form target ("GET http://host/path HTTP/1.1") rewritten to its origin form ("/path"),
    // Range headers dropped (searchd answers whole documents; cpp-httplib would parse a Range with a
    // std::regex, a few megabytes of stack for an 8 KB header, and answer with multipart copies).
    std::string rewritten;
    int status = 0;  // Refused: the HTTP status to answer (400, 413, 414, 431), then close
    std::string message;
};

// Reads the head the way cpp-httplib will (lines end at '\n'; the first line that is exactly "\r\n"
// ends the head), so the front and the parser never disagree on where a request ends.
// Refuses: a head over max_head_bytes (431; 414 when the request line alone is) or with more than
// max_header_lines headers (431); a path over max_path_bytes (414); any request body: Content-Length other than 0 or Transfer-Encoding
// (413: searchd takes none, and it is refused before a byte of it is read); two Content-Length
// headers (400: a request smuggling vector).
HeadVerdict inspect_head(std::string_view buffer, const HeadLimits& limits);

}  // namespace vnsearch::searchd
