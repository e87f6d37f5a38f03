// Runs a program via posix_spawn, feeding stdin and draining stdout/stderr together (poll),
// so a program that writes a lot before reading all its input cannot deadlock the test.
#include "integration/support/process.h"

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <array>
#include <cerrno>
#include <cstring>
#include <stdexcept>

extern char** environ;

namespace vnsearch::testing {
namespace {

// A pipe whose ends close themselves.
class Pipe {
public:
    Pipe() {
        if (pipe2(fds_.data(), O_CLOEXEC) != 0) throw std::runtime_error(std::string("pipe: ") + std::strerror(errno));
    }
    ~Pipe() {
        close_read();
        close_write();
    }
    Pipe(const Pipe&) = delete;
    Pipe& operator=(const Pipe&) = delete;
    int read_end() const { return fds_[0]; }
    int write_end() const { return fds_[1]; }
    void close_read() { close_fd(fds_[0]); }
    void close_write() { close_fd(fds_[1]); }

private:
    static void close_fd(int& fd) {
        if (fd >= 0) ::close(fd);
        fd = -1;
    }
    std::array<int, 2> fds_{-1, -1};
};

// posix_spawn's file actions, released on every path.
class FileActions {
public:
    FileActions() { posix_spawn_file_actions_init(&actions_); }
    ~FileActions() { posix_spawn_file_actions_destroy(&actions_); }
    FileActions(const FileActions&) = delete;
    FileActions& operator=(const FileActions&) = delete;
    void dup(int from, int to) { posix_spawn_file_actions_adddup2(&actions_, from, to); }
    const posix_spawn_file_actions_t* get() const { return &actions_; }

private:
    posix_spawn_file_actions_t actions_;
};

pid_t spawn(const std::vector<std::string>& argv, const FileActions& actions) {
    if (argv.empty()) throw std::runtime_error("run_process: empty argv");
    std::vector<char*> args;
    for (const auto& arg : argv) args.push_back(const_cast<char*>(arg.c_str()));
    args.push_back(nullptr);
    pid_t pid = -1;
    bool search_path = argv[0].find('/') == std::string::npos;
    int rc = search_path ? posix_spawnp(&pid, args[0], actions.get(), nullptr, args.data(), environ)
                         : posix_spawn(&pid, args[0], actions.get(), nullptr, args.data(), environ);
    if (rc != 0) throw std::runtime_error("cannot start " + argv[0] + ": " + std::strerror(rc));
    return pid;
}

int wait_for(pid_t pid) {
    int status = 0;
    while (waitpid(pid, &status, 0) < 0) {
        if (errno != EINTR) throw std::runtime_error(std::string("waitpid: ") + std::strerror(errno));
    }
    if (WIFEXITED(status)) return WEXITSTATUS(status);
    if (WIFSIGNALED(status)) return 128 + WTERMSIG(status);
    return -1;
}

// Moves stdin_text into `in` and both outputs into the result until the child closes them.
// Returns false when the deadline passed first.
bool pump(Pipe& in, Pipe& out, Pipe& err, const std::string& stdin_text, ProcessResult& result,
          std::chrono::steady_clock::time_point deadline) {
    std::size_t written = 0;
    // Non-blocking, or a big write would block while the child waits for us to drain its output.
    fcntl(in.write_end(), F_SETFL, fcntl(in.write_end(), F_GETFL) | O_NONBLOCK);
    if (stdin_text.empty()) in.close_write();
    char buffer[65536];
    while (true) {
        std::vector<pollfd> fds;
        if (in.write_end() >= 0) fds.push_back({in.write_end(), POLLOUT, 0});
        if (out.read_end() >= 0) fds.push_back({out.read_end(), POLLIN, 0});
        if (err.read_end() >= 0) fds.push_back({err.read_end(), POLLIN, 0});
        if (fds.empty()) return true;
        auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - std::chrono::steady_clock::now());
        if (left.count() <= 0) return false;
        int ready = poll(fds.data(), fds.size(), static_cast<int>(left.count()));
        if (ready == 0) return false;
        if (ready < 0) {
            if (errno == EINTR) continue;
            throw std::runtime_error(std::string("poll: ") + std::strerror(errno));
        }
        for (const auto& fd : fds) {
            if (fd.revents == 0) continue;
            if (fd.fd == in.write_end()) {
                ssize_t n = ::write(fd.fd, stdin_text.data() + written, stdin_text.size() - written);
                if (n > 0) written += static_cast<std::size_t>(n);
                bool retry = n < 0 && (errno == EAGAIN || errno == EINTR);
                if ((n < 0 && !retry) || written == stdin_text.size()) in.close_write();  // EPIPE: child stopped reading
            } else {
                ssize_t n = ::read(fd.fd, buffer, sizeof buffer);
                bool is_out = fd.fd == out.read_end();
                if (n > 0) {
                    (is_out ? result.out : result.err).append(buffer, static_cast<std::size_t>(n));
                } else if (n == 0 || errno != EINTR) {
                    is_out ? out.close_read() : err.close_read();
                }
            }
        }
    }
}

// Writing to a child that exited must give EPIPE, not kill the test binary.
void ignore_sigpipe() {
    struct sigaction action {};
    action.sa_handler = SIG_IGN;
    sigaction(SIGPIPE, &action, nullptr);
}

}  // namespace

ProcessResult run_process(const std::vector<std::string>& argv, const std::string& stdin_text,
                          std::chrono::milliseconds timeout) {
    ignore_sigpipe();
    Pipe in, out, err;
    FileActions actions;
    actions.dup(in.read_end(), STDIN_FILENO);
    actions.dup(out.write_end(), STDOUT_FILENO);
    actions.dup(err.write_end(), STDERR_FILENO);
    pid_t pid = spawn(argv, actions);
    in.close_read();
    out.close_write();
    err.close_write();
    ProcessResult result;
    if (!pump(in, out, err, stdin_text, result, std::chrono::steady_clock::now() + timeout)) {
        ::kill(pid, SIGKILL);
        result.timed_out = true;
        result.err += "\n[run_process: killed after " + std::to_string(timeout.count()) + " ms]\n";
    }
    result.exit_status = wait_for(pid);
    return result;
}

}  // namespace vnsearch::testing
