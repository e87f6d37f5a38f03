// Shard set layout; see shard_set.h.
#include "shard_set.h"

#include <cstdio>
#include <fstream>
#include <string>

#include "input_paths.h"  // UsageError
#include "vnsearch/schema/fnv1a.h"

namespace vnsearch::indexer {
namespace fs = std::filesystem;

fs::path shard_path(const fs::path& dir, std::size_t shard) {
    char name[32];
    std::snprintf(name, sizeof name, "shard-%02zu", shard);
    return dir / name;
}

std::size_t existing_shards(const fs::path& dir) {
    std::ifstream stub(dir / kShardStubName);
    if (!stub) return 0;
    std::size_t count = 0;
    std::string line;
    while (std::getline(stub, line)) {
        if (!line.empty() && line[0] != '#') ++count;
    }
    return count;
}

std::size_t shards_for_run(const fs::path& dir, std::size_t requested) {
    std::size_t existing = existing_shards(dir);
    if (existing > 0) {
        if (requested != 0 && requested != existing) {
            throw UsageError("--shards " + std::to_string(requested) + ": " + dir.string() + " is a set of " +
                             std::to_string(existing) + " shards; leave --shards out to keep using it, or change the "
                             "count with: indexer --rebuild --shards " + std::to_string(requested) + " --db " +
                             dir.string() + " PATH...");
        }
        return existing;
    }
    std::error_code error;
    bool single = fs::exists(dir, error) && !fs::is_empty(dir, error);
    if (requested > 1 && single) {
        throw UsageError("--shards " + std::to_string(requested) + ": " + dir.string() + " holds one database; split it "
                         "with: indexer --rebuild --shards " + std::to_string(requested) + " --db " + dir.string() +
                         " PATH...");
    }
    return requested == 0 ? 1 : requested;
}

void write_shard_stub(const fs::path& dir, std::size_t count) {
    fs::path temporary = dir / (std::string(kShardStubName) + ".new");
    {
        std::ofstream stub(temporary, std::ios::trunc);
        for (std::size_t shard = 0; shard < count; ++shard) {
            stub << "auto " << shard_path(fs::path(), shard).string() << '\n';
        }
        if (!stub.flush()) throw std::runtime_error("cannot write " + temporary.string());
    }
    fs::rename(temporary, dir / kShardStubName);
}

std::size_t shard_of(std::string_view id_term, std::size_t count) {
    return static_cast<std::size_t>(schema::Fnv1a().update(id_term).value() % count);
}

}  // namespace vnsearch::indexer
