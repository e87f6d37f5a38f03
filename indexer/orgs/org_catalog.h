// The vocabulary of Vietnamese organization names (head words, aliases, known names, places), loaded
// from the data directory (indexer/orgs/data) so a portal extends it without a rebuild, and the one
// display spelling of a name.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>

#include "vnsearch/schema/analyzer.h"

namespace vnsearch::indexer {

// What a phrase of the data files can be in an organization name (see org_heads.txt).
enum class OrgRole : std::uint8_t {
    head, body, known, part, unit, place, block,
    lowercase,   // a head that starts a name also written in lower case: "bệnh viện Bạch Mai"
    descriptor,  // introduces a name without being part of it: "báo Thanh Niên" is Thanh Niên
    foreign,     // the same before a foreign name only: "hãng Boeing", not "hãng xe"
    credit,      // introduces a source or a photo credit: "Theo Reuters", "Ảnh: Getty", "PV Kiến Thức"
    title,       // a person's title or a document's kind: what follows is not an organization
    country,     // a country (also a place): what a national team is named by
    kind,        // a kind of organization: names listed after "các <kind> ... như" are of it
    province     // a province or centrally run city (also a place): where a "Sở" without one belongs
};
inline constexpr std::size_t kOrgRoleCount = 15;

// A set of roles, for asking which phrases may match at a position.
class OrgRoles {
public:
    constexpr OrgRoles() = default;
    constexpr OrgRoles(std::initializer_list<OrgRole> roles) {
        for (OrgRole role : roles) bits_ |= bit(role);
    }
    constexpr bool has(OrgRole role) const { return (bits_ & bit(role)) != 0; }
    constexpr void add(OrgRole role) { bits_ |= bit(role); }
    constexpr bool empty() const { return bits_ == 0; }

private:
    static constexpr std::uint16_t bit(OrgRole role) { return static_cast<std::uint16_t>(1u << static_cast<unsigned>(role)); }
    std::uint16_t bits_ = 0;
};

// How a word is written.
enum class WordCase : std::uint8_t {
    lower,    // "ban"
    capital,  // "Ban", "VinFast", "Y"
    upper,    // "BAN", "UBND" (two letters or more, all upper case)
    number,   // "108"
    other     // "4A2", "1A"
};

// What separates a word from the one before it.
enum class WordGap : std::uint8_t {
    space,  // white space on one line (or nothing, after an abbreviation's dot: "TP.Vinh")
    dash,   // one hyphen or dash: "Hà Nội - Amsterdam", "Kinh tế-Luật"
    punct,  // a little punctuation that data phrases may span: "TP.HCM", "GD&ĐT", "Văn hóa, Thể thao"
    brk     // anything else: a line break, brackets, quotes, a full stop and a space...
};

// One word of a text prepared for organization matching. An abbreviation found in
// org_aliases.tsv is replaced by the words of its expansion, which all carry its byte span.
// The end of a web address's suffix: "Zing" + ".vn", "VnExpress" + ".net".
bool is_domain_suffix(std::string_view key);

struct OrgWord {
    std::string_view key;      // NFC, lower case, canonical tone: "ủy"
    std::string_view display;  // the expansion's spelling of this word; empty for a word of the text
    std::string_view separator;  // for an expansion word after the first: what precedes it in the expansion
    std::size_t begin = 0;     // byte span in the text
    std::size_t end = 0;
    WordCase letter_case = WordCase::lower;
    WordGap gap = WordGap::brk;
    bool syllable = false;   // shaped like one Vietnamese syllable ("tế", not "Vinamilk")
    bool caps_line = false;  // on a line written in capitals (a headline): case tells nothing there
    std::uint32_t alias = 0; // 1 + index of the expansion this word comes from; 0 for a word of the text

    bool capitalised() const { return letter_case == WordCase::capital || letter_case == WordCase::upper; }
};

// A text cut into OrgWords. Views into the text and the catalog: both must outlive it.
class OrgText {
public:
    OrgText(const OrgText&) = delete;
    OrgText& operator=(const OrgText&) = delete;
    OrgText(OrgText&&) = default;
    OrgText& operator=(OrgText&&) = default;

