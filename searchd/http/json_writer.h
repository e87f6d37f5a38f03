// JSON text written straight into one string, for the answers searchd sends most (searches, related
// articles): building an nlohmann::ordered_json of ten hits and dumping it cost a malloc per key and
// value and a second pass (perf, the mixed query file at 8 connections: about 5% of searchd's CPU).
// The text is byte for byte what nlohmann's dump(-1, ' ', false, replace) gives for the same values
// (tests/unit/searchd/json_writer_test.cc compares them): plain UTF-8 is copied, escaped as nlohmann
// escapes it, and the rare cases (text that is not valid UTF-8, doubles) are handed to nlohmann itself.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace vnsearch::searchd::http {

class JsonWriter {
public:
    JsonWriter& begin_object() { return open('{'); }
    JsonWriter& end_object() { return close('}'); }
    JsonWriter& begin_array() { return open('['); }
    JsonWriter& end_array() { return close(']'); }
    // The key of the next value in the current object.
    JsonWriter& key(std::string_view name);

    JsonWriter& value(std::string_view text);
    JsonWriter& value(const char* text) { return value(std::string_view(text)); }
    JsonWriter& value(bool flag);
    JsonWriter& value(std::int64_t number);
    JsonWriter& value(std::uint64_t number);
    JsonWriter& value(int number) { return value(static_cast<std::int64_t>(number)); }
    JsonWriter& value(unsigned number) { return value(static_cast<std::uint64_t>(number)); }
    JsonWriter& value(double number);
    JsonWriter& null();
    // A value that is JSON text already (an answer kept from before), copied as it is.
    JsonWriter& raw(std::string_view json);

    // The text written; the writer is empty afterwards.
    std::string take();

private:
    JsonWriter& open(char bracket);
    JsonWriter& close(char bracket);
    void before_value();

    std::string out_;
    // One entry per open object or array: whether a value has been written in it yet.
    std::vector<bool> has_value_;
    bool after_key_ = false;
};

// A JSON string literal of text ("..." with escapes), as nlohmann's dump writes it.
void append_json_string(std::string& out, std::string_view text);
// A number as nlohmann's dump writes a double (shortest form that reads back the same, "1.0" for 1).
void append_json_double(std::string& out, double number);

}  // namespace vnsearch::searchd::http
