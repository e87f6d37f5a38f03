// The default organization data directory; see data_location.h.
#include "orgs/data_location.h"

#include <cstdlib>
#include <stdexcept>
#include <string>
#include <system_error>

#ifndef VNSEARCH_DATA_FROM_BIN
#error "VNSEARCH_DATA_FROM_BIN (the data directory relative to the programs' directory) comes from CMake"
#endif

namespace vnsearch::indexer {
namespace fs = std::filesystem;

fs::path data_dir_beside(const fs::path& program_path) {
    return (program_path.parent_path() / VNSEARCH_DATA_FROM_BIN).lexically_normal();
}

fs::path default_data_dir() {
    if (const char* dir = std::getenv("VNSEARCH_DATA_DIR"); dir != nullptr && *dir != '\0') return dir;
    std::error_code error;
    fs::path program = fs::read_symlink("/proc/self/exe", error);
    if (error) {
        throw std::runtime_error("cannot find the organization data: /proc/self/exe is unreadable (" + error.message() +
                                 "); set VNSEARCH_DATA_DIR or pass --data-dir");
    }
    fs::path dir = data_dir_beside(program);
    if (!fs::is_directory(dir, error)) {
        throw std::runtime_error("cannot find the organization data: no directory " + dir.string() + " beside " +
                                 program.string() + "; install it there, set VNSEARCH_DATA_DIR or pass --data-dir");
    }
    return dir;
}

}  // namespace vnsearch::indexer
