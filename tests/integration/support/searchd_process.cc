// Starts and stops the real searchd binary for integration tests; see searchd_process.h.
#include "integration/support/searchd_process.h"

#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <signal.h>
#include <spawn.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <cstring>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <thread>

extern char** environ;

namespace vnsearch::testing {
namespace {

constexpr auto kReadyTimeout = std::chrono::seconds(20);
constexpr int kStartAttempts = 3;  // another process may take the port between probe and bind

std::string searchd_binary() {
#ifdef VNSEARCH_SEARCHD_BIN
    return VNSEARCH_SEARCHD_BIN;
#else
    throw std::runtime_error("VNSEARCH_SEARCHD_BIN is not defined: build the searchd target");
#endif
}

// Returns true once pid has exited (reaping it) and stores its status.
bool reap(pid_t pid, int& exit_status, bool block) {
    int status = 0;
    pid_t rc;
    do {
        rc = waitpid(pid, &status, block ? 0 : WNOHANG);
    } while (rc < 0 && errno == EINTR);
    if (rc != pid) return false;
    exit_status = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    return true;
}

}  // namespace

int free_loopback_port() {
    int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    if (fd < 0) throw std::runtime_error(std::string("socket: ") + std::strerror(errno));
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    address.sin_port = 0;
    socklen_t length = sizeof address;
    bool ok = ::bind(fd, reinterpret_cast<sockaddr*>(&address), sizeof address) == 0 &&
              ::getsockname(fd, reinterpret_cast<sockaddr*>(&address), &length) == 0;
    ::close(fd);
    if (!ok) throw std::runtime_error(std::string("cannot find a free port: ") + std::strerror(errno));
    return ntohs(address.sin_port);
}

SearchdProcess::SearchdProcess(const std::filesystem::path& db, const std::vector<std::string>& extra_args) {
    for (int attempt = 0; attempt < kStartAttempts; ++attempt) {
        if (start(db, extra_args) && wait_until_ready()) return;
        stop();
    }
    throw std::runtime_error("searchd did not become ready; its log:\n" + log());
}

SearchdProcess::~SearchdProcess() { stop(); }

bool SearchdProcess::start(const std::filesystem::path& db, const std::vector<std::string>& extra_args) {
    port_ = free_loopback_port();
    exit_status_ = -1;
    std::vector<std::string> argv = {searchd_binary(), "--db", db.string(), "--listen",
                                     "127.0.0.1:" + std::to_string(port_)};
    argv.insert(argv.end(), extra_args.begin(), extra_args.end());
    std::vector<char*> args;
    for (auto& arg : argv) args.push_back(arg.data());
    args.push_back(nullptr);

    std::string log_path = (dir_ / "searchd.log").string();
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, log_path.c_str(), O_WRONLY | O_CREAT | O_APPEND, 0644);
    posix_spawn_file_actions_adddup2(&actions, STDOUT_FILENO, STDERR_FILENO);
    int rc = posix_spawn(&pid_, args[0], &actions, nullptr, args.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    if (rc != 0) throw std::runtime_error("cannot start " + argv[0] + ": " + std::strerror(rc));
    client_ = std::make_unique<httplib::Client>("127.0.0.1", port_);
    client_->set_connection_timeout(std::chrono::seconds(5));
    client_->set_read_timeout(std::chrono::seconds(60));
    return true;
}

bool SearchdProcess::wait_until_ready() {
    auto deadline = std::chrono::steady_clock::now() + kReadyTimeout;
    httplib::Client probe("127.0.0.1", port_);
    probe.set_connection_timeout(std::chrono::milliseconds(200));
    while (std::chrono::steady_clock::now() < deadline) {
        if (reap(pid_, exit_status_, false)) {
            pid_ = -1;
            return false;
        }
        // Any answer means it serves: /health is 503 for an index older than --max-index-age.
        if (auto response = probe.Get("/health"); response && (response->status == 200 || response->status == 503)) return true;
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
    return false;
}

JsonResponse SearchdProcess::get_json(const std::string& path, const httplib::Params& params) {
    auto response = client_->Get(path, params, httplib::Headers{});
    if (!response) {
        throw std::runtime_error("searchd did not answer GET " + path + ": " + httplib::to_string(response.error()) +
                                 "\nits log:\n" + log());
    }
    return JsonResponse{response->status, nlohmann::json::parse(response->body, nullptr, false),
                        response->get_header_value("Content-Type")};
}

void SearchdProcess::signal(int signal_number) const {
    if (pid_ > 0) ::kill(pid_, signal_number);
}

int SearchdProcess::stop() {
    if (pid_ > 0) {
        ::kill(pid_, SIGTERM);
        reap(pid_, exit_status_, true);
        pid_ = -1;
    }
    return exit_status_;
}

std::string SearchdProcess::log() const {
    std::ifstream in(dir_ / "searchd.log");
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

}  // namespace vnsearch::testing
