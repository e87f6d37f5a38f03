// Versions of leaf databases; see index_version.h.
#include "index_version.h"

#include "vnsearch/schema/commit_stamp.h"
#include "vnsearch/schema/fnv1a.h"

namespace vnsearch::searchd {
namespace {

struct LeafVersion {
    Xapian::rev revision = 0;
    std::string fingerprint;
};

LeafVersion leaf_version(const Xapian::Database& leaf) {
    try {
        Xapian::rev revision = leaf.get_revision();
        return {revision, "r" + std::to_string(revision)};
    } catch (const Xapian::UnimplementedError&) {  // remote: no revision over the wire
    } catch (const Xapian::InvalidOperationError&) {  // a stub naming several databases
    }
    return {0, "n" + std::to_string(leaf.get_doccount()) + "/" + std::to_string(leaf.get_lastdocid()) + "/" +
                   std::to_string(leaf.get_total_length()) + "/" +
                   leaf.get_metadata(schema::CommitStamp::kMetadataKey)};
}

}  // namespace

IndexVersion version_of(const std::vector<Xapian::Database>& leaves) {
    IndexVersion version;
    for (const auto& leaf : leaves) {
        LeafVersion one = leaf_version(leaf);
        std::string uuid = leaf.get_uuid();
        version.revision += one.revision;
        if (one.fingerprint[0] != 'r') version.all_revisioned = false;
        if (!version.uuid.empty()) version.uuid += ':';
        version.uuid += uuid;
        version.fingerprint += uuid + "@" + one.fingerprint + ";";
    }
    return version;
}

std::string IndexVersion::tag() const {
    return all_revisioned ? uuid : uuid + "~" + schema::fnv1a_hex(fingerprint);
}

IndexVersion version_of(const Xapian::Database& leaf) { return version_of(std::vector<Xapian::Database>{leaf}); }

}  // namespace vnsearch::searchd
