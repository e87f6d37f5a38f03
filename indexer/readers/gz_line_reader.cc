// zlib-backed line reader; see gz_line_reader.h.
#include "readers/gz_line_reader.h"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <stdexcept>

namespace vnsearch::indexer {
namespace {

constexpr unsigned kBufferBytes = 256 * 1024;

}  // namespace

GzLineReader::GzLineReader(const std::filesystem::path& path) {
    if (path == "-") {
        // gzdopen takes ownership of the descriptor: give it a duplicate so stdin stays open.
        int fd = ::dup(STDIN_FILENO);
        if (fd >= 0) file_ = gzdopen(fd, "rb");
        if (!file_ && fd >= 0) ::close(fd);
    } else {
        file_ = gzopen(path.c_str(), "rb");
    }
    if (!file_) throw std::runtime_error(std::string("cannot read: ") + std::strerror(errno ? errno : ENOMEM));
    gzbuffer(file_, kBufferBytes);
}

GzLineReader::~GzLineReader() {
    if (file_) gzclose(file_);
}

void GzLineReader::fail() const {
    int code = Z_OK;
    const char* message = gzerror(file_, &code);
    if (code == Z_ERRNO) throw std::runtime_error(std::string("cannot read: ") + std::strerror(errno));
    throw std::runtime_error(std::string("cannot read: ") + (message && *message ? message : "gzip error"));
}

bool GzLineReader::next(std::string& line) {
    line.clear();
    char chunk[64 * 1024];
    while (true) {
        if (gzgets(file_, chunk, sizeof chunk) == nullptr) {
            int code = Z_OK;
            gzerror(file_, &code);
            if (code != Z_OK) fail();
            break;  // end of input
        }
        std::size_t length = std::strlen(chunk);
        line.append(chunk, length);
        if (length > 0 && chunk[length - 1] == '\n') {
            line.pop_back();
            if (!line.empty() && line.back() == '\r') line.pop_back();
            return true;
        }
    }
    if (line.empty()) return false;
    if (line.back() == '\r') line.pop_back();
    return true;  // a last line without '\n'
}

}  // namespace vnsearch::indexer
