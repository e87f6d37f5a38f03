// What `indexer --version` prints: the project version, the git revision it was built from, and the
// versions of the libraries that decide what goes into an index (Xapian, ICU).
#pragma once

#include <string>

namespace vnsearch::indexer {

std::string version_text();

}  // namespace vnsearch::indexer
