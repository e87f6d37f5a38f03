// JSON form of the Article model, shared by the document store and the REST API.
#include "vnsearch/schema/article.h"

#include <nlohmann/json.hpp>
#include <simdjson.h>

#include "zstd_frame.h"

namespace vnsearch::schema {

nlohmann::json to_json(const Article& article) {
    nlohmann::json json = {
        {"id", article.id},       {"url", article.url},           {"title", article.title},
        {"source", article.source}, {"orgs", article.orgs},       {"category", article.category},
        {"body", article.body},
    };
    json["date"] = article.date ? nlohmann::json(article.date->iso_date()) : nlohmann::json(nullptr);
    if (article.date && article.date->iso_time()) json["time"] = *article.date->iso_time();
    json["views"] = article.views ? nlohmann::json(*article.views) : nlohmann::json(nullptr);
    return json;
}

Article article_from_json(const nlohmann::json& json) {
    Article article;
    article.id = json.value("id", "");
    article.url = json.value("url", "");
    article.title = json.value("title", "");
    article.source = json.value("source", "");
    article.category = json.value("category", "");
    article.body = json.value("body", "");
    if (auto orgs = json.find("orgs"); orgs != json.end() && orgs->is_array()) {
        article.orgs = orgs->get<std::vector<std::string>>();
    }
    if (auto views = json.find("views"); views != json.end() && views->is_number_integer()) {
        article.views = views->get<std::int64_t>();
    }
    if (auto date = json.find("date"); date != json.end() && date->is_string()) {
        std::string text = date->get<std::string>();
        if (auto time = json.find("time"); time != json.end() && time->is_string()) {
            text += " " + time->get<std::string>();
        }
        article.date = parse_date(text);
    }
    return article;
}

std::string to_document_data(const Article& article) {
    // Stored text is UTF-8 already; replace rather than throw if a byte slipped through.
    return zstd_frame::compress(to_json(article).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
}

namespace {

// A stored field as a string: absent -> "" (as article_from_json's value()); false when of another type.
bool read_string(simdjson::dom::object object, std::string_view key, std::string& out) {
    auto field = object[key];
    if (field.error() == simdjson::NO_SUCH_FIELD) return true;
    std::string_view text;
    if (field.get(text) != simdjson::SUCCESS) return false;
    out.assign(text);
    return true;
}

}  // namespace

// simdjson, not nlohmann: every hit's stored article is read back, and nlohmann's parser (a DOM of
// std::map and strings built a character at a time) was 11% of a search's CPU (perf, mixed query file).
// Documents indexed before the stored JSON was compressed hold it plain: both are read. A decompressed
// article is parsed where it lies (decompress() leaves the parser's padding spare); plain JSON is copied
// into a padded buffer first.
std::optional<Article> article_from_document_data(std::string_view data) {
    simdjson::dom::parser parser;
    simdjson::dom::object object;
    if (zstd_frame::is_frame(data)) {
        auto json = zstd_frame::decompress(data, simdjson::SIMDJSON_PADDING);
        if (!json || parser.parse(*json).get(object) != simdjson::SUCCESS) return std::nullopt;
    } else if (parser.parse(simdjson::padded_string(data)).get(object) != simdjson::SUCCESS) {
        return std::nullopt;
    }
    Article article;
    for (auto [key, field] : {std::pair{"id", &article.id}, {"url", &article.url}, {"title", &article.title},
                              {"source", &article.source}, {"category", &article.category}, {"body", &article.body}}) {
        if (!read_string(object, key, *field)) return std::nullopt;
    }
    if (simdjson::dom::array orgs; object["orgs"].get(orgs) == simdjson::SUCCESS) {
        for (auto org : orgs) {
            std::string_view name;
            if (org.get(name) != simdjson::SUCCESS) return std::nullopt;
            article.orgs.emplace_back(name);
        }
    }
    if (std::int64_t views; object["views"].get(views) == simdjson::SUCCESS) article.views = views;
    if (std::string_view date; object["date"].get(date) == simdjson::SUCCESS) {
        std::string text(date);
        if (std::string_view time; object["time"].get(time) == simdjson::SUCCESS) text += " " + std::string(time);
        try {
            article.date = parse_date(text);
        } catch (const DateError&) {
            return std::nullopt;
        }
    }
    return article;
}

}  // namespace vnsearch::schema
