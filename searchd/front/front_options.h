// The connection front's command-line options (README "Limits and hardening") and the descriptor
// limit they need, kept out of main.cc so the program's wiring stays short.
#pragma once

#include <CLI/CLI.hpp>

#include "front/connection_front.h"

namespace vnsearch::searchd {

// Holds what the options parse into until limits() turns it into FrontLimits.
class FrontOptions {
public:
    // --max-connections, --max-queued, --head-timeout, --write-timeout, --max-head-bytes.
    void add_to(CLI::App& app);
    FrontLimits limits() const;

private:
    FrontLimits limits_;
    double head_timeout_s_ = 10;
    double write_timeout_s_ = 10;
};

// Each connection is a descriptor: raises the soft RLIMIT_NOFILE to hold max_connections of them (and
// Xapian's files) within the hard limit the administrator set; warns when it cannot.
void allow_descriptors(std::size_t max_connections);

}  // namespace vnsearch::searchd
