// service/ is what makes indexer and searchd well-behaved system services, the same way in both:
// their service options and configuration files (this), their log line formats (log_format.h) and
// their --version text (version.h). It knows nothing of the index (that is schema/) nor of either
// program's work; both programs depend on it, it depends on neither.
//
// The options each program has as a service, beside its own work: --config FILE (CLI11 reads the
// INI/TOML file itself: each key is a long option without its dashes; options on the command line
// win), --check-config, --version, --log-level and --log-format.
#pragma once

#include <string>

#include <CLI/CLI.hpp>

namespace vnsearch::service {

struct ServiceOptions {
    std::string log_level = "info";
    std::string log_format = "text";
    bool check_config = false;
};

// version: what --version prints (version_text()).
void add_service_options(CLI::App& app, ServiceOptions& options, const std::string& version);

// What to tell the user about a parse error: CLI11's message, with a configuration file's unknown key
// named as such, and the keys the file may use.
std::string parse_error_message(const CLI::App& app, const CLI::Error& error);

// What --check-config prints when everything is valid: the settings in effect, as a configuration file.
std::string check_config_report(const CLI::App& app);

}  // namespace vnsearch::service
