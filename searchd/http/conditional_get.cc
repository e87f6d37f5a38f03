// Validators and 304s; see conditional_get.h.
#include "http/conditional_get.h"

#include "vnsearch/schema/fnv1a.h"
#include "vnsearch/schema/text.h"

namespace vnsearch::searchd::http {
namespace {

// A validator without its weakness mark: W/"x" and "x" match under weak comparison.
std::string_view opaque(std::string_view tag) {
    if (tag.substr(0, 2) == "W/") tag.remove_prefix(2);
    return tag;
}

}  // namespace

AnswerIdentity identify(std::string_view index_uuid, std::uint64_t revision, const httplib::Request& request) {
    AnswerIdentity identity;
    identity.key = std::string(index_uuid) + '\n' + std::to_string(revision) + '\n' + request.path;
    for (const auto& [name, value] : request.params) identity.key += '\n' + name + '=' + value;
    identity.etag = "W/\"" + std::string(index_uuid.substr(0, 8)) + "-" + std::to_string(revision) + "-" +
                    schema::fnv1a_hex(identity.key) + "\"";
    return identity;
}

std::string content_etag(std::string_view content) { return "W/\"" + schema::fnv1a_hex(content) + "\""; }

bool client_has(const httplib::Request& request, std::string_view etag) {
    if (!request.has_header("If-None-Match")) return false;
    std::string header = request.get_header_value("If-None-Match");
    std::string_view rest = header;
    while (!rest.empty()) {
        auto comma = rest.find(',');
        std::string_view tag = schema::trim(rest.substr(0, comma), " \t");
        if (tag == "*" || (!tag.empty() && opaque(tag) == opaque(etag))) return true;
        rest = comma == std::string_view::npos ? std::string_view{} : rest.substr(comma + 1);
    }
    return false;
}

void add_validators(httplib::Response& response, std::string_view etag, const CachePolicy& policy) {
    response.set_header("ETag", std::string(etag));
    response.set_header("Cache-Control", policy.max_age > 0 ? "public, max-age=" + std::to_string(policy.max_age)
                                                            : std::string("no-cache"));
}

void reply_not_modified(httplib::Response& response, std::string_view etag, const CachePolicy& policy) {
    response.status = 304;
    response.body.clear();
    add_validators(response, etag, policy);
}

}  // namespace vnsearch::searchd::http
