// JSON form of the Article model, shared by the document store and the REST API.
#include "vnsearch/schema/article.h"

#include <nlohmann/json.hpp>

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
    return to_json(article).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

std::optional<Article> article_from_document_data(std::string_view data) {
    auto json = nlohmann::json::parse(data, nullptr, /*allow_exceptions=*/false);
    if (!json.is_object()) return std::nullopt;
    try {
        return article_from_json(json);
    } catch (const nlohmann::json::exception&) {  // a field of the wrong type
        return std::nullopt;
    } catch (const DateError&) {
        return std::nullopt;
    }
}

}  // namespace vnsearch::schema
