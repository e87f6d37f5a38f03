// Facet counting for the searcher; see facet_counter.h.
#include "facets/facet_counter.h"

namespace vnsearch::searchd {

FacetCounter::FacetCounter(std::shared_ptr<const FacetIndex> index, const FacetSelection& selection)
    : index_(std::move(index)), selection_(selection) {
    if (selection_.any()) spy_.emplace(*index_, selection_);
}

void FacetCounter::attach(Xapian::Enquire& enquire) {
    if (spy_) enquire.add_matchspy(&*spy_);
}

Facets FacetCounter::collect(schema::DateInterval interval, std::size_t size) const {
    Facets facets;
    if (selection_.date) facets.date = date_buckets(spy_->day_counts(), interval, size);
    if (selection_.org) facets.org = most_frequent(spy_->org_counts(), size);
    if (selection_.category) facets.category = most_frequent(spy_->category_counts(), size);
    return facets;
}

}  // namespace vnsearch::searchd