    std::string_view text() const { return text_; }
    const std::vector<OrgWord>& words() const { return words_; }
    // What separates words[index] from the word before it, without spaces and tabs: "(", ":", "".
    std::string_view gap_before(std::size_t index) const;
    // The same as written, spaces and line breaks included: " (", ". ", "\n". Empty inside an expansion.
    std::string_view between(std::size_t index) const;
    // Whether words[index] continues the initials before it across a bare "&": "KD&PL", "TM&VT" are one
    // name's initials ("Dolce & Gabbana", spaced, are two words of a name).
    bool joins_initials(std::size_t index) const;
    // Whether words[index] goes on the word before it across an apostrophe alone: "Papa John's", "Xi'an",
    // "Sha'ar" are single words of a name.
    bool joins_across_apostrophe(std::size_t index) const;
    // Whether words[index] is a web address's suffix right after a dot: the ".VN" of "VOV.VN", the ".net"
    // of "VnExpress.net".
    bool web_suffix_at(std::size_t index) const;
    // Whether words[index] is a single letter as written ("V", "Đ" of "Ảnh: Đ.V").
    bool one_letter(std::size_t index) const;
    // Whether words[index] is two capital letters as written ("QH", "ĐB"); an alias's words are read as the
    // text writes the alias, not as its expansion is cased.
    bool two_capitals(std::size_t index) const;
    // Whether words[index] follows a full stop and a space, also an abbreviation's whose dot its alias
    // took ("UBND TP. Như ..."), where a capitalised little word starts a sentence.
    bool after_full_stop(std::size_t index) const;
    // Whether the capitalised words at `index` (up to four) are written elsewhere in the text in lower
    // case: after a full stop they start a sentence ("UBND TP. Vỉa hè trên quận 1 ..." beside "lòng đường,
    // vỉa hè"), as a place's name never is.
    bool capitals_written_in_lower_case(std::size_t index) const;
    // The text of words [begin, end), begin < end, as written, what lies between them included.
    std::string_view written(std::size_t begin, std::size_t end) const;
    // The keys of words [begin, end) joined by spaces ("thành phố" for "TP", "đại sứ quán"): what
    // the data's phrases are compared with.
    std::string keys(std::size_t begin, std::size_t end) const;

private:
    friend class OrgCatalog;
    OrgText() = default;
    std::string_view text_;
    std::vector<schema::Token> tokens_;  // the words' keys point into these
    std::vector<OrgWord> words_;
};

// The longest data phrase found at a position.
struct OrgMatch {
    std::size_t end = 0;  // one past its last word
    OrgRoles roles;       // every allowed role the phrase has
};

class OrgCatalog {
public:
    // Reads org_heads.txt, org_aliases.tsv and org_known.txt from data_dir; throws
    // std::runtime_error naming the file and line of anything it cannot use.
    static OrgCatalog load(const std::filesystem::path& data_dir);
    // From default_data_dir(): $VNSEARCH_DATA_DIR when set, else the data installed beside the program.
    static OrgCatalog load_default();

    // 16 hex digits identifying the data loaded (its entries, not its comments or blank lines): an
    // index built with another fingerprint named organizations with other data.
    const std::string& fingerprint() const { return fingerprint_; }

    // One display spelling per organization, by spelling only: case, tone placement (uỷ/ủy), NFC/NFD,
    // spacing and aliases ("UBND" -> "Ủy ban nhân dân") never make two organizations.
    // "BAN TUYÊN GIÁO QUẬN ỦY" and "Ban Tuyên giáo Quận ủy" -> "Ban Tuyên giáo Quận ủy".
    // A function of the text and the data files only: data phrases take the data's spelling, other
    // words keep their casing, or become Title Case when the whole name was written in capitals.
    std::string canonical_name(std::string_view name) const;

    // The normalized words of a name, without the units before a place when `without_units`
    // ("Công an tỉnh Hòa Bình" -> "công an hòa bình"); the first name's when org_known.txt lists the
    // name as another name of an organization ("WHO" -> "tổ chức y tế thế giới").
    std::string identity_key(std::string_view name, bool without_units = false) const;
    // True for the first name of an org_known.txt line that gives other names too: the spelling an
    // article that uses several of them is listed under.
    bool is_first_name_of_group(std::string_view name) const;
    // True when the whole of `name` is a name org_known.txt lists ("Bộ Y tế").
    bool is_known_name(std::string_view name) const;

