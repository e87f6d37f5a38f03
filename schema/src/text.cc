// Text helpers; see text.h.
#include "vnsearch/schema/text.h"

#include <unicode/unistr.h>

#include <stdexcept>

#include "icu_normalizers.h"

namespace vnsearch::schema {
namespace {

constexpr std::string_view kNoBreakSpace = "\xC2\xA0";

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

char lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

bool equal_ascii_ci(std::string_view a, std::string_view b) {
    if (a.size() != b.size()) return false;
    for (std::size_t i = 0; i < a.size(); ++i) {
        if (lower(a[i]) != lower(b[i])) return false;
    }
    return true;
}

}  // namespace

std::string to_nfc(std::string_view text) {
    UErrorCode status = U_ZERO_ERROR;
    icu::UnicodeString unicode =
        icu::UnicodeString::fromUTF8(icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
    icu::UnicodeString normalized = icu_normalizers::nfc().normalize(unicode, status);
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

std::string_view trim(std::string_view text, std::string_view bytes) {
    std::size_t first = text.find_first_not_of(bytes);
    if (first == std::string_view::npos) return {};
    return text.substr(first, text.find_last_not_of(bytes) - first + 1);
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
    return text.size() >= prefix.size() && equal_ascii_ci(text.substr(0, prefix.size()), prefix);
}

bool ends_with_ascii_ci(std::string_view text, std::string_view suffix) {
    return text.size() >= suffix.size() && equal_ascii_ci(text.substr(text.size() - suffix.size()), suffix);
}

std::string ascii_lower(std::string_view text) {
    std::string out(text);
    for (char& c : out) c = lower(c);
    return out;
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

std::vector<std::string_view> split_spaces(std::string_view text) {
    std::vector<std::string_view> words;
    for (std::size_t at = 0; at < text.size();) {
        std::size_t space = std::min(text.find(' ', at), text.size());
        words.push_back(text.substr(at, space - at));
        at = space + 1;
    }
    return words;
}

}  // namespace vnsearch::schema
