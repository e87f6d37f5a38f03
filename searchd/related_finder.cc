// Related articles by relevance-set expansion; see related_finder.h.
#include "related_finder.h"

#include "answer_order.h"
#include "story_collapse.h"
#include "vnsearch/schema/layout.h"

namespace vnsearch::searchd {
namespace {

using schema::Field;
using schema::Layout;
namespace slot = schema::slot;

// The folded body word of a term; nullopt for any other term.
std::optional<std::string> folded_word(const std::string& term) {
    auto parts = Layout::parse_term(term);
    if (!parts || parts->field != Field::BodyFolded) return std::nullopt;
    return std::move(parts->word);
}

// Folded body words only (they match whatever the marks), and no numbers: dates and counts are
// distinctive of an article without saying what it is about.
class FoldedWordDecider : public Xapian::ExpandDecider {
public:
    bool operator()(const std::string& term) const override {
        auto word = folded_word(term);
        return word && word->find_first_of("0123456789") == std::string::npos;
    }
};

}  // namespace

RelatedResult RelatedFinder::find(Xapian::Database& db, Xapian::docid article, std::size_t count) const {
    Xapian::Enquire enquire(db);
    Xapian::RSet rset;
    rset.add_document(article);
    FoldedWordDecider decider;
    // Exact term frequencies: over several databases Xapian otherwise estimates them from the shard
    // holding the article, so the expansion terms (and the related articles) would depend on the layout.
    Xapian::ESet eset = enquire.get_eset(kExpansionTerms, rset, Xapian::Enquire::USE_EXACT_TERMFREQ, &decider);

    RelatedResult result;
    if (eset.empty()) return result;
    for (auto it = eset.begin(); it != eset.end(); ++it) result.highlight.folded.insert(*folded_word(*it));

    Xapian::Query query(Xapian::Query::OP_OR, eset.begin(), eset.end());
    std::string dup_key = db.get_document(article).get_value(slot::kDupKey);
    if (!dup_key.empty()) {  // its syndicated copies are not "related", they are the same story
        query = Xapian::Query(Xapian::Query::OP_AND_NOT, query,
                              Xapian::Query(Xapian::Query::OP_VALUE_RANGE, slot::kDupKey, dup_key, dup_key));
    }
    enquire.set_query(query);
    // Ties by article id, not docid: the same answer from one database or from shards. One copy of
    // each other story, kept in that order (story_collapse.h), from a few times as many as asked.
    enquire.set_sort_by_relevance_then_value(slot::kId, false);
    Xapian::MSet mset = enquire.get_mset(0, static_cast<Xapian::doccount>(kStoriesFetched * (count + 1)));
    for (const auto& it : first_of_each_story(in_answer_order(mset))) {
        if (result.hits.size() >= count) break;
        if (*it == article) continue;  // the article itself matches when it has no duplicate key
        result.hits.push_back(Hit::at(it));
    }
    return result;
}

}  // namespace vnsearch::searchd
