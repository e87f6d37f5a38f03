// Where the organization data is when no --data-dir is given: $VNSEARCH_DATA_DIR, else the directory
// installed beside the program (../share/vnsearch/orgs-data from the binary's own directory; the build
// tree has the same layout). Never a path fixed at build time: a copied or installed binary works.
#pragma once

#include <filesystem>

namespace vnsearch::indexer {

// Throws std::runtime_error, saying where it looked and how to point elsewhere, when neither exists.
std::filesystem::path default_data_dir();

// The data directory for a program at `program_path` (its resolved /proc/self/exe).
std::filesystem::path data_dir_beside(const std::filesystem::path& program_path);

}  // namespace vnsearch::indexer
