// Reading a file's bytes, whole (portal and HTML articles are small) or chunk by chunk (hashing),
// with an error message that names the reason ("No such file or directory", "Permission denied",
// "Is a directory").
#pragma once

#include <filesystem>
#include <functional>
#include <string>
#include <string_view>

namespace vnsearch::indexer {

// Calls on_chunk for successive pieces of the file. Throws std::runtime_error("cannot read: <reason>").
void read_file_chunks(const std::filesystem::path& path, const std::function<void(std::string_view)>& on_chunk);

// Throws std::runtime_error("cannot read: <reason>").
std::string read_file_bytes(const std::filesystem::path& path);

// The "cannot read: <reason>" error for an errno value.
[[noreturn]] void throw_cannot_read(int error);

}  // namespace vnsearch::indexer
