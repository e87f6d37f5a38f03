// A refused head read as far as it goes; see partial_request.h.
#include "front/partial_request.h"

namespace vnsearch::searchd {
namespace {

std::string_view trimmed(std::string_view text) {
    while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
    while (!text.empty() && (text.back() == ' ' || text.back() == '\t' || text.back() == '\r')) text.remove_suffix(1);
    return text;
}

// The next whole line ('\n'-terminated, as cpp-httplib reads heads), or nullopt at the end.
bool next_line(std::string_view& rest, std::string_view& line) {
    auto end = rest.find('\n');
    if (end == std::string_view::npos) return false;
    line = rest.substr(0, end);
    rest.remove_prefix(end + 1);
    return true;
}

void read_request_line(std::string_view line, httplib::Request& request) {
    line = trimmed(line);
    auto space = line.find(' ');
    request.method = std::string(line.substr(0, space));
    if (space == std::string_view::npos) return;
    std::string_view target = line.substr(space + 1);
    target = target.substr(0, target.find(' '));
    request.target = std::string(target);
    request.path = std::string(target.substr(0, target.find('?')));
}

}  // namespace

httplib::Request partial_request(std::string_view head, std::size_t max_header_lines) {
    httplib::Request request;
    std::string_view rest = head;
    std::string_view line;
    // The request line counts even when its '\n' has not arrived (a 414 or a 408 mid-line).
    if (!next_line(rest, line)) {
        line = rest;
        rest = {};
    }
    read_request_line(line, request);
    for (std::size_t count = 0; count < max_header_lines && next_line(rest, line); ++count) {
        line = trimmed(line);
        if (line.empty()) break;  // the end of the head
        auto colon = line.find(':');
        if (colon == std::string_view::npos) continue;
        request.headers.emplace(std::string(trimmed(line.substr(0, colon))), std::string(trimmed(line.substr(colon + 1))));
    }
    return request;
}

}  // namespace vnsearch::searchd
