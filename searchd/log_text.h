// Request text made safe for a log line: a client controls the path, and a raw "\n" would forge a log
// line, a raw ESC would drive the operator's terminal.
#pragma once

#include <string>
#include <string_view>

namespace vnsearch::searchd {

// Control characters (C0, DEL, and C1 as UTF-8), backslashes and bytes that are not UTF-8 become \xNN;
// everything else (Vietnamese text included) is kept as it is.
std::string printable_for_log(std::string_view text);

}  // namespace vnsearch::searchd
