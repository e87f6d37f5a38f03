// OrgCatalog: loading the organization data files (and reporting bad lines) and the one display
// spelling of a name whatever its case, tone placement, normalization form, spacing or aliases.
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>

#include <unistd.h>

#include "orgs/org_catalog.h"

namespace vnsearch::indexer {
using schema::Analyzer;
namespace {

namespace fs = std::filesystem;

class OrgCatalogTest : public ::testing::Test {
protected:
    static const OrgCatalog& catalog() {
        static const OrgCatalog loaded = OrgCatalog::load_default();
        return loaded;
    }
    std::string canonical(std::string_view name) const { return catalog().canonical_name(name); }
};

TEST_F(OrgCatalogTest, CaseAndTonePlacementMakeOneSpelling) {
    EXPECT_EQ(canonical("BAN TUYÊN GIÁO QUẬN ỦY"), "Ban Tuyên giáo Quận ủy");
    EXPECT_EQ(canonical("Ban Tuyên giáo Quận ủy"), "Ban Tuyên giáo Quận ủy");
    EXPECT_EQ(canonical("Ban Tuyên Giáo Quận Uỷ"), "Ban Tuyên giáo Quận ủy");
    EXPECT_EQ(canonical("ban tuyên giáo quận uỷ"), "Ban Tuyên giáo Quận ủy");
    EXPECT_EQ(canonical("Ban thường vụ Quận uỷ"), "Ban Thường vụ Quận ủy");
}

TEST_F(OrgCatalogTest, NormalizationFormAndSpacingMakeOneSpelling) {
    // "Quận ủy Đống Đa" decomposed (NFD), with no-break and repeated spaces.
    std::string decomposed = "Qua\xCC\xA3\xCC\x82n u\xCC\x89y \xC4\x90o\xCC\x82\xCC\x81ng \xC4\x90" "a";
    EXPECT_EQ(canonical(decomposed), "Quận ủy Đống Đa");
    EXPECT_EQ(canonical("  Quận ủy\xC2\xA0\xC2\xA0 Đống   Đa "), "Quận ủy Đống Đa");
    EXPECT_EQ(canonical("Trường THPT chuyên Hà Nội-Amsterdam"), canonical("Trường THPT chuyên Hà Nội - Amsterdam"));
}

TEST_F(OrgCatalogTest, AliasesExpand) {
    EXPECT_EQ(canonical("UBND quận Đống Đa"), "Ủy ban nhân dân quận Đống Đa");
    EXPECT_EQ(canonical("HĐND tỉnh Nghệ An"), "Hội đồng nhân dân tỉnh Nghệ An");
    EXPECT_EQ(canonical("Sở GD&ĐT Hà Nội"), "Sở Giáo dục và Đào tạo Hà Nội");
    EXPECT_EQ(canonical("Bộ LĐ-TB&XH"), "Bộ Lao động - Thương binh và Xã hội");
    EXPECT_EQ(canonical("Công an H.Lâm Hà"), "Công an huyện Lâm Hà");
    // Company legal forms and well-known acronyms stay as written (../shared/orgs-guidelines.md).
    EXPECT_EQ(canonical("Công ty TNHH MTV Thoát nước Hà Nội"), "Công ty TNHH MTV Thoát nước Hà Nội");
    EXPECT_EQ(canonical("TTXVN"), "TTXVN");
}

TEST_F(OrgCatalogTest, EveryWayOfWritingHoChiMinhCityIsOne) {
    for (const char* name : {"UBND TP.HCM", "UBND TP HCM", "UBND Tp. HCM", "UBND TPHCM", "UBND TP Hồ Chí Minh",
                             "UBND thành phố Hồ Chí Minh", "Ủy ban nhân dân Thành phố Hồ Chí Minh"}) {
        EXPECT_EQ(canonical(name), "Ủy ban nhân dân Thành phố Hồ Chí Minh") << name;
    }
}

TEST_F(OrgCatalogTest, AbbreviationInCapitalsNeedsCapitals) {
    // "TƯ" is "Trung ương", "Tư" in "Bộ Tư lệnh" is a word.
    EXPECT_EQ(canonical("Ban Chấp hành TƯ"), "Ban Chấp hành Trung ương");
    EXPECT_EQ(canonical("Bộ Tư lệnh Thủ đô"), "Bộ Tư lệnh Thủ đô");
}

TEST_F(OrgCatalogTest, UnitWordIsLowerCaseBeforeItsPlaceAndAtTheEnd) {
    EXPECT_EQ(canonical("Đảng bộ Quận Đống Đa"), "Đảng bộ quận Đống Đa");
    EXPECT_EQ(canonical("ĐẢNG BỘ QUẬN ĐỐNG ĐA"), "Đảng bộ quận Đống Đa");
    EXPECT_EQ(canonical("Đảng bộ Quận"), "Đảng bộ quận");  // never "Quận" as if it were a name
    EXPECT_EQ(canonical("UBND TỈNH"), "Ủy ban nhân dân tỉnh");
}

TEST_F(OrgCatalogTest, OtherWordsKeepTheirCaseOrBecomeTitleCaseFromCapitals) {
    EXPECT_EQ(canonical("Công ty VinFast"), "Công ty VinFast");
    EXPECT_EQ(canonical("CÔNG TY CỔ PHẦN SỮA VIỆT NAM"), "Công ty Cổ phần Sữa Việt Nam");
    EXPECT_EQ(canonical("CÔNG TY FPT"), "Công ty FPT");  // not a syllable: an acronym
    EXPECT_EQ(canonical("PHÒNG VĂN HÓA VÀ THÔNG TIN"), "Phòng Văn hóa và Thông tin");
    EXPECT_EQ(canonical("CÔNG TY SÁCH ĐỒ CHƠI CỦA BÉ"), "Công ty Sách Đồ Chơi của Bé");  // "của", not "Của"
}

TEST_F(OrgCatalogTest, KnownNamesTakeTheirListedSpelling) {
    EXPECT_EQ(canonical("BỘ CHÍNH TRỊ"), "Bộ Chính trị");
    EXPECT_EQ(canonical("Bộ giáo dục và đào tạo"), "Bộ Giáo dục và Đào tạo");
    EXPECT_EQ(canonical("Liên Hợp Quốc"), "Liên hợp quốc");
}

TEST_F(OrgCatalogTest, CanonicalNameIsIdempotent) {
    for (const char* name : {"BAN TUYÊN GIÁO QUẬN ỦY", "UBND TP.HCM", "Đảng bộ quận", "Công an H.Lâm Hà",
                             "Trường ĐH Kinh tế - Luật", "Bệnh viện 108"}) {
        std::string once = canonical(name);
        EXPECT_EQ(canonical(once), once) << name;
    }
}

// A data directory of three small files, for the loader's error reports.
class OrgDataDir : public ::testing::Test {
protected:
    void SetUp() override {
        dir_ = fs::temp_directory_path() / ("vnsearch_orgs_" + std::to_string(::getpid()) + "_" +
                                            ::testing::UnitTest::GetInstance()->current_test_info()->name());
        fs::create_directories(dir_);
        write("org_heads.txt", "# heads\n[head]\nSở\n[unit]\ntỉnh\n[place]\nNghệ An\n");
        write("org_aliases.tsv", "UBND\tỦy ban nhân dân\n");
        write("org_known.txt", "Bộ Y tế\n");
    }
    void TearDown() override { fs::remove_all(dir_); }
    void write(const std::string& file, const std::string& text) { std::ofstream(dir_ / file) << text; }
    std::string load_error() {
        try {
            OrgCatalog::load(dir_);
        } catch (const std::runtime_error& error) {
            return error.what();
        }
        return "";
    }
    fs::path dir_;
};

TEST_F(OrgDataDir, LoadsAPortalsOwnFiles) {
    OrgCatalog catalog = OrgCatalog::load(dir_);
    EXPECT_EQ(catalog.canonical_name("BỘ Y TẾ"), "Bộ Y tế");
    EXPECT_EQ(catalog.canonical_name("UBND TỈNH NGHỆ AN"), "Ủy ban nhân dân tỉnh Nghệ An");
}

TEST_F(OrgDataDir, FingerprintFollowsTheEntriesNotTheComments) {
    std::string original = OrgCatalog::load(dir_).fingerprint();
    EXPECT_EQ(original.size(), 16u);
    write("org_heads.txt", "# heads, now with a longer comment\n[head]\nSở   \n\n[unit]\ntỉnh # a unit\n[place]\nNghệ An\n");
    EXPECT_EQ(OrgCatalog::load(dir_).fingerprint(), original);
    write("org_known.txt", "Bộ Y tế\nBộ Tài chính\n");
    EXPECT_NE(OrgCatalog::load(dir_).fingerprint(), original);
}

TEST_F(OrgDataDir, DataDirectoryFromTheEnvironment) {
    write("org_known.txt", "Tổng công ty Thử nghiệm\n");
    ::setenv("VNSEARCH_DATA_DIR", dir_.c_str(), 1);
    OrgCatalog catalog = OrgCatalog::load_default();
    ::unsetenv("VNSEARCH_DATA_DIR");
    EXPECT_EQ(catalog.canonical_name("TỔNG CÔNG TY THỬ NGHIỆM"), "Tổng công ty Thử nghiệm");
}

TEST_F(OrgDataDir, UnknownSectionNamesFileAndLine) {
    write("org_heads.txt", "[head]\nSở\n\n[heads]\nBan\n");
    std::string error = load_error();
    EXPECT_NE(error.find("org_heads.txt:4"), std::string::npos) << error;
    EXPECT_NE(error.find("[heads]"), std::string::npos) << error;
}

TEST_F(OrgDataDir, EntryBeforeSectionIsReported) {
    write("org_heads.txt", "# comment\nSở\n");
    EXPECT_NE(load_error().find("org_heads.txt:2"), std::string::npos);
}

TEST_F(OrgDataDir, AliasWithoutTabIsReported) {
    write("org_aliases.tsv", "# comment\nUBND Ủy ban nhân dân\n");
    std::string error = load_error();
    EXPECT_NE(error.find("org_aliases.tsv:2"), std::string::npos) << error;
    EXPECT_NE(error.find("TAB"), std::string::npos) << error;
}

TEST_F(OrgDataDir, TwoSpellingsOfOneNameAreReported) {
    write("org_known.txt", "Bộ Y tế\nBỘ Y TẾ\n");
    std::string error = load_error();
    EXPECT_NE(error.find("org_known.txt:2"), std::string::npos) << error;
    EXPECT_NE(error.find("already listed"), std::string::npos) << error;
}

TEST_F(OrgDataDir, MissingFileIsNamed) {
    fs::remove(dir_ / "org_known.txt");
    EXPECT_NE(load_error().find("org_known.txt"), std::string::npos);
}

}  // namespace
}  // namespace vnsearch::indexer
