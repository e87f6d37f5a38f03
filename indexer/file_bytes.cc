// File reads; see file_bytes.h.
#include "file_bytes.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <memory>
#include <stdexcept>

namespace vnsearch::indexer {
namespace {

struct FileCloser {
    void operator()(std::FILE* file) const { std::fclose(file); }
};

}  // namespace

void throw_cannot_read(int error) { throw std::runtime_error(std::string("cannot read: ") + std::strerror(error)); }

void read_file_chunks(const std::filesystem::path& path, const std::function<void(std::string_view)>& on_chunk) {
    std::unique_ptr<std::FILE, FileCloser> file(std::fopen(path.c_str(), "rb"));
    if (!file) throw_cannot_read(errno);
    char buffer[65536];
    while (std::size_t n = std::fread(buffer, 1, sizeof buffer, file.get())) on_chunk({buffer, n});
    // fopen succeeds on a directory; the read is what fails (EISDIR).
    if (std::ferror(file.get())) throw_cannot_read(errno ? errno : EIO);
}

std::string read_file_bytes(const std::filesystem::path& path) {
    std::string bytes;
    read_file_chunks(path, [&](std::string_view chunk) { bytes.append(chunk); });
    return bytes;
}

}  // namespace vnsearch::indexer
