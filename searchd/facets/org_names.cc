// Organization names grouped by spelling; see org_names.h.
#include "facets/org_names.h"

#include <algorithm>

#include "vnsearch/schema/analyzer.h"

namespace vnsearch::searchd {

std::string OrgNames::key(std::string_view name) {
    std::string key;
    for (const auto& token : schema::Analyzer::tokenize(name)) {
        if (!key.empty()) key += ' ';
        key += token.exact;
    }
    return key;
}

std::optional<std::int32_t> OrgNames::number_of(const std::string& name) const {
    if (auto known = by_spelling_.find(name); known != by_spelling_.end()) return known->second;
    if (auto grouped = by_key_.find(key(name)); grouped != by_key_.end()) return grouped->second;
    return std::nullopt;
}

std::int32_t OrgNames::add(const std::string& spelling, Xapian::doccount documents) {
    auto known = by_spelling_.find(spelling);
    if (known == by_spelling_.end()) {
        auto [it, added] = by_key_.try_emplace(key(spelling), static_cast<std::int32_t>(spellings_.size()));
        if (added) spellings_.emplace_back();
        known = by_spelling_.emplace(spelling, it->second).first;
    }
    spellings_[static_cast<std::size_t>(known->second)][spelling] += documents;
    return known->second;
}

std::vector<std::string> OrgNames::shown() const {
    std::vector<std::string> names;
    names.reserve(spellings_.size());
    for (const auto& spellings : spellings_) {
        auto most = std::max_element(spellings.begin(), spellings.end(),
                                     [](const auto& a, const auto& b) { return a.second < b.second; });
        names.push_back(most->first);  // max_element keeps the first of equals: byte order
    }
    return names;
}

std::vector<std::string> OrgNames::spellings(const std::string& name) const {
    std::vector<std::string> all{name};
    auto number = number_of(name);
    if (!number) return all;
    for (const auto& [spelling, documents] : spellings_[static_cast<std::size_t>(*number)]) {
        if (spelling != name) all.push_back(spelling);
    }
    return all;
}

}  // namespace vnsearch::searchd
