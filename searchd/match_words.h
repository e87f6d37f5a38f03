// The words a query looks for, in the forms the index holds them: what a snippet marks.
// A text word matches when its exact form, or its folded form, is one of them.
#pragma once

#include <set>
#include <string>
#include <vector>

#include "vnsearch/schema/analyzer.h"

namespace vnsearch::searchd {

struct MatchWords {
    std::set<std::string> exact;   // words typed with marks, matched as typed
    std::set<std::string> folded;  // words matched whatever their marks
    std::vector<std::string> folded_prefixes;  // a word being typed (prefix=1): its folded completions

    bool empty() const { return exact.empty() && folded.empty() && folded_prefixes.empty(); }
    bool matches(const schema::Token& token) const {
        return exact.count(token.exact) != 0 || folded.count(token.folded) != 0 || completed_by(token) != nullptr;
    }
    // The distinct query word a token stands for, so a snippet can prefer windows with more of them.
    std::string key_of(const schema::Token& token) const {
        if (exact.count(token.exact) != 0) return token.exact;
        if (folded.count(token.folded) != 0) return token.folded;
        const std::string* prefix = completed_by(token);
        return prefix ? *prefix + "*" : token.folded;
    }

private:
    const std::string* completed_by(const schema::Token& token) const {
        for (const auto& prefix : folded_prefixes) {
            if (token.folded.compare(0, prefix.size(), prefix) == 0) return &prefix;
        }
        return nullptr;
    }
};

}  // namespace vnsearch::searchd
