"""How ambiguous title-span queries are: how many different stories' titles hold the same words in order.

A query whose words stand, in this order, in the titles of k different stories cannot be put first
reliably by any engine that sees only the query: with those k in random order, the expected reciprocal
rank is (1 + 1/2 + ... + 1/min(k, 10)) / k. The mean over a query set is that set's ceiling MRR@10,
the figure a ranking's MRR@10 on unrestricted title spans should be read against.

An engine can do a little better than random on such ties only by guessing which title the sampler
drew the span from: a short title holds fewer spans, so a span shared by a short and a long title
more likely came from the short one. The best expected MRR@10, ties ordered by those odds, is the
second ceiling printed.
"""

import re

from querysets import fold_marks, span_probability, words

_WORD = re.compile(r"\w+")


def folded_words(text):
    return _WORD.findall(fold_marks(text).casefold())


def expected_reciprocal_rank(k, cutoff=10):
    """Expected 1/rank of one of k equally good documents placed in random order."""
    if k <= 0:
        return 0.0
    return sum(1.0 / i for i in range(1, min(k, cutoff) + 1)) / k


def best_expected_reciprocal_rank(odds, cutoff=10):
    """Expected 1/rank when documents are ranked by their (unnormalized) odds of being the target."""
    total = sum(odds)
    if total <= 0:
        return 0.0
    ordered = sorted(odds, reverse=True)[:cutoff]
    return sum(p / total / rank for rank, p in enumerate(ordered, 1))


class TitleSpans:
    """The corpus's titles, folded, for finding the stories whose title holds a query's words."""

    def __init__(self, articles, groups):
        self._titles = []           # (" folded title words ", story, number of words as the sampler counts them)
        self._titles_with = {}      # folded word -> indexes into _titles, to test only titles holding every word
        for article in articles:
            folded = folded_words(article.title)
            if not folded:
                continue
            story = groups.get(article.id, frozenset({article.id}))
            index = len(self._titles)
            self._titles.append((" " + " ".join(folded) + " ", story, len(words(article.title))))
            for word in set(folded):
                self._titles_with.setdefault(word, []).append(index)

    def _holders(self, query_text):
        folded = folded_words(query_text)
        if not folded:
            return []
        candidates = min((self._titles_with.get(word, []) for word in set(folded)), key=len)
        span = " " + " ".join(folded) + " "
        return [self._titles[i] for i in candidates if span in self._titles[i][0]]

    def stories_holding(self, query_text):
        return len({story for _, story, _ in self._holders(query_text)})

    def identifies_one_story(self, query_text):
        return self.stories_holding(query_text) == 1

    def sampler_odds(self, query_text):
        """Per story holding the span: the odds that the title-span sampler drew it from that story."""
        length = len(query_text.split())
        odds = {}
        for _, story, title_words in self._holders(query_text):
            odds[story] = odds.get(story, 0.0) + span_probability(title_words, length)
        return list(odds.values())

    def ceiling(self, queries):
        """(ceiling MRR@10 with ties in random order, ceiling with ties in the sampler's odds,
        number of queries whose span is in more than one story's title)."""
        if not queries:
            return 0.0, 0.0, 0
        random_order = best_order = 0.0
        ambiguous = 0
        for query in queries:
            odds = self.sampler_odds(query.text) or [1.0]
            ambiguous += len(odds) > 1
            random_order += expected_reciprocal_rank(len(odds))
            best_order += best_expected_reciprocal_rank(odds)
        return random_order / len(queries), best_order / len(queries), ambiguous
