// indexer/orgs/ is the organization facet's source: OrgCatalog loads the vocabulary (data/: head
// words, aliases, known names), spells a name one way, and OrgExtractor finds names in a text. Only
// the indexer uses it; searchd sees the canonical names in the index.
//
// Finds the organizations a Vietnamese text names: a capitalised head word or known name grown
// with the words that identify it ("Ban Tổ chức Thành ủy Hà Nội"), spelled by OrgCatalog.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "orgs/org_catalog.h"
#include "orgs/org_mentions.h"
#include "orgs/place_index.h"

namespace vnsearch::indexer {

class OrgExtractor {
public:
    // The catalog must outlive the extractor.
    explicit OrgExtractor(const OrgCatalog& catalog);

    // Canonical names of the organizations the text names, unique, in order of first appearance.
    // `given` names (an article's publisher, the orgs its source lists) come first, spelled by
    // OrgCatalog::canonical_name, merged with the text's mentions of them and, when named by a unit
    // alone ("UBND QUẬN"), given the text's place or left out. Linear in the text; holds no state
    // between calls.
    std::vector<std::string> extract(std::string_view text, const std::vector<std::string>& given = {}) const;

private:
    // Words [begin, end) of text spelled as a name, without the bracketed abbreviation [skip, skip_end),
    // and with a space for the dash before each of `joins` (a chain's: "Cục ... - Bộ Y tế").
    std::string spell_span(const OrgText& text, std::size_t begin, std::size_t end, std::size_t skip,
                           std::size_t skip_end, const std::vector<std::size_t>& joins) const;
    // Words [begin, end) of text spelled as the name a cue introduced.
    std::string spell_cued(const OrgText& text, std::size_t begin, std::size_t end) const;
    static bool written_in_capitals(const OrgText& text, std::size_t begin, std::size_t end);
    // A province's department written without its province, named like the ministry above it: "Sở Y
    // tế" ("Bộ Y tế" is a known name), not "Sở Y tế Hà Nội" nor "Sở Cảnh sát".
    bool department_without_place(std::string_view name) const;
    // "Ban Chỉ đạo Phòng, chống dịch Covid-19", "Ban Chỉ huy Phòng, chống thiên tai": a local steering or
    // command committee named by its task alone, which every province has.
    bool local_steering_committee_without_place(std::string_view name) const;
    // "Ban Chỉ đạo Trung ương về phòng, chống tham nhũng", "Ủy ban Quốc gia về Đổi mới giáo dục": a national
    // committee (words [begin, end), ending in its scope) named by "về" and a task the data lists; where the
    // task ends, or nullopt.
    std::optional<std::size_t> task_after_scope(const OrgText& text, std::size_t begin, std::size_t end) const;
    // "Văn phòng Luật sư Kim Phụng và cộng sự", "Công ty Luật TNHH Nguyễn Đỗ và Cộng sự": a law office's name
    // (words [begin, end)) goes on to its partners; where they end, or nullopt.
    static std::optional<std::size_t> partners_after_a_law_office(const OrgText& text, std::size_t begin, std::size_t end);
    // Words [begin, end) are a branch named by its place alone ("Chi nhánh Đống Đa", as a bank's
    // account line writes it after the bank): a company's branch, which the guidelines count as no body
    // of its own, and the same value for every company's.
    bool branch_by_place_alone(const OrgText& text, const PlaceIndex& places, std::size_t begin, std::size_t end) const;
    // Words [begin, end) are a Vietnamese group's brand ([domestic]) that the text writes right after "Tập
    // đoàn" ("Tập đoàn FPT", "tập đoàn Hòa Phát"), which the name keeps.
    bool after_domestic_groups_head(const OrgText& text, std::size_t begin, std::size_t end) const;
    // The known name `name`, from words[begin], follows "The" ("Theo The New York Times", "với The
    // Mirror"), which the paper's name keeps as the text writes it.
    bool after_english_article(const OrgText& text, std::size_t begin, const std::string& name) const;
    // The name at words [begin, end) is an exchange's in its index ("HNX-Index") or a listing code ("HOSE:
    // FPT"), neither of which names the exchange as a body.
    static bool index_or_listing_code(const OrgText& text, std::size_t begin, std::size_t end);
    // The name at words [begin, end) is a ticker in a market report's list of them ("KDH, VRE, FPT, VJC tăng
    // giá"), which names a share, not the company (the annotations' convention).
    bool in_a_list_of_tickers(const OrgText& text, std::size_t begin, std::size_t end) const;
    // The name at words [begin, end) is "CLB" and a city's abbreviation ("CLB TP.HCM", "CLB TPHCM"): a club's
    // name, kept as written (the guidelines expand a state body's abbreviations, and annotations keep a club's).
    bool club_with_its_city_as_written(const OrgText& text, std::size_t begin, std::size_t end) const;
    // "CLB Man Utd" beside "Man Utd" in one text is one club: the mention with the head goes (not "CLB Ngân
    // hàng Công Thương" beside the bank: a body's club is another body).
    void drop_club_heads_of_named_clubs(std::vector<OrgMention>& mentions) const;
    // The name at words [begin, end) is a [seat] after a word of place or of its occupant ("tại Nhà Trắng",
    // "ông chủ Nhà Trắng"): the building or the president, not the body.
    bool at_its_seat(const OrgText& text, std::size_t begin, std::size_t end) const;
    // Words [begin, end) are a kind many bodies share and a country alone: "Công ty Trung Quốc" (a
    // Chinese company), "Tòa án Mỹ", "CLB nước Anh" name no one body.
    bool shared_kind_and_country(const OrgText& text, std::size_t begin, std::size_t end) const;
    // `name`, words [begin, end) of text, with the place the text gives a body named without its own
    // (a province's department "Sở Y tế", a party committee "Tỉnh ủy"); unchanged when it is no such
    // body; nullopt when it is to be left out (a department whose province the text does not name,
    // or a body of many places: "các Sở Y tế").
    std::optional<std::string> with_its_place(std::string name, const OrgText& text, const PlaceIndex& places,
                                              std::size_t begin, std::size_t end) const;
    // The unit of a party committee named by it alone: "tỉnh" for "Tỉnh ủy", "quận" for "Quận ủy"...
    static std::optional<std::string> committee_unit(std::string_view name);
    OrgMention mention(std::string name, std::size_t position, bool from_capitals) const;
    // A given name as a mention of text, at its start; nullopt when it names a unit without a place
    // the text gives.
    std::optional<OrgMention> given_mention(const std::string& name, const OrgText& text, const PlaceIndex& places) const;

    const OrgCatalog& catalog_;
};

}  // namespace vnsearch::indexer
