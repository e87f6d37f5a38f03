// A ReadSink for the reader fuzz targets: keeps nothing, but touches what a reader hands on so a bad
// string (wrong length, freed memory) trips AddressSanitizer here rather than later.
#pragma once

#include <cstddef>

#include "readers/raw_article.h"

namespace vnsearch::fuzz {

class CountingSink : public indexer::ReadSink {
public:
    void article(indexer::RawArticle raw) override {
        bytes_ += raw.article.id.size() + raw.article.title.size() + raw.article.body.size() + raw.raw_date.size();
    }
    void error(indexer::ReadError error) override { bytes_ += error.message().size(); }

private:
    std::size_t bytes_ = 0;
};

}  // namespace vnsearch::fuzz
