// The options searchd has as a service, beside what it serves: --config FILE (CLI11 reads the INI/TOML
// file itself: each key is a long option without its dashes; flags on the command line win),
// --check-config, --version, --log-level and --log-format.
#pragma once

#include <string>

#include <CLI/CLI.hpp>

namespace vnsearch::searchd {

struct ServiceOptions {
    std::string log_level = "info";
    std::string log_format = "text";
    bool check_config = false;
};

void add_service_options(CLI::App& app, ServiceOptions& options);

// What to tell the user about a parse error: CLI11's message, with a configuration file's unknown key
// named as such, and the keys the file may use.
std::string parse_error_message(const CLI::App& app, const CLI::Error& error);

// What --check-config prints when everything is valid: the settings in effect, as a configuration file.
std::string check_config_report(const CLI::App& app);

}  // namespace vnsearch::searchd
