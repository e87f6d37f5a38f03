// The per-request stream of the connection front; see head_stream.h.
#include "front/head_stream.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>

#include <algorithm>
#include <cerrno>
#include <cstring>

namespace vnsearch::searchd {
namespace {

constexpr auto kStopCheck = std::chrono::milliseconds(100);  // how soon a shutdown cuts a slow write short

void describe(const sockaddr_storage& address, std::string& ip, int& port) {
    char text[INET6_ADDRSTRLEN] = {};
    if (address.ss_family == AF_INET) {
        const auto& v4 = reinterpret_cast<const sockaddr_in&>(address);
        ::inet_ntop(AF_INET, &v4.sin_addr, text, sizeof text);
        port = ntohs(v4.sin_port);
    } else if (address.ss_family == AF_INET6) {
        const auto& v6 = reinterpret_cast<const sockaddr_in6&>(address);
        ::inet_ntop(AF_INET6, &v6.sin6_addr, text, sizeof text);
        port = ntohs(v6.sin6_port);
    }
    ip = text;
}

// The address `look_up` (getpeername or getsockname) gives, from `known` when it was looked up before.
template <typename LookUp>
void address_of(int fd, std::optional<SocketAddresses::Address>* known, LookUp look_up, std::string& ip, int& port) {
    if (known != nullptr && known->has_value()) {
        ip = (*known)->ip;
        port = (*known)->port;
        return;
    }
    sockaddr_storage address{};
    socklen_t length = sizeof address;
    if (look_up(fd, reinterpret_cast<sockaddr*>(&address), &length) != 0) return;
    describe(address, ip, port);
    if (known != nullptr) *known = SocketAddresses::Address{ip, port};
}

}  // namespace

HeadStream::HeadStream(int fd, std::string_view head, Clock::time_point write_deadline, const std::atomic<bool>& stopping,
                       std::string* held, SocketAddresses* addresses)
    : fd_(fd), head_(head), write_deadline_(write_deadline), stopping_(stopping), held_(held), addresses_(addresses) {}

ssize_t HeadStream::read(char* ptr, size_t size) {
    std::size_t count = std::min(size, head_.size() - position_);
    std::memcpy(ptr, head_.data() + position_, count);
    position_ += count;
    return static_cast<ssize_t>(count);
}

ssize_t HeadStream::write(const char* ptr, size_t size) {
    if (held_) {
        held_->append(ptr, size);
        return static_cast<ssize_t>(size);
    }
    std::size_t written = 0;
    while (written < size) {
        ssize_t sent = ::send(fd_, ptr + written, size - written, MSG_NOSIGNAL);
        if (sent > 0) {
            written += static_cast<std::size_t>(sent);
            continue;
        }
        if (sent < 0 && errno == EINTR) continue;
        if (sent < 0 && errno != EAGAIN && errno != EWOULDBLOCK) return -1;
        auto now = Clock::now();
        if (now >= write_deadline_ || stopping_) return -1;  // a client that does not read loses its answer
        auto wait = std::min<Clock::duration>(write_deadline_ - now, kStopCheck);
        pollfd writable{fd_, POLLOUT, 0};
        ::poll(&writable, 1, static_cast<int>(std::chrono::ceil<std::chrono::milliseconds>(wait).count()));
    }
    return static_cast<ssize_t>(written);
}

void HeadStream::get_remote_ip_and_port(std::string& ip, int& port) const {
    address_of(fd_, addresses_ ? &addresses_->remote : nullptr, ::getpeername, ip, port);
}

void HeadStream::get_local_ip_and_port(std::string& ip, int& port) const {
    address_of(fd_, addresses_ ? &addresses_->local : nullptr, ::getsockname, ip, port);
}

}  // namespace vnsearch::searchd
