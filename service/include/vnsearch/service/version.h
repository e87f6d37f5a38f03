// What --version prints: "PROGRAM (vnsearch) VERSION", the git revision it was built from (or that
// it was not built from a git checkout), and the versions of the libraries that decide what goes into
// an index and how it is read (Xapian, ICU), plus any the program names.
#pragma once

#include <string>

namespace vnsearch::service {

// extra_libraries: appended to the libraries line, e.g. "cpp-httplib 0.11.4".
std::string version_text(const std::string& program, const std::string& extra_libraries = "");

// From the build directory's build_info.cc (service/build_info.cc.in), rewritten only when they change.
const char* build_version();
const char* build_git_revision();

}  // namespace vnsearch::service
