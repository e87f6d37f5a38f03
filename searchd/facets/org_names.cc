// Organization names grouped by spelling; see org_names.h.
#include "facets/org_names.h"

#include <algorithm>

#include "vnsearch/schema/analyzer.h"

namespace vnsearch::searchd {

std::string OrgNames::key(std::string_view name) {
    std::string normalized = schema::Analyzer::normalize(name);
    std::string key;
    key.reserve(normalized.size());
    constexpr std::string_view kDashes[] = {"\u2013", "\u2014"};  // en and em dash
    for (std::size_t i = 0; i < normalized.size();) {
        std::string_view rest = std::string_view(normalized).substr(i);
        if (rest.front() == ',' || rest.front() == '-' || rest.front() == ' ') {
            if (!key.empty() && key.back() != ' ') key += ' ';
            ++i;
            continue;
        }
        auto dash = std::find_if(std::begin(kDashes), std::end(kDashes), [&](std::string_view d) { return rest.starts_with(d); });
        if (dash != std::end(kDashes)) {
            if (!key.empty() && key.back() != ' ') key += ' ';
            i += dash->size();
            continue;
        }
        key += normalized[i++];
    }
    while (!key.empty() && key.back() == ' ') key.pop_back();
    return key;
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
    auto known = by_spelling_.find(name);
    auto id = known != by_spelling_.end() ? by_key_.end() : by_key_.find(key(name));
    std::int32_t number = known != by_spelling_.end() ? known->second : id != by_key_.end() ? id->second : -1;
    if (number < 0) return {name};
    std::vector<std::string> all{name};
    for (const auto& [spelling, documents] : spellings_[static_cast<std::size_t>(number)]) {
        if (spelling != name) all.push_back(spelling);
    }
    return all;
}

}  // namespace vnsearch::searchd
