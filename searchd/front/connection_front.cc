// The event-driven connection front of searchd; see connection_front.h.
#include "front/connection_front.h"

#include <fcntl.h>
#include <netdb.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/epoll.h>
#include <sys/eventfd.h>
#include <sys/socket.h>
#include <unistd.h>

#include <spdlog/spdlog.h>

#include <algorithm>
#include <array>
#include <cerrno>
#include <cstring>

#include "front/front_response.h"
#include "front/head_stream.h"

namespace vnsearch::searchd {
namespace {

constexpr auto kTick = std::chrono::milliseconds(100);  // deadline sweep and stop check interval
constexpr auto kAcceptPause = std::chrono::milliseconds(100);

std::string errno_text() { return std::strerror(errno); }

// A connection is watched for one event at a time (EPOLLONESHOT): the event thread's read, or a
// worker handing the connection back, arms it again.
constexpr std::uint32_t kConnectionEvents = EPOLLIN | EPOLLONESHOT;

void epoll_control(int epoll_fd, int operation, int fd, std::uint32_t events = EPOLLIN) {
    epoll_event event{};
    event.events = events;
    event.data.fd = fd;
    ::epoll_ctl(epoll_fd, operation, fd, &event);
}

int listening_socket(const std::string& host, int port, int backlog) {
    addrinfo hints{};
    hints.ai_family = AF_UNSPEC;
    hints.ai_socktype = SOCK_STREAM;
    hints.ai_flags = AI_PASSIVE | AI_NUMERICSERV;
    addrinfo* found = nullptr;
    std::string service = std::to_string(port);
    int rc = ::getaddrinfo(host.empty() ? nullptr : host.c_str(), service.c_str(), &hints, &found);
    std::string where = host + ":" + service;
    if (rc != 0) throw ListenError("cannot listen on " + where + ": " + ::gai_strerror(rc));
    std::unique_ptr<addrinfo, decltype(&::freeaddrinfo)> addresses(found, &::freeaddrinfo);
    std::string cause = "no address";
    for (addrinfo* address = found; address; address = address->ai_next) {
        int fd = ::socket(address->ai_family, address->ai_socktype | SOCK_NONBLOCK | SOCK_CLOEXEC, address->ai_protocol);
        if (fd < 0) {
            cause = errno_text();
            continue;
        }
        // SO_REUSEADDR allows a quick restart; no SO_REUSEPORT, so a port in use is an error.
        int yes = 1;
        ::setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &yes, sizeof yes);
        if (::bind(fd, address->ai_addr, address->ai_addrlen) == 0 && ::listen(fd, backlog) == 0) return fd;
        cause = errno_text();
        ::close(fd);
    }
    throw ListenError("cannot listen on " + where + ": " + cause);
}

}  // namespace

ConnectionFront::ConnectionFront(FrontLimits limits, FrontWorkers workers, RequestHandler handler,
                                 RefusalWriter refusal_writer)
    : limits_(limits),
      handler_(std::move(handler)),
      refusal_writer_(std::move(refusal_writer)),
      worker_plan_(std::move(workers)) {
    epoll_fd_ = ::epoll_create1(EPOLL_CLOEXEC);
    wake_fd_ = ::eventfd(0, EFD_NONBLOCK | EFD_CLOEXEC);
    if (epoll_fd_ < 0 || wake_fd_ < 0) throw std::runtime_error("cannot create the event loop: " + errno_text());
    epoll_control(epoll_fd_, EPOLL_CTL_ADD, wake_fd_);
}

ConnectionFront::~ConnectionFront() {
    shut_down();
    if (listen_fd_ >= 0) ::close(listen_fd_);
    ::close(wake_fd_);
    ::close(epoll_fd_);
}

void ConnectionFront::listen(const std::string& host, int port) {
    listen_fd_ = listening_socket(host, port, limits_.listen_backlog);
    epoll_control(epoll_fd_, EPOLL_CTL_ADD, listen_fd_);
}

FrontCounters ConnectionFront::counters() const {
    FrontCounters counters{accepted_.load(), refused_full_.load(), refused_busy_.load(), refused_head_.load(),
                           head_timeouts_.load()};
    std::lock_guard lock(mutex_);
    counters.waiting_index = index_lane_.ready.size();
    counters.waiting_other = other_lane_.ready.size();
    return counters;
}

void ConnectionFront::stop() {
    stopping_ = true;
    std::uint64_t one = 1;
    (void)::write(wake_fd_, &one, sizeof one);
}

