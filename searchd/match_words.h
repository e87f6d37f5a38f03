// The words a query looks for, in the forms the index holds them: what a snippet marks.
// A text word matches when its exact form, or its folded form, is one of them.
#pragma once

#include <set>
#include <string>

#include "vnsearch/schema/analyzer.h"

namespace vnsearch::searchd {

struct MatchWords {
    std::set<std::string> exact;   // words typed with marks, matched as typed
    std::set<std::string> folded;  // words matched whatever their marks

    bool empty() const { return exact.empty() && folded.empty(); }
    bool matches(const schema::Token& token) const {
        return exact.count(token.exact) != 0 || folded.count(token.folded) != 0;
    }
    // The distinct query word a token stands for, so a snippet can prefer windows with more of them.
    std::string key_of(const schema::Token& token) const {
        return exact.count(token.exact) != 0 ? token.exact : token.folded;
    }
};

}  // namespace vnsearch::searchd
