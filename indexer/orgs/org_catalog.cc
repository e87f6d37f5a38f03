// The vocabulary of Vietnamese organization names, loaded from the data directory, and the display spelling
// of a name: data phrases take the data's spelling, aliases expand, other words keep their case.
#include "orgs/org_catalog.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <charconv>
#include <cstdlib>
#include <fstream>
#include <stdexcept>
#include <unordered_set>

#include "orgs/data_location.h"
#include "vnsearch/schema/fnv1a.h"
#include "vnsearch/schema/text.h"

namespace vnsearch::indexer {

using schema::Analyzer;
using schema::Fnv1a;
using schema::Token;
using schema::trim;

namespace {

constexpr std::array<OrgRole, kOrgRoleCount> kAllRoles = {
    OrgRole::head,      OrgRole::body,       OrgRole::known,   OrgRole::part,  OrgRole::unit,  OrgRole::place,
    OrgRole::block,     OrgRole::lowercase,  OrgRole::descriptor, OrgRole::foreign, OrgRole::credit, OrgRole::title,
    OrgRole::country,   OrgRole::kind,       OrgRole::province};
// Which role's spelling shows when one phrase has several.
constexpr std::array<OrgRole, 6> kSpellPriority = {OrgRole::known, OrgRole::body,  OrgRole::head,
                                                   OrgRole::part,  OrgRole::place, OrgRole::unit};
// Phrases that take the data's spelling in a name: a head, body, part or unit in any case
// ("trường ĐH" -> "Trường Đại học"), known names and places with their capitals.
const OrgRoles kTypeRoles = {OrgRole::body, OrgRole::head, OrgRole::part, OrgRole::unit};
const OrgRoles kNameRoles = {OrgRole::known, OrgRole::place};

std::size_t role_index(OrgRole role) { return static_cast<std::size_t>(role); }

// Calls on(code point) for each code point of UTF-8 text (ill-formed bytes give a negative value).
template <typename On>
void for_each_code_point(std::string_view text, On on) {
    const auto* bytes = reinterpret_cast<const uint8_t*>(text.data());
    int32_t length = static_cast<int32_t>(text.size());
    for (int32_t i = 0; i < length;) {
        UChar32 c;
        U8_NEXT(bytes, i, length, c);
        on(c);
    }
}

bool is_mark(UChar32 c) { return c >= 0 && (U_GET_GC_MASK(c) & U_GC_M_MASK) != 0; }
bool is_letter(UChar32 c) { return c >= 0 && (U_GET_GC_MASK(c) & U_GC_L_MASK) != 0; }
bool is_upper(UChar32 c) { return u_isUUppercase(c) || u_istitle(c); }

WordCase word_case(std::string_view word) {
    std::size_t letters = 0, uppers = 0;
    bool starts_with_digit = false, first_upper = false, seen = false, all_digits = true;
    for_each_code_point(word, [&](UChar32 c) {
        if (is_mark(c)) return;
        bool letter = is_letter(c);
        if (!seen) {
            seen = true;
            starts_with_digit = !letter;
            first_upper = letter && is_upper(c);
        }
        if (letter) {
            ++letters;
            if (is_upper(c)) ++uppers;
        }
        all_digits = all_digits && !letter && u_isdigit(c);
    });
    if (letters == 0) return all_digits ? WordCase::number : WordCase::other;
    if (starts_with_digit) return WordCase::other;
    if (!first_upper) return WordCase::lower;
    return uppers == letters ? WordCase::upper : WordCase::capital;
}

bool is_dash(UChar32 c) { return c == '-' || (c >= 0x2010 && c <= 0x2014); }
bool is_light_punct(UChar32 c) { return c == '.' || c == ',' || c == '&' || c == '/' || c == '\'' || c == 0x2019; }
bool is_line_break(UChar32 c) { return c == '\n' || c == '\r' || c == 0x2028 || c == 0x2029; }

struct GapInfo {
    WordGap gap = WordGap::brk;
    bool line_break = false;
};

GapInfo classify_gap(std::string_view gap) {
    std::size_t dashes = 0, puncts = 0;
    bool other = false, line_break = false;
    for_each_code_point(gap, [&](UChar32 c) {
        if (is_line_break(c)) {
            line_break = true;
        } else if (c >= 0 && u_isUWhiteSpace(c)) {
            // spacing carries nothing
        } else if (is_dash(c)) {
            ++dashes;
        } else if (is_light_punct(c)) {
            ++puncts;
        } else {
            other = true;
        }
    });
    if (line_break || other) return {WordGap::brk, line_break};
    if (dashes + puncts == 0) return {WordGap::space, false};
    if (dashes == 1 && puncts == 0) return {WordGap::dash, false};
    if (dashes + puncts <= 2) return {WordGap::punct, false};
    return {WordGap::brk, false};
}

bool is_vowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y'; }

// Onset + one to three vowels + a final consonant, on the folded (mark-free, lower case) form.
bool looks_like_syllable(std::string_view folded) {
    static constexpr std::array<std::string_view, 26> kOnsets = {"ngh", "ng", "nh", "ch", "gh", "gi", "kh", "ph", "qu",
                                                                 "th",  "tr", "b",  "c",  "d",  "g",  "h",  "k",  "l",
                                                                 "m",   "n",  "p",  "r",  "s",  "t",  "v",  "x"};
    static constexpr std::array<std::string_view, 9> kCodas = {"", "c", "ch", "m", "n", "ng", "nh", "p", "t"};
    if (folded.empty() || folded.size() > 7) return false;  // "nghiêng" is the longest
    std::size_t onset = 0;
    for (std::string_view candidate : kOnsets) {
        if (folded.starts_with(candidate)) {
            onset = candidate.size();
            break;
        }
    }
    if (onset == 2 && folded.starts_with("gi") && (folded.size() == 2 || !is_vowel(folded[2]))) onset = 1;  // "gì"
    std::size_t vowels_end = onset;
    while (vowels_end < folded.size() && is_vowel(folded[vowels_end])) ++vowels_end;
    std::size_t vowels = vowels_end - onset;
    if (vowels == 0 || vowels > 3) return false;
    std::string_view coda = folded.substr(vowels_end);
    for (std::string_view candidate : kCodas) {
        if (coda == candidate) return true;
    }
    return false;
}

void append_code_point(std::string& out, UChar32 c) {
    char buffer[U8_MAX_LENGTH];
    int32_t length = 0;
    UBool error = false;
    U8_APPEND(reinterpret_cast<uint8_t*>(buffer), length, U8_MAX_LENGTH, c, error);
    if (!error) out.append(buffer, static_cast<std::size_t>(length));
}

// The normalized (lower-case) key written with the letter case of the word as it appears in the text.
std::string recase(std::string_view key, std::string_view written) {
    std::vector<bool> upper;
    for_each_code_point(written, [&](UChar32 c) {
        if (is_letter(c)) upper.push_back(is_upper(c));
    });
    std::string out;
    std::size_t index = 0;
    for_each_code_point(key, [&](UChar32 c) {
        if (is_letter(c)) {
            bool make_upper = index < upper.size() && upper[index];
            ++index;
            append_code_point(out, make_upper ? u_toupper(c) : c);
        } else {
            append_code_point(out, c);
        }
    });
    if (index == upper.size()) return out;
    // Letters did not line up one to one (a rare script): keep only the first letter's case.
    std::string fallback;
    bool first = true;
    for_each_code_point(key, [&](UChar32 c) {
        append_code_point(fallback, first && !upper.empty() && upper[0] ? u_totitle(c) : c);
        first = false;
    });
    return fallback;
}

std::string capitalise(std::string_view text) {
    std::string out;
    bool first = true;
    for_each_code_point(text, [&](UChar32 c) {
        append_code_point(out, first ? u_totitle(c) : c);
        first = false;
    });
    return out;
}

// How a gap between two words of a name is written in its display spelling.
std::string spell_gap(std::string_view gap, bool beside_number) {
    switch (classify_gap(gap).gap) {
    case WordGap::space:
        return " ";
    case WordGap::dash: {
        // "Covid-19", "Kinh tế - Luật", and as written without spaces: "Ủy ban liên Chính phủ Việt Nam-Lào".
        bool spaced = gap.find_first_of(" \t") != std::string_view::npos;
        return beside_number || !spaced ? "-" : " - ";
    }
    case WordGap::punct: {
        std::string out;
        // "Dolce & Gabbana" spaced, "KD&PL" (an outlet's initials) as written.
        bool spaced = gap.find_first_of(" \t") != std::string_view::npos;
        for_each_code_point(gap, [&](UChar32 c) {
            if (c == ',') {
                out += ", ";
            } else if (c == '&') {
                out += spaced ? " & " : "&";
            } else if (c >= 0 && !u_isUWhiteSpace(c)) {
                append_code_point(out, c);
            }
        });
        return out;
    }
    case WordGap::brk:
        break;
    }
    // Anything else ("Trung tâm (CDC)") keeps its characters, each run of spaces made one.
    std::string out;
    bool in_space = false;
    for_each_code_point(gap, [&](UChar32 c) {
        bool space = c >= 0 && u_isUWhiteSpace(c);
        if (space && !in_space) out += ' ';
        if (!space) append_code_point(out, c);
        in_space = space;
    });
    return out;
}

// An abbreviation must be written with its capitals; one in capitals ("TƯ") must be written in
// capitals, unless the word could not be a Vietnamese syllable ("Tp" for "TP"; but "Tư" is not "TƯ").
bool abbreviation_fits(WordCase written_in_data, const OrgWord& word) {
    switch (written_in_data) {
    case WordCase::upper:
        return word.letter_case == WordCase::upper || (word.letter_case == WordCase::capital && !word.syllable);
    case WordCase::capital:
        return word.capitalised();
    default:
        return true;
    }
}

// Headlines written all in capitals say nothing through case: their words match data in any case.
void mark_caps_lines(std::vector<OrgWord>& words, const std::vector<bool>& line_starts) {
    std::size_t line_begin = 0;
    for (std::size_t i = 0; i <= words.size(); ++i) {
        if (i < words.size() && (i == 0 || !line_starts[i])) continue;
        std::size_t cased = 0, upper = 0;
        for (std::size_t k = line_begin; k < i; ++k) {
            WordCase c = words[k].letter_case;
            if (c == WordCase::lower || c == WordCase::capital || c == WordCase::upper) ++cased;
            if (c == WordCase::upper) ++upper;
        }
        bool caps = cased >= 3 && upper * 10 >= cased * 7;
        for (std::size_t k = line_begin; k < i; ++k) words[k].caps_line = caps;
        line_begin = i;
    }
}

// A data phrase's words' keys joined by spaces, as OrgText::keys joins a text's.
std::string phrase_key(std::string_view phrase) {
    std::string key;
    for (const auto& word : Analyzer::tokenize(phrase)) key += (key.empty() ? "" : " ") + word.exact;
    return key;
}

}  // namespace

// Reads one data file line by line, dropping comments and blank lines, and names file:line in errors.
// Every entry it returns also goes into `entries`, the hash behind the catalog's fingerprint.
struct OrgCatalog::Reader {
    Reader(const std::filesystem::path& file, Fnv1a& entries) : path(file), in(file), entries(entries) {
        if (!in) throw std::runtime_error("cannot read organization data file " + path.string());
    }

