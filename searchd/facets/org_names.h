// Organization names as the org facet groups them: spellings of the same words that differ in case, tone
// placement or what stands between the words ("Bệnh viện Bạch Mai" / "Bệnh viện Bạch mai", "Sở Văn hóa,
// Thể thao và Du lịch" / "Sở Văn hóa - Thể thao và Du lịch") are one name, shown as most documents write
// it, and the org filter matches every spelling of the name it is given.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include <xapian.h>

namespace vnsearch::searchd {

class OrgNames {
public:
    // The number of the name `spelling` belongs to (numbered in order of first appearance), counting it
    // `documents` times towards the spelling shown.
    std::int32_t add(const std::string& spelling, Xapian::doccount documents);
    // Each name's spelling to show, by number: the one most documents write (ties: the first in byte order).
    std::vector<std::string> shown() const;
    // Every spelling of the name `name` is one of (itself included); {name} when it is none of them.
    std::vector<std::string> spellings(const std::string& name) const;

    // What two spellings of one name share: its words as the analyzer reads them (schema's tokenize: case
    // folded, NFC, canonical tone placement), whatever stands between them.
    static std::string key(std::string_view name);

private:
    std::optional<std::int32_t> number_of(const std::string& name) const;

    std::unordered_map<std::string, std::int32_t> by_key_;
    std::unordered_map<std::string, std::int32_t> by_spelling_;  // normalizing is the cost: once a spelling
    std::vector<std::map<std::string, Xapian::doccount>> spellings_;
};

}  // namespace vnsearch::searchd
