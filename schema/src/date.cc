// Date parsing for every form the inputs carry; see date.h for the accepted forms.
#include "vnsearch/schema/date.h"

#include <algorithm>
#include <cctype>
#include <chrono>
#include <cstdio>
#include <string>

#include "vnsearch/schema/text.h"

namespace vnsearch::schema {
namespace {

constexpr int kVietnamOffsetMinutes = 7 * 60;

// A tiny cursor over ASCII text; dates never need more.
class Cursor {
public:
    explicit Cursor(std::string_view text) : text_(text) {}
    bool done() const { return pos_ >= text_.size(); }
    char peek() const { return done() ? '\0' : text_[pos_]; }
    bool eat(char c) {
        if (peek() != c) return false;
        ++pos_;
        return true;
    }
    // Reads 1..max_digits digits; returns -1 if there are none.
    int number(std::size_t min_digits, std::size_t max_digits) {
        std::size_t start = pos_;
        int value = 0;
        while (!done() && std::isdigit(static_cast<unsigned char>(peek())) && pos_ - start < max_digits) {
            value = value * 10 + (text_[pos_++] - '0');
        }
        return pos_ - start >= min_digits ? value : -1;
    }
    void skip_separators() {
        while (!done() && (peek() == ' ' || peek() == '|' || peek() == ',' || peek() == '\t')) ++pos_;
    }
    void skip_digits() {
        while (!done() && std::isdigit(static_cast<unsigned char>(peek()))) ++pos_;
    }
    std::size_t position() const { return pos_; }

private:
    std::string_view text_;
    std::size_t pos_ = 0;
};

std::string replace_no_break_spaces(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text.compare(i, 2, "\xC2\xA0") == 0) {  // U+00A0, as in the portal's date line
            out += ' ';
            ++i;
        } else {
            out += text[i];
        }
    }
    return out;
}

[[noreturn]] void fail(std::string_view text, std::string_view why) {
    throw DateError("'" + std::string(text) + "' is not a date: " + std::string(why));
}

Date checked_date(std::string_view text, int year, int month, int day) {
    if (!is_valid_calendar_date(year, month, day)) fail(text, "no such day in the calendar");
    return Date{year, month, day, std::nullopt, std::nullopt};
}

// "hh:mm[:ss[.fff]]": fills the time and returns true, or returns false leaving the date untouched.
bool read_time(Cursor& cursor, Date& date, std::string_view text) {
    int hour = cursor.number(1, 2);
    if (hour < 0) return false;
    if (!cursor.eat(':')) fail(text, "a time needs hh:mm");
    int minute = cursor.number(2, 2);
    if (minute < 0 || hour > 23 || minute > 59) fail(text, "time out of range");
    if (cursor.eat(':')) {
        if (cursor.number(2, 2) < 0) fail(text, "seconds need two digits");
        if (cursor.eat('.')) cursor.skip_digits();
    }
    date.hour = hour;
    date.minute = minute;
    return true;
}

// Moves a date-time given at `offset_minutes` from UTC to Vietnam local time.
void shift_to_vietnam(Date& date, int offset_minutes) {
    using namespace std::chrono;
    sys_days day = year_month_day{year{date.year}, month{static_cast<unsigned>(date.month)},
                                  std::chrono::day{static_cast<unsigned>(date.day)}};
    auto local = day + hours{*date.hour} + minutes{*date.minute} - minutes{offset_minutes} +
                 minutes{kVietnamOffsetMinutes};
    auto local_day = floor<days>(local);
    year_month_day ymd{local_day};
    auto time_of_day = local - local_day;
    date.year = static_cast<int>(ymd.year());
    date.month = static_cast<int>(static_cast<unsigned>(ymd.month()));
    date.day = static_cast<int>(static_cast<unsigned>(ymd.day()));
    date.hour = static_cast<int>(duration_cast<hours>(time_of_day).count());
    date.minute = static_cast<int>(duration_cast<minutes>(time_of_day).count() % 60);
}

// "Z", "+07:00", "+0700", "-05"; returns true when an offset was read.
bool read_offset(Cursor& cursor, int& offset_minutes, std::string_view text) {
    if (cursor.eat('Z') || cursor.eat('z')) {
        offset_minutes = 0;
        return true;
    }
    int sign = cursor.eat('+') ? 1 : cursor.eat('-') ? -1 : 0;
    if (sign == 0) return false;
    int hours = cursor.number(2, 2);
    if (hours < 0) fail(text, "a UTC offset needs +hh:mm");
    cursor.eat(':');
    int minutes = cursor.done() ? 0 : cursor.number(2, 2);
    if (minutes < 0 || hours > 14 || minutes > 59) fail(text, "UTC offset out of range");
    offset_minutes = sign * (hours * 60 + minutes);
    return true;
}

