// Log set-up; see logging.h. searchd's logs have the same two forms (its logging.cc).
#include "logging.h"

#include <spdlog/pattern_formatter.h>
#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>

#include <nlohmann/json.hpp>

namespace vnsearch::indexer {
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

}  // namespace

void set_up_logging(const std::string& level, const std::string& format) {
    std::string head = stderr_is_journal() ? "<%&>" : "";
    std::string pattern = format == "json"
                              ? head + "{\"time\":\"%Y-%m-%dT%H:%M:%S.%e%z\",\"level\":\"%l\",\"program\":\"indexer\",%*}"
                              : head + "%v";  // problems read like compiler messages: no decoration
    auto formatter = std::make_unique<spdlog::pattern_formatter>();
    formatter->add_flag<JsonMessageFlag>('*').add_flag<PriorityFlag>('&').set_pattern(pattern);
    auto logger = spdlog::stderr_color_mt("indexer");
    logger->set_formatter(std::move(formatter));
    logger->set_level(spdlog::level::from_str(level));
    spdlog::set_default_logger(logger);
}

}  // namespace vnsearch::indexer
