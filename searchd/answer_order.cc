// Relevance order robust to rounding; see answer_order.h.
#include "answer_order.h"

#include <algorithm>
#include <cmath>
#include <string>

#include "vnsearch/schema/layout.h"

namespace vnsearch::searchd {
namespace {

// Weights on a grid of 1e-9: far finer than any real difference in BM25 (the 4 decimals answers show),
// far coarser than summation noise (~1e-15 relative).
long long weight_step(double weight) { return std::llround(weight * 1e9); }

struct Ranked {
    Xapian::MSetIterator it;
    long long step;
    std::string id;
};

}  // namespace

std::vector<Xapian::MSetIterator> in_answer_order(const Xapian::MSet& mset) {
    std::vector<Ranked> ranked;
    ranked.reserve(mset.size());
    for (auto it = mset.begin(); it != mset.end(); ++it) {
        ranked.push_back({it, weight_step(it.get_weight()), it.get_document().get_value(schema::slot::kId)});
    }
    std::stable_sort(ranked.begin(), ranked.end(), [](const Ranked& a, const Ranked& b) {
        if (a.step != b.step) return a.step > b.step;
        return a.id < b.id;
    });
    std::vector<Xapian::MSetIterator> order;
    order.reserve(ranked.size());
    for (auto& entry : ranked) order.push_back(entry.it);
    return order;
}

}  // namespace vnsearch::searchd
