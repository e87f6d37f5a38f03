// JSON responses of searchd, all built here so they share one media type and one error shape.
#pragma once

#include <string>

#include <httplib.h>
#include <nlohmann/json.hpp>

namespace vnsearch::searchd::http {

// The body's media type, "application/json" alone: JSON is UTF-8 by definition (RFC 8259 section 8.1),
// so a charset parameter adds nothing a client needs. (Compression does not depend on it any more:
// http/content_coding.h.)
inline constexpr const char* kJsonType = "application/json";

// Sets status and body. Text that is not valid UTF-8 is replaced rather than thrown on.
void reply(httplib::Response& response, int status, const nlohmann::json& body);
void reply(httplib::Response& response, int status, const nlohmann::ordered_json& body);
// A body that is JSON text already (http::JsonWriter's).
void reply(httplib::Response& response, int status, std::string json_text);

// {"error": message}: the body of every error response.
nlohmann::ordered_json error_json(const std::string& message);

}  // namespace vnsearch::searchd::http