// "YYYY-MM-DD" at the cursor: a checked calendar date, or DateError.
Date read_iso_day(Cursor& cursor, std::string_view text) {
    int year = cursor.number(4, 4);
    bool shaped = year >= 0 && cursor.eat('-');
    int month = shaped ? cursor.number(2, 2) : -1;
    shaped = shaped && month >= 0 && cursor.eat('-');
    int day = shaped ? cursor.number(2, 2) : -1;
    if (!shaped || day < 0) fail(text, "expected YYYY-MM-DD");
    return checked_date(text, year, month, day);
}

Date parse_iso_form(std::string_view text) {
    Cursor cursor(text);
    Date date = read_iso_day(cursor, text);
    if (cursor.done()) return date;
    if (!cursor.eat('T') && !cursor.eat(' ')) fail(text, "unexpected text after the date");
    if (!read_time(cursor, date, text)) fail(text, "expected a time after the date");
    int offset = 0;
    if (read_offset(cursor, offset, text)) shift_to_vietnam(date, offset);
    if (!cursor.done()) fail(text, "unexpected text after the time");
    return date;
}

Date parse_day_first_form(std::string_view text) {
    Cursor cursor(text);
    int day = cursor.number(1, 2);
    if (!cursor.eat('/')) fail(text, "expected dd/mm/yyyy");
    int month = cursor.number(1, 2);
    if (!cursor.eat('/')) fail(text, "expected dd/mm/yyyy");
    int year = cursor.number(4, 4);
    if (day < 0 || month < 0 || year < 0) fail(text, "expected dd/mm/yyyy");
    Date date = checked_date(text, year, month, day);
    cursor.skip_separators();
    if (cursor.done()) return date;
    if (!read_time(cursor, date, text)) fail(text, "unexpected text after the date");
    cursor.skip_separators();
    if (!cursor.done()) fail(text, "unexpected text after the time");
    return date;
}

std::string two_digits(int value) {
    char buffer[8];
    std::snprintf(buffer, sizeof buffer, "%02d", value);
    return buffer;
}

}  // namespace

bool is_valid_calendar_date(int year, int month, int day) {
    using namespace std::chrono;
    if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1 || day > 31) return false;
    return year_month_day{std::chrono::year{year}, std::chrono::month{static_cast<unsigned>(month)},
                          std::chrono::day{static_cast<unsigned>(day)}}
        .ok();
}

std::string Date::iso_date() const {
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", year, month, day);
    return buffer;
}

std::string Date::sort_key() const {
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "%04d%02d%02d", year, month, day);
    return buffer;
}

std::optional<Date> date_from_sort_key(std::string_view key) {
    if (key.size() != 8 || !std::all_of(key.begin(), key.end(), [](char c) { return c >= '0' && c <= '9'; })) {
        return std::nullopt;
    }
    auto number = [&](std::size_t from, std::size_t length) {
        int value = 0;
        for (char c : key.substr(from, length)) value = value * 10 + (c - '0');
        return value;
    };
    Date date{number(0, 4), number(4, 2), number(6, 2), std::nullopt, std::nullopt};
    if (!is_valid_calendar_date(date.year, date.month, date.day)) return std::nullopt;
    return date;
}

std::string Date::bucket(DateInterval interval) const {
    char buffer[16];
    switch (interval) {
        case DateInterval::Year: std::snprintf(buffer, sizeof buffer, "%04d", year); break;
        case DateInterval::Month: std::snprintf(buffer, sizeof buffer, "%04d-%02d", year, month); break;
        case DateInterval::Day: return iso_date();
    }
    return buffer;
}

std::optional<std::string> Date::iso_time() const {
    if (!hour || !minute) return std::nullopt;
    return two_digits(*hour) + ":" + two_digits(*minute);
}

std::optional<Date> parse_date(std::string_view raw) {
    std::string spaced = replace_no_break_spaces(raw);
    std::string_view text = trim(spaced);
    if (text.empty()) return std::nullopt;
    if (text.size() >= 5 && text[4] == '-') return parse_iso_form(text);
    if (text.find('/') != std::string_view::npos) return parse_day_first_form(text);
    fail(text, "accepted forms are YYYY-MM-DD, an ISO date-time, or dd/mm/yyyy");
}

Date parse_iso_date(std::string_view text) {
    Cursor cursor(text);
    Date date = read_iso_day(cursor, text);
    if (!cursor.done()) fail(text, "expected YYYY-MM-DD");
    return date;
}

}  // namespace vnsearch::schema
