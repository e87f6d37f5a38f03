// Request head inspection for the connection front; see request_head.h.
#include "front/request_head.h"

#include <algorithm>
#include <cctype>

namespace vnsearch::searchd {
namespace {

HeadVerdict refused(int status, std::string message) {
    HeadVerdict verdict;
    verdict.kind = HeadVerdict::Kind::Refused;
    verdict.status = status;
    verdict.message = std::move(message);
    return verdict;
}

std::string_view trim(std::string_view text) {
    auto space = [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; };
    while (!text.empty() && space(text.front())) text.remove_prefix(1);
    while (!text.empty() && space(text.back())) text.remove_suffix(1);
    return text;
}

bool name_is(std::string_view name, std::string_view expected) {
    return name.size() == expected.size() &&
           std::equal(name.begin(), name.end(), expected.begin(),
                      [](char a, char b) { return std::tolower(static_cast<unsigned char>(a)) == b; });
}

bool starts_with_nocase(std::string_view text, std::string_view prefix) {
    return text.size() >= prefix.size() && name_is(text.substr(0, prefix.size()), prefix);
}

// The request target of a request line ("METHOD SP target SP version"); empty when malformed
// (cpp-httplib answers 400 for those).
std::string_view request_target(std::string_view line) {
    auto first_space = line.find(' ');
    if (first_space == std::string_view::npos) return {};
    auto target_end = line.find(' ', first_space + 1);
    if (target_end == std::string_view::npos) return {};
    return line.substr(first_space + 1, target_end - first_space - 1);
}

std::size_t path_length(std::string_view target) {
    auto query = target.find('?');
    return query == std::string_view::npos ? target.size() : query;
}

// "GET http://host:8080/path?q HTTP/1.1\r\n" -> "GET /path?q HTTP/1.1\r\n"; empty when the target is
// not in absolute form (RFC 9112 3.2.2: a server must accept it; the authority is ours either way).
std::string origin_form_request_line(std::string_view line) {
    std::string_view target = request_target(line);
    if (target.empty()) return {};
    std::size_t first_space = static_cast<std::size_t>(target.data() - line.data()) - 1;
    std::size_t target_end = first_space + 1 + target.size();
    std::size_t scheme = starts_with_nocase(target, "http://")    ? 7
                         : starts_with_nocase(target, "https://") ? 8
                                                                  : 0;
    if (scheme == 0) return {};
    std::string_view rest = target.substr(scheme);
    auto path_start = rest.find_first_of("/?#");
    std::string path = path_start == std::string_view::npos ? "/" : std::string(rest.substr(path_start));
    if (path.front() != '/') path.insert(path.begin(), '/');
    return std::string(line.substr(0, first_space + 1)) + path + std::string(line.substr(target_end));
}

bool is_range(std::string_view line) {
    auto colon = line.find(':');
    return colon != std::string_view::npos && name_is(trim(line.substr(0, colon)), "range");
}

// Checks one header line against the body and smuggling rules; sets `verdict` when it must be refused.
bool header_allowed(std::string_view line, int& content_lengths, HeadVerdict& verdict) {
    auto colon = line.find(':');
    if (colon == std::string_view::npos) return true;  // cpp-httplib skips it
    std::string_view name = trim(line.substr(0, colon));
    std::string_view value = trim(line.substr(colon + 1));
    if (name_is(name, "transfer-encoding")) {
        verdict = refused(413, "searchd takes no request body (Transfer-Encoding: " + std::string(value) + ")");
        return false;
    }
    if (!name_is(name, "content-length")) return true;
    if (++content_lengths > 1) {
        verdict = refused(400, "more than one Content-Length header");
        return false;
    }
    bool digits = !value.empty() && std::all_of(value.begin(), value.end(), [](char c) { return c >= '0' && c <= '9'; });
    if (!digits) {
        verdict = refused(400, "Content-Length is not a number");
        return false;
    }
    if (value.find_first_not_of('0') != std::string_view::npos) {
        verdict = refused(413, "searchd takes no request body (Content-Length: " + std::string(value) + ")");
        return false;
    }
    return true;
}

}  // namespace

HeadVerdict inspect_head(std::string_view buffer, const HeadLimits& limits) {
    std::string_view window = buffer.substr(0, std::min(buffer.size(), limits.max_head_bytes));
    auto request_line_end = window.find('\n');
    if (request_line_end == std::string_view::npos) {
        if (buffer.size() > limits.max_head_bytes) {
            return refused(414, "the request line is longer than " + std::to_string(limits.max_head_bytes) + " bytes");
        }
        return {};
    }
    std::string_view request_line = window.substr(0, request_line_end + 1);
    std::string absolute_form = origin_form_request_line(request_line);
    std::string_view target = request_target(absolute_form.empty() ? std::string_view(request_line) : absolute_form);
    if (path_length(target) > limits.max_path_bytes) {
        return refused(414, "the path is longer than " + std::to_string(limits.max_path_bytes) + " bytes");
    }
    HeadVerdict verdict;
    int content_lengths = 0;
    std::size_t header_lines = 0;
    std::string kept_headers;  // when rewriting: the header lines but Range
    bool drops_range = false;
    std::size_t position = request_line_end + 1;
    for (;;) {
        auto line_end = window.find('\n', position);
        if (line_end == std::string_view::npos) break;
        std::string_view line = window.substr(position, line_end + 1 - position);
        position = line_end + 1;
        if (line == "\r\n") {
            verdict.kind = HeadVerdict::Kind::Complete;
            verdict.length = position;
            if (!absolute_form.empty() || drops_range) {
                verdict.rewritten = (absolute_form.empty() ? std::string(request_line) : absolute_form) + kept_headers + "\r\n";
            }
            return verdict;
        }
        if (++header_lines > limits.max_header_lines) {
            return refused(431, "more than " + std::to_string(limits.max_header_lines) + " request headers");
        }
        if (!header_allowed(line, content_lengths, verdict)) return verdict;
        if (is_range(line)) {
            drops_range = true;
        } else {
            kept_headers += line;
        }
    }
    if (buffer.size() > limits.max_head_bytes) {
        return refused(431, "the request head is longer than " + std::to_string(limits.max_head_bytes) + " bytes");
    }
    return {};
}

}  // namespace vnsearch::searchd
