// Which index a database handle sees, so the watcher can tell a change and the facet index can say
// which revision it describes. One local database has a revision and a UUID; a list of them (shards,
// remote databases) has one per leaf, and a remote database (xapian-tcpsrv) tells no revision at all.
#pragma once

#include <string>
#include <vector>

#include <xapian.h>

namespace vnsearch::searchd {

// The revision changes on each commit, the UUID when --rebuild swaps in a new database directory (then
// reopen() is not enough: the path must be opened anew). Over several databases: the sum of their
// revisions (shown in /health and logs), their UUIDs joined by ':' as Xapian joins them, and each
// one's fingerprint (what equality compares).
struct IndexVersion {
    Xapian::rev revision = 0;
    std::string uuid;
    std::string fingerprint;
    bool all_revisioned = true;  // false when a leaf tells no revision (remote)
    friend bool operator==(const IndexVersion&, const IndexVersion&) = default;

    // What names this version in ETags and the answer cache (with the revision): the UUID, and when a
    // leaf tells no revision, a hash of the fingerprints, which every change changes.
    std::string tag() const;
};

// The version a set of leaf databases (each one database, local or remote) shows now. A remote leaf
// has no revision: its fingerprint is its document count, last docid, total length and commit stamp,
// which every indexer commit changes (a commit that changes none of them changes nothing searchd shows
// except a value of a replaced document of the very same length: see README "Scaling out").
IndexVersion version_of(const std::vector<Xapian::Database>& leaves);
// The same for one database.
IndexVersion version_of(const Xapian::Database& leaf);

}  // namespace vnsearch::searchd
