// Tests of the document builder: exact, folded and bigram terms, title positions before body
// positions, boolean terms, values and stored data, all as schema's Layout defines them.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include <algorithm>

#include "vnsearch/schema/document_builder.h"
#include "vnsearch/schema/layout.h"

using namespace vnsearch::schema;
using vnsearch::schema::Field;
using vnsearch::schema::Layout;
namespace slot = vnsearch::schema::slot;

namespace {

vnsearch::schema::Article sample() {
    vnsearch::schema::Article article;
    article.id = "seed-1";
    article.title = "Đại hội Đảng";
    article.body = "Quận ủy tổ chức đại hội.\nĐại hội thành công.";
    article.category = "Tin tức hoạt động";
    article.orgs = {"Quận ủy Đống Đa", "Ban Tuyên giáo"};
    article.date = vnsearch::schema::Date{2020, 10, 8, 23, 45};
    return article;
}

std::vector<Xapian::termpos> positions(const Xapian::Document& doc, const std::string& term) {
    auto it = doc.termlist_begin();
    it.skip_to(term);
    if (it == doc.termlist_end() || *it != term) return {};
    return {it.positionlist_begin(), it.positionlist_end()};
}

bool has_term(const Xapian::Document& doc, const std::string& term) {
    auto it = doc.termlist_begin();
    it.skip_to(term);
    return it != doc.termlist_end() && *it == term;
}

Xapian::termcount wdf(const Xapian::Document& doc, const std::string& term) {
    auto it = doc.termlist_begin();
    it.skip_to(term);
    return it != doc.termlist_end() && *it == term ? it.get_wdf() : 0;
}

}  // namespace

TEST(DocumentBuilder, IndexesExactFoldedAndBigramTerms) {
    auto built = DocumentBuilder().build(sample(), "/archive/a.txt");
    const auto& doc = built.document;
    EXPECT_TRUE(has_term(doc, Layout::term(Field::BodyExact, "tổ")));
    EXPECT_TRUE(has_term(doc, Layout::term(Field::BodyFolded, "to")));
    EXPECT_TRUE(has_term(doc, Layout::term(Field::TitleExact, "đảng")));
    EXPECT_TRUE(has_term(doc, Layout::term(Field::TitleFolded, "dang")));
    EXPECT_TRUE(has_term(doc, Layout::bigram_term(Field::BigramFolded, "dai", "hoi")));
    EXPECT_TRUE(has_term(doc, Layout::bigram_term(Field::BigramFolded, "to", "chuc")));
    // Bigrams are non-positional and never bridge a sentence or a paragraph.
    EXPECT_TRUE(positions(doc, Layout::bigram_term(Field::BigramFolded, "dai", "hoi")).empty());
    EXPECT_FALSE(has_term(doc, Layout::bigram_term(Field::BigramFolded, "hoi", "dai")));
    // Layout 3: word pairs are folded only; layout 2's exact pairs (prefix XB) are gone.
    for (auto it = doc.termlist_begin(); it != doc.termlist_end(); ++it) EXPECT_FALSE((*it).starts_with("XB")) << *it;
    // Title words are not title terms when they only occur in the body.
    EXPECT_FALSE(has_term(doc, Layout::term(Field::TitleExact, "quận")));
}

// Layout 2: a word without marks has only its folded term (the exact one would be the same word), and
// Layout::marked_term names the term that stands for it. Pairs are folded whatever their marks.
TEST(DocumentBuilder, WordsWithoutMarksGetNoExactTerm) {
    auto article = sample();
    article.title = "Tin cho ban";
    article.body = "Họp ban chỉ đạo trong tuần.";
    const auto& doc = DocumentBuilder().build(article, "").document;
    EXPECT_FALSE(has_term(doc, Layout::term(Field::BodyExact, "ban")));
    EXPECT_FALSE(has_term(doc, Layout::term(Field::TitleExact, "ban")));
    EXPECT_TRUE(has_term(doc, Layout::term(Field::BodyFolded, "ban")));
    EXPECT_TRUE(has_term(doc, Layout::marked_term(Field::BodyExact, "ban", "ban")));
    EXPECT_TRUE(has_term(doc, Layout::marked_term(Field::TitleExact, "ban", "ban")));
    EXPECT_TRUE(has_term(doc, Layout::marked_term(Field::BodyExact, "chỉ", "chi")));
    EXPECT_TRUE(has_term(doc, Layout::bigram_term(Field::BigramFolded, "cho", "ban")));
    EXPECT_TRUE(has_term(doc, Layout::bigram_term(Field::BigramFolded, "ban", "chi")));
}

TEST(DocumentBuilder, TitlePositionsComeBeforeBodyPositions) {
    auto built = DocumentBuilder().build(sample(), "");
    const auto& doc = built.document;
    EXPECT_EQ(positions(doc, Layout::term(Field::TitleFolded, "dai")), (std::vector<Xapian::termpos>{1}));
    EXPECT_EQ(positions(doc, Layout::term(Field::TitleFolded, "dang")), (std::vector<Xapian::termpos>{3}));
    // "dai" in the body field: the title occurrence, then the body's from kBodyFirstPosition on.
    auto body = positions(doc, Layout::term(Field::BodyFolded, "dai"));
    ASSERT_EQ(body.size(), 3u);
    EXPECT_EQ(body[0], 1u);
    EXPECT_GE(body[1], Layout::kBodyFirstPosition);
    EXPECT_EQ(positions(doc, Layout::term(Field::BodyFolded, "quan")),
              (std::vector<Xapian::termpos>{Layout::kBodyFirstPosition}));
}

