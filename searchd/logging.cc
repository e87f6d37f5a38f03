// Log set-up; see logging.h.
#include "logging.h"

#include <spdlog/sinks/stdout_sinks.h>

#include "vnsearch/service/log_format.h"

namespace vnsearch::searchd {
namespace {

// A sink each: the formatter belongs to the sink (stderr sinks share one lock, so lines never mix).
std::shared_ptr<spdlog::logger> make_logger(const std::string& name, const std::string& pattern,
                                            spdlog::level::level_enum level) {
    auto logger = std::make_shared<spdlog::logger>(name, std::make_shared<spdlog::sinks::stderr_sink_mt>());
    logger->set_formatter(service::log_formatter(pattern));
    logger->set_level(level);
    return logger;
}

}  // namespace

Logging set_up_logging(const std::string& level, const std::string& format) {
    Logging logging;
    logging.format = format == "json" ? LogFormat::Json : LogFormat::Text;
    std::string head = service::line_head();
    std::string event_pattern, access_pattern;
    if (logging.format == LogFormat::Json) {
        event_pattern = head + service::json_line_start("searchd") + "%*}";
        access_pattern = head + service::json_line_start("searchd") + "%v}";  // the access log writes its fields
    } else {
        std::string time = service::stderr_is_journal() ? "" : "%Y-%m-%dT%H:%M:%S.%e%z ";  // journald stamps lines
        event_pattern = access_pattern = head + time + "%l %v";
    }
    auto events = make_logger("searchd", event_pattern, spdlog::level::from_str(level));
    logging.access = make_logger("access", access_pattern, spdlog::level::from_str(level));
    spdlog::set_default_logger(events);
    return logging;
}

}  // namespace vnsearch::searchd
