// Organizations named in a coordination that shares one head word, which the guidelines split and
// rebuild the head of: ministries after one "bộ" ("liên bộ Y tế - Tài chính", "các bộ Ngoại giao, Công
// an", "Bộ Công Thương, Tư pháp"), schools after one "trường" ("trường ĐH Kiến trúc, ĐH Giao thông").
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "orgs/org_catalog.h"

namespace vnsearch::indexer {

// "liên Bộ Công Thương - Tài chính", "liên bộ Y tế, Tài chính": the ministries of a joint decision, each
// named by what follows "Bộ" in its name, kept when the catalog knows the whole name ("Bộ Tài chính").
struct JointMinistries {
    std::vector<std::string> names;
    std::size_t end = 0;       // one past the list's last word
    bool departments = false;  // a province's departments ("các Sở KH-ĐT, Xây dựng"), named without their place
};

// Two ministries or more sharing the "bộ" at words[i] or words[i + 1], or departments after "các sở",
// joined by "-", "," or "và"; nullopt otherwise.
std::optional<JointMinistries> joint_ministries(const OrgCatalog& catalog, const OrgText& text, std::size_t i);

// "Tổng Công ty: DIC, Sông Hồng, Bạch Đằng ... và VICEM", "Công ty cổ phần VinaCafé Biên Hòa, Bột giặt NET,
// Nước khoáng Vĩnh Hảo": firms listed after one firm's head share it, as the guidelines rebuild a
// coordination's shared head. Three items at least (two after a colon), each of capitalised words and the
// lower-case syllables of its capitalised words ("Bột giặt"), the list ending its clause; an item the catalog
// knows keeps its own name, and so does a foreign one after the first ("Công ty TNHH Samsung Display, Intops").
struct FirmList {
    std::vector<std::string> names;
    std::size_t end = 0;  // one past the list's last word
};
std::optional<FirmList> firms_sharing_a_head(const OrgCatalog& catalog, const OrgText& text, std::size_t i);

// "UBND các tỉnh Nam Định, Ninh Bình, Thái Bình", "Trung tâm y tế các huyện Lý Nhân, Thanh Liêm", "Công an
// hai xã Thạch Văn và Thạch Hội": one local body of each place listed after its unit, as the guidelines
// rebuild a coordination's shared head. The body (a head or body the data lists) starts at words[i] and is
// followed by the count ("các", "hai", a number) and the unit; two places at least, joined by "," or "và".
// Each place is spelled with its unit ("tỉnh Nam Định"); after "tỉnh, thành phố" a centrally run city takes
// "thành phố" ("thành phố Đà Nẵng").
struct PlacesSharingABody {
    std::string body;                 // "Ủy ban nhân dân"
    std::vector<std::string> places;  // spelled with their units
    std::vector<std::size_t> positions;  // each place's first word
    std::size_t end = 0;  // one past the list's last word
};
std::optional<PlacesSharingABody> places_sharing_a_body(const OrgCatalog& catalog, const OrgText& text, std::size_t i);

// "trường ĐH Xây dựng, ĐH Kiến trúc và ĐH Thủy lợi": schools listed after one "trường" share it, as the
// guidelines rebuild a coordination's shared head ("Trường Đại học Kiến trúc", not "Đại học Kiến trúc").
// A university named by "quốc gia" or its place alone after a comma is more often the school's parent
// ("Trường ĐH KHXH&NV, ĐHQG TP.HCM", "Trường ĐH Nông Lâm, ĐH Thái Nguyên") and keeps its name. Fed the
// names of a text in order.
class SchoolList {
public:
    explicit SchoolList(const OrgCatalog& catalog) : catalog_(catalog) {}

    // Whether the name at words [begin, end) is the next item of a list whose first named its "trường".
    bool continues_at(const OrgText& text, std::size_t begin, std::size_t end) const;
    // Notes the name at words [begin, end) (`continued`: what continues_at said of it): a "trường"
    // before a school's kind starts a list, an item goes on with it, any other name ends it.
    void note(const OrgText& text, std::size_t begin, std::size_t end, bool continued);

private:
    bool names_a_parent(const OrgText& text, std::size_t begin, std::size_t end) const;

    const OrgCatalog& catalog_;
    std::string kind_;  // the first two words' keys of the kind after "trường" ("đại học" of "ĐH"), empty outside a list
    std::size_t end_ = 0;
};

}  // namespace vnsearch::indexer
