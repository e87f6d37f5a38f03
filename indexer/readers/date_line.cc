// Parsing of the portal's date-and-views line; see date_line.h.
#include "readers/date_line.h"

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

}  // namespace

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
