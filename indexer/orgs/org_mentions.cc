// Merging of organization mentions; see org_mentions.h.
#include "orgs/org_mentions.h"

#include <algorithm>
#include <string_view>
#include <unordered_map>

#include "vnsearch/schema/analyzer.h"

namespace vnsearch::indexer {
namespace {

using schema::Analyzer;

struct Entry {
    std::string name;
    std::size_t position = 0;
    bool from_capitals = false;
    bool preferred = false;
    bool placed = false;             // every mention's place added from elsewhere
    std::vector<std::string> words;  // normalized
    std::string unitless;            // the identity without units
};

// True when `shorter` is a proper prefix of `longer`, word by word.
bool word_prefix(const std::vector<std::string>& shorter, const std::vector<std::string>& longer) {
    return shorter.size() < longer.size() && std::equal(shorter.begin(), shorter.end(), longer.begin());
}

// "Công ty Minh Tâm" after "Công ty TNHH Thiết bị Minh Tâm", "trường Gia Định" after "THPT Gia Định": a
// company or a school named again by its head and the proper name that ends its full name (two words or
// more), without its legal form and trade or its kind.
bool short_form(const std::vector<std::string>& shorter, const std::vector<std::string>& longer) {
    auto head_of = [](const std::vector<std::string>& words) -> std::size_t {
        if (words.size() >= 2 && words[0] == "công" && words[1] == "ty") return 2;
        return !words.empty() && words[0] == "trường" ? 1 : 0;
    };
    std::size_t head = head_of(shorter);
    return head > 0 && shorter.size() >= head + 2 && longer.size() > shorter.size() &&
           std::equal(shorter.begin(), shorter.begin() + static_cast<std::ptrdiff_t>(head), longer.begin()) &&
           std::equal(shorter.begin() + static_cast<std::ptrdiff_t>(head), shorter.end(),
                      longer.end() - static_cast<std::ptrdiff_t>(shorter.size() - head));
}

// "Đại học Tôn Đức Thắng" beside "Trường Đại học Tôn Đức Thắng": a university or college named with and without
// "Trường" is one school, under its full name (no annotated article lists the two apart; 98 shared articles
// had both as values).
bool school_without_its_head(const std::vector<std::string>& shorter, const std::vector<std::string>& longer) {
    bool kind = shorter.size() >= 3 && ((shorter[0] == "đại" && shorter[1] == "học") ||
                                        (shorter[0] == "cao" && shorter[1] == "đẳng"));
    return kind && longer.size() == shorter.size() + 1 && longer[0] == "trường" &&
           std::equal(shorter.begin(), shorter.end(), longer.begin() + 1);
}

// How many words of `words`, from its start, are a company's head ("công ty", "tổng công ty", "tập đoàn").
std::size_t company_head(const std::vector<std::string>& words) {
    auto starts = [&](std::initializer_list<std::string_view> head) {
        return words.size() > head.size() && std::equal(head.begin(), head.end(), words.begin());
    };
    if (starts({"tổng", "công", "ty"})) return 3;
    if (starts({"công", "ty"}) || starts({"tập", "đoàn"})) return 2;
    return 0;
}

// "Ngân hàng Phương Đông" beside "Ngân hàng TMCP Phương Đông", "Grab Việt Nam" beside "Công ty TNHH Grab
// Việt Nam": a company named again without its legal form, or without its head and legal form.
bool without_legal_form(const std::vector<std::string>& shorter, const std::vector<std::string>& longer,
                        const LegalForm& legal_form) {
    if (shorter.empty() || shorter.size() >= longer.size()) return false;
    std::size_t shared = std::mismatch(shorter.begin(), shorter.end(), longer.begin()).first - shorter.begin();
    std::size_t legal = shared > 0 ? shared : company_head(longer);
    if (legal == 0) return false;
    std::size_t rest = legal;
    for (std::size_t length; (length = legal_form(longer, rest)) > 0;) rest += length;
    if (shared > 0 && rest == legal) return false;  // only a legal form may be missing after a shared head
    return longer.size() - rest == shorter.size() - shared &&
           std::equal(shorter.begin() + static_cast<std::ptrdiff_t>(shared), shorter.end(),
                      longer.begin() + static_cast<std::ptrdiff_t>(rest));
}

// "và" and commas: the official form of a name that is also written without them ("Bộ Văn hóa, Thể
// thao và Du lịch" beside "Bộ Văn hóa - Thể thao - Du lịch") has more.
std::size_t connectives(std::string_view name) {
    std::size_t count = 0;
    for (std::string_view word : {std::string_view(" và "), std::string_view(", ")}) {
        for (auto at = name.find(word); at != std::string_view::npos; at = name.find(word, at + 1)) ++count;
    }
    return count;
}

std::string key_of(const std::vector<std::string>& words) {
    std::string key;
    for (const auto& word : words) key += (key.empty() ? "" : " ") + word;
    return key;
}

// One body named with its unit and without it ("Công an tỉnh Hòa Bình", "Công an Hòa Bình") goes under
// the longer name, unless only the text's own spelling is the shorter one (the unit came with a place
// added from elsewhere): then the longer goes under it.
bool unit_merges_into(const Entry& entry, const Entry& other) {
    if (&entry == &other || entry.unitless != other.unitless) return false;
    bool entry_bare = entry.unitless == key_of(entry.words), other_bare = other.unitless == key_of(other.words);
    bool keeps_written = other.placed && !entry.placed;
    if (entry_bare && entry.words.size() < other.words.size()) return !keeps_written;
    return other_bare && other.words.size() < entry.words.size() && entry.placed && !other.placed;
}

}  // namespace

std::vector<std::string> merge_mentions(const std::vector<OrgMention>& mentions, const IdentityKey& identity,
                                        const LegalForm& legal_form) {
    std::vector<Entry> entries;
    std::unordered_map<std::string, std::size_t> by_key;
    for (const OrgMention& mention : mentions) {
        std::string key = identity(mention.name, false);
        auto [it, added] = by_key.try_emplace(key, entries.size());
        if (added) {
            Entry entry{mention.name, mention.position, mention.from_capitals, mention.preferred, mention.placed, {},
                        identity(mention.name, true)};
            for (auto& token : Analyzer::tokenize(key)) entry.words.push_back(std::move(token.exact));
            entries.push_back(std::move(entry));
            continue;
        }
        Entry& entry = entries[it->second];
        entry.position = std::min(entry.position, mention.position);
        entry.placed = entry.placed && mention.placed;
        bool same_standing = mention.preferred == entry.preferred && mention.from_capitals == entry.from_capitals;
        if ((mention.preferred && !entry.preferred) ||
            (mention.preferred == entry.preferred && entry.from_capitals && !mention.from_capitals) ||
            (same_standing && connectives(mention.name) > connectives(entry.name))) {
            entry.name = mention.name;
            entry.from_capitals = mention.from_capitals;
            entry.preferred = mention.preferred;
        }
    }
    // A name merged into its fuller form hands it its place in the order.
    std::vector<Entry*> kept;
    for (Entry& entry : entries) {
        Entry* fuller = nullptr;
        for (Entry& other : entries) {
            if (word_prefix(entry.words, other.words) || short_form(entry.words, other.words) ||
                school_without_its_head(entry.words, other.words) ||
                without_legal_form(entry.words, other.words, legal_form) || unit_merges_into(entry, other)) {
                fuller = &other;
                break;
            }
        }
        if (fuller != nullptr) {
            fuller->position = std::min(fuller->position, entry.position);
        } else if (!entry.words.empty()) {
            kept.push_back(&entry);
        }
    }
    std::stable_sort(kept.begin(), kept.end(), [](const Entry* a, const Entry* b) { return a->position < b->position; });
    std::vector<std::string> names;
    for (const Entry* entry : kept) names.push_back(entry->name);
    return names;
}

}  // namespace vnsearch::indexer
