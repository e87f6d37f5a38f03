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

void FacetCounter::count(const DocSet& matches) {
    if (spy_) spy_->tally().add(matches);
}

Xapian::doccount FacetCounter::documents() const { return spy_ ? spy_->tally().documents() : 0; }

Facets FacetCounter::collect(schema::DateInterval interval, std::size_t size, double scale) const {
    if (!spy_) return {};
    return spy_->tally().collect(interval, size, scale);
}

}  // namespace vnsearch::searchd
