// Unknown names listed among known ones; see listed_names.h.
#include "orgs/listed_names.h"

namespace vnsearch::indexer {
namespace {

constexpr std::size_t kMaxItemWords = 3;  // "Atletico Madrid", "Dress to Kill" is no list item
constexpr std::size_t kMinItems = 3;
constexpr std::size_t kMinKnown = 2;

struct Item {
    std::size_t begin = 0;
    std::size_t end = 0;
    bool known = false;
};

class ListReader {
public:
    ListReader(const OrgCatalog& catalog, const OrgText& text) : catalog_(catalog), text_(text), words_(text.words()) {}

    std::vector<ListedName> read() {
        std::vector<ListedName> found;
        std::vector<Item> list;
        for (std::size_t i = 0; i < words_.size();) {
            Item item = item_at(i);
            if (item.end == item.begin && !list.empty() && i == list.back().end && is_conjunction(i)) {
                ++i;  // "Oppo và Vivo": the next item says whether the list goes on
                continue;
            }
            if (item.end == item.begin) {
                keep_unknown(list, found);
                list.clear();
                ++i;
                continue;
            }
            bool continues = !list.empty() && separated(list.back().end, item.begin);
            if (!continues) {
                keep_unknown(list, found);
                list.clear();
            }
            list.push_back(item);
            i = item.end;
        }
        keep_unknown(list, found);
        return found;
    }

private:
    // The capitalised words from `i`, one item; an empty item where none starts.
    Item item_at(std::size_t i) const {
        const OrgWord& first = words_[i];
        if (!first.capitalised() || first.caps_line || catalog_.is_stop_word(first.key)) return {i, i, false};
        if (auto known = catalog_.match(text_, i, words_.size(), {OrgRole::known})) return {i, known->end, true};
        std::size_t end = i + 1;
        while (end < words_.size() && words_[end].gap == WordGap::space && words_[end].capitalised() &&
               !words_[end].caps_line && end - i < kMaxItemWords + 1) {
            ++end;
        }
        return {i, end, false};
    }

    // Only ", " or " và " / " hoặc " between the end of one item and the start of the next.
    bool separated(std::size_t end, std::size_t begin) const {
        if (begin == end) return words_[begin].gap == WordGap::punct && text_.gap_before(begin) == ",";
        return begin == end + 1 && is_conjunction(end) && words_[begin].gap == WordGap::space;
    }

    bool is_conjunction(std::size_t i) const {
        return words_[i].gap == WordGap::space && (words_[i].key == "và" || words_[i].key == "hoặc");
    }

    void keep_unknown(const std::vector<Item>& list, std::vector<ListedName>& found) const {
        std::size_t known = 0;
        for (const Item& item : list) known += item.known;
        if (list.size() < kMinItems || known < kMinKnown || known * 2 < list.size()) return;
        for (const Item& item : list) {
            if (!item.known && plausible(item)) found.push_back({item.begin, item.end});
        }
    }

    // Not too long, no person ("Nguyễn Văn An"), no place alone, no data phrase that is none of a name.
    bool plausible(const Item& item) const {
        if (item.end - item.begin > kMaxItemWords) return false;
        for (std::size_t k = item.begin; k < item.end; ++k) {
            if (text_.one_letter(k)) return false;
        }
        if (catalog_.match(text_, item.begin, words_.size(), {OrgRole::block, OrgRole::title, OrgRole::unit, OrgRole::head})) {
            return false;
        }
        // "Thủ" of "Apple và Thủ tướng": a lower-case syllable after a syllable makes it a word's first
        // syllable (not after "Vivo": "Oppo và Vivo tăng").
        if (item.end < words_.size()) {
            const OrgWord& next = words_[item.end];
            if (words_[item.end - 1].syllable && next.gap == WordGap::space && next.letter_case == WordCase::lower && next.syllable &&
                !catalog_.is_stop_word(next.key) && next.key != "và" && next.key != "hoặc") {
                return false;
            }
        }
        auto place = catalog_.match(text_, item.begin, item.end, {OrgRole::place});
        if (place && place->end == item.end) return false;
        bool syllables = true;
        for (std::size_t k = item.begin; k < item.end; ++k) syllables = syllables && words_[k].syllable;
        return !(syllables && item.end - item.begin >= 2 && catalog_.surname_rank(words_[item.begin].key));
    }

    const OrgCatalog& catalog_;
    const OrgText& text_;
    const std::vector<OrgWord>& words_;
};

}  // namespace

std::vector<ListedName> names_listed_with_known_ones(const OrgCatalog& catalog, const OrgText& text) {
    return ListReader(catalog, text).read();
}

}  // namespace vnsearch::indexer
