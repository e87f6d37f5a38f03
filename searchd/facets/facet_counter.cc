// Facet counting for the searcher; see facet_counter.h.
#include "facets/facet_counter.h"

#include <algorithm>

namespace vnsearch::searchd {

FacetCounter::FacetCounter(std::shared_ptr<const FacetIndex> index, const FacetSelection& selection,
                           Xapian::doccount exact_up_to)
    : index_(std::move(index)), selection_(selection), exact_up_to_(std::max<Xapian::doccount>(exact_up_to, 1)) {
    if (selection_.any()) spy_.emplace(*index_, selection_);
}

void FacetCounter::attach(Xapian::Enquire& enquire) {
    if (spy_) enquire.add_matchspy(&*spy_);
}

void FacetCounter::count(const DocSet& matches) {
    if (!spy_) return;
    FacetTally& tally = spy_->tally();
    Xapian::doccount total = matches.count();
    if (total <= exact_up_to_) {
        tally.add(matches);
        return;
    }
    std::size_t stride = (total + exact_up_to_ - 1) / exact_up_to_;
    tally.add_sample(matches, stride);
    if (tally.documents() == 0) {  // every match outside the sampled blocks: count them all
        tally.add(matches);
        return;
    }
    sample_scale_ = static_cast<double>(total) / tally.documents();
}

Xapian::doccount FacetCounter::documents() const { return spy_ ? spy_->tally().documents() : 0; }

Facets FacetCounter::collect(schema::DateInterval interval, std::size_t size, double scale) const {
    if (!spy_) return {};
    return spy_->tally().collect(interval, size, scale * sample_scale_);
}

}  // namespace vnsearch::searchd
