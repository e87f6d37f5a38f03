// --version; VNSEARCH_VERSION and VNSEARCH_GIT_REVISION come from CMake (cmake/build_info.cmake).
#include "version_text.h"

#include <httplib.h>
#include <unicode/uversion.h>
#include <xapian.h>

namespace vnsearch::searchd {

std::string version_text() {
    char icu[U_MAX_VERSION_STRING_LENGTH];
    UVersionInfo icu_version;
    u_getVersion(icu_version);
    u_versionToString(icu_version, icu);
    std::string revision = VNSEARCH_GIT_REVISION;
    return std::string("searchd (vnsearch) ") + VNSEARCH_VERSION + "\n" +
           "git revision: " + (revision.empty() ? "none (not built from a git checkout)" : revision) + "\n" +
           "Xapian " + Xapian::version_string() + ", ICU " + icu + ", cpp-httplib " + CPPHTTPLIB_VERSION;
}

}  // namespace vnsearch::searchd
