// A DocSet as a Xapian posting source: a query's matches already known (counted by Xapian's matcher,
// positions and all) filter its ranking pass, which then checks positions for those documents only
// instead of for every candidate again. Boolean (no weight); one local database (not clonable).
#pragma once

#include <string>

#include <xapian.h>

#include "facets/doc_set.h"

namespace vnsearch::searchd {

class DocSetSource : public Xapian::PostingSource {
public:
    // `docs` must outlive the source (and the source every match it is in).
    explicit DocSetSource(const DocSet& docs);

    Xapian::doccount get_termfreq_min() const override { return count_; }
    Xapian::doccount get_termfreq_est() const override { return count_; }
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
