// JsonWriter writes what nlohmann's dump(-1, ' ', false, replace) writes for the same values: search
// answers changed writer without changing a byte. retimed() changes took_ms and nothing else.
#include <gtest/gtest.h>

#include <cstdint>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "http/json_writer.h"
#include "search_response.h"

using vnsearch::searchd::Stopwatch;
using vnsearch::searchd::http::JsonWriter;
using Json = nlohmann::ordered_json;

namespace {

std::string dumped(const Json& json) { return json.dump(-1, ' ', false, Json::error_handler_t::replace); }

std::string written_string(const std::string& text) {
    JsonWriter out;
    out.value(text);
    return out.take();
}

}  // namespace

TEST(JsonWriter, StringsAreEscapedAsNlohmannEscapesThem) {
    std::vector<std::string> texts = {
        "",
        "Đại hội Đảng bộ quận Đống Đa",
        "Quận u\xCC\x89y (NFD)",  // a combining mark
        "quote \" backslash \\ slash / tab \t newline \n return \r",
        std::string("nul \0 bell \x07 unit \x1f del \x7f", 24),
        "form \f back \b",
        "<mark>Hà Nội</mark> &amp; \u2026",
        "\xF0\x9F\x93\xB0 four bytes",
        // Not UTF-8: a lone continuation byte, a cut sequence, an overlong form, a surrogate, past U+10FFFF.
        "a\x80z",
        "cut \xE1\xBA",
        "\xC0\xAF overlong",
        "\xED\xA0\x80 surrogate",
        "\xF4\x90\x80\x80 too high",
        "Vi\xE1\xBB\x87t \xFF Nam",
    };
    for (const std::string& text : texts) {
        EXPECT_EQ(written_string(text), dumped(Json(text))) << text;
    }
}

TEST(JsonWriter, NumbersBooleansAndNullAsNlohmannWritesThem) {
    for (double number : {0.0, 1.0, 37.0624, 0.0001, 1e-05, 12.34, 1234567.0, 1e21, -2.5}) {
        JsonWriter out;
        out.value(number);
        EXPECT_EQ(out.take(), dumped(Json(number))) << number;
    }
    JsonWriter out;
    out.begin_array()
        .value(std::uint64_t{18446744073709551615u})
        .value(std::int64_t{-42})
        .value(0u)
        .value(true)
        .value(false)
        .null()
        .end_array();
    EXPECT_EQ(out.take(), dumped(Json::array({18446744073709551615u, -42, 0u, true, false, nullptr})));
}

TEST(JsonWriter, NestedObjectsAndArraysKeepTheirOrderAndCommas) {
    JsonWriter out;
    out.begin_object();
    out.key("total").value(3u);
    out.key("hits").begin_array();
    out.begin_object().key("id").value("a").key("orgs").begin_array().end_array().end_object();
    out.begin_object().key("id").value("b").key("orgs").begin_array().value("Bộ Y tế").value("UBND").end_array().end_object();
    out.end_array();
    out.key("facets").begin_object().end_object();
    out.key("raw").raw("[1,2]");
    out.end_object();
    Json expected = {{"total", 3},
                     {"hits", Json::array({Json{{"id", "a"}, {"orgs", Json::array()}},
                                           Json{{"id", "b"}, {"orgs", {"Bộ Y tế", "UBND"}}}})},
                     {"facets", Json::object()},
                     {"raw", {1, 2}}};
    EXPECT_EQ(out.take(), dumped(expected));
}

TEST(JsonWriter, TakeLeavesAnEmptyWriter) {
    JsonWriter out;
    out.begin_array().value(1u).end_array();
    EXPECT_EQ(out.take(), "[1]");
    out.begin_array().value(2u).end_array();
    EXPECT_EQ(out.take(), "[2]");
}

TEST(Retimed, ChangesTookMsOnly) {
    Json answer = {{"total", 2},     {"total_exact", true}, {"page", 1},
                   {"per_page", 10}, {"took_ms", 12.34},    {"hits", Json::array({Json{{"title", "\"took_ms\":1,"}}})},
                   {"facets", Json::object()}};
    Json again = Json::parse(vnsearch::searchd::retimed(dumped(answer), Stopwatch()));
    EXPECT_NE(again["took_ms"], 12.34);
    EXPECT_LT(again["took_ms"].get<double>(), 1000.0);
    again["took_ms"] = 12.34;
    EXPECT_EQ(dumped(again), dumped(answer));
}
