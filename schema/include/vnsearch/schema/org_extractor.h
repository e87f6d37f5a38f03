// Finds the organizations a Vietnamese text names: a capitalised head word or known name grown
// with the words that identify it ("Ban Tổ chức Thành ủy Hà Nội"), spelled by OrgCatalog.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "vnsearch/schema/org_catalog.h"

namespace vnsearch::schema {

class OrgExtractor {
public:
    // The catalog must outlive the extractor.
    explicit OrgExtractor(const OrgCatalog& catalog);

    // Canonical names of the organizations the text names, unique, in order of first appearance.
    // Linear in the text; holds no state between calls.
    std::vector<std::string> extract(std::string_view text) const;

private:
    const OrgCatalog& catalog_;
};

}  // namespace vnsearch::schema
