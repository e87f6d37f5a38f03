// Access log lines; see access_log.h.
#include "access_log.h"

#include <nlohmann/json.hpp>

namespace vnsearch::searchd {
namespace {

// The last comma-separated entry of an X-Forwarded-For value, trimmed.
std::string last_forwarded(const std::string& header) {
    std::string_view value = header;
    if (auto comma = value.rfind(','); comma != std::string_view::npos) value.remove_prefix(comma + 1);
    while (!value.empty() && value.front() == ' ') value.remove_prefix(1);
    while (!value.empty() && value.back() == ' ') value.remove_suffix(1);
    return std::string(value);
}

bool is_continuation(unsigned char byte) { return (byte & 0xC0) == 0x80; }

}  // namespace

std::string AccessLog::escape(std::string_view text, std::size_t max_bytes) {
    bool cut = text.size() > max_bytes;
    if (cut) {
        std::size_t end = max_bytes;
        while (end > 0 && is_continuation(static_cast<unsigned char>(text[end]))) --end;
        text = text.substr(0, end);
    }
    static constexpr char kHex[] = "0123456789abcdef";
    std::string out;
    out.reserve(text.size() + (cut ? 3 : 0));
    for (char c : text) {
        auto byte = static_cast<unsigned char>(c);
        if (byte < 0x20 || byte == 0x7f || c == '"' || c == '\\') {
            out += "\\x";
            out += kHex[byte >> 4];
            out += kHex[byte & 0xF];
        } else {
            out += c;
        }
    }
    if (cut) out += "...";
    return out;
}

AccessRecord AccessLog::record(const httplib::Request& request, const httplib::Response& response, double ms) const {
    AccessRecord record;
    const std::string forwarded = trust_proxy_ ? last_forwarded(request.get_header_value("X-Forwarded-For")) : "";
    const std::string& client = forwarded.empty() ? request.remote_addr : forwarded;
    record.client = client.empty() ? std::string(1, '-') : escape(client, 64);
    record.method = escape(request.method, 16);
    record.path = escape(request.path);
    if (auto mark = request.target.find('?'); mark != std::string::npos) {
        record.query = escape(std::string_view(request.target).substr(mark + 1));
    }
    record.status = response.status;
    record.bytes = response.body.size();
    record.ms = ms;
    return record;
}

void AccessLog::write(const AccessRecord& record) const {
    if (!logging_.access->should_log(spdlog::level::info)) return;
    if (logging_.format == LogFormat::Json) {
        nlohmann::ordered_json fields = {{"client", record.client}, {"method", record.method}, {"path", record.path},
                                 {"query", record.query},   {"status", record.status}, {"bytes", record.bytes},
                                 {"ms", static_cast<double>(static_cast<long long>(record.ms * 10)) / 10}};
        std::string text = fields.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
        // The logger's JSON pattern opens the object with time, level and program: add the fields to it.
        logging_.access->info("{}", std::string_view(text).substr(1, text.size() - 2));
        return;
    }
    logging_.access->info("{} \"{} {}{}{}\" {} {} {:.1f} ms", record.client, record.method, record.path,
                          record.query.empty() ? "" : "?", record.query, record.status, record.bytes, record.ms);
}

}  // namespace vnsearch::searchd
