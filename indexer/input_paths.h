// Expands the PATH arguments into the list of inputs to read: files as named, directories walked
// recursively in a deterministic (sorted) order, "-" for JSON Lines on stdin.
#pragma once

#include <stdexcept>
#include <string>
#include <vector>

#include "readers/reader.h"

namespace vnsearch::indexer {

// A problem with the command line itself (exit status 2).
struct UsageError : std::invalid_argument {
    using std::invalid_argument::invalid_argument;
};

// With Format::Auto a walked directory contributes only files of a known extension (README and hidden
// files never); with an explicit format every regular file but those. A file named explicitly must
// exist and, under Auto, have a known extension. Throws UsageError.
std::vector<InputFile> expand_inputs(const std::vector<std::string>& paths, Format format);

}  // namespace vnsearch::indexer
