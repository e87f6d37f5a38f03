// The ranking baseline of issue 12, part 3: the "plain prototype" that issue describes, over the index the
// indexer writes. Each query's words match by their folded term (and their exact term when written with
// marks), OR-ed with the folded bigrams of adjacent words, ranked by Xapian's BM25; no word is required, no
// proximity or title boost applies. scripts/eval/score_rankings.py scores what it prints against searchd's
// figures for the same queries (README, "Quality on unseen text").
//
//   relevance.py ... --dump-queries queries.jsonl
//   plain_ranking --db DIR < queries.jsonl > rankings.jsonl
//
// Reads relevance.py's query lines ({"kind", "q", "target", "corpus"}) and prints each with "ids", the top
// 10 article ids. A line that is not such an object is reported with its number and skipped. Exits 2 on a wrong
// command line, 1 when the database cannot be read.
#include <cstdlib>
#include <iostream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>
#include <xapian.h>

#include "vnsearch/schema/analyzer.h"
#include "vnsearch/schema/layout.h"

namespace {

using vnsearch::schema::Analyzer;
using vnsearch::schema::Field;
using vnsearch::schema::Layout;

constexpr Xapian::doccount kTop = 10;

Xapian::Query plain_query(const std::string& text) {
    auto words = Analyzer::tokenize(text);
    std::vector<Xapian::Query> terms;
    for (std::size_t i = 0; i < words.size(); ++i) {
        terms.emplace_back(Layout::term(Field::BodyFolded, words[i].folded));
        if (words[i].has_marks()) terms.emplace_back(Layout::term(Field::BodyExact, words[i].exact));
        if (i + 1 < words.size()) {
            terms.emplace_back(Layout::bigram_term(Field::BigramFolded, words[i].folded, words[i + 1].folded));
        }
    }
    return Xapian::Query(Xapian::Query::OP_OR, terms.begin(), terms.end());
}

nlohmann::json top_ids(const Xapian::Database& db, const std::string& text) {
    Xapian::Enquire enquire(db);
    enquire.set_query(plain_query(text));
    nlohmann::json ids = nlohmann::json::array();
    Xapian::MSet top = enquire.get_mset(0, kTop);
    for (auto hit = top.begin(); hit != top.end(); ++hit) {
        ids.push_back(hit.get_document().get_value(vnsearch::schema::slot::kId));
    }
    return ids;
}

}  // namespace

int main(int argc, char** argv) {
    if (argc != 3 || std::string(argv[1]) != "--db") {
        std::cerr << "usage: plain_ranking --db DIR < queries.jsonl > rankings.jsonl\n";
        return 2;
    }
    try {
        Xapian::Database db(argv[2]);
        std::string line;
        for (unsigned long number = 1; std::getline(std::cin, line); ++number) {
            auto query = nlohmann::json::parse(line, nullptr, false);
            if (!query.is_object() || !query.contains("q") || !query["q"].is_string()) {
                std::cerr << "plain_ranking: line " << number << ": not a query object with a string \"q\"; skipped\n";
                continue;
            }
            query["ids"] = top_ids(db, query["q"].get<std::string>());
            std::cout << query.dump() << '\n';
        }
    } catch (const Xapian::Error& error) {
        std::cerr << "plain_ranking: " << argv[2] << ": " << error.get_description() << '\n';
        return 1;
    }
    return 0;
}
