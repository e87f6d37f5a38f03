// indexer/orgs/ is the organization facet's source: OrgCatalog loads the vocabulary (data/: head
// words, aliases, known names), spells a name one way, and OrgExtractor finds names in a text. Only
// the indexer uses it; searchd sees the canonical names in the index.
//
// Finds the organizations a Vietnamese text names: a capitalised head word or known name grown
// with the words that identify it ("Ban Tổ chức Thành ủy Hà Nội"), spelled by OrgCatalog.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "orgs/org_catalog.h"

namespace vnsearch::indexer {

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

}  // namespace vnsearch::indexer
