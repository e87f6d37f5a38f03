// Format names and the extension-based dispatch to a reader; see reader.h.
#include "indexer/readers/reader.h"

#include <stdexcept>

#include "indexer/readers/html_reader.h"
#include "indexer/readers/jsonl_reader.h"
#include "indexer/readers/portal_reader.h"
#include "indexer/unicode_text.h"

namespace vnsearch::indexer {
namespace {

bool has_suffix_ci(const std::string& name, std::string_view suffix) {
    return name.size() >= suffix.size() && starts_with_ascii_ci(std::string_view(name).substr(name.size() - suffix.size()), suffix);
}

}  // namespace

Format parse_format(std::string_view name) {
    if (name == "auto") return Format::Auto;
    if (name == "portal") return Format::Portal;
    if (name == "jsonl") return Format::Jsonl;
    if (name == "html") return Format::Html;
    throw std::invalid_argument("unknown format '" + std::string(name) + "' (accepted: auto, portal, jsonl, html)");
}

std::string_view format_name(Format format) {
    switch (format) {
        case Format::Auto: return "auto";
        case Format::Portal: return "portal";
        case Format::Jsonl: return "jsonl";
        case Format::Html: return "html";
    }
    return "auto";
}

std::optional<Format> format_for_path(const std::filesystem::path& path) {
    std::string name = path.filename().string();
    if (has_suffix_ci(name, ".txt")) return Format::Portal;
    if (has_suffix_ci(name, ".jsonl") || has_suffix_ci(name, ".jsonl.gz")) return Format::Jsonl;
    if (has_suffix_ci(name, ".html") || has_suffix_ci(name, ".htm")) return Format::Html;
    return std::nullopt;
}

std::unique_ptr<Reader> reader_for(const std::filesystem::path& path, Format format) {
    if (format == Format::Auto) {
        auto implied = format_for_path(path);
        if (!implied) return nullptr;
        format = *implied;
    }
    switch (format) {
        case Format::Portal: return std::make_unique<PortalReader>();
        case Format::Jsonl: return std::make_unique<JsonlReader>();
        case Format::Html: return std::make_unique<HtmlReader>();
        case Format::Auto: break;
    }
    return nullptr;
}

}  // namespace vnsearch::indexer
