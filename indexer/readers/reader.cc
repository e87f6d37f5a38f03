// Format names and the extension-based dispatch to a reader; see reader.h.
#include "readers/reader.h"

#include <stdexcept>

#include "file_bytes.h"
#include "readers/html_reader.h"
#include "readers/jsonl_reader.h"
#include "readers/portal_reader.h"
#include "vnsearch/schema/text.h"

namespace vnsearch::indexer {
namespace {

using schema::ends_with_ascii_ci;

}  // namespace

std::string InputFile::article_id() const { return std::string(schema::trim(path.stem().string())); }

std::string ReadLimits::over_limit(std::size_t bytes) const {
    return "article of " + std::to_string(bytes) + " bytes is over --max-article-bytes " +
           std::to_string(max_article_bytes) + ": skipped";
}

void WholeFileReader::read(const InputFile& input, ReadSink& sink) const {
    std::error_code unknown;
    auto size = std::filesystem::file_size(input.path, unknown);
    if (!unknown && size > limits_.max_article_bytes) {  // refused before reading it
        sink.error(ReadError{Origin{input.display(), 0}, limits_.over_limit(size)});
        return;
    }
    std::string bytes;
    try {
        bytes = read_file_bytes(input.path);
    } catch (const std::runtime_error& error) {
        sink.error(ReadError{Origin{input.display(), 0}, error.what()});
        return;
    }
    if (bytes.size() > limits_.max_article_bytes) {  // it grew after the size check
        sink.error(ReadError{Origin{input.display(), 0}, limits_.over_limit(bytes.size())});
        return;
    }
    parse_(bytes, input.article_id(), input.display(), sink);
}

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
    if (ends_with_ascii_ci(name, ".txt")) return Format::Portal;
    if (ends_with_ascii_ci(name, ".jsonl") || ends_with_ascii_ci(name, ".jsonl.gz")) return Format::Jsonl;
    if (ends_with_ascii_ci(name, ".html") || ends_with_ascii_ci(name, ".htm")) return Format::Html;
    return std::nullopt;
}

std::unique_ptr<Reader> reader_for(const std::filesystem::path& path, Format format, const ReadLimits& limits) {
    if (format == Format::Auto) {
        auto implied = format_for_path(path);
        if (!implied) return nullptr;
        format = *implied;
    }
    switch (format) {
        case Format::Portal: return std::make_unique<WholeFileReader>(&parse_portal_article, limits);
        case Format::Jsonl: return std::make_unique<JsonlReader>(limits);
        case Format::Html: return std::make_unique<WholeFileReader>(&parse_html_page, limits);
        case Format::Auto: break;
    }
    return nullptr;
}

}  // namespace vnsearch::indexer
