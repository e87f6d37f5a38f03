// One entry per organization per article: the mentions an extractor found, merged as the guidelines
// (../shared/orgs-guidelines.md) ask: spelling variants are one body, and a name the article also
// gives in a fuller form ("Sở Y tế" beside "Sở Y tế tỉnh Hà Nam", "Bộ Tư pháp" beside "Bộ Tư pháp
// Mỹ") is that fuller form.
#pragma once

#include <cstddef>
#include <functional>
#include <string>
#include <vector>

namespace vnsearch::indexer {

struct OrgMention {
    std::string name;             // display spelling
    std::size_t position = 0;     // where it was found (a word index): entries keep this order
    bool from_capitals = false;   // written all in capitals: its spelling is a guess
    bool preferred = false;       // the name an organization with several is listed under
    bool placed = false;          // its place added from elsewhere in the text ("Sở Y tế" -> "Sở Y tế tỉnh Yên Bái")
};

// The canonical names, each once, in order of first mention; mentions with one identity (see
// OrgCatalog::identity_key) are one, and so are a name without its unit and with it ("Công an Hòa
// Bình", "Công an tỉnh Hòa Bình"), under the one the text writes when the other's place was added
// ("Sở Y tế Yên Bái", not "Sở Y tế tỉnh Yên Bái" made of a bare "Sở Y tế"). A spelling written with
// its case ("Phòng Văn hóa và Thông tin") wins over one guessed from capitals ("PHÒNG VĂN HÓA VÀ
// THÔNG TIN"), and a preferred name over others ("Tổ chức Y tế Thế giới" over "WHO"). A company named
// without its legal form (`legal_form` tells how many words at a position are one: "tnhh", "trách
// nhiệm hữu hạn") or without its head and legal form is its full name.
using IdentityKey = std::function<std::string(const std::string& name, bool without_units)>;
using LegalForm = std::function<std::size_t(const std::vector<std::string>& words, std::size_t pos)>;
std::vector<std::string> merge_mentions(const std::vector<OrgMention>& mentions, const IdentityKey& identity,
                                        const LegalForm& legal_form);

}  // namespace vnsearch::indexer