    // --- The lower level the extractor is built on. ---

    // Splits text into words, expands aliases and notes each word's case and gap. The OrgText views `text`,
    // which must outlive it (not a temporary string).
    OrgText analyse(std::string_view text) const;
    // The longest phrase with one of `roles` that starts at words[pos] and ends by words[limit],
    // its words separated by no line break or bracket. The phrase's first capital letter needs a
    // capitalised word in the text, and so do all of them in a known name or place written with a
    // capital on every word ("Lao Động"), unless `any_case`.
    std::optional<OrgMatch> match(const OrgText& text, std::size_t pos, std::size_t limit, OrgRoles roles,
                                  bool any_case = false) const;
    // Where the longest phrase with one of `roles` that ends right before words[end] starts, of `max_words` words
    // at most ("... Paris Saint-Germain,", "... Cộng hòa Dân chủ Congo"), or nullopt.
    std::optional<std::size_t> match_ending_at(const OrgText& text, std::size_t end, OrgRoles roles, std::size_t max_words) const;
    // The display spelling of words [begin, end) of text: what canonical_name returns for them.
    std::string spell(const OrgText& text, std::size_t begin, std::size_t end) const;
    // The data's spelling of the known name that words [begin, end) are in any case ("báo Thanh niên":
    // "Thanh Niên"), or nullopt.
    std::optional<std::string> known_spelling(const OrgText& text, std::size_t begin, std::size_t end) const;