    bool next(std::string_view& line) {
        while (std::getline(in, buffer)) {
            ++line_number;
            std::string_view text = buffer;
            if (line_number == 1 && text.starts_with("\xEF\xBB\xBF")) text.remove_prefix(3);
            if (auto hash = text.find('#'); hash != std::string_view::npos) text = text.substr(0, hash);
            text = trim(text);
            if (!text.empty()) {
                line = text;
                entries.update(text).update("\n");
                return true;
            }
        }
        return false;
    }

    [[noreturn]] void fail(std::string_view what) const {
        throw std::runtime_error(path.string() + ":" + std::to_string(line_number) + ": " + std::string(what));
    }

    std::filesystem::path path;
    std::ifstream in;
    std::string buffer;
    std::size_t line_number = 0;
    Fnv1a& entries;
};

std::string_view OrgText::gap_before(std::size_t index) const { return trim(between(index), " \t"); }

std::string_view OrgText::between(std::size_t index) const {
    if (index == 0 || index >= words_.size()) return {};
    const OrgWord& word = words_[index];
    const OrgWord& previous = words_[index - 1];
    if (word.begin <= previous.end) return {};
    return text_.substr(previous.end, word.begin - previous.end);
}

std::string OrgText::keys(std::size_t begin, std::size_t end) const {
    std::string joined;
    for (std::size_t k = begin; k < end && k < words_.size(); ++k) {
        if (!joined.empty()) joined += ' ';
        joined += words_[k].key;
    }
    return joined;
}

bool is_domain_suffix(std::string_view key) {
    static constexpr std::array<std::string_view, 7> kDomainSuffixes = {"vn", "com", "net", "org", "tv", "info", "asia"};
    return std::find(kDomainSuffixes.begin(), kDomainSuffixes.end(), key) != kDomainSuffixes.end();
}

bool OrgText::joins_initials(std::size_t index) const {
    if (index == 0 || index >= words_.size()) return false;
    const OrgWord& word = words_[index];
    return word.gap == WordGap::punct && word.begin == words_[index - 1].end + 1 && text_[words_[index - 1].end] == '&' &&
           word.letter_case == WordCase::upper && words_[index - 1].letter_case == WordCase::upper;
}

bool OrgText::joins_across_apostrophe(std::size_t index) const {
    if (index == 0 || index >= words_.size() || words_[index].gap != WordGap::punct) return false;
    std::string_view between = this->between(index);
    return (between == "'" || between == "\u2019") && words_[index].letter_case != WordCase::number;
}

bool OrgText::web_suffix_at(std::size_t index) const {
    if (index == 0 || index >= words_.size()) return false;
    const OrgWord& word = words_[index];
    // Written right after the dot ("LHQ. VN nhất quán ..." is a sentence that starts with Viet Nam).
    return word.begin == words_[index - 1].end + 1 && text_[words_[index - 1].end] == '.' && is_domain_suffix(word.key);
}

bool OrgText::after_full_stop(std::size_t index) const {
    std::size_t begin = words_[index].begin;
    return begin >= 2 && text_[begin - 1] == ' ' && text_[begin - 2] == '.';
}

bool OrgText::capitals_written_in_lower_case(std::size_t index) const {
    constexpr std::size_t kMaxWords = 4;
    std::size_t end = index;
    while (end < words_.size() && end - index < kMaxWords && words_[end].capitalised() &&
           (end == index || words_[end].gap == WordGap::space)) {
        ++end;
    }
    const std::size_t length = end - index;
    if (length == 0) return false;
    for (std::size_t i = 0; i + length <= words_.size(); ++i) {
        bool same = true;
        for (std::size_t k = 0; k < length && same; ++k) {
            const OrgWord& word = words_[i + k];
            same = word.letter_case == WordCase::lower && word.key == words_[index + k].key &&
                   (k == 0 || word.gap == WordGap::space);
        }
        if (same) return true;
    }
    return false;
}

bool OrgText::two_capitals(std::size_t index) const {
    const OrgWord& word = words_[index];
    std::string_view text = written(index, index + 1);
    bool upper = word.alias != 0 ? std::all_of(text.begin(), text.end(), [](char c) { return c >= 'A' && c <= 'Z'; })
                                 : word.letter_case == WordCase::upper;
    if (!upper) return false;
    std::size_t letters = 0;  // UTF-8 lead bytes: "Đ" is two bytes
    for (char c : text) letters += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    return letters == 2;
}

std::string_view OrgText::written(std::size_t begin, std::size_t end) const {
    return text_.substr(words_[begin].begin, words_[end - 1].end - words_[begin].begin);
}

bool OrgText::one_letter(std::size_t index) const {
    const OrgWord& word = words_[index];
    const auto* bytes = reinterpret_cast<const uint8_t*>(text_.data());
    int32_t i = static_cast<int32_t>(word.begin);
    UChar32 c = 0;
    U8_NEXT(bytes, i, static_cast<int32_t>(word.end), c);
    return static_cast<std::size_t>(i) == word.end;
}

OrgCatalog::OrgCatalog() : phrases_trie_(1), alias_trie_(1) {}

OrgCatalog OrgCatalog::load(const std::filesystem::path& data_dir) {
    OrgCatalog catalog;
    Fnv1a entries;  // of all three files, a form feed between them
    Reader heads(data_dir / "org_heads.txt", entries);
    catalog.read_heads(heads);
    entries.update("\f");
    Reader aliases(data_dir / "org_aliases.tsv", entries);
    catalog.read_aliases(aliases);
    entries.update("\f");
    Reader known(data_dir / "org_known.txt", entries);
    catalog.read_known(known);
    catalog.fingerprint_ = entries.hex();
    return catalog;
}

void OrgCatalog::read_heads(Reader& reader) {
    static const std::unordered_map<std::string_view, OrgRole> kRoles = {
        {"head", OrgRole::head}, {"body", OrgRole::body},   {"part", OrgRole::part},
        {"unit", OrgRole::unit}, {"place", OrgRole::place}, {"block", OrgRole::block},
        {"lowercase", OrgRole::lowercase}, {"descriptor", OrgRole::descriptor}, {"foreign", OrgRole::foreign},
        {"credit", OrgRole::credit}, {"title", OrgRole::title}, {"country", OrgRole::country},
        {"kind", OrgRole::kind}, {"province", OrgRole::province}};
    std::string_view line;
    std::string section;
    while (reader.next(line)) {
        if (line.front() == '[') {
            if (line.back() != ']') reader.fail("a section is written [role]");
            section = std::string(line.substr(1, line.size() - 2));
            // Sections of roles, of phrases (phrase_set) and of single words or chain levels.
            static const std::unordered_set<std::string_view> kOtherSections = {"stop", "surname", "legal", "platform",
                                                                               "chain"};
            if (!kRoles.contains(section) && phrase_set(section) == nullptr && !kOtherSections.contains(section)) {
                reader.fail("unknown section [" + section + "]; sections are head, body, part, unit, place, block, lowercase, "
                            "descriptor, foreign, credit, title, country, province, kind, stop, surname, legal, platform, "
                            "shared, product, domestic, department, chain, apposition, daypart, corporate, competition, football, club, home_club, company_cue, seat, suffix, ward");
            }
            continue;
        }
        if (section.empty()) reader.fail("entry before any [role] section");
        try {
            if (auto role = kRoles.find(section); role != kRoles.end()) {
                add_phrase(line, role->second);
                // A country or a province is a place too.
                if (role->second == OrgRole::country || role->second == OrgRole::province) add_phrase(line, OrgRole::place);
                continue;
            }
            if (section == "chain") {
                add_chain_level(line);
                continue;
            }
            if (StringSet* phrases = phrase_set(section)) {
                std::string key = phrase_key(line);
                // The first words of these two, for a cheap test before a phrase is looked up word by word.
                if (phrases == &football_phrases_) football_first_words_.insert(key.substr(0, key.find(' ')));
                if (phrases == &home_clubs_) home_club_first_words_.insert(key.substr(0, key.find(' ')));
                phrases->insert(std::move(key));
                continue;
            }
            auto words = Analyzer::tokenize(line);
            if (words.size() != 1) throw std::invalid_argument("[" + section + "] entries are single words");
            if (section == "stop") {
                stop_words_.insert(words[0].exact);
            } else if (section == "legal") {
                legal_forms_.insert(words[0].exact);
            } else if (section == "platform") {
                platforms_.insert(words[0].exact);
            } else {
                surnames_.try_emplace(words[0].exact, surnames_.size());
            }
        } catch (const std::invalid_argument& error) {
            reader.fail(error.what());
        }
    }
}

OrgCatalog::StringSet* OrgCatalog::phrase_set(std::string_view section) {
    if (section == "shared") return &shared_kinds_;
    if (section == "product") return &products_;
    if (section == "domestic") return &domestic_groups_;
    if (section == "department") return &provincial_fields_;
    if (section == "apposition") return &appositions_;
    if (section == "daypart") return &dayparts_;
    if (section == "ward") return &wards_;
    if (section == "corporate") return &corporate_words_;
    if (section == "competition") return &competitions_;
    if (section == "football") return &football_phrases_;
    if (section == "club") return &bare_clubs_;
    if (section == "home_club") return &home_clubs_;
    if (section == "company_cue") return &company_cues_;
    if (section == "seat") return &seats_;
    if (section == "suffix") return &firm_suffixes_;
    return nullptr;
}

void OrgCatalog::add_chain_level(std::string_view line) {
    std::size_t space = line.find(' ');
    int level = 0;
    auto [end, error] = std::from_chars(line.data(), line.data() + std::min(space, line.size()), level);
    if (space == std::string_view::npos || error != std::errc() || end != line.data() + space || level <= 0) {
        throw std::invalid_argument("[chain] entries are written LEVEL phrase, LEVEL a positive number");
    }
    std::string key = phrase_key(line.substr(space + 1));
    if (key.empty()) throw std::invalid_argument("[chain] entry without a phrase");
    chain_levels_[key] = level;
}

std::optional<std::size_t> OrgCatalog::ward_end(const OrgText& text, std::size_t begin) const {
    constexpr std::size_t kMaxWardWords = 4;
    const auto& words = text.words();
    for (std::size_t end = begin + 2; end <= words.size() && end - begin <= kMaxWardWords; ++end) {
        if (words[end - 1].gap != WordGap::space || !words[end - 1].capitalised()) break;
        if (wards_.contains(text.keys(begin, end))) return end;
    }
    return std::nullopt;
}

std::optional<int> OrgCatalog::chain_level(std::string_view keys) const {
    for (std::string_view prefix = keys; !prefix.empty();) {
        if (auto found = chain_levels_.find(prefix); found != chain_levels_.end()) return found->second;
        std::size_t space = prefix.rfind(' ');
        prefix = space == std::string_view::npos ? std::string_view() : prefix.substr(0, space);
    }
    return std::nullopt;
}

void OrgCatalog::read_aliases(Reader& reader) {
    std::string_view line;
    while (reader.next(line)) {
        std::size_t tab = line.find('\t');
        if (tab == std::string_view::npos || line.find('\t', tab + 1) != std::string_view::npos) {
            reader.fail("expected ABBREVIATION<TAB>expansion");
        }
        std::string_view abbreviation = trim(line.substr(0, tab));
        std::string_view expansion = trim(line.substr(tab + 1));
        try {
            if (expansion.starts_with('=')) {
                add_equivalence(abbreviation, trim(expansion.substr(1)));
            } else {
                add_alias(abbreviation, expansion);
            }
        } catch (const std::invalid_argument& error) {
            reader.fail(error.what());
        }
    }
}

void OrgCatalog::read_known(Reader& reader) {
    std::string_view line;
    std::vector<std::vector<std::string>> groups;
    while (reader.next(line)) {
        // "Tổ chức Y tế Thế giới<TAB>WHO": other names of one organization, after a tab.
        std::vector<std::string> names;
        for (std::size_t from = 0; from <= line.size();) {
            std::size_t tab = std::min(line.find('\t', from), line.size());
            std::string_view name = trim(line.substr(from, tab - from));
            if (name.empty()) reader.fail("an empty name between tabs");
            names.emplace_back(name);
            from = tab + 1;
        }
        try {
            for (const auto& name : names) {
                remember_ampersands(name);
                add_known_phrase(name);
            }
        } catch (const std::invalid_argument& error) {
            reader.fail(error.what());
        }
        if (names.size() > 1) groups.push_back(std::move(names));
    }
    // Keys are taken once every phrase is known: a key is spelled through the catalog.
    for (const auto& names : groups) {
        std::string first = identity_key(names.front());
        for (const auto& name : names) group_of_[identity_key(name)] = first;
    }
}

OrgCatalog OrgCatalog::load_default() { return load(default_data_dir()); }

std::uint32_t OrgCatalog::child(std::vector<Node>& trie, std::uint32_t node, const std::string& key) {
    if (auto it = trie[node].next.find(key); it != trie[node].next.end()) return it->second;
    auto index = static_cast<std::uint32_t>(trie.size());
    trie[node].next.emplace(key, index);
    trie.emplace_back();
    return index;
}

void OrgCatalog::add_phrase(std::string_view display, OrgRole role) {
    auto words = Analyzer::tokenize(display);
    if (words.empty()) throw std::invalid_argument("no words in '" + std::string(display) + "'");
    Phrase phrase{std::string(display), {}};
    std::uint32_t node = 0;
    for (const Token& word : words) {
        node = child(phrases_trie_, node, word.exact);
        WordCase written = word_case(display.substr(word.begin, word.end - word.begin));
        phrase.capital.push_back(written == WordCase::capital || written == WordCase::upper);
    }
    add_phrase_at(node, std::move(phrase), role);
}

// A known name is matched as written and, when it holds an abbreviation, also as texts are read, the
// abbreviation expanded ("Pháp luật TP.HCM", a newspaper whose title keeps "TP.HCM", matches "Pháp Luật
// TP. HCM"); it is shown as listed. An expanded form that is another listed name stays that name's
// ("CAND", the newspaper, is not "Công an nhân dân").
void OrgCatalog::add_known_phrase(std::string_view display) {
    add_phrase(display, OrgRole::known);
    OrgText analysed = analyse(display);
    const auto& words = analysed.words();
    if (std::none_of(words.begin(), words.end(), [](const OrgWord& word) { return word.alias != 0; })) return;
    Phrase phrase{std::string(display), {}};
    std::uint32_t node = 0;
    for (const OrgWord& word : words) {
        node = child(phrases_trie_, node, std::string(word.key));
        phrase.capital.push_back(word.capitalised());
    }
    if (phrases_trie_[node].phrase[role_index(OrgRole::known)] < 0) add_phrase_at(node, std::move(phrase), OrgRole::known);
}

void OrgCatalog::add_phrase_at(std::uint32_t node, Phrase phrase, OrgRole role) {
    const std::string& display = phrase.display;
    phrase.all_capital = std::all_of(phrase.capital.begin(), phrase.capital.end(), [](bool capital) { return capital; });
    std::int32_t& slot = phrases_trie_[node].phrase[role_index(role)];
    if (slot >= 0) {
        if (phrases_[static_cast<std::size_t>(slot)].display == display) return;  // listed twice: harmless
        throw std::invalid_argument("'" + std::string(display) + "' is already listed as '" +
                                    phrases_[static_cast<std::size_t>(slot)].display + "'");
    }
    slot = static_cast<std::int32_t>(phrases_.size());
    phrases_.push_back(std::move(phrase));
}

void OrgCatalog::add_alias(std::string_view abbreviation, std::string_view expansion) {
    auto keys = Analyzer::tokenize(abbreviation);
    auto words = Analyzer::tokenize(expansion);
    if (keys.empty() || words.empty()) throw std::invalid_argument("empty abbreviation or expansion");
    WordCase first = word_case(abbreviation.substr(keys[0].begin, keys[0].end - keys[0].begin));
    if (first != WordCase::capital && first != WordCase::upper) {
        throw std::invalid_argument("an abbreviation starts with a capital letter: '" + std::string(abbreviation) + "'");
    }
    Alias alias;
    alias.needs_dot = abbreviation.ends_with('.');
    std::uint32_t node = 0;
    for (const Token& key : keys) {
        node = child(alias_trie_, node, key.exact);
        alias.written.push_back(word_case(abbreviation.substr(key.begin, key.end - key.begin)));
    }
    for (std::size_t i = 0; i < words.size(); ++i) {
        const Token& word = words[i];
        std::string_view spelled = expansion.substr(word.begin, word.end - word.begin);
        std::string_view separator = i == 0 ? std::string_view{} : expansion.substr(words[i - 1].end, word.begin - words[i - 1].end);
        alias.words.push_back(ExpansionWord{word.exact, std::string(spelled), std::string(separator), word_case(spelled),
                                            looks_like_syllable(word.folded)});
    }
    std::int32_t& slot = alias_trie_[node].alias[alias.needs_dot ? 1 : 0];
    if (slot >= 0) throw std::invalid_argument("abbreviation '" + std::string(abbreviation) + "' listed twice");
    slot = static_cast<std::int32_t>(aliases_.size());
    aliases_.push_back(std::move(alias));
}

void OrgCatalog::add_equivalence(std::string_view abbreviation, std::string_view expansion) {
    auto keys = Analyzer::tokenize(abbreviation);
    auto words = Analyzer::tokenize(expansion);
    if (keys.size() != 1 || words.empty()) throw std::invalid_argument("an equivalence is one word = its expansion");
    std::string expanded;
    for (const Token& word : words) expanded += (expanded.empty() ? "" : " ") + word.exact;
    if (legal_forms_.contains(keys[0].exact)) {
        std::vector<std::string> spelled;
        for (const Token& word : words) spelled.push_back(word.exact);
        legal_forms_spelled_.push_back(std::move(spelled));
    }
    if (!equivalences_.emplace(keys[0].exact, std::move(expanded)).second) {
        throw std::invalid_argument("abbreviation '" + std::string(abbreviation) + "' listed twice");
    }
}

std::optional<std::size_t> OrgCatalog::surname_rank(std::string_view key) const {
    if (auto it = surnames_.find(key); it != surnames_.end()) return it->second;
    return std::nullopt;
}

OrgText OrgCatalog::analyse(std::string_view text) const {
    OrgText out;
    out.text_ = text;
    out.tokens_ = Analyzer::tokenize(text);
    std::vector<OrgWord> raw;
    std::vector<bool> line_starts;
    raw.reserve(out.tokens_.size());
    line_starts.reserve(out.tokens_.size());
    std::size_t previous_end = 0;
    for (const Token& token : out.tokens_) {
        OrgWord word;
        word.key = token.exact;
        word.begin = token.begin;
        word.end = token.end;
        word.letter_case = word_case(text.substr(token.begin, token.end - token.begin));
        word.syllable = looks_like_syllable(token.folded);
        GapInfo gap = classify_gap(text.substr(previous_end, token.begin - previous_end));
        word.gap = raw.empty() ? WordGap::brk : gap.gap;
        line_starts.push_back(gap.line_break);
        previous_end = token.end;
        raw.push_back(word);
    }
    mark_caps_lines(raw, line_starts);
    read_ampersands_as_and(text, raw);
    expand_aliases(out, raw);
    return out;
}

// A known name written with " & " keeps it ("Sức khỏe & Đời sống", a newspaper): the words either side.
void OrgCatalog::remember_ampersands(std::string_view name) {
    auto tokens = Analyzer::tokenize(name);
    for (std::size_t k = 1; k < tokens.size(); ++k) {
        std::string_view gap = name.substr(tokens[k - 1].end, tokens[k].begin - tokens[k - 1].end);
        if (gap == " & ") ampersand_pairs_.insert(tokens[k - 1].exact + " & " + tokens[k].exact);
    }
}

// "Bộ Thông tin & Truyền thông", "Ngân hàng Nông nghiệp & Phát triển Nông thôn": a spaced "&" between
// the words of an official name (a capitalised syllable and a lower-case one after it) is its "và",
// and is read and spelled as one, so the name is the one written with "và". "Dolce & Gabbana",
// "Thế giới & Việt Nam", initials ("KD&PL") and the known names written with "&" stay as written.
void OrgCatalog::read_ampersands_as_and(std::string_view text, std::vector<OrgWord>& raw) const {
    static constexpr std::string_view kAnd = "v\u00e0";  // "và", NFC as the words' keys are
    for (std::size_t i = 1; i + 1 < raw.size(); ++i) {
        const OrgWord& before = raw[i - 1];
        const OrgWord& word = raw[i];
        const OrgWord& after = raw[i + 1];
        std::string_view gap = text.substr(before.end, word.begin - before.end);
        bool spaced_ampersand = gap == " & ";
        bool official_words = before.syllable && word.syllable && word.letter_case == WordCase::capital &&
                              after.gap == WordGap::space && after.syllable && after.letter_case == WordCase::lower;
        if (!spaced_ampersand || !official_words || word.caps_line) continue;
        if (ampersand_pairs_.contains(std::string(before.key) + " & " + std::string(word.key))) continue;
        OrgWord conjunction;
        conjunction.key = kAnd;
        conjunction.display = kAnd;
        conjunction.begin = before.end + 1;  // the "&" itself
        conjunction.end = before.end + 2;
        conjunction.letter_case = WordCase::lower;
        conjunction.gap = WordGap::space;
        conjunction.syllable = true;
        raw[i].gap = WordGap::space;
        raw.insert(raw.begin() + static_cast<std::ptrdiff_t>(i), conjunction);
        ++i;
    }
}

// The longest abbreviation of org_aliases.tsv written at raw[i]: its index and the end of its words.
std::optional<std::pair<std::size_t, std::size_t>> OrgCatalog::find_alias(std::string_view text,
                                                                          const std::vector<OrgWord>& raw,
                                                                          std::size_t i) const {
    std::optional<std::pair<std::size_t, std::size_t>> found;
    std::uint32_t node = 0;
    for (std::size_t j = i; j < raw.size(); ++j) {
        if (j > i && raw[j].gap == WordGap::brk) break;
        auto it = alias_trie_[node].next.find(raw[j].key);
        if (it == alias_trie_[node].next.end()) break;
        node = it->second;
        bool dot_follows = text.substr(raw[j].end, 1) == ".";
        for (std::int32_t candidate : alias_trie_[node].alias) {  // plain, then the one taking its dot
            if (candidate < 0) continue;
            const Alias& alias = aliases_[static_cast<std::size_t>(candidate)];
            bool fits = !alias.needs_dot || dot_follows;
            for (std::size_t k = 0; fits && k < alias.written.size(); ++k) fits = abbreviation_fits(alias.written[k], raw[i + k]);
            if (fits) found = {static_cast<std::size_t>(candidate), j + 1};
        }
    }
    return found;
}

// Replaces each abbreviation (longest first) by the words of its expansion, which all carry the
// abbreviation's span; the first keeps its gap and, when the abbreviation was capitalised, a capital.
void OrgCatalog::expand_aliases(OrgText& text, const std::vector<OrgWord>& raw) const {
    std::vector<OrgWord>& words = text.words_;
    words.reserve(raw.size());
    std::size_t gap_from = std::string_view::npos;  // after an abbreviation that took its dot ("TP.Vinh")
    auto gap_before = [&](std::size_t index) {
        if (gap_from == std::string_view::npos || index == 0) return raw[index].gap;
        return classify_gap(text.text_.substr(gap_from, raw[index].begin - gap_from)).gap;
    };
    for (std::size_t i = 0; i < raw.size();) {
        // Every abbreviation starts with a capital: most words need no look-up.
        auto found = raw[i].capitalised() ? find_alias(text.text_, raw, i) : std::nullopt;
        // On a line in capitals a one-word abbreviation that is also a syllable may be that syllable:
        // "ĐẦU TƯ" is "đầu tư" (investment), not "Đầu Trung ương".
        if (found && found->second == i + 1 && raw[i].caps_line && raw[i].syllable) found.reset();
        if (!found) {
            words.push_back(raw[i]);
            words.back().gap = gap_before(i);
            gap_from = std::string_view::npos;
            ++i;
            continue;
        }
        const Alias& alias = aliases_[found->first];
        std::size_t end = raw[found->second - 1].end + (alias.needs_dot ? 1 : 0);
        for (std::size_t k = 0; k < alias.words.size(); ++k) {
            const ExpansionWord& expansion = alias.words[k];
            OrgWord word;
            word.key = expansion.key;
            word.display = expansion.display;
            word.separator = expansion.separator;
            word.begin = raw[i].begin;
            word.end = end;
            word.letter_case = expansion.letter_case;
            if (k == 0 && raw[i].capitalised() && word.letter_case == WordCase::lower) word.letter_case = WordCase::capital;
            word.gap = k == 0 ? gap_before(i) : WordGap::space;
            word.syllable = expansion.syllable;
            word.caps_line = raw[i].caps_line;
            word.alias = static_cast<std::uint32_t>(found->first) + 1;
            words.push_back(word);
        }
        gap_from = alias.needs_dot ? end : std::string_view::npos;
        i = found->second;
    }
}

bool OrgCatalog::case_fits(const Phrase& phrase, OrgRole role, const std::vector<OrgWord>& words, std::size_t pos) const {
    // A known name or place written with a capital on every word needs them all ("Lao Động" the
    // newspaper, not "Liên đoàn Lao động"). Any other phrase needs its first capital ("Ban thường vụ"
    // is "Ban Thường vụ", "Tổ chức Y tế thế giới" is "Tổ chức Y tế Thế giới"), except a place, which
    // needs the capitals of its name but not of a leading unit ("thành phố Hồ Chí Minh").
    std::size_t first = 0, last = 1;
    if (role == OrgRole::known || role == OrgRole::place) {
        if (phrase.all_capital) {
            last = phrase.capital.size();
        } else if (role == OrgRole::place) {
            first = 1;
            last = phrase.capital.size();
        }
    }
    for (std::size_t k = first; k < last && k < phrase.capital.size(); ++k) {
        if (phrase.capital[k] && !words[pos + k].capitalised()) return false;
    }
    return true;
}

std::optional<std::size_t> OrgCatalog::match_ending_at(const OrgText& text, std::size_t end, OrgRoles roles,
                                                       std::size_t max_words) const {
    for (std::size_t begin = end > max_words ? end - max_words : 0; begin < end; ++begin) {
        auto found = match(text, begin, end, roles);
        if (found && found->end == end) return begin;
    }
    return std::nullopt;
}

std::optional<OrgMatch> OrgCatalog::match(const OrgText& text, std::size_t pos, std::size_t limit, OrgRoles roles,
                                          bool any_case) const {
    const std::vector<OrgWord>& words = text.words();
    std::optional<OrgMatch> best;
    std::uint32_t node = 0;
    // A comma between two of its words: no place the data writes without one spans it ("Tổng Cty Đông Bắc, Bộ
    // Quốc phòng" holds no "Đông Bắc Bộ"); the names of bodies do ("Bộ Lao động, Thương binh và Xã hội").
    bool comma = false;
    for (std::size_t j = pos; j < limit && j < words.size(); ++j) {
        if (j > pos && words[j].gap == WordGap::brk) break;
        comma = comma || (j > pos && words[j].gap == WordGap::punct && text.gap_before(j).find(',') != std::string_view::npos);
        auto it = phrases_trie_[node].next.find(words[j].key);
        if (it == phrases_trie_[node].next.end()) break;
        node = it->second;
        OrgRoles found;
        for (OrgRole role : kAllRoles) {
            std::int32_t phrase = phrases_trie_[node].phrase[role_index(role)];
            if (!roles.has(role) || phrase < 0) continue;
            const Phrase& data = phrases_[static_cast<std::size_t>(phrase)];
            bool a_place = role == OrgRole::place || role == OrgRole::province || role == OrgRole::country;
            if (comma && a_place && data.display.find(',') == std::string::npos) continue;
            if (any_case || case_fits(data, role, words, pos)) found.add(role);
        }
        if (!found.empty()) best = OrgMatch{j + 1, found};
    }
    return best;
}

std::optional<std::string> OrgCatalog::known_spelling(const OrgText& text, std::size_t begin, std::size_t end) const {
    auto known = match(text, begin, end, {OrgRole::known}, true);
    if (!known || known->end != end) return std::nullopt;
    return std::string(phrase_display(text, begin, *known).first);
}

std::pair<std::string_view, OrgRole> OrgCatalog::phrase_display(const OrgText& text, std::size_t pos,
                                                                const OrgMatch& match) const {
    std::uint32_t node = 0;
    for (std::size_t j = pos; j < match.end; ++j) node = phrases_trie_[node].next.find(text.words()[j].key)->second;
    for (OrgRole role : kSpellPriority) {
        std::int32_t phrase = phrases_trie_[node].phrase[role_index(role)];
        if (match.roles.has(role) && phrase >= 0) return {phrases_[static_cast<std::size_t>(phrase)].display, role};
    }
    throw std::logic_error("organization match without a phrase to spell");
}

std::optional<OrgMatch> OrgCatalog::spelled_phrase(const OrgText& text, std::size_t pos, std::size_t end,
                                                   bool any_case) const {
    auto type = match(text, pos, end, kTypeRoles, true);
    auto name = match(text, pos, end, kNameRoles, any_case);
    if (!type || !name) return type ? type : name;
    if (type->end != name->end) return type->end > name->end ? type : name;
    OrgMatch both = *type;
    for (OrgRole role : kAllRoles) {
        if (name->roles.has(role)) both.roles.add(role);
    }
    return both;
}

namespace {

// What separates words[pos] from the word before it in a display spelling.
std::string spell_gap_before(const OrgText& text, std::size_t pos) {
    const OrgWord& previous = text.words()[pos - 1];
    const OrgWord& word = text.words()[pos];
    if (word.alias != 0 && word.alias == previous.alias && word.begin == previous.begin) {
        return std::string(word.separator);  // inside one expansion
    }
    auto numeric = [](const OrgWord& w) { return w.letter_case == WordCase::number || w.letter_case == WordCase::other; };
    std::size_t gap = word.begin > previous.end ? word.begin - previous.end : 0;
    return spell_gap(text.text().substr(previous.end, gap), numeric(previous) || numeric(word));
}

// Whether words [begin, end) are written with nothing but spaces between them, none of them by an
// abbreviation ("Sở VHTTDL" is spelled as the data spells the field, and so is "Tài chính - ngân sách").
bool spaces_only(const OrgText& text, std::size_t begin, std::size_t end) {
    const auto& words = text.words();
    for (std::size_t k = begin; k < end; ++k) {
        bool numbered = words[k].gap == WordGap::dash && words[k].letter_case == WordCase::number;  // "Covid-19"
        if (words[k].alias != 0 || (k > begin && words[k].gap != WordGap::space && !numbered)) return false;
    }
    return true;
}

// The phrase without the commas and spaced dashes between its words: "Phòng, chống" -> "Phòng chống",
// "Văn hóa - Thông tin" -> "Văn hóa Thông tin".
std::string without_separators(std::string phrase) {
    for (std::size_t at = phrase.find(", "); at != std::string::npos; at = phrase.find(", ", at)) phrase.erase(at, 1);
    for (std::size_t at = phrase.find(" - "); at != std::string::npos; at = phrase.find(" - ", at)) phrase.erase(at, 2);
    return phrase;
}

bool has_separators(std::string_view phrase) {
    return phrase.find(", ") != std::string_view::npos || phrase.find(" - ") != std::string_view::npos;
}

}  // namespace

bool OrgCatalog::second_syllable_of_a_word(const OrgText& text, std::size_t pos) const {
    const std::vector<OrgWord>& words = text.words();
    const OrgWord& word = words[pos];
    const OrgWord& previous = words[pos - 1];
    if (word.letter_case != WordCase::lower || word.gap != WordGap::space || word.key == "đảng") return false;
    // After a lower-case syllable ("quốc phòng") or a capitalised one ("Thanh tra Quốc phòng", sentence case).
    bool cased = previous.letter_case == WordCase::lower || previous.letter_case == WordCase::capital;
    if (!cased || !previous.syllable || stop_words_.contains(previous.key)) return false;
    // "Trung tâm hội nghị", "Ban chỉ đạo phòng, chống": a head's last syllable before it starts no word with it.
    constexpr std::size_t kLongestHead = 4;
    for (std::size_t from = pos > kLongestHead ? pos - kLongestHead : 0; from < pos; ++from) {
        auto head = match(text, from, pos, {OrgRole::head}, true);
        if (head && head->end == pos) return false;
    }
    return true;
}

std::string OrgCatalog::spell(const OrgText& text, std::size_t begin, std::size_t end) const {
    const std::vector<OrgWord>& words = text.words();
    // A name written all in capitals (or all in lower case) says nothing through case: data phrases
    // match in any case and its other words are written in Title Case (or left as they are).
    bool has_lower = false, has_upper = false;
    for (std::size_t k = begin; k < end; ++k) {
        if (words[k].alias != 0) continue;
        has_lower = has_lower || words[k].letter_case == WordCase::lower || words[k].letter_case == WordCase::capital;
        has_upper = has_upper || words[k].capitalised();
    }
    bool all_caps = has_upper && !has_lower;
    bool any_case = all_caps || !has_upper;

    // A word not spelled by a data phrase.
    auto spell_word = [&](const OrgWord& word) {
        if (!word.display.empty()) return std::string(word.display);
        // "PHÒNG VĂN HÓA VÀ THÔNG TIN": words Title Case, but not "và", "của".
        if (all_caps && word.syllable) return stop_words_.contains(word.key) ? std::string(word.key) : capitalise(word.key);
        return recase(word.key, text.text().substr(word.begin, word.end - word.begin));
    };
    std::string out;
    for (std::size_t pos = begin; pos < end;) {
        if (pos > begin) out += spell_gap_before(text, pos);
        if (auto found = spelled_phrase(text, pos, end, any_case)) {
            auto [display, role] = phrase_display(text, pos, *found);
            // A unit word is lower case, also at the end of a name ("Đảng bộ quận"): never "Tỉnh" as if
            // it were the place's name. A lower-case name word keeps the text's case ("Công ty TNHH
            // Thương mại ...").
            bool as_written = role == OrgRole::part && word_case(display) == WordCase::lower;
            // A head of one syllable written in lower case after a lower-case word of a name is that word's
            // second syllable: "Tổng cục Tình báo quốc phòng", "Cục An ninh chính trị nội bộ", not "quốc Phòng".
            as_written = as_written || (role == OrgRole::head && found->end == pos + 1 && pos > begin + 1 && !any_case &&
                                        second_syllable_of_a_word(text, pos));
            if (!as_written) {
                // A field's comma or dash not where the text writes its words with spaces alone: "Ban Chỉ đạo
                // phòng chống dịch Covid-19", "Phòng Văn hóa thông tin" are named so, as the texts and the
                // annotations write them ("Phòng, chống", "Văn hóa - Thông tin" are the data's spellings, kept
                // for a comma, a dash or an abbreviation).
                if (role == OrgRole::part && has_separators(display) && spaces_only(text, pos, found->end)) {
                    out += without_separators(std::string(display));
                } else {
                    out += display;
                }
                pos = found->end;
                continue;
            }
            // Every word of it as written: its "bộ" is no head "Bộ" ("đường bộ-đường sắt").
            for (std::size_t k = pos; k < found->end; ++k) {
                if (k > pos) out += spell_gap_before(text, k);
                out += spell_word(words[k]);
            }
            pos = found->end;
            continue;
        }
        out += spell_word(words[pos]);
        ++pos;
    }
    return out;
}

std::string OrgCatalog::identity_key(std::string_view name, bool without_units) const {
    std::string key = words_key(name, without_units);
    if (auto group = group_of_.find(key); group != group_of_.end()) return group->second;
    return key;
}

bool OrgCatalog::is_first_name_of_group(std::string_view name) const {
    std::string key = words_key(name, false);
    auto group = group_of_.find(key);
    return group != group_of_.end() && group->second == key;
}

bool OrgCatalog::is_known_name(std::string_view name) const {
    OrgText text = analyse(name);
    auto found = match(text, 0, text.words().size(), {OrgRole::known});
    return found && found->end == text.words().size();
}

std::string OrgCatalog::words_key(std::string_view name, bool without_units) const {
    OrgText text = analyse(name);
    const auto& words = text.words();
    std::string key;
    for (std::size_t k = 0; k < words.size();) {
        if (k > 0 && without_units) {
            auto unit = match(text, k, words.size(), {OrgRole::unit}, true);
            if (unit && unit->end < words.size()) {
                k = unit->end;
                continue;
            }
        }
        // "The Financial Times" is "Financial Times" (and "FT").
        if (k == 0 && words.size() > 1 && words[k].key == "the") {
            ++k;
            continue;
        }
        // "Bộ Tài nguyên Môi trường", "Bộ Văn hóa - Thể thao - Du lịch": the official name without its "và"
        // (and commas and dashes, which are no words) is the same body.
        if (k > 0 && k + 1 < words.size() && words[k].key == "và") {
            ++k;
            continue;
        }
        if (!key.empty()) key += ' ';
        auto same = equivalences_.find(words[k].key);
        key += same == equivalences_.end() ? std::string(words[k].key) : same->second;
        ++k;
    }
    return key;
}

std::string OrgCatalog::canonical_name(std::string_view name) const {
    OrgText text = analyse(name);
    const auto& words = text.words();
    std::string out = spell(text, 0, words.size());
    // A closing bracket or quote after the last word still belongs to the name.
    std::string_view tail = words.empty() ? std::string_view{} : trim(name.substr(words.back().end));
    if (!tail.empty() && tail.find_first_not_of(")]\"'") == std::string_view::npos) out += tail;
    return out;
}

std::size_t OrgCatalog::legal_form_at(const std::vector<std::string>& words, std::size_t pos) const {
    if (pos >= words.size()) return 0;
    if (legal_forms_.contains(words[pos])) return 1;
    for (const auto& spelled : legal_forms_spelled_) {
        if (words.size() - pos >= spelled.size() &&
            std::equal(spelled.begin(), spelled.end(), words.begin() + static_cast<std::ptrdiff_t>(pos))) {
            return spelled.size();
        }
    }
    return 0;
}

bool OrgCatalog::is_spelled_legal_form(std::string_view keys) const {
    return std::any_of(legal_forms_spelled_.begin(), legal_forms_spelled_.end(), [&](const std::vector<std::string>& spelled) {
        std::string joined;
        for (const auto& word : spelled) joined += (joined.empty() ? "" : " ") + word;
        return joined == keys;
    });
}

bool OrgCatalog::legal_forms_only(const OrgText& text, std::size_t begin, std::size_t end) const {
    const auto& words = text.words();
    for (std::size_t k = begin; k < end; ++k) {
        if (!is_legal_form(words[k].key)) return false;
    }
    return begin < end;
}

}  // namespace vnsearch::indexer
