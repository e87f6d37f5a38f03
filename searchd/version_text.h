// What `searchd --version` prints: the project version, the git revision it was built from, and the
// versions of the libraries that read and serve an index (Xapian, ICU, cpp-httplib).
#pragma once

#include <string>

namespace vnsearch::searchd {

std::string version_text();

}  // namespace vnsearch::searchd
