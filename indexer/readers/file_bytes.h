// Reads a whole input file into memory (portal and HTML articles are small), with an error message
// that names the reason ("No such file or directory", "Permission denied", "Is a directory").
#pragma once

#include <filesystem>
#include <optional>
#include <string>

namespace vnsearch::indexer {

struct InputFile;
class ReadSink;

// Throws std::runtime_error("cannot read: <reason>").
std::string read_file_bytes(const std::filesystem::path& path);

// The whole input, or nullopt after reporting why it cannot be read to the sink (as `path:0: ...`).
std::optional<std::string> read_whole_input(const InputFile& input, ReadSink& sink);

}  // namespace vnsearch::indexer
