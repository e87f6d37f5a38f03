// One article found by a search or a related-articles query: the stored article, read through the
// schema's Article model, and its score.
#pragma once

#include <xapian.h>

#include "vnsearch/schema/article.h"

namespace vnsearch::searchd {

struct Hit {
    schema::Article article;
    double score = 0.0;

    // The hit an MSet iterator points at; throws as stored_article does.
    static Hit at(const Xapian::MSetIterator& it);
};

// The article a document stores. Throws std::runtime_error when it holds none (a database some other
// program wrote).
schema::Article stored_article(const Xapian::Document& document);

}  // namespace vnsearch::searchd
