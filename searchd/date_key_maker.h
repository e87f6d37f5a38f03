// The sort key for date_desc and date_asc: the date slot's "YYYYMMDD", with undated articles (an
// empty value) placed last in both orders, which a plain value sort cannot do.
#pragma once

#include <string>

#include <xapian.h>

namespace vnsearch::searchd {

class DateKeyMaker : public Xapian::KeyMaker {
public:
    // newest_first: the key is meant for a reversed (descending) sort.
    explicit DateKeyMaker(bool newest_first) : newest_first_(newest_first) {}
    std::string operator()(const Xapian::Document& doc) const override;

private:
    bool newest_first_;
};

}  // namespace vnsearch::searchd
