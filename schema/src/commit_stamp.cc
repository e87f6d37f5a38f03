// The commit time stamp's text form; see commit_stamp.h.
#include "vnsearch/schema/commit_stamp.h"

#include <charconv>

namespace vnsearch::schema {

std::string CommitStamp::encode(std::chrono::system_clock::time_point when) {
    return std::to_string(std::chrono::duration_cast<std::chrono::seconds>(when.time_since_epoch()).count());
}

std::optional<std::chrono::system_clock::time_point> CommitStamp::decode(std::string_view text) {
    long long seconds = 0;
    auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), seconds);
    if (text.empty() || error != std::errc() || end != text.data() + text.size() || seconds < 0) return std::nullopt;
    return std::chrono::system_clock::time_point(std::chrono::seconds(seconds));
}

}  // namespace vnsearch::schema
