// Collapse in the answer's order; see story_collapse.h.
#include "story_collapse.h"

#include <string>
#include <unordered_set>

#include "vnsearch/schema/layout.h"

namespace vnsearch::searchd {

std::vector<Xapian::MSetIterator> first_of_each_story(const std::vector<Xapian::MSetIterator>& matches,
                                                      std::size_t limit) {
    std::vector<Xapian::MSetIterator> kept;
    std::unordered_set<std::string> stories;
    for (const auto& it : matches) {
        if (kept.size() >= limit) break;
        std::string key = it.get_document().get_value(schema::slot::kDupKey);
        if (key.empty() || stories.insert(std::move(key)).second) kept.push_back(it);
    }
    return kept;
}

std::vector<Xapian::MSetIterator> first_of_each_story(const Xapian::MSet& mset, std::size_t limit) {
    std::vector<Xapian::MSetIterator> matches;
    matches.reserve(mset.size());
    for (auto it = mset.begin(); it != mset.end(); ++it) matches.push_back(it);
    return first_of_each_story(matches, limit);
}

}  // namespace vnsearch::searchd
