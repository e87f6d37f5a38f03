// Related articles by relevance-set expansion; see related_finder.h.
#include "related_finder.h"

#include <algorithm>

#include "answer_order.h"
#include "story_collapse.h"
#include "vnsearch/schema/layout.h"

namespace vnsearch::searchd {
namespace {

using schema::Field;
using schema::Layout;
namespace slot = schema::slot;

// The folded words of an expansion term: one for a word, two for a word pair; none for any other term.
std::vector<std::string> folded_words(const std::string& term) {
    auto parts = Layout::parse_term(term);
    if (!parts || (parts->field != Field::BodyFolded && parts->field != Field::BigramFolded)) return {};
    std::size_t space = parts->word.find(' ');  // a pair's two words (Layout::bigram_term)
    if (space == std::string::npos) return {std::move(parts->word)};
    return {parts->word.substr(0, space), parts->word.substr(space + 1)};
}

// Folded words and word pairs (they match whatever the marks), and no numbers: dates and counts are
// distinctive of an article without saying what it is about. Word pairs are what Vietnamese words
// are made of ("phạt đền", "đội tuyển"); syllables alone are common: 1,000,000 articles, the 40 best
// syllables of an article had 2-6 million postings, its best words and pairs ~30,000.
class FoldedWordDecider : public Xapian::ExpandDecider {
public:
    bool operator()(const std::string& term) const override {
        auto words = folded_words(term);
        return !words.empty() && std::none_of(words.begin(), words.end(), [](const std::string& word) {
            return word.find_first_of("0123456789") != std::string::npos;
        });
    }
};

// Matches fetched at most, however many copies of other stories the first ones hold.
constexpr Xapian::doccount kMaxFetched = 1000;

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
    for (auto it = eset.begin(); it != eset.end(); ++it) {
        for (auto& word : folded_words(*it)) result.highlight.folded.insert(std::move(word));
    }
    enquire.set_query(Xapian::Query(Xapian::Query::OP_OR, eset.begin(), eset.end()));
    // Ties by article id, not docid: the same answer from one database or from shards. One copy of
    // each other story, kept in that order (story_collapse.h), from a few times as many as asked.
    enquire.set_sort_by_relevance_then_value(slot::kId, false);
    // Its syndicated copies are not "related", they are the same story: left out of the answer rather
    // than of the match, where a value range on the duplicate key read that slot of every article
    // (1,000,000 articles: ~90 ms of a ~120 ms answer). They take places in the fetched matches, so
    // more are fetched while too few other stories came.
    std::string story = db.get_document(article).get_value(slot::kDupKey);
    Xapian::doccount fetched = static_cast<Xapian::doccount>(kStoriesFetched * (count + 1));
    for (;; fetched = std::min(2 * fetched, kMaxFetched)) {
        Xapian::MSet mset = enquire.get_mset(0, fetched);
        result.hits.clear();
        for (const auto& it : first_of_each_story(in_answer_order(mset))) {
            if (result.hits.size() >= count) break;
            if (*it == article || (!story.empty() && it.get_document().get_value(slot::kDupKey) == story)) continue;
            result.hits.push_back(Hit::at(it));
        }
        if (result.hits.size() >= count || mset.size() < fetched || fetched >= kMaxFetched) return result;
    }
}

}  // namespace vnsearch::searchd
