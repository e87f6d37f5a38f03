// Calendar dates as news archives write them, and their sortable forms.
// Every date form an input may carry is parsed here, once, for the indexer and searchd alike.
#pragma once

#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>

namespace vnsearch::schema {

// How finely dates are grouped, e.g. in the date facet.
enum class DateInterval { Year, Month, Day };

struct Date {
    int year = 0;
    int month = 0;
    int day = 0;
    std::optional<int> hour;    // local time in Vietnam (UTC+7) when the source gave one
    std::optional<int> minute;

    std::string iso_date() const;      // "2020-10-08"
    std::string sort_key() const;      // "20201008": the value stored in the date slot
    std::string bucket(DateInterval interval) const;  // "2020", "2020-10" or "2020-10-08"
    std::optional<std::string> iso_time() const;  // "23:45"
    friend bool operator==(const Date&, const Date&) = default;
};

// Thrown for text that looks like a date but is not one ("31/02/2020", "2020-13-01").
struct DateError : std::invalid_argument {
    using std::invalid_argument::invalid_argument;
};

// Accepts "YYYY-MM-DD", ISO datetimes with or without offset ("2020-10-08T23:45:00+07:00",
// "...Z": converted to Vietnam local time), "dd/mm/yyyy", "d/m/yyyy", optionally followed by
// " hh:mm" or " | hh:mm". Returns nullopt for empty text; throws DateError for anything else.
std::optional<Date> parse_date(std::string_view text);

// A date from the search API: strict "YYYY-MM-DD"; throws DateError with a message fit for a 400.
Date parse_iso_date(std::string_view text);

bool is_valid_calendar_date(int year, int month, int day);

// The date a Date::sort_key() value stands for ("20201008"); nullopt for anything else (an empty
// value, other lengths, non-digits, a day not in the calendar).
std::optional<Date> date_from_sort_key(std::string_view key);

}  // namespace vnsearch::schema
