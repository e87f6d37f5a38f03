// JSON Lines reading and field validation; see jsonl_reader.h.
#include "readers/jsonl_reader.h"

#include <nlohmann/json.hpp>

#include <optional>
#include <stdexcept>

#include "readers/gz_line_reader.h"
#include "vnsearch/schema/fnv1a.h"
#include "vnsearch/schema/text.h"

namespace vnsearch::indexer {
namespace {

using nlohmann::json;
using schema::to_nfc;
using schema::trim;

struct FieldError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

// A string field; null or absent is "". Numbers are accepted for id-like fields written as numbers.
std::string string_field(const json& object, const char* name, bool number_ok = false) {
    auto it = object.find(name);
    if (it == object.end() || it->is_null()) return "";
    if (it->is_string()) return it->get<std::string>();
    if (number_ok && it->is_number_integer()) return std::to_string(it->get<std::int64_t>());
    throw FieldError(std::string("field '") + name + "' must be a string");
}

std::vector<std::string> list_field(const json& object, const char* name) {
    auto it = object.find(name);
    if (it == object.end() || it->is_null()) return {};
    if (it->is_string()) return {to_nfc(it->get<std::string>())};
    if (!it->is_array()) throw FieldError(std::string("field '") + name + "' must be a list of strings");
    std::vector<std::string> items;
    for (const auto& item : *it) {
        if (!item.is_string()) throw FieldError(std::string("field '") + name + "' must be a list of strings");
        items.push_back(to_nfc(item.get<std::string>()));
    }
    return items;
}

std::optional<std::int64_t> views_field(const json& object) {
    auto it = object.find("views");
    if (it == object.end() || it->is_null()) return std::nullopt;
    if (it->is_number_integer() && it->get<std::int64_t>() >= 0) return it->get<std::int64_t>();
    if (it->is_string()) {
        const auto& text = it->get_ref<const std::string&>();
        if (!text.empty() && text.size() < 19 && text.find_first_not_of("0123456789") == std::string::npos) {
            return std::stoll(text);
        }
    }
    throw FieldError("field 'views' must be a non-negative integer");
}

RawArticle article_from(const json& object, const Origin& origin) {
    if (!object.is_object()) throw FieldError("not a JSON object");
    RawArticle raw;
    auto& article = raw.article;
    article.url = trim(string_field(object, "url"));
    article.id = trim(string_field(object, "id", true));
    if (article.id.empty()) {
        if (article.url.empty()) throw FieldError("no 'id' and no 'url' to derive one from");
        article.id = JsonlReader::id_from_url(article.url);
    }
    // Text in NFC from here on: the one normalization of the article.
    article.title = to_nfc(string_field(object, "title"));
    article.body = to_nfc(string_field(object, "body"));
    if (trim(article.body).empty()) throw FieldError("missing body: 'body' is absent or empty");
    article.source = to_nfc(string_field(object, "source"));
    article.category = to_nfc(string_field(object, "category"));
    article.orgs = list_field(object, "orgs");
    article.views = views_field(object);
    raw.raw_date = to_nfc(string_field(object, "date"));
    raw.origin = origin;
    raw.date_origin = origin;
    return raw;
}

}  // namespace

std::string JsonlReader::id_from_url(std::string_view url) { return "u" + schema::fnv1a_hex(url); }

void JsonlReader::parse_line(std::string_view line, const Origin& origin, ReadSink& sink) {
    if (trim(line).empty()) return;
    json object;
    try {
        object = json::parse(line);
    } catch (const json::out_of_range& error) {
        // A number such as 1e400 that no double holds: this line's problem only.
        sink.error(ReadError{origin, "number out of range"});
        return;
    } catch (const json::exception& error) {
        sink.error(ReadError{origin, std::string("bad JSON: ") + error.what()});
        return;
    }
    try {
        sink.article(article_from(object, origin));
    } catch (const FieldError& error) {
        sink.error(ReadError{origin, error.what()});
    }
}

void JsonlReader::read(const InputFile& input, ReadSink& sink) const {
    Origin origin{input.display(), 0};
    // Only the input's own failures are caught here: what the sink throws is not a read error.
    auto report = [&](const std::runtime_error& error) {
        sink.error(ReadError{Origin{origin.path, origin.line == 0 ? 0 : origin.line + 1}, error.what()});
    };
    std::optional<GzLineReader> lines;
    try {
        lines.emplace(input.path);
    } catch (const std::runtime_error& error) {
        report(error);
        return;
    }
    std::string line;
    while (sink.wants_more()) {
        try {
            if (!lines->next(line)) break;
        } catch (const std::runtime_error& error) {
            report(error);
            return;
        }
        ++origin.line;
        if (line.size() > limits_.max_article_bytes) {
            sink.error(ReadError{origin, limits_.over_limit(line.size())});
            continue;
        }
        parse_line(line, origin, sink);
    }
}

}  // namespace vnsearch::indexer
