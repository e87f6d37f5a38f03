// Whole-file reads for the small-file readers; see file_bytes.h.
#include "indexer/readers/file_bytes.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <memory>
#include <stdexcept>

#include "indexer/readers/raw_article.h"
#include "indexer/readers/reader.h"

namespace vnsearch::indexer {
namespace {

struct FileCloser {
    void operator()(std::FILE* file) const { std::fclose(file); }
};

[[noreturn]] void fail(int error) { throw std::runtime_error(std::string("cannot read: ") + std::strerror(error)); }

}  // namespace

std::string read_file_bytes(const std::filesystem::path& path) {
    std::unique_ptr<std::FILE, FileCloser> file(std::fopen(path.c_str(), "rb"));
    if (!file) fail(errno);
    std::string bytes;
    char buffer[65536];
    while (std::size_t n = std::fread(buffer, 1, sizeof buffer, file.get())) bytes.append(buffer, n);
    // fopen succeeds on a directory; the read is what fails (EISDIR).
    if (std::ferror(file.get())) fail(errno ? errno : EIO);
    return bytes;
}

std::optional<std::string> read_whole_input(const InputFile& input, ReadSink& sink) {
    try {
        return read_file_bytes(input.path);
    } catch (const std::runtime_error& error) {
        sink.error(ReadError{Origin{input.display(), 0}, error.what()});
        return std::nullopt;
    }
}

}  // namespace vnsearch::indexer
