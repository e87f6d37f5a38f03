// The sort key for date_desc and date_asc: the date slot's "YYYYMMDD", with undated articles (an
// empty value) placed last in both orders, which a plain value sort cannot do.
#pragma once

#include <string>

#include <xapian.h>

#include "facets/facet_index.h"

namespace vnsearch::searchd {

class DateKeyMaker : public Xapian::KeyMaker {
public:
    // newest_first: the key is meant for a reversed (descending) sort. `index`, when given, describes
    // the revision searched: the date is read from it (an array lookup) instead of the document's value.
    explicit DateKeyMaker(bool newest_first, const FacetIndex* index = nullptr)
        : newest_first_(newest_first), index_(index) {}
    std::string operator()(const Xapian::Document& doc) const override;

private:
    std::string day_of(const Xapian::Document& doc) const;

    bool newest_first_;
    const FacetIndex* index_;
};

}  // namespace vnsearch::searchd
