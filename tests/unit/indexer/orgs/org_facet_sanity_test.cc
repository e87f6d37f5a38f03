// The organization facet over both shared corpora (~32,700 articles), built in process with the
// extractor the indexer runs on every article (the corpora carry no publisher or orgs field, so it
// is all the facet holds): its 100 most frequent values must hold no generic or truncated entry, and
// no value at all is a province's department without its province, nor every body of a kind there.
// VNSEARCH_ORG_FACET_TOP=N prints the N most frequent values.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <regex>
#include <string>
#include <unordered_map>
#include <vector>

#include <nlohmann/json.hpp>

#include "orgs/org_catalog.h"
#include "orgs/org_extractor.h"
#include "unit/indexer/orgs/shared_corpus.h"
#include "vnsearch/schema/analyzer.h"

namespace vnsearch::indexer {
namespace {

struct FacetValue {
    std::string name;
    std::size_t articles = 0;
};

// Facet values by article count, most frequent first (ties by name): searchd counts each spelling.
std::vector<FacetValue> org_facet(const OrgCatalog& catalog) {
    OrgExtractor extractor(catalog);
    std::unordered_map<std::string, FacetValue> values;
    for (const char* corpus : {"dantri", "baomoi"}) {
        test::for_each_article(corpus, [&](const nlohmann::json& json) {
            for (auto& name : extractor.extract(test::article_text(json))) {
                FacetValue& value = values[name];
                if (value.name.empty()) value.name = std::move(name);
                ++value.articles;
            }
        });
    }
    std::vector<FacetValue> sorted;
    for (auto& [key, value] : values) sorted.push_back(std::move(value));
    std::sort(sorted.begin(), sorted.end(), [](const FacetValue& a, const FacetValue& b) {
        return a.articles != b.articles ? a.articles > b.articles : a.name < b.name;
    });
    return sorted;
}

// What a facet value must never be, with why.
struct Forbidden {
    std::regex pattern;
    const char* why;
};

const std::vector<Forbidden>& forbidden_patterns() {
    static const std::vector<Forbidden> patterns = [] {
        auto re = [](const char* text) { return std::regex(text, std::regex::ECMAScript | std::regex::optimize); };
        return std::vector<Forbidden>{
            // Bare heads and generic mentions (guidelines: "Sở", "Bộ", "Bệnh viện" alone, "công an"...).
            {re("^(Ban|Bộ|Sở|Cục|Vụ|Viện|Phòng|Trường|Hội|Đội|Đoàn|Quỹ|Trung tâm|Công ty|Tập đoàn|Ngân hàng|Bệnh viện|"
                "Công an|Cảnh sát|Tòa án|Chính quyền|Nhà nước|Cơ quan|Ủy ban|Ủy ban nhân dân|Hội đồng nhân dân|"
                "Đảng bộ|Chi bộ|Tổng cục|Chi cục|Học viện|Đại học|Câu lạc bộ|Liên đoàn|Hiệp hội|Thanh tra)$"),
             "a bare head word"},
            // A unit written as a name without its place: "Ủy ban nhân dân Tỉnh", "Công an Quận".
            {re("(^| )(Tỉnh|Thành phố|Thành Phố|TP|Quận|Huyện|Xã|Phường|Thị xã|Thị Xã|Thị trấn|Thị Trấn)$"),
             "a unit capitalised as a name, without its place"},
            // The same with the unit in lower case: still no place.
            {re(" (tỉnh|thành phố|quận|huyện|xã|phường|thị xã|thị trấn)$"), "a unit without its place"},
            // Cut at a conjunction or punctuation: "Sở Văn hóa và", "Bộ Văn hóa,".
            {re("( (và|Và|hoặc|của|Của|cùng)|,|;|&|-|–)$"), "cut at a conjunction or punctuation"},
            // Every word capitalised through a function word: an all-caps line spelled word by word.
            {re(" (Và|Của|Các|Những|Trong|Với|Cho) "), "a function word capitalised inside a name"},
            // Names known to be cut short, from issue 12.
            {re("^(Sở Văn hóa|Phòng Văn hóa|Cục Quản lý|Trung tâm Tin|Ban Quản lý|Ban Quản lý dự án|Sở Giáo dục|"
                "Bộ Giáo dục|Sở Tài nguyên|Sở Lao động|Sở Kế hoạch|Sở Khoa học|Sở Nông nghiệp|Sở Thông tin|"
                "(Phòng|Cục|Đội) Cảnh sát điều tra)$"),
             "the first half of a longer name"},
            // A byline or a person's name taken for a body.
            {re("^Trường (Thịnh|Sơn|Giang|An|Minh|Hải|Thành|Lâm|Phong)$"), "a person's name (Trường is a given name)"},
        };
    }();
    return patterns;
}

// The catalog and the facet over the shared corpora, built once for the tests below (~30 s).
struct SharedFacet {
    OrgCatalog catalog = OrgCatalog::load_default();
    std::vector<FacetValue> values = org_facet(catalog);
};

const SharedFacet& shared_facet() {
    static const SharedFacet facet;
    return facet;
}

TEST(OrgFacetSanity, TopHundredValuesOverTheSharedCorporaAreSpecificNames) {
    if (!test::shared_corpora_present()) GTEST_SKIP() << "shared corpus absent: " << test::corpus_file("dantri");
    const std::vector<FacetValue>& facet = shared_facet().values;
    ASSERT_GE(facet.size(), 100u);
    std::size_t shown = 0;
    if (const char* top = std::getenv("VNSEARCH_ORG_FACET_TOP")) shown = std::strtoul(top, nullptr, 10);
    for (std::size_t i = 0; i < shown && i < facet.size(); ++i) {
        std::printf("%4zu %6zu  %s\n", i + 1, facet[i].articles, facet[i].name.c_str());
    }
    for (std::size_t i = 0; i < 100; ++i) {
        for (const auto& rule : forbidden_patterns()) {
            EXPECT_FALSE(std::regex_search(facet[i].name, rule.pattern))
                << "#" << i + 1 << " \"" << facet[i].name << "\" (" << facet[i].articles << " articles): " << rule.why;
        }
    }
}

// "Sở Y tế" alone would gather every province's health department into one value (86 articles of the
// shared corpora did): a department named like a ministry ("Bộ Y tế" is a known name) comes with its
// province, or not at all.
TEST(OrgFacetSanity, NoValueIsAProvincesDepartmentWithoutItsProvince) {
    if (!test::shared_corpora_present()) GTEST_SKIP() << "shared corpus absent: " << test::corpus_file("dantri");
    const SharedFacet& facet = shared_facet();
    const std::string department = "Sở ";
    for (const FacetValue& value : facet.values) {
        if (!value.name.starts_with(department)) continue;
        EXPECT_FALSE(facet.catalog.is_known_name("Bộ " + value.name.substr(department.size())))
            << "\"" << value.name << "\" (" << value.articles << " articles): which province's?";
    }
}

// Values no article's body alone can be: "Chi nhánh Đống Đa" (a bank's account line in 40 articles) is
// every company's branch there, "Công ty Trung Quốc" (18) any Chinese company, "Tòa án Mỹ" (20) any US
// court: a branch comes with its company's name, a kind many bodies share with more than a country.
TEST(OrgFacetSanity, NoValueIsEveryBodyOfItsKindThere) {
    if (!test::shared_corpora_present()) GTEST_SKIP() << "shared corpus absent: " << test::corpus_file("dantri");
    const std::vector<Forbidden> generic = {
        {std::regex("^Chi nhánh (quận |huyện |tỉnh |thành phố )?(Đống Đa|Hoàn Kiếm|Hà Nội|Thành phố Hồ Chí Minh|Đà "
                    "Nẵng|Cần Thơ|Hải Phòng|Nha Trang|Đắk Lắk|[0-9]+)$"),
         "whose branch?"},
        {std::regex("^(Công ty|CLB|Tòa án|Đại học|Trường Đại học|Bệnh viện|Hãng xe|Tập đoàn)( nước)? (Mỹ|Trung Quốc|Anh|"
                    "Nhật Bản|Nhật|Hàn Quốc|Việt Nam|Pháp|Đức|Italia|Tây Ban Nha|Nga)$"),
         "which one of that country's?"},
    };
    for (const FacetValue& value : shared_facet().values) {
        for (const auto& rule : generic) {
            EXPECT_FALSE(std::regex_search(value.name, rule.pattern))
                << "\"" << value.name << "\" (" << value.articles << " articles): " << rule.why;
        }
    }
}

}  // namespace
}  // namespace vnsearch::indexer
