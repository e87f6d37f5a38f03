// The outlet an article's closing source line names, as baomoi's copies of other papers' stories end:
// "Theo Minh Phương (Khám phá)", "Theo Hiyou/Baodatviet.vn", "Trí Kiên Theo Đời sống Plus", "Ngọc Thi |
// Theo Phụ nữ sức khỏe". The guidelines count an outlet named only there; a writer's name before it is no
// organization, and the outlet, often in sentence case or as a web address, has no head word to be found by.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "orgs/listed_names.h"
#include "orgs/org_catalog.h"

namespace vnsearch::indexer {

// Words [begin, end) of the text's last line that name the outlet after its last "Theo" or "Nguồn": the
// words in its last brackets, else after its last slash, else all that follow the cue, up to the line's
// end; with the words before a slash when they name an outlet too ("Theo Đời sống Plus/GĐVN"). Empty when
// the line is no source line: the cue not capitalised, more than a few words after it, punctuation of a
// sentence, or no outlet left (a person's name alone, "(T/h)", "Theo TS").
std::vector<ListedName> outlets_of_closing_source_line(const OrgCatalog& catalog, const OrgText& text);

// A known outlet glued to its writer's name at the end of the closing "Theo" line, as copies lose the line
// break between them: "Theo Nhật ThanhVietnamNet", "Theo Thu HàVnExpress". The outlet as written; nullopt
// when the last word holds none.
std::optional<std::string> outlet_glued_to_its_writer(const OrgCatalog& catalog, const OrgText& text);

}  // namespace vnsearch::indexer
