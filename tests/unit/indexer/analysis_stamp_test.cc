// Tests of the analysis stamp: its stored form and how a changed setting is named.
#include <gtest/gtest.h>

#include "analysis_stamp.h"
#include "vnsearch/schema/layout.h"

using namespace vnsearch::indexer;
using vnsearch::schema::SpellingScope;

TEST(AnalysisStamp, TextNamesTheLayoutVersionDataAndSpelling) {
    AnalysisStamp stamp("0123456789abcdef", SpellingScope::Titles);
    EXPECT_EQ(stamp.text(), "layout=" + std::to_string(vnsearch::schema::Layout::kVersion) +
                                " orgs=0123456789abcdef spelling=titles");
}

TEST(AnalysisStamp, NamesWhatDiffers) {
    AnalysisStamp now("aaaa", SpellingScope::TitlesAndBodies);
    EXPECT_TRUE(now.differences_from(now.text()).empty());
    EXPECT_EQ(now.differences_from(AnalysisStamp("bbbb", SpellingScope::TitlesAndBodies).text()),
              std::vector<std::string>{"the organization data"});
    EXPECT_EQ(now.differences_from(AnalysisStamp("aaaa", SpellingScope::None).text()),
              std::vector<std::string>{"--spelling"});
    EXPECT_EQ(now.differences_from("layout=0 orgs=aaaa spelling=all"),
              std::vector<std::string>{"the index layout (another vnsearch version)"});
    EXPECT_EQ(now.differences_from("something else").size(), 3u);
}
