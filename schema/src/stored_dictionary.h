// The zstd dictionary of the stored articles (schema/data/stored_articles.zdict, trained by
// scripts/train_stored_dictionary.sh), built into the schema library so indexer and searchd cannot
// disagree on it. It is part of the index format: change it only with a Layout::kVersion bump.
#pragma once

#include <span>

namespace vnsearch::schema {

std::span<const unsigned char> stored_dictionary();

}  // namespace vnsearch::schema
