#!/usr/bin/env python3
"""Known-item relevance evaluation of a running searchd, against an SQLite FTS5 baseline.

Builds deterministic query sets from JSON Lines corpora (each query is a few words of one target
article: a title span with and without marks, URL-slug words, lead words), sends each to searchd
and to an FTS5 index of the same articles, and prints MRR@10, Success@1 and Success@10 per kind,
plus searchd's latency. Run it on your own archive: index the same files, start searchd, then

    scripts/eval/relevance.py --url http://127.0.0.1:8080 archive.jsonl.gz

(scripts/eval/run.sh does the indexing and the server for you). Standard library only.
"""

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

from ambiguity import TitleSpans
from corpus import duplicate_groups, load_articles
from fts5_baseline import Fts5Baseline, match_expression
from querysets import KIND_HELP, KINDS, build_query_sets
from searchd_client import SearchdClient, SearchdError
from stats import latency_summary, rank_metrics

TOP_K = 10


def parse_floor(text):
    kind, sep, value = text.partition("=")
    if not sep or kind not in KINDS:
        raise argparse.ArgumentTypeError(f"expected KIND=MRR with KIND one of {', '.join(KINDS)}, got {text!r}")
    try:
        return kind, float(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a number after {kind}=, got {value!r}") from None


def parse_args(argv=None):
    kinds = "\n".join(f"  {k:17} {h}" for k, h in KIND_HELP.items())
    parser = argparse.ArgumentParser(
        description=__doc__.split("\n\n")[0] + "\n\nQuery kinds:\n" + kinds,
        formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("corpora", nargs="+", metavar="CORPUS",
                        help=".jsonl or .jsonl.gz files, the same ones searchd's index was built from")
    parser.add_argument("--url", default="http://127.0.0.1:8080", help="searchd base URL (default %(default)s)")
    parser.add_argument("--per-kind", type=int, default=300, metavar="N", help="queries per kind (default %(default)s)")
    parser.add_argument("--seed", type=int, default=1, help="seed of the query sampler (default %(default)s)")
    parser.add_argument("--duplicates", choices=("text", "title"), default="text",
                        help="which hits count as the target besides itself: exact copies (text, default) or "
                        "articles with the same title (title: syndicated copies that differ in a paragraph)")
    parser.add_argument("--kinds", default=",".join(KINDS),
                        help="comma list of query kinds to run (default: all)")
    parser.add_argument("--limit-articles", type=int, metavar="N",
                        help="read only the first N articles of each corpus (index the same slice!)")
    parser.add_argument("--cache", default=str(Path(tempfile.gettempdir()) / "vnsearch-eval-cache"),
                        help="directory for the cached FTS5 baseline databases (default %(default)s)")
    parser.add_argument("--skip-fts5", action="store_true", help="do not build or query the FTS5 baseline")
    parser.add_argument("--json", metavar="FILE", help="also write the figures to FILE as JSON")
    parser.add_argument("--dump-queries", metavar="FILE", help="write the query sets to FILE as JSON Lines")
    parser.add_argument("--show-misses", type=int, default=0, metavar="N",
                        help="print up to N queries per kind that searchd did not rank first")
    parser.add_argument("--min", type=parse_floor, action="append", default=[], metavar="KIND=MRR",
                        help="exit 1 when KIND's searchd MRR@10 is below MRR (repeatable; for CI)")
    args = parser.parse_args(argv)
    args.kinds = [k.strip() for k in args.kinds.split(",") if k.strip()]
    unknown = [k for k in args.kinds if k not in KINDS]
    if unknown:
        parser.error(f"unknown kind(s) {', '.join(unknown)}; choose from {', '.join(KINDS)}")
    if args.per_kind < 1:
        parser.error("--per-kind must be at least 1")
    return args


def rank_of(ids, accepted):
    """1-based rank of the first id in `accepted` among the top TOP_K ids, or None."""
    for rank, hit_id in enumerate(ids[:TOP_K], 1):
        if hit_id in accepted:
            return rank
    return None


def run_vnsearch(client, queries, groups, latencies, errors):
    """Ranks of the targets for searchd; appends client and server latencies, records failed requests."""
    ranks = []
    for query in queries:
        result = client.search({"q": query.text, "per_page": TOP_K, "facets": ""})
        latencies["client"].append(result.client_ms)
        if isinstance(result.took_ms, (int, float)):
            latencies["server"].append(float(result.took_ms))
        if result.status != 200:
            errors.append(f"{query.text!r}: HTTP {result.status} {result.body.get('error', '')}")
            ranks.append(None)
            continue
        ranks.append(rank_of(result.ids, groups.get(query.target, {query.target})))
    return ranks


def run_fts5(baseline, queries, groups, latencies):
    ranks = []
    for query in queries:
        started = time.perf_counter()
        ids = baseline.search(match_expression(query.text), TOP_K)
        latencies.append((time.perf_counter() - started) * 1000.0)
        ranks.append(rank_of(ids, groups.get(query.target, {query.target})))
    return ranks


def corpus_mix(queries):
    counts = {}
    for query in queries:
        counts[query.corpus] = counts.get(query.corpus, 0) + 1
    return ", ".join(f"{name} {n}" for name, n in sorted(counts.items()))


def print_header(args, articles, groups, documents):
    per_corpus = {}
    for article in articles:
        per_corpus[article.corpus] = per_corpus.get(article.corpus, 0) + 1
    duplicates = sum(1 for ids in set(groups.values()) if len(ids) > 1)
    print("vnsearch known-item relevance evaluation")
    print(f"  corpora: {', '.join(f'{k} ({v} articles)' for k, v in per_corpus.items())}"
          + (f", first {args.limit_articles} of each" if args.limit_articles else ""))
    print(f"  searchd: {args.url}, {documents} documents; seed {args.seed}, up to {args.per_kind} queries per kind")
    if documents != len(articles):
        print(f"  WARNING: searchd holds {documents} documents but the corpora have {len(articles)}: "
              "index exactly these files for comparable figures")
    rule = ("the same normalized title and body" if args.duplicates == "text"
            else "the same normalized title (syndicated copies)")
    print(f"  a hit on a duplicate of the target ({rule}) counts as the target ({duplicates} duplicate groups; "
          f"--duplicates {args.duplicates})")
    print("  slug queries are fair only because URL text is not searchable: vnsearch does not index it, "
          "FTS5 holds title and body only")
    print("  FTS5 baseline: tokenize='unicode61 remove_diacritics 2', bm25(t, 3.0, 1.0), query words quoted and ANDed")
    print("  title_marks/title_nomarks: known-item spans, each in its own story's title only (with and without marks);")
    print("  title_any_*: spans drawn from a title whatever other titles hold them, read against their ceilings below")
    print()


def print_table(results):
    print(f"{'kind':17} {'n':>5}  {'engine':8} {'MRR@10':>7} {'S@1':>7} {'S@10':>7}")
    for kind, per_engine in results.items():
        first = True
        for engine, m in per_engine.items():
            label = f"{kind:17} {m['n']:>5}" if first else " " * 23
            print(f"{label}  {engine:8} {m['mrr10']:7.3f} {m['s1']:7.3f} {m['s10']:7.3f}")
            first = False


def fmt_ms(value):
    return "n/a" if value is None else f"{value:.2f}"


def print_latency(latencies, fts_latencies):
    client = latency_summary(latencies["client"])
    server = latency_summary(latencies["server"])
    print()
    print(f"searchd latency over {client['n']} queries: client median {fmt_ms(client['median'])} ms, "
          f"p95 {fmt_ms(client['p95'])} ms; server took_ms median {fmt_ms(server['median'])}, "
          f"p95 {fmt_ms(server['p95'])}")
    if fts_latencies:
        fts = latency_summary(fts_latencies)
        print(f"FTS5 latency (in process): median {fmt_ms(fts['median'])} ms, p95 {fmt_ms(fts['p95'])} ms")
    return {"client_ms": client, "server_took_ms": server}


def print_misses(query_sets, ranks, limit):
    for kind, queries in query_sets.items():
        misses = [(q, r) for q, r in zip(queries, ranks[kind]) if r != 1]
        if not misses:
            continue
        print(f"\n{kind}: {len(misses)} queries not ranked first (showing {min(limit, len(misses))})")
        for query, rank in misses[:limit]:
            print(f"  {'miss' if rank is None else f'#{rank}':>5}  {query.target:28} {query.text}")


def print_title_ceilings(query_sets, spans):
    """The best MRR@10 any engine can expect on the unrestricted title spans, which several titles may share."""
    ceilings = {}
    for kind in ("title_any_marks", "title_any_nomarks"):
        if kind in query_sets:
            random_order, best_order, ambiguous = spans.ceiling(query_sets[kind])
            ceilings[kind] = {"random_ties": random_order, "ties_by_sampler_odds": best_order}
            print(f"{kind}: {ambiguous} of {len(query_sets[kind])} spans stand in more than one story's title; "
                  f"best MRR@10 to expect: {random_order:.3f} with such ties in random order, {best_order:.3f} "
                  "with ties ordered by the sampler's own odds (shorter titles first)")
    return ceilings


def check_floors(floors, results):
    """Messages for every kind whose searchd MRR@10 is under its floor."""
    failures = []
    for kind, floor in floors:
        if kind not in results:
            failures.append(f"{kind}: no queries were run, cannot check the floor {floor}")
        elif results[kind]["vnsearch"]["mrr10"] < floor:
            failures.append(f"{kind}: MRR@10 {results[kind]['vnsearch']['mrr10']:.3f} is below the floor {floor}")
    return failures


def dump_queries(path, query_sets):
    with open(path, "w", encoding="utf-8") as out:
        for queries in query_sets.values():
            for q in queries:
                out.write(json.dumps({"kind": q.kind, "q": q.text, "target": q.target, "corpus": q.corpus},
                                     ensure_ascii=False) + "\n")


def main(argv=None):
    args = parse_args(argv)
    sys.stdout.reconfigure(line_buffering=True)  # keep the table and stderr progress in order when piped
    articles = load_articles(args.corpora, args.limit_articles)
    groups = duplicate_groups(articles, args.duplicates)
    spans = TitleSpans(articles, groups)
    query_sets = build_query_sets(articles, args.per_kind, args.seed, args.kinds, spans.identifies_one_story)
    if args.dump_queries:
        dump_queries(args.dump_queries, query_sets)

    client = SearchdClient(args.url)
    try:
        documents = client.health().get("documents")
    except SearchdError as error:
        print(f"error: {error} (is searchd running? scripts/eval/run.sh starts one)", file=sys.stderr)
        return 2
    print_header(args, articles, groups, documents)
    for kind, queries in query_sets.items():
        print(f"  {kind}: {len(queries)} queries ({corpus_mix(queries)})")
    print()

    baseline = None if args.skip_fts5 else Fts5Baseline.open_or_build(
        args.cache, args.corpora, args.limit_articles, articles)
    latencies = {"client": [], "server": []}
    fts_latencies, errors, ranks, results = [], [], {}, {}
    try:
        for kind, queries in query_sets.items():
            ranks[kind] = run_vnsearch(client, queries, groups, latencies, errors)
            results[kind] = {"vnsearch": rank_metrics(ranks[kind], TOP_K)}
            if baseline:
                results[kind]["fts5"] = rank_metrics(run_fts5(baseline, queries, groups, fts_latencies), TOP_K)
    except SearchdError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    finally:
        client.close()
        if baseline:
            baseline.close()

    print_table(results)
    latency = print_latency(latencies, fts_latencies)
    print()
    ceilings = print_title_ceilings(query_sets, spans)
    if errors:
        print(f"\n{len(errors)} searchd requests failed (counted as misses), e.g. {errors[0]}")
    if args.show_misses:
        print_misses(query_sets, ranks, args.show_misses)

    if args.json:
        figures = {"corpora": [str(p) for p in args.corpora], "limit_articles": args.limit_articles,
                   "seed": args.seed, "per_kind": args.per_kind, "documents": documents,
                   "kinds": results, "title_ceilings": ceilings, "latency": latency, "failed_requests": len(errors)}
        Path(args.json).write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")

    failures = check_floors(args.min, results)
    for message in failures:
        print(f"FAIL {message}", file=sys.stderr)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
