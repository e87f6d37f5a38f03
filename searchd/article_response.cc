// The bounded article answer; see article_response.h.
#include "article_response.h"

#include "search_response.h"

namespace vnsearch::searchd {

nlohmann::ordered_json bounded_article_json(schema::Article article, std::size_t max_body_bytes) {
    bool truncated = article.body.size() > max_body_bytes;
    if (truncated) {
        std::size_t end = max_body_bytes;
        // Back to the start of a UTF-8 sequence: never half a character.
        while (end > 0 && (static_cast<unsigned char>(article.body[end]) & 0xC0) == 0x80) --end;
        article.body.resize(end);
    }
    nlohmann::ordered_json json = article_json(article);
    if (truncated) json["body_truncated"] = true;
    return json;
}

}  // namespace vnsearch::searchd
