// A platform named as the company behind it. The guidelines leave out a platform used as a place to post
// ("trên Facebook", "Ảnh: Facebook"), but count the firm where the article speaks of it: "CEO của Facebook",
// "đại diện Facebook tại Việt Nam", "các công ty như Apple và Facebook". The words that make a platform's
// name the firm's are data (org_heads.txt: [company_cue], and the [platform] names themselves).
#pragma once

#include <vector>

#include "orgs/listed_names.h"
#include "orgs/org_catalog.h"

namespace vnsearch::indexer {

// Words [begin, end) of every capitalised [platform] name right after a [company_cue] phrase ("CEO của",
// "đại diện", "cổ phần tại") or listed beside a known company ("Apple và Facebook", "Facebook, Amazon"),
// in text order.
std::vector<ListedName> platforms_named_as_companies(const OrgCatalog& catalog, const OrgText& text);

}  // namespace vnsearch::indexer
