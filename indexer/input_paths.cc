// PATH expansion; see input_paths.h.
#include "input_paths.h"

#include <algorithm>
#include <filesystem>
#include <system_error>

#include "vnsearch/schema/text.h"

namespace vnsearch::indexer {
using schema::starts_with_ascii_ci;

namespace fs = std::filesystem;
namespace {

bool is_readme(const fs::path& path) { return starts_with_ascii_ci(path.filename().string(), "readme"); }

bool is_hidden(const fs::path& path) { return path.filename().string().starts_with('.'); }

void walk(const fs::path& dir, Format format, std::vector<InputFile>& out) {
    std::vector<fs::path> found;
    std::error_code error;
    fs::recursive_directory_iterator it(dir, fs::directory_options::skip_permission_denied, error);
    if (error) throw UsageError("cannot walk " + dir.string() + ": " + error.message());
    for (; it != fs::recursive_directory_iterator(); it.increment(error)) {
        if (error) throw UsageError("cannot walk " + dir.string() + ": " + error.message());
        const fs::path& path = it->path();
        if (is_hidden(path)) {
            if (it->is_directory()) it.disable_recursion_pending();
            continue;
        }
        if (!it->is_regular_file() || is_readme(path)) continue;
        if (format == Format::Auto && !format_for_path(path)) continue;
        found.push_back(path);
    }
    std::sort(found.begin(), found.end());
    for (auto& path : found) out.push_back(InputFile{path, format == Format::Auto ? *format_for_path(path) : format});
}

}  // namespace

std::vector<InputFile> expand_inputs(const std::vector<std::string>& paths, Format format) {
    std::vector<InputFile> inputs;
    for (const auto& arg : paths) {
        if (arg == "-") {
            if (format != Format::Auto && format != Format::Jsonl) {
                throw UsageError("standard input ('-') is read as JSON Lines only, not --format " +
                                 std::string(format_name(format)));
            }
            inputs.push_back(InputFile{"-", Format::Jsonl});
            continue;
        }
        fs::path path(arg);
        std::error_code error;
        auto status = fs::status(path, error);
        if (!fs::exists(status)) throw UsageError("no such file or directory: " + arg);
        if (fs::is_directory(status)) {
            walk(path, format, inputs);
            continue;
        }
        if (!fs::is_regular_file(status)) {
            // Opening a FIFO would block until a writer comes; a device or socket is no article file.
            throw UsageError(arg + " is not a regular file (a FIFO, socket or device): give files or directories");
        }
        Format resolved = format;
        if (resolved == Format::Auto) {
            auto implied = format_for_path(path);
            if (!implied) {
                throw UsageError("cannot tell the format of " + arg +
                                 " from its extension (.txt, .jsonl, .jsonl.gz, .html, .htm): use --format");
            }
            resolved = *implied;
        }
        inputs.push_back(InputFile{path, resolved});
    }
    return inputs;
}

}  // namespace vnsearch::indexer
