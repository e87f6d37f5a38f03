// Switching user; see privileges.h.
#include "privileges.h"

#include <grp.h>
#include <pwd.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <vector>

namespace vnsearch::searchd {
namespace {

struct UserIds {
    uid_t uid;
    gid_t gid;
};

UserIds look_up(const std::string& user) {
    std::vector<char> buffer(16384);
    passwd entry{};
    passwd* found = nullptr;
    int error = ::getpwnam_r(user.c_str(), &entry, buffer.data(), buffer.size(), &found);
    if (found == nullptr) {
        throw PrivilegeError("--user " + user + ": " + (error != 0 ? std::strerror(error) : "no such user"));
    }
    return {entry.pw_uid, entry.pw_gid};
}

[[noreturn]] void fail(const std::string& user, const char* step) {
    throw PrivilegeError("--user " + user + ": " + step + " failed: " + std::strerror(errno) +
                         " (switching user needs searchd to start as root)");
}

}  // namespace

bool running_as_root() { return ::geteuid() == 0; }

void check_user_exists(const std::string& user) { look_up(user); }

void drop_privileges(const std::string& user) {
    UserIds ids = look_up(user);
    // Groups first, then the group, then the user: after setuid nothing else may change.
    if (::initgroups(user.c_str(), ids.gid) != 0) fail(user, "initgroups");
    if (::setgid(ids.gid) != 0) fail(user, "setgid");
    if (::setuid(ids.uid) != 0) fail(user, "setuid");
    // Root must be gone for good: regaining it has to fail.
    if (ids.uid != 0 && ::setuid(0) == 0) {
        throw PrivilegeError("--user " + user + ": could switch back to root after dropping privileges; refusing to run");
    }
}

}  // namespace vnsearch::searchd
