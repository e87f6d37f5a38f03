// SIGINT/SIGTERM as a request to stop: the handler only records the signal; the run checks it
// between articles, commits what is done and exits with 130/143. A second signal kills at once.
#pragma once

#include <signal.h>

#include <functional>

namespace vnsearch::indexer {

// Asked between articles: the signal that asks the run to stop (SIGINT/SIGTERM), 0 while running.
using StopSignal = std::function<int()>;

class StopSignals {
public:
    StopSignals();   // installs the handlers
    ~StopSignals();  // restores the previous ones
    StopSignals(const StopSignals&) = delete;
    StopSignals& operator=(const StopSignals&) = delete;

    // The signal received (SIGINT or SIGTERM), 0 if none.
    static int received();

private:
    struct sigaction previous_int_ {};
    struct sigaction previous_term_ {};
};

}  // namespace vnsearch::indexer
