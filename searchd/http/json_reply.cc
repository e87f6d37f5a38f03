// JSON responses; see json_reply.h.
#include "http/json_reply.h"

namespace vnsearch::searchd::http {
namespace {

template <typename Json>
void reply_with(httplib::Response& response, int status, const Json& body) {
    response.status = status;
    // Stored text is UTF-8 already; replace rather than throw if a byte slipped through.
    response.set_content(body.dump(-1, ' ', false, Json::error_handler_t::replace), kJsonType);
}

}  // namespace

void reply(httplib::Response& response, int status, const nlohmann::json& body) { reply_with(response, status, body); }

void reply(httplib::Response& response, int status, const nlohmann::ordered_json& body) {
    reply_with(response, status, body);
}

void reply(httplib::Response& response, int status, std::string json_text) {
    response.status = status;
    response.set_content("", 0, kJsonType);  // the media type; cpp-httplib 0.11 would copy the body
    response.body = std::move(json_text);
}

nlohmann::ordered_json error_json(const std::string& message) { return {{"error", message}}; }

}  // namespace vnsearch::searchd::http
