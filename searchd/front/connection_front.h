// searchd's connection front: one event thread (epoll) owns the listening socket and every connection
// that is idle or still sending its request head; worker threads see only complete request heads.
//
// Why not cpp-httplib's own loop: it gives each connection a worker thread from accept on, its read
// timeout is per recv (a client sending a byte every few seconds holds a thread forever), a keep-alive
// connection holds a thread while idle, its listen backlog is 5, and it reads request bodies whole.
// Measured on 77e4ae0 (scripts/bench/hostile.py): 32 trickling clients kept /health from answering at
// all. Here a slow, idle or half-sent connection costs a buffer of at most max_head_bytes and no
// thread; the whole head must arrive within head_timeout; connections past max_connections and
// requests past max_queued are answered 503 at once; stop() ends everything within a fraction of a
// second whatever the clients do. cpp-httplib still parses each request and runs the routes
// (Server::process_request, on a HeadStream).
#pragma once

#include <array>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstddef>
#include <cstdint>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <stdexcept>
#include <string>
#include <string_view>
#include <thread>
#include <unordered_map>
#include <vector>

#include <httplib.h>

#include "front/head_stream.h"
#include "front/request_head.h"

namespace vnsearch::searchd {

// The address cannot be listened on; the message says which and why.
struct ListenError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

struct FrontLimits {
    std::size_t max_connections = 1024;  // open connections, idle ones included; more: 503 and close
    std::size_t max_queued = 256;        // complete requests waiting for a worker; more: 503
    std::chrono::milliseconds head_timeout{10'000};   // accept (or the previous answer) to a complete head
    std::chrono::milliseconds write_timeout{10'000};  // one whole answer
    std::size_t max_requests_per_connection = 1000;
    int listen_backlog = 1024;
    HeadLimits head;
};

// The worker threads, in two lanes. Index requests (searches: CPU work) run on as many threads as
// the machine has cores: more at once would only share the cores and stretch every answer, the heavy
// ones into the tail (the shared corpora's mixed queries at 8 connections on 2 cores: 32 threads
// 896-924 requests/s, p99 33-37 ms; 2 threads 1,028-1,086 requests/s, p99 11.6-12.2 ms). The other requests (/health, /metrics, the widget's files) have
// threads of their own, so they never wait behind searches; those threads also finish writing an index
// answer a client has not taken yet, so a client that does not read holds no index thread.
struct FrontWorkers {
    std::size_t index_threads = 2;
    std::size_t other_threads = 2;
    // True for a request (its whole head) that goes to the index lane; none: every request is "other".
    std::function<bool(std::string_view head)> is_index_request;
};

// What the front refused or dropped since it started (monotonic counters).
struct FrontCounters {
    std::uint64_t accepted = 0;
    std::uint64_t refused_full = 0;     // 503: max_connections open
    std::uint64_t refused_busy = 0;     // 503: max_queued requests waiting
    std::uint64_t refused_head = 0;     // 400/413/414/431 before any worker saw the request
    std::uint64_t head_timeouts = 0;    // closed: no whole head within head_timeout
    // Not totals: what waits for a worker now, by lane (an answer's rest to write counts as other).
    std::uint64_t waiting_index = 0;
    std::uint64_t waiting_other = 0;
};

// An answer the front writes itself (503, 408, 400/413/414/431) before any worker saw the request:
// what the client had sent of its head (all of it, part of it, or nothing for a connection refused at
// accept), the client's address, and the status and message to answer.
struct Refusal {
    std::string_view head;
    std::string client;
    int status = 0;
    std::string message;
};

class ConnectionFront {
public:
    // Handles one request read from the stream, writing its answer; returns false when the
    // connection must close (close_connection asks the handler to say "Connection: close").
    using RequestHandler = std::function<bool(httplib::Stream&, bool close_connection, bool& connection_closed)>;

    // The whole HTTP answer to a refusal: the server's adds the CORS headers the request's Origin gets
    // and writes its access line. Without one: front_response(status, message).
    using RefusalWriter = std::function<std::string(const Refusal&)>;

    ConnectionFront(FrontLimits limits, FrontWorkers workers, RequestHandler handler, RefusalWriter refusal_writer = {});
    ~ConnectionFront();
    ConnectionFront(const ConnectionFront&) = delete;
    ConnectionFront& operator=(const ConnectionFront&) = delete;

    // Binds and listens (host "::" or "0.0.0.0" for all); throws ListenError.
    void listen(const std::string& host, int port);
    // Serves on the calling thread until stop(); false when the event loop failed.
    bool run();
    // From any thread (a signal handler thread included): run() returns soon after.
    void stop();
    bool is_running() const { return running_; }
    FrontCounters counters() const;

private:
    using Clock = std::chrono::steady_clock;
    struct Connection {
        int fd = -1;
        std::string buffer;        // bytes received and not yet processed
        Clock::time_point deadline;  // for the whole next head
        std::size_t served = 0;
        SocketAddresses addresses;   // looked up at its first request
    };
    using ConnectionPtr = std::unique_ptr<Connection>;
    // A connection for a worker: its next requests to serve, or first the rest of an answer to write
    // (an index worker's answer the socket did not take at once; then closed when close_after).
    struct Job {
        ConnectionPtr connection;
        std::string unsent;
        bool close_after = false;
    };
    struct Lane {
        std::deque<Job> ready;
        std::condition_variable signal;
    };
    enum class Served { Keep, Close, Handed };

    void accept_all();
    void on_readable(int fd);
    void dispatch(ConnectionPtr connection);
    void adopt_returned();
    void expire(Clock::time_point now);
    void watch(ConnectionPtr connection);
    void close_connection(ConnectionPtr connection);
    void report_refusals();
    std::string refusal_answer(int fd, std::string_view head, int status, std::string message) const;
    void work(Lane& lane);
    // Serves the requests the connection's buffer holds; Handed: an answer's rest went to the other lane.
    Served serve(ConnectionPtr& connection, bool hold_answers);
    bool finish_answer(Job& job);  // false: the client did not take it in time
    Lane& lane_for(const Connection& connection);  // by the request head its buffer begins with
    void enqueue(Lane& lane, Job job);              // no max_queued check: callers decide
    void route(ConnectionPtr connection);
    void hand_back(ConnectionPtr connection);
    void shut_down();

    FrontLimits limits_;
    RequestHandler handler_;
    RefusalWriter refusal_writer_;
    FrontWorkers worker_plan_;
    int listen_fd_ = -1;
    int epoll_fd_ = -1;
    int wake_fd_ = -1;  // eventfd: stop()
    std::atomic<bool> stopping_{false};
    std::atomic<bool> running_{false};
    std::atomic<std::size_t> open_{0};
    Clock::time_point accept_paused_until_{};  // out of file descriptors: retry accepting later

    // Connections waiting for bytes, owned by the event thread.
    std::unordered_map<int, ConnectionPtr> waiting_;
    std::array<char, 16 * 1024> read_buffer_{};

    mutable std::mutex mutex_;  // guards the lanes, returned_, workers_stop_
    Lane index_lane_, other_lane_;
    std::vector<ConnectionPtr> returned_;  // handed back by workers, armed, not yet in waiting_
    std::atomic<std::size_t> returned_count_{0};  // returned_.size(), read without the lock
    bool workers_stop_ = false;
    std::vector<std::thread> workers_;

    std::atomic<std::uint64_t> accepted_{0}, refused_full_{0}, refused_busy_{0}, refused_head_{0}, head_timeouts_{0};
    std::uint64_t reported_refusals_ = 0;
};

}  // namespace vnsearch::searchd