bool ConnectionFront::run() {
    if (listen_fd_ < 0) throw std::logic_error("ConnectionFront::run before listen");
    std::size_t index_threads = worker_plan_.is_index_request ? std::max<std::size_t>(worker_plan_.index_threads, 1) : 0;
    for (std::size_t i = 0; i < index_threads; ++i) workers_.emplace_back([this] { work(index_lane_); });
    for (std::size_t i = 0; i < std::max<std::size_t>(worker_plan_.other_threads, 1); ++i) {
        workers_.emplace_back([this] { work(other_lane_); });
    }
    running_ = true;
    bool ok = true;
    std::array<epoll_event, 256> events{};
    auto next_report = Clock::now() + std::chrono::seconds(1);
    while (!stopping_) {
        int count = ::epoll_wait(epoll_fd_, events.data(), static_cast<int>(events.size()),
                                 static_cast<int>(kTick.count()));
        if (count < 0 && errno != EINTR) {
            spdlog::error("searchd: the connection loop failed: {}", errno_text());
            ok = false;
            break;
        }
        adopt_returned();  // before their events: a connection handed back may have one already
        for (int i = 0; i < count; ++i) {
            int fd = events[static_cast<std::size_t>(i)].data.fd;
            if (fd == listen_fd_) {
                accept_all();
            } else if (fd == wake_fd_) {
                std::uint64_t value;
                (void)::read(wake_fd_, &value, sizeof value);
            } else {
                on_readable(fd);
            }
        }
        auto now = Clock::now();
        expire(now);
        if (now >= next_report) {
            report_refusals();
            next_report = now + std::chrono::seconds(1);
        }
    }
    shut_down();
    running_ = false;
    return ok;
}

void ConnectionFront::accept_all() {
    for (;;) {
        int fd = ::accept4(listen_fd_, nullptr, nullptr, SOCK_NONBLOCK | SOCK_CLOEXEC);
        if (fd < 0) {
            if (errno == EINTR || errno == ECONNABORTED) continue;
            if (errno == EMFILE || errno == ENFILE || errno == ENOBUFS || errno == ENOMEM) {
                // Out of descriptors: stop listening a moment rather than spin on a readable socket.
                spdlog::warn("searchd: cannot accept a connection: {} (max {} connections: see --max-connections)",
                             errno_text(), limits_.max_connections);
                epoll_control(epoll_fd_, EPOLL_CTL_DEL, listen_fd_);
                accept_paused_until_ = Clock::now() + kAcceptPause;
            }
            return;
        }
        ++accepted_;
        if (open_ >= limits_.max_connections) {
            ++refused_full_;
            send_and_close(fd, refusal_answer(fd, {}, 503, "searchd is at its connection limit (" +
                                                               std::to_string(limits_.max_connections) + "); try again"));
            continue;
        }
        int yes = 1;
        ::setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &yes, sizeof yes);  // the head and body go in two writes
        auto connection = std::make_unique<Connection>();
        connection->fd = fd;
        connection->deadline = Clock::now() + limits_.head_timeout;
        ++open_;
        watch(std::move(connection));
    }
}

void ConnectionFront::watch(ConnectionPtr connection) {
    int fd = connection->fd;
    epoll_control(epoll_fd_, EPOLL_CTL_ADD, fd, kConnectionEvents);
    waiting_.emplace(fd, std::move(connection));
}

void ConnectionFront::close_connection(ConnectionPtr connection) {
    ::close(connection->fd);
    --open_;
}

void ConnectionFront::on_readable(int fd) {
    auto found = waiting_.find(fd);
    if (found == waiting_.end()) {  // handed back since this loop's adopt_returned
        adopt_returned();
        found = waiting_.find(fd);
        if (found == waiting_.end()) return;
    }
    Connection& connection = *found->second;
    // Never hold more than one head's worth: a longer head is refused below. Read into a buffer of
    // the event thread, so an idle connection keeps only the bytes it sent.
    std::size_t room = limits_.head.max_head_bytes + 1 - std::min(connection.buffer.size(), limits_.head.max_head_bytes);
    ssize_t received = ::recv(fd, read_buffer_.data(), std::min(room, read_buffer_.size()), 0);
    if (received > 0) connection.buffer.append(read_buffer_.data(), static_cast<std::size_t>(received));
    HeadVerdict verdict;
    if (received > 0) verdict = inspect_head(connection.buffer, limits_.head);
    bool retry = received < 0 && (errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR);
    if (retry || (received > 0 && verdict.kind == HeadVerdict::Kind::Incomplete)) {
        epoll_control(epoll_fd_, EPOLL_CTL_MOD, fd, kConnectionEvents);  // stays watched for the rest
        return;
    }
    ConnectionPtr owned = std::move(found->second);
    waiting_.erase(found);  // no longer armed (EPOLLONESHOT); closing it also takes it out of the set
    if (received <= 0) {  // the client closed, or the connection failed
        close_connection(std::move(owned));
    } else if (verdict.kind == HeadVerdict::Kind::Refused) {
        ++refused_head_;
        send_and_close(owned->fd, refusal_answer(owned->fd, owned->buffer, verdict.status, verdict.message));
        --open_;
    } else {
        dispatch(std::move(owned));
    }
}

