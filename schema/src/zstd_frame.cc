// The stored article's compression; see zstd_frame.h.
#include "zstd_frame.h"

#include <zstd.h>

#include <memory>
#include <new>
#include <stdexcept>

namespace vnsearch::schema::zstd_frame {
namespace {

// Level 3 (zstd's default): the shared corpora's stored articles take 60 MB (zlib's, inside Xapian: 56).
constexpr int kLevel = 3;

struct CContextFree {
    void operator()(ZSTD_CCtx* context) const { ZSTD_freeCCtx(context); }
};
struct DContextFree {
    void operator()(ZSTD_DCtx* context) const { ZSTD_freeDCtx(context); }
};

// One context per thread, kept: ZSTD_compress()/ZSTD_decompress() would allocate and free one (about
// a megabyte to compress) for every article. A context is never shared between threads.
ZSTD_CCtx& compression_context() {
    thread_local std::unique_ptr<ZSTD_CCtx, CContextFree> context = [] {
        std::unique_ptr<ZSTD_CCtx, CContextFree> made(ZSTD_createCCtx());
        if (!made) throw std::bad_alloc();
        ZSTD_CCtx_setParameter(made.get(), ZSTD_c_compressionLevel, kLevel);
        // A checksum of the content, so a damaged frame is refused instead of read as other text.
        ZSTD_CCtx_setParameter(made.get(), ZSTD_c_checksumFlag, 1);
        return made;
    }();
    return *context;
}

ZSTD_DCtx& decompression_context() {
    thread_local std::unique_ptr<ZSTD_DCtx, DContextFree> context(ZSTD_createDCtx());
    if (!context) throw std::bad_alloc();
    return *context;
}

}  // namespace

std::string compress(std::string_view data) {
    std::string frame(ZSTD_compressBound(data.size()), '\0');
    std::size_t size = ZSTD_compress2(&compression_context(), frame.data(), frame.size(), data.data(), data.size());
    if (ZSTD_isError(size)) throw std::runtime_error(std::string("zstd compression failed: ") + ZSTD_getErrorName(size));
    frame.resize(size);
    return frame;
}

bool is_frame(std::string_view data) {
    static constexpr unsigned char kMagic[] = {0x28, 0xB5, 0x2F, 0xFD};  // ZSTD_MAGICNUMBER, little-endian
    if (data.size() < sizeof kMagic) return false;
    for (std::size_t i = 0; i < sizeof kMagic; ++i) {
        if (static_cast<unsigned char>(data[i]) != kMagic[i]) return false;
    }
    return true;
}

std::optional<std::string> decompress(std::string_view data) {
    unsigned long long declared = ZSTD_getFrameContentSize(data.data(), data.size());
    if (declared == ZSTD_CONTENTSIZE_UNKNOWN || declared == ZSTD_CONTENTSIZE_ERROR || declared > kMaxContentBytes) {
        return std::nullopt;
    }
    std::string content(static_cast<std::size_t>(declared), '\0');
    std::size_t size = ZSTD_decompressDCtx(&decompression_context(), content.data(), content.size(), data.data(), data.size());
    if (ZSTD_isError(size) || size != content.size()) return std::nullopt;
    return content;
}

}  // namespace vnsearch::schema::zstd_frame
