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

// A short line that says only when an article was published, as portals print it under the headline
// ("Thứ Hai, 01/06/2021 - 08:00 (GMT+7)", "Cập nhật: 08:15 ngày 01/06/2021"): its date as
// schema::parse_date reads it ("01/06/2021 08:00"); nullopt for any line holding other words.
std::optional<std::string> date_only_line(std::string_view line);

}  // namespace vnsearch::indexer
