#!/usr/bin/env python3
"""Writes the mixed query file of the latency benchmarks: one /search query string a line.

The mix stands for a news portal's traffic: one to four words of titles and bodies, typed with and
without marks, single common words ("và", "tai"), some filters (dates, organizations, categories),
some deep pages, some sorted by date and some listings without words. Every line asks for every
facet (the default). Same corpora + same seed = same file:

    scripts/bench/mixed_queries.py --count 1000 --url http://127.0.0.1:8080 ../shared/corpus/*.jsonl.gz > q.txt

With --url, filter values (organizations, categories, months) are the index's own most frequent
facet values; without it, only date filters are drawn. Standard library only.
"""

import argparse
import json
import random
import sys
import urllib.request
from collections import Counter
from pathlib import Path
from urllib.parse import quote, urlencode

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "eval"))
from corpus import load_articles  # noqa: E402
from querysets import first_sentence, fold_marks, words  # noqa: E402

# (kind, share of the file). The shares add up to 1.
MIX = (
    ("title", 0.35),    # 1-4 consecutive title words
    ("body", 0.15),     # 1-4 consecutive words of a body's first sentence
    ("common", 0.10),   # one or two of the corpus's most frequent words
    ("filtered", 0.15), # a title or common query with a date, organization or category filter
    ("deep", 0.10),     # a common query, pages 2-50
    ("by_date", 0.05),  # a title query sorted newest first
    ("listing", 0.05),  # no words: newest first, with or without a filter
    ("phrase", 0.05),   # a quoted title span of 2-3 words
)


def parse_args(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                     epilog=__doc__.split("\n\n", 1)[1],
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("corpora", nargs="+", metavar="CORPUS", help=".jsonl or .jsonl.gz files to draw words from")
    parser.add_argument("--count", type=int, default=1000, metavar="N", help="lines to write (default %(default)s)")
    parser.add_argument("--seed", type=int, default=1, help="seed of the sampler (default %(default)s)")
    parser.add_argument("--limit-articles", type=int, metavar="N", help="read only the first N articles of each corpus")
    parser.add_argument("--url", help="a searchd serving the same corpora: filter values come from its facets")
    parser.add_argument("--output", metavar="FILE", help="write here instead of standard output")
    args = parser.parse_args(argv)
    if args.count < 1:
        parser.error("--count must be positive")
    return args


def facet_values(url):
    """{'org': [...], 'category': [...], 'date': ['2020-10', ...]}: the index's most frequent values."""
    query = urlencode({"q": "", "per_page": "0", "facet_size": "30"})
    with urllib.request.urlopen(f"{url.rstrip('/')}/search?{query}", timeout=30) as response:
        facets = json.load(response).get("facets", {})
    return {name: [v["value"] for v in facets.get(name, []) if v.get("count", 0) > 0]
            for name in ("org", "category", "date")}


def common_words(articles, count=40):
    """The most frequent lower-case words of the titles: 'và', 'của', 'hà', ..."""
    counts = Counter(w.lower() for a in articles for w in words(a.title) if not w.isdigit())
    return [w for w, _ in counts.most_common(count)]


def maybe_fold(rng, text):
    return text if rng.random() < 0.5 else fold_marks(text)


def span(rng, items, shortest, longest):
    length = rng.randint(shortest, min(longest, len(items)))
    start = rng.randint(0, len(items) - length)
    return " ".join(items[start : start + length])


class Mixer:
    def __init__(self, articles, facets, seed):
        self.rng = random.Random(f"{seed}:mixed")
        self.titled = [a for a in articles if len(words(a.title)) >= 2]
        self.leads = [a for a in articles if len(words(first_sentence(a.body))) >= 2]
        self.common = common_words(articles)
        self.facets = facets

    def title_words(self, shortest=1, longest=4):
        return maybe_fold(self.rng, span(self.rng, words(self.rng.choice(self.titled).title), shortest, longest))

    def body_words(self):
        return maybe_fold(self.rng, span(self.rng, words(first_sentence(self.rng.choice(self.leads).body)), 1, 4))

    def common_query(self):
        picked = self.rng.sample(self.common, self.rng.choice((1, 1, 2)))
        return maybe_fold(self.rng, " ".join(picked))

    def a_filter(self):
        choices = ["date"]
        choices += [name for name in ("org", "category") if self.facets.get(name)]
        name = self.rng.choice(choices)
        if name == "date":
            months = self.facets.get("date") or []
            if months and len(months[0]) >= 7:
                month = self.rng.choice(months)[:7]
                return {"date_from": f"{month}-01", "date_to": f"{month}-28"}
            year = self.rng.choice((2017, 2018, 2019, 2020))
            return {"date_from": f"{year}-01-01", "date_to": f"{year}-06-30"}
        return {name: self.rng.choice(self.facets[name])}

    def params(self, kind):
        rng = self.rng
        if kind == "title":
            return {"q": self.title_words()}
        if kind == "body":
            return {"q": self.body_words()}
        if kind == "common":
            return {"q": self.common_query()}
        if kind == "filtered":
            q = self.title_words() if rng.random() < 0.5 else self.common_query()
            return {"q": q, **self.a_filter()}
        if kind == "deep":
            return {"q": self.common_query(), "page": str(rng.randint(2, 50))}
        if kind == "by_date":
            return {"q": self.title_words(), "sort": "date_desc"}
        if kind == "listing":
            return {"q": "", **(self.a_filter() if rng.random() < 0.6 else {})}
        if kind == "phrase":
            return {"q": '"' + self.title_words(2, 3) + '"'}
        raise ValueError(kind)

    def lines(self, count):
        kinds = []
        for kind, share in MIX:
            kinds += [kind] * round(share * count)
        while len(kinds) < count:
            kinds.append("title")
        kinds = kinds[:count]
        self.rng.shuffle(kinds)
        return [urlencode(self.params(kind), quote_via=quote) for kind in kinds]


def main(argv=None):
    args = parse_args(argv)
    articles = load_articles(args.corpora, args.limit_articles)
    if not articles:
        sys.exit("error: the corpora hold no article")
    facets = facet_values(args.url) if args.url else {}
    text = "".join(line + "\n" for line in Mixer(articles, facets, args.seed).lines(args.count))
    if args.output:
        Path(args.output).write_text(text, encoding="utf-8")
    else:
        sys.stdout.write(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