ConnectionFront::Lane& ConnectionFront::lane_for(const Connection& connection) {
    bool index = worker_plan_.is_index_request && worker_plan_.is_index_request(connection.buffer);
    return index ? index_lane_ : other_lane_;
}

void ConnectionFront::dispatch(ConnectionPtr connection) {
    Lane& lane = lane_for(*connection);
    std::unique_lock lock(mutex_);
    if (index_lane_.ready.size() + other_lane_.ready.size() >= limits_.max_queued) {
        lock.unlock();
        ++refused_busy_;
        send_and_close(connection->fd, refusal_answer(connection->fd, connection->buffer, 503,
                                                      "searchd is busy (" + std::to_string(limits_.max_queued) +
                                                          " requests waiting); try again"));
        --open_;
        return;
    }
    lock.unlock();
    enqueue(lane, Job{std::move(connection), {}, false});
}

void ConnectionFront::enqueue(Lane& lane, Job job) {
    {
        std::lock_guard lock(mutex_);
        lane.ready.push_back(std::move(job));
    }
    lane.signal.notify_one();
}

void ConnectionFront::adopt_returned() {
    if (returned_count_.load(std::memory_order_acquire) == 0) return;  // the usual case: no lock taken
    std::vector<ConnectionPtr> returned;
    {
        std::lock_guard lock(mutex_);
        returned.swap(returned_);
        returned_count_.store(0, std::memory_order_release);
    }
    for (auto& connection : returned) {
        int fd = connection->fd;
        waiting_.emplace(fd, std::move(connection));  // armed by hand_back already
    }
}

void ConnectionFront::expire(Clock::time_point now) {
    if (accept_paused_until_ != Clock::time_point{} && now >= accept_paused_until_) {
        accept_paused_until_ = {};
        epoll_control(epoll_fd_, EPOLL_CTL_ADD, listen_fd_);
    }
    for (auto it = waiting_.begin(); it != waiting_.end();) {
        if (it->second->deadline > now) {
            ++it;
            continue;
        }
        ConnectionPtr connection = std::move(it->second);
        it = waiting_.erase(it);
        epoll_control(epoll_fd_, EPOLL_CTL_DEL, connection->fd);
        if (connection->buffer.empty()) {
            close_connection(std::move(connection));  // idle: a plain close, as after any keep-alive timeout
        } else {
            ++head_timeouts_;
            send_and_close(connection->fd, refusal_answer(connection->fd, connection->buffer, 408,
                                                          "the request head did not arrive within " +
                                                              std::to_string(limits_.head_timeout.count()) + " ms"));
            --open_;
        }
    }
}

std::string ConnectionFront::refusal_answer(int fd, std::string_view head, int status, std::string message) const {
    if (!refusal_writer_) return front_response(status, message);
    Refusal refusal{head, {}, status, std::move(message)};
    int port = 0;
    HeadStream(fd, {}, Clock::now(), stopping_).get_remote_ip_and_port(refusal.client, port);
    return refusal_writer_(refusal);
}

void ConnectionFront::report_refusals() {
    std::uint64_t refused = refused_full_ + refused_busy_;
    if (refused == reported_refusals_) return;
    spdlog::warn("searchd: overloaded: {} connections refused with 503 in the last second ({} in all: {} at the "
                 "connection limit {}, {} with {} requests waiting)",
                 refused - reported_refusals_, refused, refused_full_.load(), limits_.max_connections,
                 refused_busy_.load(), limits_.max_queued);
    reported_refusals_ = refused;
}

void ConnectionFront::work(Lane& lane) {
    bool index_lane = &lane == &index_lane_;
    for (;;) {
        Job job;
        {
            std::unique_lock lock(mutex_);
            lane.signal.wait(lock, [this, &lane] { return workers_stop_ || !lane.ready.empty(); });
            if (workers_stop_) return;
            job = std::move(lane.ready.front());
            lane.ready.pop_front();
        }
        if (!job.unsent.empty()) {
            if (finish_answer(job) && !job.close_after && !stopping_) {
                route(std::move(job.connection));
            } else {
                close_connection(std::move(job.connection));
            }
            continue;
        }
        Served served = serve(job.connection, index_lane);
        if (served == Served::Handed) continue;
        if (served == Served::Close || stopping_) {
            close_connection(std::move(job.connection));
        } else {
            hand_back(std::move(job.connection));
        }
    }
}

