// A temporary directory that removes itself; see temp_dir.h.
#include "integration/support/temp_dir.h"

#include <stdlib.h>

#include <cerrno>
#include <cstring>
#include <stdexcept>
#include <string>
#include <system_error>

namespace vnsearch::testing {

TempDir::TempDir() {
    std::string pattern = (std::filesystem::temp_directory_path() / "vnsearch-test-XXXXXX").string();
    if (mkdtemp(pattern.data()) == nullptr) {
        throw std::runtime_error("cannot create a temporary directory from " + pattern + ": " + std::strerror(errno));
    }
    path_ = pattern;
}

TempDir::~TempDir() {
    std::error_code ignored;  // a destructor must not throw; a leftover temp dir is harmless
    std::filesystem::remove_all(path_, ignored);
}

}  // namespace vnsearch::testing
