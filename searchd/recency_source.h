// The recency boost: a posting source weighting each dated article by how fresh it is, added to
// relevance (OP_AND_MAYBE) so recency=0..1 blends the two without losing the relevance order.
#pragma once

#include <string>

#include <xapian.h>

namespace vnsearch::searchd {

class RecencySource : public Xapian::ValuePostingSource {
public:
    // Freshness halves every this many days before the collection's newest article: a news archive
    // is judged against its own latest day, so an old archive still has "fresh" stories.
    static constexpr double kHalfLifeDays = 30.0;

    // max_weight: what the newest article gets; undated articles get nothing.
    explicit RecencySource(double max_weight);

    void init(const Xapian::Database& db) override;
    double get_weight() const override;
    std::string name() const override { return "vnsearch.RecencySource"; }

    // 2^(-age/half-life) for a "YYYYMMDD" value against the newest one; 0 when either is malformed.
    static double freshness(const std::string& day, const std::string& newest_day);

private:
    double max_weight_;
    std::string newest_day_;
};

}  // namespace vnsearch::searchd
