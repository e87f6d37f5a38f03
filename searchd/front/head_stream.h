// The httplib::Stream a worker hands cpp-httplib for one request: reads come from the request head
// the front already holds (never from the socket: searchd takes no body, so nothing can block on a
// slow client there), writes go to the socket under one deadline for the whole response, or into a
// string the worker sends afterwards (an index worker must not wait for a slow reader).
#pragma once

#include <atomic>
#include <chrono>
#include <optional>
#include <string>
#include <string_view>

#include <httplib.h>

namespace vnsearch::searchd {

// A connection's two addresses, each looked up once: cpp-httplib asks for both on every request, and
// getpeername and getsockname are a system call each (a keep-alive connection's addresses never change).
struct SocketAddresses {
    struct Address {
        std::string ip;
        int port = 0;
    };
    std::optional<Address> remote, local;
};

class HeadStream : public httplib::Stream {
public:
    using Clock = std::chrono::steady_clock;

    // fd: the connection's socket (non-blocking); head: the whole request head (outlives the stream);
    // stopping: a shutdown in progress cuts a write short; held: when given, writes are appended there
    // instead of sent; addresses: when given, the connection's addresses known so far (filled in here).
    HeadStream(int fd, std::string_view head, Clock::time_point write_deadline, const std::atomic<bool>& stopping,
               std::string* held = nullptr, SocketAddresses* addresses = nullptr);

    bool is_readable() const override { return position_ < head_.size(); }
    bool is_writable() const override { return true; }
    ssize_t read(char* ptr, size_t size) override;
    ssize_t write(const char* ptr, size_t size) override;
    void get_remote_ip_and_port(std::string& ip, int& port) const override;
    void get_local_ip_and_port(std::string& ip, int& port) const override;
    socket_t socket() const override { return fd_; }

private:
    int fd_;
    std::string_view head_;
    std::size_t position_ = 0;
    Clock::time_point write_deadline_;
    const std::atomic<bool>& stopping_;
    std::string* held_;
    SocketAddresses* addresses_;
};

}  // namespace vnsearch::searchd
