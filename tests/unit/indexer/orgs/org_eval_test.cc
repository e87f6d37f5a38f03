// Precision and recall of the organization extractor against hand-annotated news articles
// (tests/fixtures/orgs/annotated.jsonl), whose texts are read from the shared corpus by id.
//
// How the fixture was annotated (by reading each article's title and body):
// - every organization name the text uses, in canonical spelling (aliases expanded: "UBND" ->
//   "Ủy ban nhân dân", "TP" -> "thành phố", "TP.HCM" -> "Thành phố Hồ Chí Minh"), each distinct
//   spelling once; an abbreviation in brackets right after the full name is not listed again;
// - organizations: state, party and police bodies, courts, agencies and their named divisions,
//   companies and banks (also by brand: "Vinamilk"), schools, universities, hospitals,
//   associations, media outlets, international bodies; bodies named by title alone count
//   ("Thành ủy", "Chính phủ", "Ủy ban nhân dân Tỉnh" for "UBND tỉnh");
// - not listed: generic mentions ("các ngân hàng", "công an", an event's "Ban tổ chức"), places,
//   events ("Hội nghị", "Đại hội"), documents, products ("vàng SJC", "vắc xin AstraZeneca"),
//   facilities (airports, hotels, industrial parks), departments inside hospitals and companies,
//   ad hoc groups ("Đoàn kiểm tra", "Tổ công tác"), social networks used as such;
// - a name as specific as the text makes it: "Ban Tổ chức Thành ủy Hà Nội" and "Ban Tổ chức Thành ủy"
//   are two entries; a parent inside a longer name is not listed on its own; a parent after a comma
//   is not part of the name ("Công an huyện Diễn Châu, Nghệ An").
// Matching is by canonical key: Analyzer::normalize of the canonical name.
#include <gtest/gtest.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <memory>
#include <set>
#include <string>

#include <nlohmann/json.hpp>

#include "vnsearch/schema/analyzer.h"
#include "orgs/org_catalog.h"
#include "orgs/org_extractor.h"

namespace vnsearch::indexer {
using schema::Analyzer;
namespace {

namespace fs = std::filesystem;

struct Annotated {
    std::string corpus;
    std::string id;
    std::vector<std::string> orgs;
};

std::vector<Annotated> load_annotations() {
    std::ifstream in(fs::path(VNSEARCH_FIXTURES_DIR) / "orgs" / "annotated.jsonl");
    std::vector<Annotated> out;
    std::string line;
    while (std::getline(in, line)) {
        if (line.empty()) continue;
        auto json = nlohmann::json::parse(line);
        out.push_back({json.at("corpus"), json.at("id"), json.at("orgs").get<std::vector<std::string>>()});
    }
    return out;
}

fs::path corpus_file(const std::string& corpus) {
    return fs::path(VNSEARCH_SHARED_DIR) / "corpus" / (corpus + ".jsonl.gz");
}

// Calls on(json) for each article of a gzipped JSON Lines corpus, decompressed by gzip.
template <typename On>
void read_corpus(const fs::path& file, On on, const std::set<std::string>* only_ids = nullptr) {
    std::string command = "gzip -dc '" + file.string() + "'";
    std::unique_ptr<FILE, int (*)(FILE*)> pipe(popen(command.c_str(), "r"), pclose);
    ASSERT_NE(pipe, nullptr) << command;
    std::string line;
    char buffer[1 << 16];
    while (fgets(buffer, sizeof buffer, pipe.get()) != nullptr) {
        line += buffer;
        if (line.empty() || line.back() != '\n') continue;
        if (only_ids != nullptr) {
            // Parse only the articles asked for: the id is the first field of each line.
            auto at = line.find("\"id\": \"");
            auto end = at == std::string::npos ? at : line.find('"', at + 7);
            if (end == std::string::npos || !only_ids->contains(line.substr(at + 7, end - at - 7))) {
                line.clear();
                continue;
            }
        }
        on(nlohmann::json::parse(line));
        line.clear();
    }
}

std::string article_text(const nlohmann::json& article) {
    std::string title = article.value("title", "");
    return title + "\n" + article.value("body", "");
}

bool verbose() {
    const char* flag = std::getenv("VNSEARCH_ORG_EVAL_VERBOSE");
    return flag != nullptr && *flag != '\0' && *flag != '0';
}

class OrgEval : public ::testing::Test {
protected:
    void SetUp() override {
        for (const char* corpus : {"dantri", "baomoi"}) {
            if (!fs::exists(corpus_file(corpus))) GTEST_SKIP() << "shared corpus absent: " << corpus_file(corpus);
        }
        annotations_ = load_annotations();
        ASSERT_GE(annotations_.size(), 60u);
        std::map<std::string, std::set<std::string>> wanted;
        for (const auto& article : annotations_) wanted[article.corpus].insert(article.id);
        for (const auto& [corpus, ids] : wanted) {
            read_corpus(corpus_file(corpus), [&](const nlohmann::json& json) { texts_[json.at("id")] = article_text(json); },
                        &ids);
        }
    }

