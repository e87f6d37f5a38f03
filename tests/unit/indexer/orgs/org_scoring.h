// Scoring of extracted organizations against annotations, as ../shared/orgs-guidelines.md defines it:
// per article, a prediction matches a gold organization when it equals its canonical name or one of
// its surfaces (case-insensitive, after NFC and tone normalisation: Analyzer::normalize); the relaxed
// score also accepts containment either way, on whole words. Each prediction matches at most one
// organization and each organization at most one prediction (a maximum matching), so two entries
// for one body count one true and one false positive, as the "one entry per organization" rule wants.
#pragma once

#include <cstddef>
#include <functional>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "vnsearch/schema/analyzer.h"

namespace vnsearch::indexer::test {

struct GoldOrg {
    std::string name;
    std::vector<std::string> surfaces;
};

// Counts over a set of articles, summed (pooled) and averaged per article (macro).
struct OrgTally {
    std::size_t articles = 0;
    std::size_t predicted = 0, gold = 0, strict = 0, relaxed = 0;
    // Per-article precision over articles with a prediction, recall over articles with a gold organization.
    double macro_precision_sum = 0, macro_recall_sum = 0;
    std::size_t macro_precision_articles = 0, macro_recall_articles = 0;

    double precision() const { return predicted == 0 ? 0 : double(strict) / double(predicted); }
    double recall() const { return gold == 0 ? 0 : double(strict) / double(gold); }
    double relaxed_precision() const { return predicted == 0 ? 0 : double(relaxed) / double(predicted); }
    double relaxed_recall() const { return gold == 0 ? 0 : double(relaxed) / double(gold); }
    double macro_precision() const {
        return macro_precision_articles == 0 ? 0 : macro_precision_sum / double(macro_precision_articles);
    }
    double macro_recall() const { return macro_recall_articles == 0 ? 0 : macro_recall_sum / double(macro_recall_articles); }
};

// One article's outcome: which predictions and gold organizations found no strict partner.
struct OrgArticleScore {
    std::size_t strict = 0, relaxed = 0;
    std::vector<std::string> unmatched_predictions;  // strict
    std::vector<std::string> unmatched_gold;         // canonical names, strict
};

namespace scoring_detail {

inline std::string key(const std::string& name) { return schema::Analyzer::normalize(name); }

// The words of a name, space-joined and padded: " ủy ban nhân dân quận 1 ".
inline std::string padded_words(const std::string& name) {
    std::string out = " ";
    for (const auto& token : schema::Analyzer::tokenize(name)) out += token.exact + " ";
    return out;
}

inline bool contains_either_way(const std::string& a, const std::string& b) {
    return a.size() > 2 && b.size() > 2 && (a.find(b) != std::string::npos || b.find(a) != std::string::npos);
}

// Size of a maximum matching of predictions to gold organizations along edges(p, g) (Kuhn's algorithm;
// an article has at most a few dozen of each). match_of_gold[g] is the matched prediction or -1.
inline std::size_t max_matching(std::size_t predictions, std::size_t golds,
                                const std::function<bool(std::size_t, std::size_t)>& edge,
                                std::vector<int>& match_of_gold) {
    match_of_gold.assign(golds, -1);
    std::vector<char> visited;
    std::function<bool(std::size_t)> augment = [&](std::size_t p) {
        for (std::size_t g = 0; g < golds; ++g) {
            if (visited[g] || !edge(p, g)) continue;
            visited[g] = 1;
            if (match_of_gold[g] < 0 || augment(static_cast<std::size_t>(match_of_gold[g]))) {
                match_of_gold[g] = static_cast<int>(p);
                return true;
            }
        }
        return false;
    };
    std::size_t size = 0;
    for (std::size_t p = 0; p < predictions; ++p) {
        visited.assign(golds, 0);
        size += augment(p) ? 1 : 0;
    }
    return size;
}

}  // namespace scoring_detail

// Scores one article's predictions (duplicates after normalisation count once) and adds it to tally.
inline OrgArticleScore score_article(const std::vector<std::string>& predicted_names, const std::vector<GoldOrg>& gold,
                                     OrgTally& tally) {
    using namespace scoring_detail;
    std::vector<std::string> predictions, prediction_words;
    std::set<std::string> seen;
    for (const auto& name : predicted_names) {
        if (!seen.insert(key(name)).second) continue;
        predictions.push_back(name);
        prediction_words.push_back(padded_words(name));
    }
    std::vector<std::set<std::string>> gold_keys(gold.size());
    std::vector<std::vector<std::string>> gold_words(gold.size());
    for (std::size_t g = 0; g < gold.size(); ++g) {
        gold_keys[g].insert(key(gold[g].name));
        gold_words[g].push_back(padded_words(gold[g].name));
        for (const auto& surface : gold[g].surfaces) {
            gold_keys[g].insert(key(surface));
            gold_words[g].push_back(padded_words(surface));
        }
    }
    auto strict_edge = [&](std::size_t p, std::size_t g) { return gold_keys[g].contains(key(predictions[p])); };
    auto relaxed_edge = [&](std::size_t p, std::size_t g) {
        if (strict_edge(p, g)) return true;
        for (const auto& words : gold_words[g]) {
            if (contains_either_way(prediction_words[p], words)) return true;
        }
        return false;
    };
    OrgArticleScore score;
    std::vector<int> strict_match, relaxed_match;
    score.strict = max_matching(predictions.size(), gold.size(), strict_edge, strict_match);
    score.relaxed = max_matching(predictions.size(), gold.size(), relaxed_edge, relaxed_match);
    std::vector<char> prediction_matched(predictions.size(), 0);
    for (std::size_t g = 0; g < gold.size(); ++g) {
        if (strict_match[g] >= 0) {
            prediction_matched[static_cast<std::size_t>(strict_match[g])] = 1;
        } else {
            score.unmatched_gold.push_back(gold[g].name);
        }
    }
    for (std::size_t p = 0; p < predictions.size(); ++p) {
        if (!prediction_matched[p]) score.unmatched_predictions.push_back(predictions[p]);
    }

    ++tally.articles;
    tally.predicted += predictions.size();
    tally.gold += gold.size();
    tally.strict += score.strict;
    tally.relaxed += score.relaxed;
    if (!predictions.empty()) {
        tally.macro_precision_sum += double(score.strict) / double(predictions.size());
        ++tally.macro_precision_articles;
    }
    if (!gold.empty()) {
        tally.macro_recall_sum += double(score.strict) / double(gold.size());
        ++tally.macro_recall_articles;
    }
    return score;
}

}  // namespace vnsearch::indexer::test
