// Parsing of the portal's date-and-views line; see date_line.h.
#include "readers/date_line.h"

#include <array>
#include <span>
#include <regex>

#include "vnsearch/schema/text.h"
#include "vnsearch/schema/analyzer.h"

namespace vnsearch::indexer {
using schema::trim;

namespace {

constexpr std::string_view kDateLabel = "ngày đăng";  // as Analyzer::normalize writes it

// "Lượt xem: 1.234" -> 1234.
std::optional<std::int64_t> views_from(std::string_view text) {
    std::string digits;
    for (char c : text) {
        if (c >= '0' && c <= '9') {
            digits += c;
        } else if (!digits.empty() && c != '.' && c != ',') {
            break;
        }
    }
    if (digits.empty() || digits.size() > 18) return std::nullopt;
    return std::stoll(digits);
}

// The words a date-only line may hold besides the date, as Analyzer::normalize writes them; longer
// ones first so that "chủ nhật" goes before "nhật".
constexpr std::array<std::string_view, 19> kDateWords = {
    "cập nhật", "chủ nhật", "ngày đăng", "đăng lúc", "xuất bản", "thứ hai", "thứ ba", "thứ tư", "thứ năm",
    "thứ sáu", "thứ bảy", "thứ 2", "thứ 3", "thứ 4", "thứ 5", "thứ 6", "thứ 7", "ngày", "lúc"};
constexpr std::array<std::string_view, 5> kShortDateWords = {"gmt", "cn", "đăng", "giờ", "sáng"};

}  // namespace

std::optional<std::string> date_only_line(std::string_view line) {
    if (line.size() > 100) return std::nullopt;
    std::string text = schema::Analyzer::normalize(line);
    static const std::regex kDate(R"((\d{1,2})/(\d{1,2})/(\d{4}))");
    static const std::regex kTime(R"((\d{1,2})[:h](\d{2}))");
    std::smatch date;
    if (!std::regex_search(text, date, kDate)) return std::nullopt;
    std::string result = date.str(0);
    std::smatch time;
    if (std::regex_search(text, time, kTime)) result += " " + time.str(1) + ":" + time.str(2);
    for (auto words : {std::span<const std::string_view>(kDateWords), std::span<const std::string_view>(kShortDateWords)}) {
        for (std::string_view word : words) {
            for (auto at = text.find(word); at != std::string::npos; at = text.find(word)) text.replace(at, word.size(), " ");
        }
    }
    // What is left may only be digits and the separators between them.
    if (text.find_first_not_of("0123456789/:h|-.,+()[] \t\xC2\xA0") != std::string::npos) return std::nullopt;
    return result;
}

std::optional<DateLine> parse_date_line(std::string_view line) {
    line = trim(line);
    if (!schema::Analyzer::normalize(line.substr(0, 32)).starts_with(kDateLabel)) return std::nullopt;
    DateLine parsed;
    // The date runs from the first digit to the next word ("Lượt xem" in any case or spelling).
    std::size_t begin = line.find_first_of("0123456789");
    if (begin == std::string_view::npos) return parsed;
    std::string_view rest = line.substr(begin);
    std::size_t end = rest.find_first_not_of("0123456789/:|-. \t\xC2\xA0");
    std::string_view date = trim(rest.substr(0, end));
    while (!date.empty() && date.back() == '|') date = trim(date.substr(0, date.size() - 1));
    parsed.raw_date = std::string(date);
    if (end != std::string_view::npos) parsed.views = views_from(rest.substr(end));
    return parsed;
}

}  // namespace vnsearch::indexer
