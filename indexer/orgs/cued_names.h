// Organizations named without a head word, found by the word that introduces them: a newspaper
// after "báo" or "tờ", a foreign company after "hãng" or "tập đoàn", an outlet in a source line,
// byline or photo credit ("Theo Reuters", "Ảnh: Getty", "PV Kiến Thức"). See the [descriptor],
// [foreign] and [credit] sections of data/org_heads.txt.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "orgs/org_catalog.h"

namespace vnsearch::indexer {

// Words [begin, end) of a text: the name a cue introduced.
struct CuedName {
    std::size_t begin = 0;
    std::size_t end = 0;
    // A second name joined to it by "và" under the same cue ("các hãng tin ISNA và Fars"); empty
    // when second_end == second_begin.
    std::size_t second_begin = 0;
    std::size_t second_end = 0;
};

class CuedNames {
public:
    // Both must outlive this.
    CuedNames(const OrgCatalog& catalog, const OrgText& text);

    // The name introduced by a cue that starts at words[pos]; nullopt when there is no cue there,
    // nothing it introduces is a name, or a head word follows (the name parser reads that name:
    // "Theo Bộ Y tế").
    // Also the further sources of a source line, each after a slash: "Theo The Verge/NYT".
    std::optional<CuedName> at(std::size_t pos) const;

private:
    // The cue word ("Theo", "Nguồn") starting the line of words[pos] when that line is a source
    // line: names apart by spaces and slashes only, to the line's end. The line may be run into the
    // paragraph after a full stop ("... đầu tiên này. Theo Hà Anh/Reatimes", as baomoi joins them).
    std::optional<std::size_t> source_line_cue(std::size_t pos) const;
    // A capitalised words[pos] after a full stop (or "!", "?") and a space: a sentence starts there.
    bool after_full_stop(std::size_t pos) const;
    std::optional<CuedName> further_source(std::size_t pos) const;
    bool in_credit(std::size_t pos) const;
    bool photographer(std::size_t begin, std::size_t end) const;
    bool names_an_outlet(const OrgMatch& cue, std::size_t pos) const;
    std::size_t after_outlet_country(std::size_t begin) const;
    std::size_t after_trade_words(std::size_t begin) const;
    bool takes_a_trade(std::size_t pos, const OrgMatch& cue) const;
    bool acronyms_only(std::size_t begin, std::size_t end) const;
    CuedName with_second_outlet(CuedName first) const;
    bool broadcaster(std::size_t begin, std::size_t end, bool known) const;
    std::size_t run_end(std::size_t begin) const;
    std::size_t after_particles(std::size_t at) const;
    bool foreign_hyphen_at(std::size_t k) const;
    bool is_person(std::size_t begin, std::size_t end) const;
    bool named_as_a_person(std::size_t at) const;
    bool writer_above_its_outlet(std::size_t begin, std::size_t end) const;
    bool provincial_paper(std::size_t begin, std::size_t end) const;
    // A spaced "&" stands before words[k] ("Nature Ecology & Evolution").
    bool after_an_ampersand(std::size_t k) const;
    bool plausible(std::size_t begin, std::size_t end, bool known) const;
    // A comma after words[end - 1] and then a person's role ([apposition]) or age: "Theo Daniel
    // McAulay, 26 tuổi", "Theo Michael Coates, đồng tác giả nghiên cứu" quote a person.
    // words[pos] starts another name or a place: after a credit's known outlet, the next sentence.
    bool starts_a_sentence(std::size_t pos) const;
    // A capitalised Vietnamese word at pos with another word after it: a sentence, after a credit's outlet.
    bool sentence_after(std::size_t pos) const;
    bool acronym_before_a_sentence(std::size_t begin) const;
    bool followed_by_apposition(std::size_t end) const;
    bool free_standing(std::size_t pos) const;
    bool is_foreign(std::size_t begin, std::size_t end) const;
    bool ends_line(std::size_t end) const;
    // At the line's end or before a slash: where one source of a source line ends.
    bool ends_source(std::size_t end) const;

    const OrgCatalog& catalog_;
    const OrgText& text_;
    const std::vector<OrgWord>& words_;
};

// The text with a source line glued to the byline before it put back on a line of its own:
// "Nhật LinhTheo Reuters" -> "Nhật Linh\nTheo Reuters" (pages whose byline and source line were
// separate elements lose the break between them when crawled).
std::string with_source_lines_apart(std::string_view text);

}  // namespace vnsearch::indexer
