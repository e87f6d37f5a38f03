// --version; see version.h.
#include "vnsearch/service/version.h"

#include <unicode/uversion.h>
#include <xapian.h>

namespace vnsearch::service {

std::string version_text(const std::string& program, const std::string& extra_libraries) {
    char icu[U_MAX_VERSION_STRING_LENGTH];
    UVersionInfo icu_version;
    u_getVersion(icu_version);
    u_versionToString(icu_version, icu);
    std::string revision = build_git_revision();
    return program + " (vnsearch) " + build_version() + "\n" +
           "git revision: " + (revision.empty() ? "none (not built from a git checkout)" : revision) + "\n" +
           "Xapian " + Xapian::version_string() + ", ICU " + icu +
           (extra_libraries.empty() ? "" : ", " + extra_libraries);
}

}  // namespace vnsearch::service
