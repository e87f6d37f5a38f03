// Signal handlers for a graceful stop; see stop_signals.h. A signal handler can only reach global
// state: this one sig_atomic_t is the program's only mutable global.
#include "stop_signals.h"

#include <csignal>

namespace vnsearch::indexer {
namespace {

volatile std::sig_atomic_t g_received = 0;

extern "C" void record_signal(int signal) { g_received = signal; }

}  // namespace

StopSignals::StopSignals() {
    g_received = 0;
    struct sigaction action {};
    action.sa_handler = record_signal;
    sigemptyset(&action.sa_mask);
    // SA_RESTART: an interrupted read resumes instead of failing; SA_RESETHAND: a second signal kills.
    action.sa_flags = SA_RESTART | SA_RESETHAND;
    sigaction(SIGINT, &action, &previous_int_);
    sigaction(SIGTERM, &action, &previous_term_);
}

StopSignals::~StopSignals() {
    sigaction(SIGINT, &previous_int_, nullptr);
    sigaction(SIGTERM, &previous_term_, nullptr);
}

int StopSignals::received() { return g_received; }

}  // namespace vnsearch::indexer
