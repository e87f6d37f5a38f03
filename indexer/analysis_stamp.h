// What an index's articles were analysed with: the layout version, the organization data and the
// spelling scope, kept in the database's metadata. An incremental run re-analyses only the articles
// of changed files, so a run under other settings leaves the rest as they were: it says so, and the
// stamp keeps the old settings until a --rebuild (or a new database) makes every article agree.
#pragma once

#include <string>
#include <vector>

#include "vnsearch/schema/document_builder.h"

namespace vnsearch::indexer {

class AnalysisStamp {
public:
    static constexpr const char* kMetadataKey = "vnsearch.analysis";

    AnalysisStamp(std::string org_data_fingerprint, schema::SpellingScope spelling);

    // "layout=1 orgs=<16 hex digits> spelling=all": the form kept in the metadata.
    const std::string& text() const { return text_; }

    // What differs from a stored stamp, as a reader would name it ("the organization data",
    // "--spelling"); empty when nothing does. A stored stamp of another form differs in everything.
    std::vector<std::string> differences_from(const std::string& stored) const;

private:
    std::string text_;
};

}  // namespace vnsearch::indexer