    bool is_stop_word(std::string_view key) const { return stop_words_.contains(key); }
    // A capitalised little word after a full stop ("UBND TP. Như Thanh Niên đưa tin"): the next sentence.
    bool sentence_starts_at(const OrgText& text, std::size_t index) const {
        const OrgWord& word = text.words()[index];
        return word.capitalised() && is_stop_word(word.key) && text.after_full_stop(index);
    }
    // A company's legal form written as an abbreviation ("TNHH", "CP"): part of a name, never one alone.
    bool is_legal_form(std::string_view key) const { return legal_forms_.contains(key); }
    // How many of `words` (keys, as names are compared) from `pos` are one legal form: a [legal]
    // abbreviation ("tnhh") or the "= expansion" org_aliases.tsv gives it ("trách nhiệm hữu hạn"); 0 if none.
    std::size_t legal_form_at(const std::vector<std::string>& words, std::size_t pos) const;
    // A legal form spelled out, by its words' keys joined with spaces ("trách nhiệm hữu hạn").
    bool is_spelled_legal_form(std::string_view keys) const;
    // Words [begin, end) of text, at least one, are all legal forms: "TNHH" or "CTCP" alone names no firm.
    bool legal_forms_only(const OrgText& text, std::size_t begin, std::size_t end) const;
    // A platform people post on ("Facebook", "YouTube"): where a credit or an outlet's name is posted,
    // not an organization there.
    bool is_platform(std::string_view key) const { return platforms_.contains(key); }
    // A kind of body that many of one country share ("công ty", "tòa án": [shared]), by its words'
    // keys joined with spaces: with a country alone it names none ("Công ty Trung Quốc").
    bool is_shared_kind(std::string_view key) const { return shared_kinds_.contains(key); }
    // A word for an item that a maker's name may follow ("xe", "điện thoại", "vắc xin": [product]), by
    // its words' keys joined with spaces: "xe Lexus" is a car, not the firm.
    bool is_product(std::string_view key) const { return products_.contains(key); }
    // A Vietnamese group known by its brand ("FPT", "Hòa Phát": [domestic]), by its words' keys joined with
    // spaces: after "Tập đoàn" in a text it keeps that head, as a Vietnamese company keeps "Công ty".
    bool is_domestic_group(std::string_view key) const { return domestic_groups_.contains(key); }
    // The field of a province's department that no ministry is named by ("du lịch", "ngoại vụ":
    // [department]), by its words' keys joined with spaces: "Sở Du lịch" is a province's, like "Sở Y tế".
    bool is_provincial_field(std::string_view key) const { return provincial_fields_.contains(key); }
    // A person's role after a name and a comma ("đồng tác giả", "chuyên gia": [apposition]), by its
    // words' keys joined with spaces.
    bool is_apposition(std::string_view key) const { return appositions_.contains(key); }
    // A time of day ("sáng", "chiều": [daypart]): before a date it starts a sentence, never a name's
    // word ("Tỉnh ủy Yên Bái Sáng 8/2, ...", a caption run into the lead).
    bool is_daypart(std::string_view key) const { return dayparts_.contains(key); }
    // The end of a place read as one only right after a unit word ([ward]: a ward named after a person,
    // "Lý Thái Tổ"; a district named with a word that ends names, "Như Xuân") that starts at `begin`, or nullopt.
    std::optional<std::size_t> ward_end(const OrgText& text, std::size_t begin) const;
    // A word a firm's name goes on with after its brand ("Electronics", "Telecom": [corporate]): "Samsung
    // Display" is a firm where "Samsung Galaxy" is a product.
    bool is_corporate_word(std::string_view key) const { return corporate_words_.contains(key); }
    // A competition an organizer's name goes before ("Cup", "Champions League": [competition]), by its
    // words' keys joined with spaces: in "AFF Cup" the federation is named inside its event.
    bool is_competition(std::string_view key) const { return competitions_.contains(key); }
    // A body named by the building it sits in ("Nhà Trắng", "Điện Kremlin": [seat]), by its words' keys joined
    // with spaces.
    bool is_seat(std::string_view key) const { return seats_.contains(key); }
    // A phrase of football news ("HLV", "tiền đạo", "Serie A": [football]), by its words' keys joined with spaces.
    bool is_football_phrase(std::string_view key) const { return football_phrases_.contains(key); }
    // The first word of a [football] phrase, by its key: where one may start (a cheap test before is_football_phrase).
    bool starts_a_football_phrase(std::string_view key) const { return football_first_words_.contains(key); }
    // A club the football news names bare by a city's or a short name ("Monaco", "Inter": [club]).
    bool is_bare_club(std::string_view key) const { return bare_clubs_.contains(key); }
    // A club the football news names by its home province or city ("Thanh Hóa", "Hải Phòng": [home_club]), by its
    // words' keys joined with spaces.
    bool is_home_club(std::string_view key) const { return home_clubs_.contains(key); }
    // The first word of a [home_club] name, by its key.
    bool starts_a_home_club(std::string_view key) const { return home_club_first_words_.contains(key); }
    // Words before a platform's name that make it the company behind it ("CEO của", "đại diện":
    // [company_cue]), by their keys joined with spaces.
    bool is_company_cue(std::string_view key) const { return company_cues_.contains(key); }
    // A word that ends a firm's name written in English ("Group", "Inc": [suffix]).
    bool is_firm_suffix(std::string_view key) const { return firm_suffixes_.contains(key); }
    // The level of the kind of body a name of these keys (words joined with spaces) is, by the longest
    // [chain] phrase it starts with ("cục quản lý" is a Cục's: 30); nullopt when it starts with none.
    std::optional<int> chain_level(std::string_view keys) const;
    // Rank of a family name, most common first; nullopt when key is not one.
    std::optional<std::size_t> surname_rank(std::string_view key) const;

private:
    struct StringHash {
        using is_transparent = void;
        std::size_t operator()(std::string_view text) const { return std::hash<std::string_view>{}(text); }
    };
    using StringSet = std::unordered_set<std::string, StringHash, std::equal_to<>>;

