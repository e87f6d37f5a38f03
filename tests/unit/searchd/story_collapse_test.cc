// Story collapse: the revision's story table groups copies as their duplicate keys do, and collapsing
// with it keeps the same matches as reading each match's key.
#include <gtest/gtest.h>

#include "answer_order.h"
#include "story_collapse.h"
#include "unit/searchd/test_index.h"
#include "vnsearch/schema/layout.h"

namespace vnsearch::searchd {
namespace {

using vnsearch::testing::article;

std::vector<schema::Article> stories() {
    const std::string flood = "Mưa lớn gây ngập sâu nhiều tuyến phố, giao thông ùn tắc kéo dài.";
    const std::string price = "Giá vàng trong nước tăng mạnh, nhà đầu tư mua vàng miếng.";
    return {article("flood-a", "Ngập", flood), article("price-a", "Giá vàng", price), article("flood-b", "Ngập phố", flood),
            article("alone", "Mưa", "Mưa nhỏ rải rác, trời mát."), article("flood-c", "Mưa ngập", flood),
            article("price-b", "Vàng", price)};
}

std::vector<std::string> ids(const std::vector<Xapian::MSetIterator>& kept) {
    std::vector<std::string> out;
    for (const auto& it : kept) out.push_back(it.get_document().get_value(schema::slot::kId));
    return out;
}

TEST(StoryTable, NumbersEachDuplicateKeyOnce) {
    vnsearch::testing::TestIndex index(stories());
    Xapian::Database db(index.path());
    StoryTable table(db);
    auto story = [&](Xapian::docid docid) { return table.story_of(docid); };
    // docids in the order added: flood-a 1, price-a 2, flood-b 3, alone 4, flood-c 5, price-b 6
    EXPECT_EQ(story(1), story(3));
    EXPECT_EQ(story(1), story(5));
    EXPECT_EQ(story(2), story(6));
    EXPECT_NE(story(1), story(2));
    EXPECT_NE(story(4), story(1));
    EXPECT_NE(story(4), story(2));
    EXPECT_EQ(story(0), StoryTable::kNone);
    EXPECT_EQ(story(99), StoryTable::kNone);  // past the revision it was read from
    EXPECT_EQ(table.stories(), 3u);
}

TEST(StoryTable, CollapsesAsReadingEachMatchsKeyDoes) {
    vnsearch::testing::TestIndex index(stories());
    Xapian::Database db(index.path());
    StoryTable table(db);
    for (const char* word : {"XFmua", "XFngap", "XFvang"}) {
        Xapian::Enquire enquire(db);
        enquire.set_query(Xapian::Query(word));
        enquire.set_sort_by_relevance_then_value(schema::slot::kId, false);
        auto ordered = in_answer_order(enquire.get_mset(0, 10));
        auto by_keys = first_of_each_story(ordered);
        auto by_table = first_of_each_story(ordered, table);
        EXPECT_EQ(ids(by_table), ids(by_keys)) << word;
        EXPECT_LT(by_table.size(), ordered.size()) << word;  // something was collapsed
    }
}

}  // namespace
}  // namespace vnsearch::searchd
