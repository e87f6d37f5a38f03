// Log set-up; see logging.h. The indexer's logs have the same two forms (its logging.cc).
#include "logging.h"

#include <spdlog/pattern_formatter.h>
#include <spdlog/sinks/stdout_sinks.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>

#include <nlohmann/json.hpp>

namespace vnsearch::searchd {
namespace {

// %* in a pattern: "message": the message as a JSON string.
class JsonMessageFlag final : public spdlog::custom_flag_formatter {
public:
    void format(const spdlog::details::log_msg& msg, const std::tm&, spdlog::memory_buf_t& dest) override {
        std::string text = nlohmann::json(std::string(msg.payload.data(), msg.payload.size()))
                               .dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
        static constexpr std::string_view kKey = "\"message\":";
        dest.append(kKey.data(), kKey.data() + kKey.size());
        dest.append(text.data(), text.data() + text.size());
    }
    std::unique_ptr<spdlog::custom_flag_formatter> clone() const override { return std::make_unique<JsonMessageFlag>(); }
};

// %& in a pattern: the syslog priority of the level (journald reads "<N>" at the start of a line).
class PriorityFlag final : public spdlog::custom_flag_formatter {
public:
    void format(const spdlog::details::log_msg& msg, const std::tm&, spdlog::memory_buf_t& dest) override {
        static constexpr char kPriority[] = {'7', '7', '6', '4', '3', '2', '6'};  // trace .. critical, off
        dest.push_back(kPriority[msg.level]);
    }
    std::unique_ptr<spdlog::custom_flag_formatter> clone() const override { return std::make_unique<PriorityFlag>(); }
};

// systemd sets JOURNAL_STREAM to "device:inode" of the journal stream it connected stderr to.
bool stderr_is_journal() {
    const char* stream = std::getenv("JOURNAL_STREAM");
    struct stat status {};
    if (stream == nullptr || ::fstat(STDERR_FILENO, &status) != 0) return false;
    unsigned long long device = 0, inode = 0;
    if (std::sscanf(stream, "%llu:%llu", &device, &inode) != 2) return false;
    return device == static_cast<unsigned long long>(status.st_dev) && inode == static_cast<unsigned long long>(status.st_ino);
}

std::unique_ptr<spdlog::formatter> formatter(const std::string& pattern) {
    auto result = std::make_unique<spdlog::pattern_formatter>();
    result->add_flag<JsonMessageFlag>('*').add_flag<PriorityFlag>('&').set_pattern(pattern);
    return result;
}

std::shared_ptr<spdlog::logger> make_logger(const std::string& name, spdlog::sink_ptr sink, const std::string& pattern,
                                            spdlog::level::level_enum level) {
    auto logger = std::make_shared<spdlog::logger>(name, std::move(sink));
    logger->set_formatter(formatter(pattern));
    logger->set_level(level);
    return logger;
}

}  // namespace

Logging set_up_logging(const std::string& level, const std::string& format) {
    Logging logging;
    logging.format = format == "json" ? LogFormat::Json : LogFormat::Text;
    bool journal = stderr_is_journal();
    std::string head = journal ? "<%&>" : "";
    std::string time = "%Y-%m-%dT%H:%M:%S.%e%z";
    std::string event_pattern, access_pattern;
    if (logging.format == LogFormat::Json) {
        std::string fields = "{\"time\":\"" + time + "\",\"level\":\"%l\",\"program\":\"searchd\",";
        event_pattern = head + fields + "%*}";
        access_pattern = head + fields + "%v}";  // the access log writes its own fields
    } else {
        event_pattern = access_pattern = head + (journal ? "" : time + " ") + "%l %v";
    }
    auto level_value = spdlog::level::from_str(level);
    // A sink each: the formatter belongs to the sink (stderr sinks share one lock, so lines never mix).
    auto events = make_logger("searchd", std::make_shared<spdlog::sinks::stderr_sink_mt>(), event_pattern, level_value);
    logging.access = make_logger("access", std::make_shared<spdlog::sinks::stderr_sink_mt>(), access_pattern, level_value);
    spdlog::set_default_logger(events);
    return logging;
}

}  // namespace vnsearch::searchd
