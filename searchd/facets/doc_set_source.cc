// A DocSet walked as a posting list; see doc_set_source.h.
#include "facets/doc_set_source.h"

namespace vnsearch::searchd {

DocSetSource::DocSetSource(const DocSet& docs) : docs_(docs), count_(docs.count()) { set_maxweight(0.0); }

void DocSetSource::init(const Xapian::Database&) {
    current_ = 0;
    started_ = false;
}

void DocSetSource::next(double) {
    current_ = docs_.first_from(started_ ? current_ + 1 : 1);
    started_ = true;
}

void DocSetSource::skip_to(Xapian::docid docid, double) {
    if (started_ && (current_ == 0 || current_ >= docid)) return;
    current_ = docs_.first_from(docid);
    started_ = true;
}

}  // namespace vnsearch::searchd
