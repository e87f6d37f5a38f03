// Line-by-line reading of a plain or gzip-compressed file (or stdin) through zlib, which reads
// uncompressed input transparently. RAII over gzFile.
#pragma once

#include <filesystem>
#include <string>

#include <zlib.h>

namespace vnsearch::indexer {

class GzLineReader {
public:
    // "-" reads standard input. Throws std::runtime_error("cannot read: <reason>").
    explicit GzLineReader(const std::filesystem::path& path);
    ~GzLineReader();
    GzLineReader(const GzLineReader&) = delete;
    GzLineReader& operator=(const GzLineReader&) = delete;

    // Next line without its '\n' (and '\r'); false at the end. Throws std::runtime_error on a read
    // error or a truncated/corrupt gzip stream.
    bool next(std::string& line);

private:
    [[noreturn]] void fail() const;
    gzFile file_ = nullptr;
};

}  // namespace vnsearch::indexer
