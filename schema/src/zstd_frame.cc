// The stored article's compression; see zstd_frame.h.
#include "zstd_frame.h"

#include <zstd.h>

#include <cstdint>
#include <memory>
#include <new>
#include <stdexcept>

#include "stored_dictionary.h"

namespace vnsearch::schema::zstd_frame {
namespace {

// Level 3 (zstd's default). With the dictionary the shared corpora's stored articles take 43 MB
// (zlib's, inside Xapian: 56; zstd without a dictionary: 60 at level 3, 56 at level 6, 55 at 12).
constexpr int kLevel = 3;

struct Free {
    void operator()(ZSTD_CCtx* context) const { ZSTD_freeCCtx(context); }
    void operator()(ZSTD_DCtx* context) const { ZSTD_freeDCtx(context); }
    void operator()(ZSTD_CDict* dictionary) const { ZSTD_freeCDict(dictionary); }
    void operator()(ZSTD_DDict* dictionary) const { ZSTD_freeDDict(dictionary); }
};

template <typename T>
T* made(T* made) {
    if (!made) throw std::bad_alloc();
    return made;
}

// The dictionary digested once for each direction: read-only, so every thread shares it.
const ZSTD_CDict* compression_dictionary() {
    static const std::unique_ptr<ZSTD_CDict, Free> dictionary(
        made(ZSTD_createCDict(stored_dictionary().data(), stored_dictionary().size(), kLevel)));
    return dictionary.get();
}

const ZSTD_DDict* decompression_dictionary() {
    static const std::unique_ptr<ZSTD_DDict, Free> dictionary(
        made(ZSTD_createDDict(stored_dictionary().data(), stored_dictionary().size())));
    return dictionary.get();
}

// One context per thread, kept: a context made for each article would be allocated and freed (about a
// megabyte to compress) every time. A context is never shared between threads.
ZSTD_CCtx& compression_context() {
    thread_local std::unique_ptr<ZSTD_CCtx, Free> context = [] {
        std::unique_ptr<ZSTD_CCtx, Free> context(made(ZSTD_createCCtx()));
        ZSTD_CCtx_refCDict(context.get(), compression_dictionary());
        // A checksum of the content, so a damaged frame is refused instead of read as other text.
        ZSTD_CCtx_setParameter(context.get(), ZSTD_c_checksumFlag, 1);
        return context;
    }();
    return *context;
}

ZSTD_DCtx& decompression_context() {
    thread_local std::unique_ptr<ZSTD_DCtx, Free> context = [] {
        std::unique_ptr<ZSTD_DCtx, Free> context(made(ZSTD_createDCtx()));
        ZSTD_DCtx_refDDict(context.get(), decompression_dictionary());
        return context;
    }();
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
    if (data.size() < 4) return false;
    std::uint32_t magic = 0;
    for (std::size_t i = 0; i < 4; ++i) magic |= static_cast<std::uint32_t>(static_cast<unsigned char>(data[i])) << (8 * i);
    return magic == ZSTD_MAGICNUMBER;
}

std::optional<std::string> decompress(std::string_view data, std::size_t spare_bytes) {
    unsigned long long declared = ZSTD_getFrameContentSize(data.data(), data.size());
    if (declared == ZSTD_CONTENTSIZE_UNKNOWN || declared == ZSTD_CONTENTSIZE_ERROR || declared > kMaxContentBytes) {
        return std::nullopt;
    }
    std::string content;
    content.reserve(static_cast<std::size_t>(declared) + spare_bytes);
    content.resize(static_cast<std::size_t>(declared));
    // A frame written with another dictionary is an error here (its dictionary id differs), not other text.
    std::size_t size = ZSTD_decompressDCtx(&decompression_context(), content.data(), content.size(), data.data(), data.size());
    if (ZSTD_isError(size) || size != content.size()) return std::nullopt;
    return content;
}

}  // namespace vnsearch::schema::zstd_frame
