// DocSet, the bitmap of docids counts and filters are made of: counting up to a docid (a count's
// estimate) and finding the next member (walking it as a posting list), on words' edges.
#include <gtest/gtest.h>

#include <initializer_list>

#include "facets/doc_set.h"

using namespace vnsearch::searchd;

namespace {

DocSet with(Xapian::docid end, std::initializer_list<Xapian::docid> members) {
    DocSet set(end);
    for (Xapian::docid docid : members) set.insert(docid);
    return set;
}

}  // namespace

TEST(DocSet, CountsMembersThroughADocid) {
    DocSet set = with(200, {1, 63, 64, 65, 127, 128, 199});
    EXPECT_EQ(set.count_through(0), 0u);
    EXPECT_EQ(set.count_through(1), 1u);
    EXPECT_EQ(set.count_through(63), 2u);
    EXPECT_EQ(set.count_through(64), 3u);
    EXPECT_EQ(set.count_through(127), 5u);
    EXPECT_EQ(set.count_through(199), 7u);
    EXPECT_EQ(set.count_through(100000), 7u);
}

TEST(DocSet, FindsTheFirstMemberFromADocid) {
    DocSet set = with(300, {1, 63, 64, 200});
    EXPECT_EQ(set.first_from(0), 1u);
    EXPECT_EQ(set.first_from(1), 1u);
    EXPECT_EQ(set.first_from(2), 63u);
    EXPECT_EQ(set.first_from(64), 64u);
    EXPECT_EQ(set.first_from(65), 200u);
    EXPECT_EQ(set.first_from(201), 0u);
    EXPECT_EQ(set.first_from(100000), 0u);
    EXPECT_EQ(DocSet(100).first_from(0), 0u);
}
