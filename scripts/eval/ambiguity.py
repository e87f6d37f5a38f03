"""How ambiguous title-span queries are: how many different stories' titles hold the same words in order.

A query whose words stand, in this order, in the titles of k different stories cannot be put first
reliably by any engine that sees only the query: with those k in random order, the expected reciprocal
rank is (1 + 1/2 + ... + 1/min(k, 10)) / k. The mean over a query set is that set's ceiling MRR@10,
the figure a ranking's MRR@10 on title spans should be read against.
"""

import re

from querysets import fold_marks

_WORD = re.compile(r"\w+")


def folded_words(text):
    return _WORD.findall(fold_marks(text).casefold())


def expected_reciprocal_rank(k, cutoff=10):
    """Expected 1/rank of one of k equally good documents placed in random order."""
    if k <= 0:
        return 0.0
    return sum(1.0 / i for i in range(1, min(k, cutoff) + 1)) / k


class TitleSpans:
    """The corpus's titles, folded, for counting the stories whose title holds a query's words."""

    def __init__(self, articles, groups):
        self._titles = []
        for article in articles:
            words = folded_words(article.title)
            if words:
                story = groups.get(article.id, frozenset({article.id}))
                self._titles.append((" " + " ".join(words) + " ", story))

    def stories_holding(self, query_text):
        span = " " + " ".join(folded_words(query_text)) + " "
        return len({story for title, story in self._titles if span in title})

    def ceiling(self, queries):
        """(ceiling MRR@10, number of queries whose span is in more than one story's title)."""
        counts = [max(1, self.stories_holding(query.text)) for query in queries]
        if not counts:
            return 0.0, 0
        ceiling = sum(expected_reciprocal_rank(k) for k in counts) / len(counts)
        return ceiling, sum(1 for k in counts if k > 1)
