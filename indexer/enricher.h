// Turns what a reader found into the article that gets indexed: text NFC-normalized and trimmed, the
// raw date parsed (a bad date is reported and dropped, the article kept), organizations listed.
#pragma once

#include <filesystem>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "indexer/readers/raw_article.h"
#include "vnsearch/schema/article.h"

namespace vnsearch::indexer {

class Enricher {
public:
    using Warn = std::function<void(const ReadError&)>;

    // data_dir holds schema's organization data; empty means the built-in default.
    explicit Enricher(const std::filesystem::path& data_dir = {});

    schema::Article enrich(RawArticle raw, const Warn& warn) const;

    // Canonical publisher first, then the input's own orgs, then organizations named in the title
    // and body; each once (compared by Layout::org_term).
    std::vector<std::string> organizations(const schema::Article& article) const;

private:
    std::string canonical_org(std::string_view name) const;
};

}  // namespace vnsearch::indexer
