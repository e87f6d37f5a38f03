// The log line formats both programs write on stderr (under systemd, journald keeps it): text, or one
// JSON object a line beginning {"time": ..., "level": ..., "program": ..., and, when stderr is the
// journal (JOURNAL_STREAM), each line led by its syslog priority ("<4>") so that `journalctl -p`
// filters by level; journald stamps lines itself.
#pragma once

#include <memory>
#include <string>

#include <spdlog/formatter.h>

namespace vnsearch::service {

// A spdlog pattern formatter that also knows two flags: %* writes "message": and the message as a
// JSON string; %& writes the syslog priority digit of the level.
std::unique_ptr<spdlog::formatter> log_formatter(const std::string& pattern);

// "<%&>" when stderr is the journal, else "": what every pattern starts with.
std::string line_head();

// {"time":"...","level":"%l","program":"PROGRAM",  (the caller adds the rest and the closing brace).
std::string json_line_start(const std::string& program);

// Whether stderr is the journal stream systemd connected (JOURNAL_STREAM names its device and inode).
bool stderr_is_journal();

}  // namespace vnsearch::service
