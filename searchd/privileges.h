// Running as root: searchd needs no privileges once its port is bound. The shipped systemd unit runs it
// as its own user; someone starting it as root by hand gives --user NAME, and searchd switches to that
// user (its groups too) right after binding, and warns when it keeps running as root.
#pragma once

#include <stdexcept>
#include <string>

namespace vnsearch::searchd {

// The user does not exist, or switching to it failed; the message says which and why.
struct PrivilegeError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

bool running_as_root();

// Throws PrivilegeError when there is no such user (for --check-config, before anything runs).
void check_user_exists(const std::string& user);

// Switches the process (every thread) to `user`'s uid, gid and groups for good; throws PrivilegeError.
void drop_privileges(const std::string& user);

}  // namespace vnsearch::searchd
