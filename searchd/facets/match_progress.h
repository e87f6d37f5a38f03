// How far Xapian's matcher got through a boolean query's matches: how many it visited and the last
// docid (an unweighted, unsorted match visits them in docid order). When a time limit cuts a count
// short, that and the query's candidates (a superset, as bitmaps) give an estimate of the rest.
#pragma once

#include <string>

#include <xapian.h>

#include "facets/doc_set.h"

namespace vnsearch::searchd {

class MatchProgress : public Xapian::MatchSpy {
public:
    void operator()(const Xapian::Document& doc, double) override {
        ++matched_;
        last_ = doc.get_docid();
    }
    std::string name() const override { return "vnsearch.MatchProgress"; }

    Xapian::doccount matched() const { return matched_; }
    Xapian::docid last() const { return last_; }

    // The matches there would be if the candidates after `last` matched as often as those up to it,
    // from `matched` (the least) up to the candidates' count (the most).
    Xapian::doccount estimate(const DocSet& candidates) const;

private:
    Xapian::doccount matched_ = 0;
    Xapian::docid last_ = 0;
};

}  // namespace vnsearch::searchd
