// Text helpers shared by the readers; see unicode_text.h.
#include "indexer/unicode_text.h"

#include <unicode/normalizer2.h>
#include <unicode/unistr.h>

#include <stdexcept>

namespace vnsearch::indexer {
namespace {

constexpr std::string_view kNoBreakSpace = "\xC2\xA0";

bool is_ascii_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

// Length of the white space at the front of text: an ASCII space or a U+00A0.
std::size_t space_at(std::string_view text) {
    if (!text.empty() && is_ascii_space(text.front())) return 1;
    if (text.starts_with(kNoBreakSpace)) return kNoBreakSpace.size();
    return 0;
}

std::size_t space_before_end(std::string_view text) {
    if (!text.empty() && is_ascii_space(text.back())) return 1;
    if (text.ends_with(kNoBreakSpace)) return kNoBreakSpace.size();
    return 0;
}

}  // namespace

std::string to_nfc(std::string_view text) {
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
    if (U_FAILURE(status)) throw std::runtime_error("ICU NFC normalizer unavailable");
    icu::UnicodeString unicode =
        icu::UnicodeString::fromUTF8(icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
    icu::UnicodeString normalized = nfc->normalize(unicode, status);
    if (U_FAILURE(status)) throw std::runtime_error("ICU NFC normalization failed");
    std::string out;
    normalized.toUTF8String(out);
    return out;
}

std::string_view trim(std::string_view text) {
    while (std::size_t n = space_at(text)) text.remove_prefix(n);
    while (std::size_t n = space_before_end(text)) text.remove_suffix(n);
    return text;
}

std::string collapse_spaces(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    bool pending_space = false;
    while (!text.empty()) {
        if (std::size_t n = space_at(text)) {
            pending_space = true;
            text.remove_prefix(n);
            continue;
        }
        if (pending_space && !out.empty()) out += ' ';
        pending_space = false;
        out += text.front();
        text.remove_prefix(1);
    }
    return out;
}

bool starts_with_ascii_ci(std::string_view text, std::string_view prefix) {
    if (text.size() < prefix.size()) return false;
    for (std::size_t i = 0; i < prefix.size(); ++i) {
        char a = text[i], b = prefix[i];
        if (a >= 'A' && a <= 'Z') a = static_cast<char>(a - 'A' + 'a');
        if (b >= 'A' && b <= 'Z') b = static_cast<char>(b - 'A' + 'a');
        if (a != b) return false;
    }
    return true;
}

std::vector<std::string_view> split_lines(std::string_view text) {
    std::vector<std::string_view> lines;
    while (!text.empty()) {
        std::size_t cut = text.find('\n');
        std::string_view line = text.substr(0, cut);
        if (line.ends_with('\r')) line.remove_suffix(1);
        lines.push_back(line);
        if (cut == std::string_view::npos) break;
        text.remove_prefix(cut + 1);
    }
    return lines;
}

}  // namespace vnsearch::indexer
