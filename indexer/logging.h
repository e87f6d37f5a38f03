// The indexer's logs on stderr (under systemd, journald keeps them): each problem as `path:line: problem`
// in text (what editors and people read), or one JSON object a line with time, level, program and
// message; from a chosen level up. When stderr is the journal (JOURNAL_STREAM), each line starts with
// its syslog priority ("<4>"), so `journalctl -p warning` finds the problems.
#pragma once

#include <string>

namespace vnsearch::indexer {

// level: trace, debug, info, warning, error or off; format: text or json (both checked by the caller).
void set_up_logging(const std::string& level, const std::string& format);

}  // namespace vnsearch::indexer
