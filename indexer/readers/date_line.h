// The portal's "Ngày đăng 08/10/2020 | 23:45 | Lượt xem: 63" line, found in plain-text articles and in
// the text of saved HTML pages alike.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace vnsearch::indexer {

struct DateLine {
    std::string raw_date;               // "08/10/2020 | 23:45": for schema::parse_date
    std::optional<std::int64_t> views;  // 63
};

// nullopt when the (NFC) line does not start with "Ngày đăng" in any case.
std::optional<DateLine> parse_date_line(std::string_view line);

}  // namespace vnsearch::indexer
