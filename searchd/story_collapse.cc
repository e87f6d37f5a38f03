// Collapse in the answer's order; see story_collapse.h.
#include "story_collapse.h"

#include <string>
#include <unordered_map>
#include <unordered_set>

#include "vnsearch/schema/layout.h"

namespace vnsearch::searchd {

StoryTable::StoryTable(const Xapian::Database& db) : stories_(db.get_lastdocid() + 1, kNone) {
    std::unordered_map<std::string, std::int32_t> numbers;
    Xapian::valueno slot = schema::slot::kDupKey;
    for (auto it = db.valuestream_begin(slot); it != db.valuestream_end(slot); ++it) {
        Xapian::docid docid = it.get_docid();
        if (docid >= stories_.size() || (*it).empty()) continue;
        auto [entry, added] = numbers.try_emplace(*it, static_cast<std::int32_t>(numbers.size()));
        stories_[docid] = entry->second;
    }
    count_ = numbers.size();
}

std::vector<Xapian::MSetIterator> first_of_each_story(const std::vector<Xapian::MSetIterator>& matches) {
    std::vector<Xapian::MSetIterator> kept;
    std::unordered_set<std::string> stories;
    for (const auto& it : matches) {
        std::string key = it.get_document().get_value(schema::slot::kDupKey);
        if (key.empty() || stories.insert(std::move(key)).second) kept.push_back(it);
    }
    return kept;
}

std::vector<Xapian::MSetIterator> first_of_each_story(const std::vector<Xapian::MSetIterator>& matches,
                                                      const StoryTable& table) {
    std::vector<Xapian::MSetIterator> kept;
    std::vector<bool> seen(table.stories());
    for (const auto& it : matches) {
        std::int32_t story = table.story_of(*it);
        if (story == StoryTable::kNone) {
            kept.push_back(it);
        } else if (!seen[static_cast<std::size_t>(story)]) {
            seen[static_cast<std::size_t>(story)] = true;
            kept.push_back(it);
        }
    }
    return kept;
}

}  // namespace vnsearch::searchd
