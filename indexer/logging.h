// The indexer's logs on stderr: each problem as `path:line: problem` in text (what editors and people
// read), or one JSON object a line (service/log_format.h); from a chosen level up.
#pragma once

#include <string>

namespace vnsearch::indexer {

// level: trace, debug, info, warning, error or off; format: text or json (both checked by the caller).
void set_up_logging(const std::string& level, const std::string& format);

}  // namespace vnsearch::indexer
