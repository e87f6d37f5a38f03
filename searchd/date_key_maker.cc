// Date sort keys with undated articles last; see date_key_maker.h.
#include "date_key_maker.h"

#include "vnsearch/schema/layout.h"

namespace vnsearch::searchd {

std::string DateKeyMaker::operator()(const Xapian::Document& doc) const {
    std::string day = doc.get_value(schema::slot::kDate);
    if (!day.empty()) return day;
    // Digits sort below '~': an undated article goes after every date ascending, and the empty key
    // sorts below every date, so it goes last descending too.
    return newest_first_ ? std::string() : std::string("~");
}

}  // namespace vnsearch::searchd