// A connection whose answer was finished: a request it pipelined behind goes to its lane, else the
// connection goes back to the event thread for its next request.
void ConnectionFront::route(ConnectionPtr connection) {
    if (inspect_head(connection->buffer, limits_.head).kind == HeadVerdict::Kind::Incomplete) {
        return hand_back(std::move(connection));
    }
    Lane& lane = lane_for(*connection);
    enqueue(lane, Job{std::move(connection), {}, false});
}

// The worker arms the connection itself, where the event thread adopts it from before it looks at any
// event: the event thread is not woken for it (an eventfd write, a wake-up and a second epoll_ctl per
// request before). Armed under the lock, so the event thread cannot adopt (and close) it first. Bytes
// of a next request may be there already (pipelining): the connection's event then comes at once. One
// not heard from is adopted within kTick, when epoll_wait times out; its head_timeout runs from now.
void ConnectionFront::hand_back(ConnectionPtr connection) {
    connection->deadline = Clock::now() + limits_.head_timeout;
    std::lock_guard lock(mutex_);
    int fd = connection->fd;
    returned_.push_back(std::move(connection));
    returned_count_.store(returned_.size(), std::memory_order_release);
    epoll_control(epoll_fd_, EPOLL_CTL_MOD, fd, kConnectionEvents);
}

bool ConnectionFront::finish_answer(Job& job) {
    HeadStream stream(job.connection->fd, {}, Clock::now() + limits_.write_timeout, stopping_);
    return stream.write(job.unsent.data(), job.unsent.size()) == static_cast<ssize_t>(job.unsent.size());
}

// An index worker's answers are written to memory first and sent without waiting: what the socket does
// not take at once, an other-lane worker writes (under write_timeout) while this one serves the next.
ConnectionFront::Served ConnectionFront::serve(ConnectionPtr& connection, bool hold_answers) {
    for (;;) {
        HeadVerdict verdict = inspect_head(connection->buffer, limits_.head);
        if (verdict.kind == HeadVerdict::Kind::Incomplete) return Served::Keep;  // wait for the rest
        if (verdict.kind == HeadVerdict::Kind::Refused) {
            ++refused_head_;
            std::string response = refusal_answer(connection->fd, connection->buffer, verdict.status, verdict.message);
            HeadStream(connection->fd, {}, Clock::now() + limits_.write_timeout, stopping_).write(response.data(), response.size());
            return Served::Close;
        }
        std::string head = verdict.rewritten.empty() ? connection->buffer.substr(0, verdict.length) : verdict.rewritten;
        connection->buffer.erase(0, verdict.length);
        bool last = ++connection->served >= limits_.max_requests_per_connection || stopping_;
        std::string answer;
        HeadStream stream(connection->fd, head, Clock::now() + limits_.write_timeout, stopping_,
                          hold_answers ? &answer : nullptr, &connection->addresses);
        bool connection_closed = false;
        bool keep = handler_(stream, last, connection_closed) && !connection_closed && !last;
        if (hold_answers && !answer.empty()) {
            ssize_t sent = ::send(connection->fd, answer.data(), answer.size(), MSG_NOSIGNAL | MSG_DONTWAIT);
            if (sent < 0 && errno != EAGAIN && errno != EWOULDBLOCK && errno != EINTR) return Served::Close;
            auto taken = static_cast<std::size_t>(std::max<ssize_t>(sent, 0));
            if (taken < answer.size()) {
                answer.erase(0, taken);
                enqueue(other_lane_, Job{std::move(connection), std::move(answer), !keep});
                return Served::Handed;
            }
        }
        if (!keep) return Served::Close;
    }
}

void ConnectionFront::shut_down() {
    {
        std::lock_guard lock(mutex_);
        workers_stop_ = true;
    }
    index_lane_.signal.notify_all();
    other_lane_.signal.notify_all();
    for (auto& worker : workers_) worker.join();  // each finishes its request; writes give up on stopping_
    workers_.clear();
    for (auto& [fd, connection] : waiting_) ::close(fd);
    waiting_.clear();
    for (Lane* lane : {&index_lane_, &other_lane_}) {
        for (auto& job : lane->ready) ::close(job.connection->fd);
        lane->ready.clear();
    }
    for (auto& connection : returned_) ::close(connection->fd);
    returned_.clear();
    open_ = 0;
}

}  // namespace vnsearch::searchd
