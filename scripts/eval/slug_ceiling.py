"""What the slug kind's queries give an engine to go on: how many are a phrase of their article's text,
how many hold a word the article lacks, and how many articles hold all their words.

The slug kind (querysets.slug_queries) takes 3-5 consecutive words of a dantri URL slug, the headline as
first published, folded. Most dantri articles have no title in the corpus, so the headline's words are
often nowhere in the text an engine indexes, and a span cut from the middle of a slug ("dich ra sao",
"cua 12 loai") is often in hundreds of articles. An engine that sees only the query can do no better than
random among the articles holding the span as a phrase; the mean expected MRR@10 of that random order
(ambiguity.expected_reciprocal_rank) is printed beside the profile, to read the kind's MRR@10 against.

Run: python3 scripts/eval/slug_ceiling.py [--seed S] [--per-kind N] CORPUS...   (standard library only)
"""

import argparse
import sys
from collections import Counter

from ambiguity import expected_reciprocal_rank, folded_words
from corpus import load_articles
from querysets import build_query_sets

BUCKETS = ("target lacks a word", "phrase in the target only", "phrase in 2-10 articles", "phrase in 11+ articles",
           "words in the target, not as a phrase")


class FoldedTexts:
    """Every article's title and body, folded, with the articles holding each word."""

    def __init__(self, articles):
        self._texts = {}
        self._holding = {}
        for article in articles:
            folded = folded_words((article.title or "") + " " + article.body)
            self._texts[article.id] = " " + " ".join(folded) + " "
            for word in set(folded):
                self._holding.setdefault(word, set()).add(article.id)

    def holding_words(self, query_text):
        folded = folded_words(query_text)
        if not folded:
            return set()
        return set.intersection(*(self._holding.get(word, set()) for word in folded))

    def holding_phrase(self, query_text):
        span = " " + " ".join(folded_words(query_text)) + " "
        return {id_ for id_ in self.holding_words(query_text) if span in self._texts[id_]}


def profile(texts, queries):
    """(Counter of BUCKETS, mean expected MRR@10 of a random order of the articles holding the phrase)."""
    buckets = Counter()
    random_order = 0.0
    for query in queries:
        if query.target not in texts.holding_words(query.text):
            buckets[BUCKETS[0]] += 1
            continue
        phrase = texts.holding_phrase(query.text)
        if query.target not in phrase:
            buckets[BUCKETS[4]] += 1
            continue
        random_order += expected_reciprocal_rank(len(phrase))
        buckets[BUCKETS[1] if len(phrase) == 1 else BUCKETS[2] if len(phrase) <= 10 else BUCKETS[3]] += 1
    return buckets, random_order / len(queries) if queries else 0.0


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpora", nargs="+", metavar="CORPUS")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--per-kind", type=int, default=300)
    args = parser.parse_args(argv)
    articles = load_articles(args.corpora)
    queries = build_query_sets(articles, args.per_kind, args.seed, kinds=("slug",))["slug"]
    buckets, random_order = profile(FoldedTexts(articles), queries)
    print(f"slug queries, seed {args.seed}: {len(queries)}")
    for bucket in BUCKETS:
        print(f"  {bucket:38s} {buckets[bucket]:4d}")
    print(f"  random order among the articles holding the phrase: MRR@10 {random_order:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
