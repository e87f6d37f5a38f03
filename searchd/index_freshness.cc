// The index's last change; see index_freshness.h.
#include "index_freshness.h"

#include <sys/stat.h>

#include <ctime>
#include <string>

#include "vnsearch/schema/commit_stamp.h"

namespace vnsearch::searchd {
namespace fs = std::filesystem;
namespace {

std::optional<TimePoint> modification_time(const fs::path& path) {
    struct stat status {};
    if (::stat(path.c_str(), &status) != 0) return std::nullopt;
    return std::chrono::system_clock::from_time_t(status.st_mtim.tv_sec);
}

}  // namespace

std::optional<TimePoint> last_commit_time(const Xapian::Database& db, const fs::path& db_dir) {
    if (auto stamped = schema::CommitStamp::decode(db.get_metadata(schema::CommitStamp::kMetadataKey))) return stamped;
    if (auto version_file = modification_time(db_dir / "iamglass")) return version_file;
    return modification_time(db_dir);
}

long long age_seconds(TimePoint when, TimePoint now) {
    auto age = std::chrono::duration_cast<std::chrono::seconds>(now - when).count();
    return age < 0 ? 0 : age;
}

std::string utc_text(TimePoint when) {
    std::time_t seconds = std::chrono::system_clock::to_time_t(when);
    std::tm utc{};
    ::gmtime_r(&seconds, &utc);
    char text[32];
    std::strftime(text, sizeof text, "%Y-%m-%dT%H:%M:%SZ", &utc);
    return text;
}

}  // namespace vnsearch::searchd
