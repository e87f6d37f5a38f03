// Log set-up; see logging.h.
#include "logging.h"

#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

#include "vnsearch/service/log_format.h"

namespace vnsearch::indexer {

void set_up_logging(const std::string& level, const std::string& format) {
    std::string pattern = service::line_head() + (format == "json" ? service::json_line_start("indexer") + "%*}" : "%v");
    auto logger = spdlog::stderr_color_mt("indexer");
    logger->set_formatter(service::log_formatter(pattern));
    logger->set_level(spdlog::level::from_str(level));
    spdlog::set_default_logger(logger);
}

}  // namespace vnsearch::indexer
