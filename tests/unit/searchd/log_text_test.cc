// Client text in the log: control characters and broken UTF-8 escaped, Vietnamese kept.
#include <gtest/gtest.h>

#include "log_text.h"

using vnsearch::searchd::printable_for_log;

TEST(LogText, ControlCharactersCannotForgeLinesOrDriveTheTerminal) {
    EXPECT_EQ(printable_for_log("/x\nforged\r\x1b[31m"), "/x\\x0Aforged\\x0D\\x1B[31m");
    EXPECT_EQ(printable_for_log("a\\b"), "a\\x5Cb");
    EXPECT_EQ(printable_for_log("\xc2\x9b" "2J"), "\\xC2\\x9B2J");  // C1 CSI as UTF-8
}

TEST(LogText, VietnameseIsKeptAndBrokenUtf8Escaped) {
    EXPECT_EQ(printable_for_log("/search?q=Đại hội"), "/search?q=Đại hội");
    EXPECT_EQ(printable_for_log("a\xff\xc3"), "a\\xFF\\xC3");
    EXPECT_EQ(printable_for_log("\xed\xa0\x80"), "\\xED\\xA0\\x80");  // a UTF-16 surrogate
}
