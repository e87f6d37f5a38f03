// Reader for JSON Lines archives (.jsonl, .jsonl.gz, or stdin): one article object a line with
// id, url, title, date, body (required), source, orgs, category, views.
#pragma once

#include <string>
#include <string_view>

#include "readers/reader.h"

namespace vnsearch::indexer {

class JsonlReader : public Reader {
public:
    explicit JsonlReader(ReadLimits limits = {}) : limits_(limits) {}
    // A line longer than limits.max_article_bytes is reported and skipped unparsed.
    void read(const InputFile& input, ReadSink& sink) const override;

    // One line of the archive: reports the article, or the problem, to sink. Blank lines are skipped.
    static void parse_line(std::string_view line, const Origin& origin, ReadSink& sink);

    // Stable id for an article without one: "u" + 16 hex digits of the FNV-1a hash of its url.
    static std::string id_from_url(std::string_view url);

private:
    ReadLimits limits_;
};

}  // namespace vnsearch::indexer
