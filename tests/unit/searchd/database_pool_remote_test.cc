// A remote database (a stock xapian-tcpsrv) that stops answering makes the pool throw
// DatabaseUnavailable (HTTP 503) wherever the network fails: in the query, and in the refresh a
// pooled database gets after an index change (reopen). Xapian's errors are no std::exception, so
// one escaping the pool became an "unknown exception" and a 500 (seen once in CI).
#include <gtest/gtest.h>

#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>

#include <chrono>
#include <csignal>
#include <cstdlib>
#include <memory>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include "database_pool.h"
#include "integration/support/temp_dir.h"

extern char** environ;

namespace vnsearch::searchd {
namespace {

bool has_program(const std::string& name) {
    return std::system(("command -v " + name + " >/dev/null 2>&1").c_str()) == 0;
}

int free_port() {
    int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t length = sizeof address;
    ::bind(fd, reinterpret_cast<sockaddr*>(&address), length);
    ::getsockname(fd, reinterpret_cast<sockaddr*>(&address), &length);
    ::close(fd);
    return ntohs(address.sin_port);
}

// xapian-tcpsrv serving one database, in a process group of its own: it forks a child per
// connection, and stopping the group stops them all (a hung server, as SIGSTOP makes one).
class TcpServer {
public:
    TcpServer(const std::string& database, int port) {
        std::string port_text = std::to_string(port);
        std::vector<char*> args{const_cast<char*>("xapian-tcpsrv"), const_cast<char*>("--port"), port_text.data(),
                                const_cast<char*>("--interface"), const_cast<char*>("127.0.0.1"),
                                const_cast<char*>(database.c_str()), nullptr};
        posix_spawnattr_t attributes;
        posix_spawnattr_init(&attributes);
        posix_spawnattr_setflags(&attributes, POSIX_SPAWN_SETPGROUP);
        posix_spawnattr_setpgroup(&attributes, 0);
        posix_spawn_file_actions_t actions;
        posix_spawn_file_actions_init(&actions);
        posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, "/dev/null", O_WRONLY, 0);
        posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, "/dev/null", O_WRONLY, 0);
        int rc = posix_spawnp(&pid_, args[0], &actions, &attributes, args.data(), environ);
        posix_spawn_file_actions_destroy(&actions);
        posix_spawnattr_destroy(&attributes);
        if (rc != 0) throw std::runtime_error("cannot start xapian-tcpsrv");
    }
    ~TcpServer() {
        ::kill(-pid_, SIGCONT);
        ::kill(-pid_, SIGTERM);
        ::waitpid(pid_, nullptr, 0);
    }
    TcpServer(const TcpServer&) = delete;
    TcpServer& operator=(const TcpServer&) = delete;

    void hang() { ::kill(-pid_, SIGSTOP); }

private:
    pid_t pid_ = -1;
};

// The pool over tcp://127.0.0.1:port, once the server accepts (a hang guard of 10 s).
std::unique_ptr<DatabasePool> pool_when_served(int port) {
    DatabaseList list({"tcp://127.0.0.1:" + std::to_string(port)}, RemoteTimeouts{std::chrono::milliseconds(500),
                                                                                  std::chrono::milliseconds(500)});
    auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(10);
    for (;;) {
        try {
            return std::make_unique<DatabasePool>(list);
        } catch (const DatabaseUnavailable&) {
            if (std::chrono::steady_clock::now() > deadline) throw;
            std::this_thread::sleep_for(std::chrono::milliseconds(50));
        }
    }
}

class RemoteDatabasePool : public ::testing::Test {
protected:
    void SetUp() override {
        if (!has_program("xapian-tcpsrv")) GTEST_SKIP() << "xapian-tcpsrv is not installed (scripts/setup.sh installs it)";
        std::string path = (dir_ / "db").string();
        {
            Xapian::WritableDatabase db(path, Xapian::DB_CREATE_OR_OPEN);
            Xapian::Document document;
            document.add_term("Qa1");
            db.add_document(document);
        }
        int port = free_port();
        server_ = std::make_unique<TcpServer>(path, port);
        pool_ = pool_when_served(port);
    }

    Xapian::doccount documents() {
        return pool_->with_database([](Xapian::Database& db) { return db.get_termfreq("Qa1"); });
    }

    vnsearch::testing::TempDir dir_;
    std::unique_ptr<TcpServer> server_;
    std::unique_ptr<DatabasePool> pool_;
};

TEST_F(RemoteDatabasePool, AHungServerFailsTheQueryAsUnavailable) {
    ASSERT_EQ(documents(), 1u);
    server_->hang();
    EXPECT_THROW(documents(), DatabaseUnavailable);
    EXPECT_THROW(documents(), DatabaseUnavailable);  // the broken handle was dropped: opening anew fails too
}

TEST_F(RemoteDatabasePool, AHungServerFailsTheRefreshAfterAnIndexChangeAsUnavailable) {
    ASSERT_EQ(documents(), 1u);  // the pooled database, now idle, is of this generation
    IndexVersion version = pool_->version_on_disk();
    pool_->index_changed(version);  // the watcher saw a change: the pooled database reopens before its next use
    server_->hang();
    EXPECT_THROW(documents(), DatabaseUnavailable);
    EXPECT_THROW(documents(), DatabaseUnavailable);
}

}  // namespace
}  // namespace vnsearch::searchd
