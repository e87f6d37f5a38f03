// Date sort keys with undated articles last; see date_key_maker.h.
#include "date_key_maker.h"

#include "vnsearch/schema/layout.h"

namespace vnsearch::searchd {

std::string DateKeyMaker::day_of(const Xapian::Document& doc) const {
    Xapian::docid docid = doc.get_docid();
    if (!index_ || docid >= index_->size()) return doc.get_value(schema::slot::kDate);
    auto day = index_->day_of(docid);
    return day == FacetIndex::kNone ? std::string() : index_->days()[static_cast<std::size_t>(day)];
}

std::string DateKeyMaker::operator()(const Xapian::Document& doc) const {
    std::string day = day_of(doc);
    if (!day.empty()) return day;
    // Digits sort below '~': an undated article goes after every date ascending, and the empty key
    // sorts below every date, so it goes last descending too.
    return newest_first_ ? std::string() : std::string("~");
}

}  // namespace vnsearch::searchd