    struct Phrase {
        std::string display;
        std::vector<bool> capital;  // per word: written with a capital first letter in the data
        bool all_capital = false;
    };
    static constexpr std::array<std::int32_t, kOrgRoleCount> no_phrases() {
        std::array<std::int32_t, kOrgRoleCount> none{};
        none.fill(-1);
        return none;
    }
    struct Node {
        std::unordered_map<std::string, std::uint32_t, StringHash, std::equal_to<>> next;
        std::array<std::int32_t, kOrgRoleCount> phrase = no_phrases();
        std::array<std::int32_t, 2> alias{-1, -1};  // [0]: plain abbreviation, [1]: one that takes its dot
    };
    struct ExpansionWord {
        std::string key;
        std::string display;
        std::string separator;
        WordCase letter_case = WordCase::lower;
        bool syllable = false;
    };
    struct Alias {
        std::vector<WordCase> written;  // how each word of the abbreviation is written in the data
        bool needs_dot = false;
        std::vector<ExpansionWord> words;
    };
    struct Reader;

    OrgCatalog();
    void read_heads(Reader& reader);
    void read_aliases(Reader& reader);
    void read_known(Reader& reader);
    void add_phrase(std::string_view display, OrgRole role);
    void add_known_phrase(std::string_view display);
    void add_phrase_at(std::uint32_t node, Phrase phrase, OrgRole role);
    void add_chain_level(std::string_view line);  // a [chain] line: "LEVEL phrase"
    // The set a section of phrases ([shared], [product], [apposition], [daypart], [corporate], [competition], [football], [club], [home_club], [company_cue], [seat], [suffix]) is kept in; nullptr for another section.
    StringSet* phrase_set(std::string_view section);
    void add_alias(std::string_view abbreviation, std::string_view expansion);
    void add_equivalence(std::string_view abbreviation, std::string_view expansion);
    std::uint32_t child(std::vector<Node>& trie, std::uint32_t node, const std::string& key);
    bool case_fits(const Phrase& phrase, OrgRole role, const std::vector<OrgWord>& words, std::size_t pos) const;
    std::optional<OrgMatch> spelled_phrase(const OrgText& text, std::size_t pos, std::size_t end, bool any_case) const;
    // The lower-case head word of one syllable at words[pos] ends a word of two with the lower-case word
    // before it ("quốc phòng", "nội bộ"), not a head's ("Trung tâm hội nghị").
    bool second_syllable_of_a_word(const OrgText& text, std::size_t pos) const;
    std::pair<std::string_view, OrgRole> phrase_display(const OrgText& text, std::size_t pos, const OrgMatch& match) const;
    std::optional<std::pair<std::size_t, std::size_t>> find_alias(std::string_view text, const std::vector<OrgWord>& raw,
                                                                  std::size_t i) const;
    void expand_aliases(OrgText& text, const std::vector<OrgWord>& raw) const;
    void remember_ampersands(std::string_view name);
    void read_ampersands_as_and(std::string_view text, std::vector<OrgWord>& raw) const;
    std::string words_key(std::string_view name, bool without_units) const;

    std::vector<Node> phrases_trie_;
    std::vector<Node> alias_trie_;
    std::vector<Phrase> phrases_;
    std::vector<Alias> aliases_;
    StringSet stop_words_;
    StringSet legal_forms_;
    std::vector<std::vector<std::string>> legal_forms_spelled_;  // the "= expansion" of each [legal] abbreviation
    StringSet platforms_;
    StringSet shared_kinds_;
    StringSet products_;
    StringSet domestic_groups_;
    StringSet provincial_fields_;
    StringSet appositions_;
    StringSet dayparts_;
    StringSet wards_;
    StringSet corporate_words_;
    StringSet competitions_;
    StringSet football_phrases_;
    StringSet football_first_words_;
    StringSet seats_;
    StringSet bare_clubs_;
    StringSet home_clubs_;
    StringSet home_club_first_words_;
    StringSet company_cues_;
    StringSet firm_suffixes_;
    std::unordered_map<std::string, int, StringHash, std::equal_to<>> chain_levels_;
    std::unordered_map<std::string, std::size_t, StringHash, std::equal_to<>> surnames_;
    std::unordered_map<std::string, std::string> group_of_;
    std::unordered_set<std::string> ampersand_pairs_;  // "sức khỏe & đời": keys either side of a known name's " & "
    std::unordered_map<std::string, std::string, StringHash, std::equal_to<>> equivalences_;  // "tmcp" -> "thương mại cổ phần"  // identity of a name -> its line's first name's
    std::string fingerprint_;
};

}  // namespace vnsearch::indexer
