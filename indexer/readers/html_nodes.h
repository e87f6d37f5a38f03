// Small readers of libxml2 nodes shared by the HTML reader and its main-content detection.
#pragma once

#include <libxml/tree.h>

#include <algorithm>
#include <array>
#include <string>
#include <string_view>

namespace vnsearch::indexer::html {

inline std::string_view name_of(const xmlNode* node) { return reinterpret_cast<const char*>(node->name); }

// An element, of the given name when one is given.
inline bool is_element(const xmlNode* node, std::string_view name = {}) {
    return node->type == XML_ELEMENT_NODE && (name.empty() || name_of(node) == name);
}

// The attribute's value, "" when absent.
inline std::string attribute(const xmlNode* node, const char* name) {
    xmlChar* value = xmlGetProp(node, reinterpret_cast<const xmlChar*>(name));
    if (!value) return "";
    std::string text(reinterpret_cast<const char*>(value));
    xmlFree(value);
    return text;
}

template <std::size_t N>
bool is_one_of(std::string_view name, const std::array<std::string_view, N>& names) {
    return std::find(names.begin(), names.end(), name) != names.end();
}

}  // namespace vnsearch::indexer::html
