// The Vary list; see vary.h.
#include "http/vary.h"

#include <string>

namespace vnsearch::searchd::http {

void add_vary(httplib::Response& response, std::string_view header) {
    auto it = response.headers.find("Vary");  // header names compare case-insensitively
    if (it == response.headers.end()) {
        response.set_header("Vary", std::string(header));
        return;
    }
    // searchd writes the list itself, always as "A, B": look for the item between those separators.
    std::string& list = it->second;
    if ((", " + list + ",").find(", " + std::string(header) + ",") != std::string::npos) return;
    list += ", " + std::string(header);
}

}  // namespace vnsearch::searchd::http
