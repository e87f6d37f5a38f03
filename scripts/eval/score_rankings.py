#!/usr/bin/env python3
"""Scores rankings made outside searchd as relevance.py scores searchd's: MRR@10, Success@1 and Success@10 per
query kind, a target's near-duplicates accepted in its place.

A rankings file holds one JSON object per line: relevance.py's query line ({"kind", "q", "target", ...}) with
"ids", the article ids ranked first to tenth. tests/bench/plain_ranking writes one for issue 12's plain
prototype (words OR-ed with their bigrams, BM25, nothing required):

  scripts/eval/run.sh --db DIR CORPUS... -- --seed 1 --dump-queries queries.jsonl
  build/tests/bench/plain_ranking --db DIR < queries.jsonl > rankings.jsonl
  python3 scripts/eval/score_rankings.py rankings.jsonl CORPUS...

Run: python3 scripts/eval/score_rankings.py RANKINGS CORPUS...   (standard library only)
"""

import argparse
import json
import sys

from corpus import duplicate_groups, load_articles
from relevance import TOP_K, rank_of
from stats import rank_metrics


def read_rankings(path):
    """The (kind, target, ids) of each line of `path`; a line that is not one is an error naming it."""
    rankings = []
    with open(path, encoding="utf-8") as lines:
        for number, line in enumerate(lines, 1):
            try:
                item = json.loads(line)
                rankings.append((item["kind"], item["target"], list(item["ids"])))
            except (ValueError, KeyError, TypeError) as error:
                raise ValueError(f"{path}:{number}: not a ranking line ({error})") from None
    return rankings


def score(rankings, groups):
    """{kind: rank_metrics} over `rankings`, a target's group (duplicates) accepted for it."""
    ranks = {}
    for kind, target, ids in rankings:
        ranks.setdefault(kind, []).append(rank_of(ids, groups.get(target, {target})))
    return {kind: rank_metrics(kind_ranks, TOP_K) for kind, kind_ranks in ranks.items()}


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("rankings", help="JSON Lines: relevance.py's query lines, each with its top ids")
    parser.add_argument("corpora", nargs="+", metavar="CORPUS", help="the corpora the queries were drawn from")
    parser.add_argument("--duplicates", choices=("text", "title"), default="text",
                        help="what makes two articles one (as relevance.py's option; default %(default)s)")
    args = parser.parse_args(argv)
    try:
        rankings = read_rankings(args.rankings)
    except (OSError, ValueError) as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    groups = duplicate_groups(load_articles(args.corpora), args.duplicates)
    print(f"{'kind':<18} {'n':>4}  MRR@10     S@1    S@10")
    for kind, metrics in score(rankings, groups).items():
        print(f"{kind:<18} {metrics['n']:>4}  {metrics['mrr10']:6.3f}  {metrics['s1']:6.3f}  {metrics['s10']:6.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
