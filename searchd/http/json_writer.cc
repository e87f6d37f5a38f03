// JSON text written straight into a string; see json_writer.h.
#include "http/json_writer.h"

#include <charconv>

#include <nlohmann/json.hpp>
#include <simdjson.h>

namespace vnsearch::searchd::http {
namespace {

void append_escaped_byte(std::string& out, char c) {
    switch (c) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\b': out += "\\b"; break;
        case '\f': out += "\\f"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        case '\t': out += "\\t"; break;
        default: {
            static constexpr char kHex[] = "0123456789abcdef";  // nlohmann writes \u001f, lower case
            out += "\\u00";
            out += kHex[(static_cast<unsigned char>(c) >> 4) & 0xF];
            out += kHex[static_cast<unsigned char>(c) & 0xF];
        }
    }
}

bool needs_escape(char c) { return c == '"' || c == '\\' || static_cast<unsigned char>(c) < 0x20; }

template <typename Integer>
void append_integer(std::string& out, Integer number) {
    char digits[24];
    auto end = std::to_chars(digits, digits + sizeof digits, number).ptr;
    out.append(digits, end);
}

}  // namespace

void append_json_string(std::string& out, std::string_view text) {
    // Rare (stored text is UTF-8): nlohmann decides what replaces what.
    if (!simdjson::validate_utf8(text.data(), text.size())) {
        out += nlohmann::json(std::string(text)).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
        return;
    }
    out += '"';
    std::size_t run = 0;  // copy the runs between escapes whole
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (!needs_escape(text[i])) continue;
        out.append(text, run, i - run);
        append_escaped_byte(out, text[i]);
        run = i + 1;
    }
    out.append(text, run, text.size() - run);
    out += '"';
}

void append_json_double(std::string& out, double number) { out += nlohmann::json(number).dump(); }

void JsonWriter::before_value() {
    if (after_key_) {
        after_key_ = false;
        return;
    }
    if (!has_value_.empty()) {
        if (has_value_.back()) out_ += ',';
        has_value_.back() = true;
    }
}

JsonWriter& JsonWriter::open(char bracket) {
    before_value();
    out_ += bracket;
    has_value_.push_back(false);
    return *this;
}

JsonWriter& JsonWriter::close(char bracket) {
    out_ += bracket;
    has_value_.pop_back();
    return *this;
}

JsonWriter& JsonWriter::key(std::string_view name) {
    before_value();
    append_json_string(out_, name);
    out_ += ':';
    after_key_ = true;
    return *this;
}

JsonWriter& JsonWriter::value(std::string_view text) {
    before_value();
    append_json_string(out_, text);
    return *this;
}

JsonWriter& JsonWriter::value(bool flag) {
    before_value();
    out_ += flag ? "true" : "false";
    return *this;
}

JsonWriter& JsonWriter::value(std::int64_t number) {
    before_value();
    append_integer(out_, number);
    return *this;
}

JsonWriter& JsonWriter::value(std::uint64_t number) {
    before_value();
    append_integer(out_, number);
    return *this;
}

JsonWriter& JsonWriter::value(double number) {
    before_value();
    append_json_double(out_, number);
    return *this;
}

JsonWriter& JsonWriter::null() {
    before_value();
    out_ += "null";
    return *this;
}

JsonWriter& JsonWriter::raw(std::string_view json) {
    before_value();
    out_ += json;
    return *this;
}

std::string JsonWriter::take() {
    has_value_.clear();
    after_key_ = false;
    std::string text = std::move(out_);
    out_.clear();
    return text;
}

}  // namespace vnsearch::searchd::http
