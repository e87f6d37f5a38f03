// Reading a hit's stored article; see hit.h.
#include "hit.h"

#include <stdexcept>
#include <string>

namespace vnsearch::searchd {

schema::Article stored_article(const Xapian::Document& document) {
    auto article = schema::article_from_document_data(document.get_data());
    if (!article) throw std::runtime_error("document " + std::to_string(document.get_docid()) + " holds no stored article");
    return std::move(*article);
}

Hit Hit::at(const Xapian::MSetIterator& it) { return Hit{stored_article(it.get_document()), it.get_weight()}; }

}  // namespace vnsearch::searchd
