// Tests of date parsing: every form the inputs carry, offsets to Vietnam time, impossible dates.
#include <gtest/gtest.h>

#include "vnsearch/schema/date.h"

using vnsearch::schema::Date;
using vnsearch::schema::DateError;
using vnsearch::schema::date_from_sort_key;
using vnsearch::schema::parse_date;
using vnsearch::schema::parse_iso_date;

TEST(DateParse, PortalLineWithNoBreakSpaces) {
    auto date = parse_date("08/10/2020\u00A0|\u00A023:45\u00A0");
    ASSERT_TRUE(date);
    EXPECT_EQ(date->iso_date(), "2020-10-08");
    EXPECT_EQ(date->iso_time(), "23:45");
    EXPECT_EQ(date->sort_key(), "20201008");
}

TEST(DateParse, DayFirstWithAndWithoutLeadingZeros) {
    EXPECT_EQ(parse_date("8/1/2021")->iso_date(), "2021-01-08");
    EXPECT_EQ(parse_date("08/01/2021")->iso_date(), "2021-01-08");
    EXPECT_FALSE(parse_date("8/1/2021")->iso_time());
}

TEST(DateParse, IsoDateAndDateTime) {
    EXPECT_EQ(parse_date("2020-10-01")->iso_date(), "2020-10-01");
    auto local = parse_date("2020-10-01T09:30:00");
    EXPECT_EQ(local->iso_time(), "09:30");
}

TEST(DateParse, OffsetsAreConvertedToVietnamTime) {
    auto utc = parse_date("2020-10-08T20:00:00Z");
    EXPECT_EQ(utc->iso_date(), "2020-10-09");
    EXPECT_EQ(utc->iso_time(), "03:00");
    auto vietnam = parse_date("2020-10-08T23:45:00+07:00");
    EXPECT_EQ(vietnam->iso_date(), "2020-10-08");
    EXPECT_EQ(vietnam->iso_time(), "23:45");
    auto paris = parse_date("2020-12-31T18:30:00.123+0100");
    EXPECT_EQ(paris->iso_date(), "2021-01-01");
    EXPECT_EQ(paris->iso_time(), "00:30");
}

TEST(DateParse, EmptyMeansUndated) {
    EXPECT_FALSE(parse_date(""));
    EXPECT_FALSE(parse_date("  \u00A0 "));
}

TEST(DateParse, ImpossibleOrMalformedDatesThrowWithTheText) {
    EXPECT_THROW(parse_date("31/02/2020"), DateError);
    EXPECT_THROW(parse_date("2020-13-01"), DateError);
    EXPECT_THROW(parse_date("hôm qua"), DateError);
    EXPECT_THROW(parse_date("08/10/2020 25:00"), DateError);
    try {
        parse_date("31/02/2020");
    } catch (const DateError& error) {
        EXPECT_NE(std::string(error.what()).find("31/02/2020"), std::string::npos);
    }
}

TEST(DateParse, LeapDays) {
    EXPECT_EQ(parse_date("29/02/2020")->iso_date(), "2020-02-29");
    EXPECT_THROW(parse_date("29/02/2021"), DateError);
}

TEST(DateParseIso, ApiDatesAreStrict) {
    EXPECT_EQ(parse_iso_date("2020-10-08").sort_key(), "20201008");
    EXPECT_THROW(parse_iso_date("2020-10-8"), DateError);
    EXPECT_THROW(parse_iso_date("08/10/2020"), DateError);
    EXPECT_THROW(parse_iso_date("2020-02-30"), DateError);
    EXPECT_THROW(parse_iso_date("2020-10-08x"), DateError);
}

TEST(DateSortKey, ReadsBackWhatSortKeyWrites) {
    auto date = date_from_sort_key("20201008");
    ASSERT_TRUE(date);
    EXPECT_EQ(date->iso_date(), "2020-10-08");
    EXPECT_EQ(date_from_sort_key(date->sort_key())->sort_key(), "20201008");
    EXPECT_FALSE(date_from_sort_key(""));
    EXPECT_FALSE(date_from_sort_key("2020100"));
    EXPECT_FALSE(date_from_sort_key("2020-10-8"));
    EXPECT_FALSE(date_from_sort_key("20200230"));
}

TEST(DateBucket, GroupsByYearMonthOrDay) {
    auto date = vnsearch::schema::date_from_sort_key(vnsearch::schema::Date{2020, 3, 8}.sort_key());
    ASSERT_TRUE(date);
    EXPECT_EQ(date->bucket(vnsearch::schema::DateInterval::Year), "2020");
    EXPECT_EQ(date->bucket(vnsearch::schema::DateInterval::Month), "2020-03");
    EXPECT_EQ(date->bucket(vnsearch::schema::DateInterval::Day), "2020-03-08");
}
