#!/usr/bin/env python3
"""Draws the articles of the organization held-out set (tests/fixtures/orgs/heldout.jsonl).

Per corpus: the articles whose body is 400 to 6,000 characters long (short enough to read and
annotate by hand, long enough to name something) and whose id is not in the tuning set
(tests/fixtures/orgs/annotated.jsonl), sorted by id, then `random.Random(2026).sample(…, 40)`.
The sort makes the draw independent of the corpus file's line order; the seed makes it repeatable.
Prints one JSON object per line, {"corpus": …, "id": …}, dantri first, in drawing order: the order
of heldout.jsonl.

The development set (tests/fixtures/orgs/dev.jsonl, issue 12) is a second draw that also excludes
the held-out articles: `--seed 1212 --per-corpus 20 --exclude tests/fixtures/orgs/heldout.jsonl`, then
20 more baomoi articles: the baomoi half of `--seed 1213 --per-corpus 20 --exclude …heldout.jsonl
--exclude …dev.jsonl` run on those first 40.

Two of its draws are of articles dense with organizations (issue 12: one held-out article holds a fifth
of the held-out organizations): `dense_draw`, the eligible articles naming at least 15 head words
followed by a capital (HEADS_BEFORE_A_NAME), 9 baomoi then 3 dantri from one random.Random(seed): lines
213-224 (`--dense --seed 1220 --exclude …heldout.jsonl --exclude <dev.jsonl's first 212 lines>`) and lines
321-332 (`--seed 1225`, excluding the first 320). tests/fixtures/orgs/README.md lists every draw.

Run: python3 scripts/eval/sample_org_articles.py [--shared DIR] [--per-corpus N] [--seed S] [--exclude FILE ...] [--dense]
Standard library only.
"""

import argparse
import gzip
import json
import random
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CORPORA = ("dantri", "baomoi")
MIN_BODY, MAX_BODY = 400, 6000
# Head words of organizations' names followed by a capitalised word: how dense an article is in them.
HEADS_BEFORE_A_NAME = re.compile(
    r"\b(Bộ|Sở|Công ty|Tập đoàn|Ngân hàng|Trường|CLB|Ủy ban|Uỷ ban|UBND|Ban|Cục|Viện|Hội|Đại học|Tổng công ty|"
    r"Tổng cục|Học viện|Bệnh viện|Trung tâm|Quỹ|Hiệp hội|Liên đoàn|Công an|Đảng bộ|Báo|Đài)\s+[A-ZĐÂĂÊÔƠƯÁÀẢÃẠ]")
DENSE_HEADS = 15


def tuning_ids(path):
    ids = set()
    with open(path, encoding="utf-8") as lines:
        for line in lines:
            if line.strip():
                ids.add(json.loads(line)["id"])
    return ids


def eligible_ids(corpus_path, excluded, keep=None):
    """Ids of the corpus' articles not excluded, whose body is MIN_BODY to MAX_BODY characters long and that
    `keep(text)` (title + "\n" + body) accepts when given, sorted."""
    ids = []
    with gzip.open(corpus_path, "rt", encoding="utf-8") as lines:
        for line in lines:
            if not line.strip():
                continue
            article = json.loads(line)
            body = article.get("body") or ""
            if article["id"] in excluded or not MIN_BODY <= len(body) <= MAX_BODY:
                continue
            if keep is None or keep((article.get("title") or "") + "\n" + body):
                ids.append(article["id"])
    return sorted(ids)


def dense(text):
    """Names at least DENSE_HEADS heads before a name."""
    return len(HEADS_BEFORE_A_NAME.findall(text)) >= DENSE_HEADS


def dense_draw(shared, excluded, seed=1220):
    """The dense draw of dev.jsonl: 9 baomoi then 3 dantri articles from one random.Random(seed)."""
    rng = random.Random(seed)
    drawn = []
    for corpus, count in (("baomoi", 9), ("dantri", 3)):
        ids = eligible_ids(shared / "corpus" / f"{corpus}.jsonl.gz", excluded, dense)
        drawn.extend((corpus, id_) for id_ in rng.sample(ids, count))
    return drawn


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared", help="holds corpus/<name>.jsonl.gz")
    parser.add_argument("--tuning", type=Path, default=ROOT / "tests/fixtures/orgs/annotated.jsonl")
    parser.add_argument("--per-corpus", type=int, default=40)
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--exclude", type=Path, action="append", default=[],
                        help="another annotation file whose articles are not drawn (repeatable)")
    parser.add_argument("--dense", action="store_true", help="the draw of articles dense with organizations")
    args = parser.parse_args()
    excluded = tuning_ids(args.tuning)
    for path in args.exclude:
        excluded |= tuning_ids(path)
    if args.dense:
        for corpus, id_ in dense_draw(args.shared, excluded, args.seed):
            print(json.dumps({"corpus": corpus, "id": id_}, ensure_ascii=False))
        return
    for corpus in CORPORA:
        ids = eligible_ids(args.shared / "corpus" / f"{corpus}.jsonl.gz", excluded)
        for id_ in random.Random(args.seed).sample(ids, args.per_corpus):
            print(json.dumps({"corpus": corpus, "id": id_}, ensure_ascii=False))
        print(f"{corpus}: {args.per_corpus} of {len(ids)} eligible articles", file=sys.stderr)


if __name__ == "__main__":
    main()
