// The real searchd binary (VNSEARCH_SEARCHD_BIN) serving a database on a free loopback port,
// for as long as the object lives: started and ready (/health answers) in the constructor,
// stopped with SIGTERM in the destructor. Shared test support.
#pragma once

#include <sys/types.h>

#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include <httplib.h>
#include <nlohmann/json.hpp>

#include "integration/support/temp_dir.h"

namespace vnsearch::testing {

// A response of searchd: its status and its body parsed as JSON (is_discarded() when it is not JSON).
struct JsonResponse {
    int status = 0;
    nlohmann::json body;
    std::string content_type;
};

class SearchdProcess {
public:
    // Throws std::runtime_error (with searchd's log) if it does not become ready.
    explicit SearchdProcess(const std::filesystem::path& db, const std::vector<std::string>& extra_args = {});
    ~SearchdProcess();
    SearchdProcess(const SearchdProcess&) = delete;
    SearchdProcess& operator=(const SearchdProcess&) = delete;

    httplib::Client& client() { return *client_; }
    // GET path?params (URL-encoded); throws std::runtime_error when searchd does not answer.
    JsonResponse get_json(const std::string& path, const httplib::Params& params = {});
    int port() const { return port_; }
    pid_t pid() const { return pid_; }
    void signal(int signal_number) const;
    // SIGTERM and wait; returns the exit status (128 + signal when killed). Idempotent.
    int stop();
    // What searchd wrote to stdout and stderr so far.
    std::string log() const;

private:
    bool start(const std::filesystem::path& db, const std::vector<std::string>& extra_args);
    bool wait_until_ready();

    TempDir dir_;
    pid_t pid_ = -1;
    int port_ = 0;
    int exit_status_ = -1;
    std::unique_ptr<httplib::Client> client_;
};

// A loopback TCP port that was free a moment ago.
int free_loopback_port();

}  // namespace vnsearch::testing
