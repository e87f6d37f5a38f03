// Log line formats; see log_format.h.
#include "vnsearch/service/log_format.h"

#include <spdlog/pattern_formatter.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <string_view>

#include <nlohmann/json.hpp>

namespace vnsearch::service {
namespace {

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

class PriorityFlag final : public spdlog::custom_flag_formatter {
public:
    void format(const spdlog::details::log_msg& msg, const std::tm&, spdlog::memory_buf_t& dest) override {
        static constexpr char kPriority[] = {'7', '7', '6', '4', '3', '2', '6'};  // trace .. critical, off
        dest.push_back(kPriority[msg.level]);
    }
    std::unique_ptr<spdlog::custom_flag_formatter> clone() const override { return std::make_unique<PriorityFlag>(); }
};

}  // namespace

std::unique_ptr<spdlog::formatter> log_formatter(const std::string& pattern) {
    auto formatter = std::make_unique<spdlog::pattern_formatter>();
    formatter->add_flag<JsonMessageFlag>('*').add_flag<PriorityFlag>('&').set_pattern(pattern);
    return formatter;
}

std::string line_head() { return stderr_is_journal() ? "<%&>" : ""; }

std::string json_line_start(const std::string& program) {
    return R"({"time":"%Y-%m-%dT%H:%M:%S.%e%z","level":"%l","program":")" + program + "\",";
}

bool stderr_is_journal() {
    const char* stream = std::getenv("JOURNAL_STREAM");
    struct stat status {};
    if (stream == nullptr || ::fstat(STDERR_FILENO, &status) != 0) return false;
    unsigned long long device = 0, inode = 0;
    if (std::sscanf(stream, "%llu:%llu", &device, &inode) != 2) return false;
    return device == static_cast<unsigned long long>(status.st_dev) && inode == static_cast<unsigned long long>(status.st_ino);
}

}  // namespace vnsearch::service
