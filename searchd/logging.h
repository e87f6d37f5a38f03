// searchd's logs on stderr, as text or one JSON object a line (service/log_format.h), from a chosen
// level up. Two loggers: the default one ("searchd") for events, and "access" for the one line per
// request that access_log.h writes (whose JSON form carries fields, not a message).
#pragma once

#include <memory>
#include <string>

#include <spdlog/spdlog.h>

namespace vnsearch::searchd {

enum class LogFormat { Text, Json };

struct Logging {
    LogFormat format = LogFormat::Text;
    std::shared_ptr<spdlog::logger> access;  // the request log's logger
};

// level: trace, debug, info, warning, error or off; format: text or json (both checked by the caller).
// Makes the "searchd" logger the default one.
Logging set_up_logging(const std::string& level, const std::string& format);

}  // namespace vnsearch::searchd
