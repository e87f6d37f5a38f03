// Service options and configuration files; see options.h.
#include "vnsearch/service/options.h"

namespace vnsearch::service {
namespace {

constexpr std::string_view kUnknownKey = "INI was not able to parse ";  // CLI11's ConfigError::Extras

std::string config_file(const CLI::App& app) {
    const CLI::Option* config = app.get_config_ptr();
    return config != nullptr && config->count() > 0 ? config->as<std::string>() : "";
}

std::string known_keys(const CLI::App& app) {
    std::string keys;
    for (const CLI::Option* option : app.get_options()) {
        if (!option->get_configurable() || option->get_lnames().empty()) continue;
        keys += (keys.empty() ? "" : ", ") + option->get_lnames().front();
    }
    return keys;
}

}  // namespace

void add_service_options(CLI::App& app, ServiceOptions& options, const std::string& version) {
    app.set_config("--config", "", "Read settings from this INI/TOML file (keys: the long options without dashes); "
                                   "options given on the command line win");
    app.allow_config_extras(CLI::config_extras_mode::error);
    app.set_version_flag("--version", version, "Print the version (and the libraries') and exit");
    app.add_flag("--check-config", options.check_config,
                 "Check the settings (--config file and options) and exit: 0 and the settings in effect when "
                 "valid, 2 and the unknown key or bad value otherwise")
        ->configurable(false);
    app.add_option("--log-level", options.log_level, "Least important messages logged (access lines are info)")
        ->check(CLI::IsMember({"trace", "debug", "info", "warning", "error", "off"}))
        ->capture_default_str();
    app.add_option("--log-format", options.log_format, "Log lines on stderr as text or one JSON object each")
        ->check(CLI::IsMember({"text", "json"}))
        ->capture_default_str();
}

std::string parse_error_message(const CLI::App& app, const CLI::Error& error) {
    std::string message = error.what();
    std::string file = config_file(app);
    if (message.starts_with(kUnknownKey)) {
        return (file.empty() ? "configuration" : file) + ": unknown key '" + message.substr(kUnknownKey.size()) +
               "' (the keys are: " + known_keys(app) + ")";
    }
    if (!file.empty()) message += " (settings from the command line and " + file + ")";
    return message;
}

std::string check_config_report(const CLI::App& app) {
    std::string file = config_file(app);
    return "# " + (file.empty() ? std::string("no --config file") : file) + ": valid; the settings in effect:\n" +
           app.config_to_str(true, false);
}

}  // namespace vnsearch::service