    OrgCatalog catalog_ = OrgCatalog::load_default();
    std::vector<Annotated> annotations_;
    std::map<std::string, std::string> texts_;
};

TEST_F(OrgEval, AnnotationsAreInCanonicalSpelling) {
    for (const auto& article : annotations_) {
        for (const auto& org : article.orgs) {
            EXPECT_EQ(Analyzer::normalize(catalog_.canonical_name(org)), Analyzer::normalize(org)) << article.id;
        }
    }
}

TEST_F(OrgEval, PrecisionAndRecallAboveFloor) {
    std::size_t true_positives = 0, extracted = 0, expected = 0;
    OrgExtractor extractor(catalog_);
    for (const auto& article : annotations_) {
        ASSERT_TRUE(texts_.contains(article.id)) << "article not in the corpus: " << article.id;
        std::set<std::string> gold, found;
        for (const auto& org : article.orgs) gold.insert(Analyzer::normalize(org));
        for (const auto& org : extractor.extract(texts_[article.id])) found.insert(Analyzer::normalize(org));
        for (const auto& key : found) true_positives += gold.contains(key) ? 1 : 0;
        extracted += found.size();
        expected += gold.size();
        if (verbose()) {
            for (const auto& key : found) {
                if (!gold.contains(key)) std::printf("%s  extra: %s\n", article.id.c_str(), key.c_str());
            }
            for (const auto& key : gold) {
                if (!found.contains(key)) std::printf("%s  missed: %s\n", article.id.c_str(), key.c_str());
            }
        }
    }
    double precision = extracted == 0 ? 0 : static_cast<double>(true_positives) / extracted;
    double recall = expected == 0 ? 0 : static_cast<double>(true_positives) / expected;
    std::printf("organization extraction on %zu annotated articles: precision %.3f (%zu/%zu), recall %.3f (%zu/%zu)\n",
                annotations_.size(), precision, true_positives, extracted, recall, true_positives, expected);
    // Floors a little under what the extractor reaches: 0.910 and 0.767 over all 80 articles when
    // the fixture was made. The last 16 lines were annotated after the rules were written and only
    // then run (precision 0.852, recall 0.590 at that first run): expect such figures on new text.
    EXPECT_GE(precision, 0.90);
    EXPECT_GE(recall, 0.75);
}

// Not a check: prints how long extraction takes over the whole dantri corpus (the indexer runs
// it on every article), next to the Analyzer::tokenize time it includes.
TEST(OrgExtractorSpeed, PrintsTimeOverDantriCorpus) {
    fs::path file = corpus_file("dantri");
    if (!fs::exists(file)) GTEST_SKIP() << "shared corpus absent: " << file;
    std::vector<std::string> texts;
    read_corpus(file, [&](const nlohmann::json& json) { texts.push_back(article_text(json)); });
    OrgCatalog catalog = OrgCatalog::load_default();
    OrgExtractor extractor(catalog);
    std::size_t names = 0, bytes = 0;
    auto started = std::chrono::steady_clock::now();
    for (const auto& text : texts) names += extractor.extract(text).size();
    auto extracted = std::chrono::steady_clock::now();
    for (const auto& text : texts) bytes += Analyzer::tokenize(text).size();
    auto tokenized = std::chrono::steady_clock::now();
    auto seconds = [](auto from, auto to) { return std::chrono::duration<double>(to - from).count(); };
    std::printf("extract() over %zu dantri articles: %.2f s (%.0f us/article, %zu names); Analyzer::tokenize alone: %.2f s\n",
                texts.size(), seconds(started, extracted), seconds(started, extracted) * 1e6 / texts.size(), names,
                seconds(extracted, tokenized));
    EXPECT_GT(names, 0u);
}

}  // namespace
}  // namespace vnsearch::indexer