TEST(DocumentBuilder, OnlyFoldedTermsCarryPositions) {
    auto built = DocumentBuilder().build(sample(), "");
    const auto& doc = built.document;
    EXPECT_TRUE(positions(doc, Layout::term(Field::BodyExact, "đại")).empty());
    EXPECT_TRUE(positions(doc, Layout::term(Field::TitleExact, "đại")).empty());
    EXPECT_EQ(wdf(doc, Layout::term(Field::BodyExact, "đại")), DocumentBuilder::kTitleWeight + 2);
}

TEST(DocumentBuilder, TitleWordsWeighMoreThanBodyWords) {
    auto built = DocumentBuilder().build(sample(), "");
    // "đảng" once in the title; "quận" once in the body.
    EXPECT_EQ(wdf(built.document, Layout::term(Field::BodyExact, "đảng")), DocumentBuilder::kTitleWeight);
    EXPECT_EQ(wdf(built.document, Layout::term(Field::BodyExact, "quận")), 1u);
    EXPECT_GT(DocumentBuilder::kTitleWeight, 1u);
}

TEST(DocumentBuilder, BodyStartsAfterAVeryLongTitle) {
    auto article = sample();
    article.title.clear();
    for (int i = 0; i < 1200; ++i) article.title += "chữ ";
    auto built = DocumentBuilder().build(article, "");
    auto body = positions(built.document, Layout::term(Field::BodyFolded, "quan"));
    ASSERT_EQ(body.size(), 1u);
    EXPECT_GT(body[0], 1201u);
}

TEST(DocumentBuilder, AddsBooleanTermsValuesAndData) {
    auto article = sample();
    auto built = DocumentBuilder().build(article, "/archive/a.txt");
    const auto& doc = built.document;
    EXPECT_EQ(built.id_term, Layout::id_term("seed-1"));
    EXPECT_TRUE(has_term(doc, Layout::id_term("seed-1")));
    EXPECT_TRUE(has_term(doc, Layout::org_term("Quận ủy Đống Đa")));
    EXPECT_TRUE(has_term(doc, Layout::org_term("Ban Tuyên giáo")));
    EXPECT_TRUE(has_term(doc, Layout::category_term("Tin tức hoạt động")));
    EXPECT_TRUE(has_term(doc, Layout::source_path_term("/archive/a.txt")));
    EXPECT_EQ(built.source_term, Layout::source_path_term("/archive/a.txt"));
    EXPECT_EQ(doc.get_value(slot::kDate), "20201008");
    EXPECT_EQ(doc.get_value(slot::kCategory), "Tin tức hoạt động");
    EXPECT_EQ(Layout::split_list(doc.get_value(slot::kOrgs)), article.orgs);
    EXPECT_EQ(doc.get_value(slot::kDupKey), DocumentBuilder::dup_key(article.body));
    EXPECT_EQ(doc.get_value(slot::kDupKey).size(), 16u);
    EXPECT_EQ(doc.get_value(slot::kId), article.id);  // the tie-break of every order
    EXPECT_EQ(doc.get_value(slot::kDateAscKey), "20201008" + article.id);
    EXPECT_EQ(doc.get_value(slot::kDateDescKey), "20201008" + article.id);
    auto stored = vnsearch::schema::article_from_document_data(doc.get_data());
    ASSERT_TRUE(stored);
    EXPECT_EQ(vnsearch::schema::to_json(*stored), vnsearch::schema::to_json(article));
}

TEST(DocumentBuilder, UndatedArticleHasNoDateValue) {
    auto article = sample();
    article.date.reset();
    EXPECT_EQ(DocumentBuilder().build(article, "").document.get_value(slot::kDate), "");
    // Undated: after every date in both orders (date_desc sorts its key in reverse).
    EXPECT_GT(DocumentBuilder().build(article, "").document.get_value(slot::kDateAscKey), "99991231");
    EXPECT_LT(DocumentBuilder().build(article, "").document.get_value(slot::kDateDescKey), "00000101");
}

TEST(DocumentBuilder, DupKeyIgnoresMarksCaseAndFormatting) {
    EXPECT_EQ(DocumentBuilder::dup_key("Đại hội Đảng, thành công."), DocumentBuilder::dup_key("dai hoi dang thanh cong"));
    EXPECT_NE(DocumentBuilder::dup_key("Đại hội Đảng"), DocumentBuilder::dup_key("Đại hội Đoàn"));
}

TEST(DocumentBuilder, SpellingWordsFollowTheScope) {
    auto all = DocumentBuilder(SpellingScope::TitlesAndBodies).build(sample(), "").spelling_words;
    auto titles = DocumentBuilder(SpellingScope::Titles).build(sample(), "").spelling_words;
    auto none = DocumentBuilder(SpellingScope::None).build(sample(), "").spelling_words;
    auto has = [](const std::vector<std::string>& words, const std::string& word) {
        return std::find(words.begin(), words.end(), word) != words.end();
    };
    EXPECT_TRUE(has(all, "tổ") && has(all, "to") && has(all, "đảng") && has(all, "dang"));
    EXPECT_TRUE(has(titles, "đảng"));
    EXPECT_FALSE(has(titles, "tổ"));
    EXPECT_TRUE(none.empty());
}
