// Long queries typed without marks; see long_query.h.
#include "long_query.h"

#include <cstdlib>
#include <string>

#include "vnsearch/schema/layout.h"

namespace vnsearch::searchd {
namespace {

using schema::Field;
using schema::Layout;
using schema::Token;

double knob(const char* name, double fallback) {
    const char* value = std::getenv(name);
    return value != nullptr && *value != '\0' ? std::atof(value) : fallback;
}

Xapian::Query any_of(const std::vector<Xapian::Query>& queries) {
    return Xapian::Query(Xapian::Query::OP_OR, queries.begin(), queries.end());
}

Xapian::Query scaled(Xapian::Query query, double factor) {
    if (factor == 1.0) return query;
    return Xapian::Query(Xapian::Query::OP_SCALE_WEIGHT, query, factor);
}

}  // namespace

bool is_long_unmarked_query(const std::vector<Token>& words) {
    if (words.size() < static_cast<std::size_t>(knob("VNS_LQ_MIN_WORDS", 3))) return false;
    for (const Token& word : words) {
        if (word.has_marks()) return false;
    }
    return knob("VNS_LQ", 1) != 0;
}

LongQuery build_long_query(const std::vector<Token>& words) {
    std::vector<Xapian::Query> terms, bigrams, title;
    for (const Token& word : words) {
        terms.emplace_back(Layout::term(Field::BodyFolded, word.folded));
        title.emplace_back(Layout::term(Field::TitleFolded, word.folded));
    }
    for (std::size_t i = 1; i < words.size(); ++i) {
        bigrams.emplace_back(Layout::bigram_term(Field::BigramFolded, words[i - 1].folded, words[i].folded));
    }
    Xapian::Query matching = any_of(terms);
    if (double exact = knob("VNS_LQ_EXACT", 0); exact > 0) {
        std::vector<Xapian::Query> exacts;
        for (const Token& word : words) exacts.emplace_back(Layout::term(Field::BodyExact, word.exact));
        matching = Xapian::Query(Xapian::Query::OP_OR, matching, scaled(any_of(exacts), exact));
    }
    Xapian::Query ranked(Xapian::Query::OP_AND_MAYBE, matching, scaled(any_of(bigrams), knob("VNS_LQ_BIGRAM", 1)));
    if (double all = knob("VNS_LQ_ALL", 0); all > 0) {
        ranked = Xapian::Query(Xapian::Query::OP_AND_MAYBE, ranked,
                               scaled(Xapian::Query(Xapian::Query::OP_AND, terms.begin(), terms.end()), all));
    }
    if (double near = knob("VNS_LQ_NEAR", 0); near > 0) {
        auto window = static_cast<Xapian::termcount>(words.size() + knob("VNS_LQ_NEAR_SLACK", 2));
        Xapian::Query close(Xapian::Query::OP_NEAR, terms.begin(), terms.end(), window);
        ranked = Xapian::Query(Xapian::Query::OP_AND_MAYBE, ranked, scaled(close, near));
    }
    if (double tri = knob("VNS_LQ_TRI", 0); tri > 0 && words.size() >= 3) {
        std::vector<Xapian::Query> trigrams;
        for (std::size_t i = 2; i < words.size(); ++i) {
            Xapian::Query three[] = {terms[i - 2], terms[i - 1], terms[i]};
            trigrams.emplace_back(Xapian::Query::OP_PHRASE, std::begin(three), std::end(three), 3);
        }
        for (auto& trigram : trigrams) ranked = Xapian::Query(Xapian::Query::OP_AND_MAYBE, ranked, scaled(trigram, tri));
    }
    if (double ord = knob("VNS_LQ_ORD", 0); ord > 0) {
        auto slack = static_cast<Xapian::termcount>(knob("VNS_LQ_ORD_SLACK", 3));
        std::vector<Xapian::Query> ordered;
        ordered.emplace_back(Xapian::Query::OP_PHRASE, terms.begin(), terms.end(), static_cast<Xapian::termcount>(terms.size()) + slack);
        for (std::size_t skip = 0; skip < terms.size() && terms.size() >= 4; ++skip) {
            std::vector<Xapian::Query> rest;
            for (std::size_t k = 0; k < terms.size(); ++k) if (k != skip) rest.push_back(terms[k]);
            ordered.emplace_back(Xapian::Query::OP_PHRASE, rest.begin(), rest.end(), static_cast<Xapian::termcount>(rest.size()) + slack);
        }
        for (auto& q : ordered) ranked = Xapian::Query(Xapian::Query::OP_AND_MAYBE, ranked, scaled(q, ord));
    }
    if (double span = knob("VNS_LQ_SPAN", 0); span > 0) {
        Xapian::Query phrase(Xapian::Query::OP_PHRASE, terms.begin(), terms.end(), static_cast<Xapian::termcount>(terms.size()));
        ranked = Xapian::Query(Xapian::Query::OP_AND_MAYBE, ranked, scaled(phrase, span));
    }
    if (double boost = knob("VNS_LQ_TITLE", 2); boost > 0) {
        Xapian::Query phrase(Xapian::Query::OP_PHRASE, title.begin(), title.end(), static_cast<Xapian::termcount>(title.size()));
        ranked = Xapian::Query(Xapian::Query::OP_AND_MAYBE, ranked,
                               Xapian::Query(Xapian::Query::OP_FILTER, scaled(phrase, boost), any_of(bigrams)));
    }
    return {ranked, matching};
}

}  // namespace vnsearch::searchd
