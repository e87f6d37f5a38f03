// indexer/readers/ knows input formats and nothing about Xapian: portal text, JSON Lines (streamed line
// by line) and saved HTML pages become RawArticles in NFC with their origin (file and line), and
// every problem becomes a ReadError naming the place, so one bad article never stops a file.
//
// The reader interface and the dispatch from a file to the reader of its format.
#pragma once

#include <cstddef>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "readers/raw_article.h"

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
    // The id of the article a one-article file (portal text, HTML page) holds: its name without the
    // extension, trimmed.
    std::string article_id() const;
};

// Bounds on what one article may cost. An article is read whole and analysed into postings in memory
// (a 50 MB line took the indexer to 1.98 GB, and made every search matching it slow), so one larger
// than max_article_bytes is reported (path:line: ... over --max-article-bytes) and skipped, before it
// is parsed. Measured as the bytes of its record: the file of a portal or HTML article, the JSON line.
struct ReadLimits {
    static constexpr std::size_t kDefaultMaxArticleBytes = 4 * 1024 * 1024;
    std::size_t max_article_bytes = kDefaultMaxArticleBytes;
    // The problem reported for a record of `bytes` bytes over the limit.
    std::string over_limit(std::size_t bytes) const;
};

class Reader {
public:
    virtual ~Reader() = default;
    // Reports every article and every problem to sink; throws only for programming errors.
    virtual void read(const InputFile& input, ReadSink& sink) const = 0;
};

// A reader of one-article files (portal text, HTML pages): reads the whole file, reports a file that
// cannot be read (as `path:0: cannot read: ...`), and hands the bytes to its format's parser.
class WholeFileReader : public Reader {
public:
    // Parses one file's bytes; reports to sink. `id` is the article id, `path` names it in errors.
    using Parse = void (*)(std::string_view bytes, const std::string& id, const std::string& path, ReadSink& sink);

    explicit WholeFileReader(Parse parse, ReadLimits limits = {}) : parse_(parse), limits_(limits) {}
    void read(const InputFile& input, ReadSink& sink) const override;

private:
    Parse parse_;
    ReadLimits limits_;
};

// The format a file name implies: .txt -> portal, .jsonl / .jsonl.gz -> jsonl, .html / .htm -> html.
std::optional<Format> format_for_path(const std::filesystem::path& path);

// The reader for `path` read as `format` (Auto: by extension); nullptr when Auto finds no format.
std::unique_ptr<Reader> reader_for(const std::filesystem::path& path, Format format, const ReadLimits& limits = {});

}  // namespace vnsearch::indexer
