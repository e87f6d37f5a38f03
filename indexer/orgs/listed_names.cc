// Unknown names listed among known ones or after their kind; see listed_names.h.
#include "orgs/listed_names.h"

#include <algorithm>
#include <array>
#include <optional>
#include <string_view>

namespace vnsearch::indexer {
namespace {

constexpr std::size_t kMaxItemWords = 3;  // "Atletico Madrid", "Dress to Kill" is no list item
constexpr std::size_t kMinItems = 3;
constexpr std::size_t kMinKnown = 2;
constexpr std::size_t kMaxKindWords = 5;  // "các NXB lớn trên thế giới như"

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

    std::vector<ListedName> read_after_kinds() const {
        std::vector<ListedName> found;
        for (std::size_t i = 0; i < words_.size(); ++i) {
            auto first = such_as_after_kind(i);
            if (!first) continue;
            for (const Item& item : items_from(*first)) {
                if (!item.known && plausible(item) && whole(item) && !ends_in_country(item)) found.push_back({item.begin, item.end});
            }
        }
        return found;
    }

private:
    // Where the list starts that "các <kind> ... như" at words[i] introduces ("hai hãng hàng không là
    // Etihad và Emirates", "3 ngân hàng gồm ...", "nhiều tạp chí danh tiếng như Elle" too); nullopt when none does. Between the kind and "như"
    // only lower-case words or a country ("các hãng xe Nhật như"), none of which points back ("các CLB
    // này như ..." lists the clubs' people).
    std::optional<std::size_t> such_as_after_kind(std::size_t i) const {
        static constexpr std::array<std::string_view, 4> kPointingBack = {"này", "đó", "ấy", "kia"};
        static constexpr std::array<std::string_view, 12> kOpeners = {"các", "những", "nhiều", "hai", "ba",  "bốn",
                                                                      "năm", "sáu",  "bảy",   "tám", "chín", "mười"};
        static constexpr std::array<std::string_view, 3> kSuchAs = {"như", "là", "gồm"};
        bool opens = std::find(kOpeners.begin(), kOpeners.end(), words_[i].key) != kOpeners.end() ||
                     (words_[i].letter_case == WordCase::number && words_[i].end - words_[i].begin <= 2);
        if (!opens || i + 1 >= words_.size() || words_[i + 1].gap != WordGap::space) return std::nullopt;
        auto kind = catalog_.match(text_, i + 1, words_.size(), {OrgRole::kind}, true);
        if (!kind) return std::nullopt;
        for (std::size_t j = kind->end; j < words_.size() && j - kind->end <= kMaxKindWords; ++j) {
            const OrgWord& word = words_[j];
            bool joined = word.gap == WordGap::space || (word.gap == WordGap::punct && text_.gap_before(j) == ",");
            if (!joined || word.caps_line) return std::nullopt;
            // "là" and "gồm" right after the kind only: "các CLB nổi loạn là Christian Eriksen ..." names players.
            bool such_as = word.key == "như" || (j == kind->end && std::find(kSuchAs.begin(), kSuchAs.end(), word.key) != kSuchAs.end());
            if (such_as && word.letter_case == WordCase::lower) {
                bool named = j + 1 < words_.size() && words_[j + 1].gap == WordGap::space && words_[j + 1].capitalised();
                return named ? std::optional<std::size_t>(j + 1) : std::nullopt;
            }
            if (std::find(kPointingBack.begin(), kPointingBack.end(), word.key) != kPointingBack.end()) return std::nullopt;
            if (word.letter_case != WordCase::lower) {
                auto country = catalog_.match(text_, j, words_.size(), {OrgRole::country});
                if (!country) return std::nullopt;
                j = country->end - 1;
            }
        }
        return std::nullopt;
    }

    // The items from words[begin], apart by commas, up to the one after "và", "hay" or "hoặc".
    std::vector<Item> items_from(std::size_t begin) const {
        std::vector<Item> items;
        for (std::size_t k = begin; k < words_.size();) {
            Item item = item_at(k);
            if (item.end == item.begin) break;
            items.push_back(item);
            if (item.end >= words_.size()) break;
            if (words_[item.end].gap == WordGap::punct && text_.gap_before(item.end) == ",") {
                k = item.end;
                continue;
            }
            if (!joins_last_item(item.end)) break;
            Item last = item_at(item.end + 1);
            if (last.end > last.begin && words_[last.begin].gap == WordGap::space) items.push_back(last);
            break;
        }
        return items;
    }

    // The item is a whole name, not the start of one that goes on past it ("Mall" of "Mall of
    // America", "Merck Sharp" of "Merck Sharp & Dohme").
    bool whole(const Item& item) const {
        if (item.end >= words_.size()) return true;
        const OrgWord& next = words_[item.end];
        if (next.gap == WordGap::space) return next.letter_case != WordCase::lower || next.syllable;
        return text_.gap_before(item.end) != "&";
    }

    // "những đội bóng mạnh như Syria, CHDCND Triều Tiên": a country is a national team, no organization.
    bool ends_in_country(const Item& item) const {
        for (std::size_t k = item.begin; k < item.end; ++k) {
            auto country = catalog_.match(text_, k, item.end, {OrgRole::country});
            if (country && country->end == item.end) return true;
        }
        return false;
    }

    bool joins_last_item(std::size_t i) const {
        return i + 1 < words_.size() && words_[i].gap == WordGap::space && words_[i].letter_case == WordCase::lower &&
               (words_[i].key == "và" || words_[i].key == "hay" || words_[i].key == "hoặc");
    }

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

std::vector<ListedName> names_listed_after_their_kind(const OrgCatalog& catalog, const OrgText& text) {
    return ListReader(catalog, text).read_after_kinds();
}

}  // namespace vnsearch::indexer
