// The reader interface and the dispatch from a file to the reader of its format.
// Readers know input formats and nothing about Xapian.
#pragma once

#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "indexer/readers/raw_article.h"

namespace vnsearch::indexer {

enum class Format { Auto, Portal, Jsonl, Html };

Format parse_format(std::string_view name);  // "auto", "portal", "jsonl", "html"; throws std::invalid_argument
std::string_view format_name(Format format);

// One input to read: a file, or standard input (always JSON Lines).
struct InputFile {
    std::filesystem::path path;  // as named or found by the walk; "-" for stdin
    Format format = Format::Auto;  // never Auto once resolved
    bool is_stdin() const { return path == "-"; }
    std::string display() const { return is_stdin() ? "<stdin>" : path.string(); }
};

class Reader {
public:
    virtual ~Reader() = default;
    // Reports every article and every problem to sink; throws only for programming errors.
    virtual void read(const InputFile& input, ReadSink& sink) const = 0;
};

// The format a file name implies: .txt -> portal, .jsonl / .jsonl.gz -> jsonl, .html / .htm -> html.
std::optional<Format> format_for_path(const std::filesystem::path& path);

// The reader for `path` read as `format` (Auto: by extension); nullptr when Auto finds no format.
std::unique_ptr<Reader> reader_for(const std::filesystem::path& path, Format format);

}  // namespace vnsearch::indexer
