// A DocSet as a Xapian posting source: a query's matches already known (counted with the term sets, or
// by Xapian's matcher, positions and all) filter its ranking pass, which then checks positions and dates
// for those documents only instead of for every candidate again. Boolean (no weight); one local
// database (not clonable).
//
// It also leads the AND it is filtered into (it tells Xapian it is the rarest part), so that the ranked
// query is asked about given documents (skip_to) rather than walked (next): Xapian 1.4.22 loses matches
// when a walked AND_MAYBE, as the proximity boosts are added with, decays to an AND once it prunes (it
// skips to max(lhead, rhead) + 1, past the right side's next document, which may match). Against an
// exhaustive ranking, the shared mix's first pages lost a hit in 8 of 950 texts ("vệ sinh trên cầu" its
// 6th, 70.65), none led so. Fewer, not none in general: a three-document database still loses one.
#pragma once

#include <string>

#include <xapian.h>

#include "facets/doc_set.h"

namespace vnsearch::searchd {

class DocSetSource : public Xapian::PostingSource {
public:
    // `docs` must outlive the source (and the source every match it is in).
    explicit DocSetSource(const DocSet& docs);

    Xapian::doccount get_termfreq_min() const override { return 0; }   // see above: so that it leads
    Xapian::doccount get_termfreq_est() const override { return 0; }
    Xapian::doccount get_termfreq_max() const override { return count_; }
    void init(const Xapian::Database& db) override;
    void next(double min_wt) override;
    void skip_to(Xapian::docid docid, double min_wt) override;
    bool at_end() const override { return current_ == 0 && started_; }
    Xapian::docid get_docid() const override { return current_; }
    std::string name() const override { return "vnsearch.DocSetSource"; }

private:
    const DocSet& docs_;
    Xapian::doccount count_;
    Xapian::docid current_ = 0;
    bool started_ = false;
};

}  // namespace vnsearch::searchd
