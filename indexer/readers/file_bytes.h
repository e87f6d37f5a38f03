// Reads a whole input file into memory (portal and HTML articles are small), with an error message
// that names the reason ("No such file or directory", "Permission denied", "Is a directory").
#pragma once

#include <filesystem>
#include <string>

namespace vnsearch::indexer {

// Throws std::runtime_error("cannot read: <reason>").
std::string read_file_bytes(const std::filesystem::path& path);

}  // namespace vnsearch::indexer
