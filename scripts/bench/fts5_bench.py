#!/usr/bin/env python3
"""The SQLite FTS5 baseline of the benchmarks: builds the FTS5 table of scripts/eval/fts5_baseline.py from
JSON Lines, compacts it, and runs a mixed query file (mixed_queries.py) against it on T threads.

    fts5_bench.py build --db F.sqlite [--no-optimize] CORPUS...    (indexing.py runs it as a child: its RSS)
    fts5_bench.py compact --db F.sqlite                            ('optimize' + VACUUM)
    fts5_bench.py query --db F.sqlite --queries MIX [--threads T] [--seconds S]

A mixed line becomes MATCH + bm25 top 10 at the line's page (fts5_query): every word a quoted string,
all ANDed, a quoted query one phrase. Filters, sorting and facets are not applied (FTS5 has none of
searchd's): the baseline does less work than searchd. Lines without words (listings) are left out.
`query` prints one line in searcher_loop's format:
    fts5: threads=T requests=N seconds=S qps=Q median_ms=M p99_ms=P errors=0 cpu_ms=C left_out=K
Standard library only (Python's sqlite3 has FTS5).
"""

import argparse
import resource
import sys
import threading
import time
from pathlib import Path
from urllib.parse import parse_qsl

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "eval"))
from corpus import read_corpus  # noqa: E402
from fts5_baseline import Fts5Baseline, build_database, match_expression, optimize_database  # noqa: E402
from querysets import words  # noqa: E402
from stats import percentile  # noqa: E402

PER_PAGE = 10


def fts5_query(line):
    """A mixed query line -> (MATCH expression, offset), or None for a line without words.

    'q=%22h%C3%A0%20n%E1%BB%99i%22&page=3' -> ('"hà nội"', 20); 'q=b%E1%BA%A7u%20c%E1%BB%AD' ->
    ('"bầu" AND "cử"', 0). Quotes inside words are doubled, so no line makes an FTS5 syntax error.
    """
    params = dict(parse_qsl(line, keep_blank_values=True))
    text = params.get("q", "").strip()
    found = words(text)
    if not found:
        return None
    if len(text) > 1 and text.startswith('"') and text.endswith('"'):
        match = '"' + " ".join(w.replace('"', '""') for w in found) + '"'
    else:
        match = match_expression(text)
    try:
        page = max(1, int(params.get("page", "1")))
    except ValueError:
        page = 1
    return match, (page - 1) * PER_PAGE


def streamed_articles(paths):
    for path in paths:
        yield from read_corpus(path)


def build(args):
    started = time.perf_counter()
    count = build_database(args.db, streamed_articles(args.corpora), optimize=not args.no_optimize)
    print(f"fts5: built {count} articles in {time.perf_counter() - started:.2f} s")
    return 0


def compact(args):
    started = time.perf_counter()
    optimize_database(args.db)
    print(f"fts5: compacted in {time.perf_counter() - started:.2f} s")
    return 0


def query_thread(db_path, queries, start, deadline, latencies):
    """Runs the queries in turn from `start` until `deadline`, on its own connection (sqlite3 releases
    the GIL while a statement runs, so T threads use up to T cores)."""
    baseline = Fts5Baseline(str(db_path))
    try:
        i = start
        while time.perf_counter() < deadline:
            match, offset = queries[i % len(queries)]
            began = time.perf_counter()
            baseline.search(match, PER_PAGE, offset)
            latencies.append((time.perf_counter() - began) * 1000)
            i += 1
    finally:
        baseline.close()


def cpu_seconds():
    """CPU seconds (user + system) of this process: less moved by a shared machine's load than throughput."""
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def query(args):
    lines = [line.strip() for line in Path(args.queries).read_text(encoding="utf-8").splitlines() if line.strip()]
    queries = [q for q in map(fts5_query, lines) if q is not None]
    if not queries:
        sys.exit(f"error: {args.queries} holds no query with words")
    warm = Fts5Baseline(str(args.db))
    for match, offset in queries[: args.warmup]:
        warm.search(match, PER_PAGE, offset)
    warm.close()
    per_thread = [[] for _ in range(args.threads)]
    cpu_started = cpu_seconds()
    started = time.perf_counter()
    deadline = started + args.seconds
    threads = [threading.Thread(target=query_thread, args=(args.db, queries, t * 7919, deadline, per_thread[t]))
               for t in range(args.threads)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    seconds = time.perf_counter() - started
    cpu = cpu_seconds() - cpu_started
    latencies = [ms for values in per_thread for ms in values]
    median, p99 = percentile(latencies, 50) or 0.0, percentile(latencies, 99) or 0.0
    print(f"fts5: threads={args.threads} requests={len(latencies)} seconds={seconds:.2f} "
          f"qps={len(latencies) / seconds:.1f} median_ms={median:.3f} p99_ms={p99:.3f} errors=0 "
          f"cpu_ms={cpu * 1000 / max(1, len(latencies)):.3f} left_out={len(lines) - len(queries)}")
    return 0


def parse_args(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0], epilog=__doc__.split("\n\n", 1)[1],
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    commands = parser.add_subparsers(dest="command", required=True)
    p = commands.add_parser("build", help="build the FTS5 table from .jsonl[.gz] files")
    p.add_argument("--db", required=True, type=Path)
    p.add_argument("--no-optimize", action="store_true", help="leave the segments unmerged (compact measures it)")
    p.add_argument("corpora", nargs="+", metavar="CORPUS")
    p.set_defaults(run=build)
    p = commands.add_parser("compact", help="'optimize' and VACUUM an FTS5 database")
    p.add_argument("--db", required=True, type=Path)
    p.set_defaults(run=compact)
    p = commands.add_parser("query", help="run a mixed query file on T threads")
    p.add_argument("--db", required=True, type=Path)
    p.add_argument("--queries", required=True, metavar="FILE")
    p.add_argument("--threads", type=int, default=2)
    p.add_argument("--seconds", type=float, default=10.0)
    p.add_argument("--warmup", type=int, default=50)
    p.set_defaults(run=query)
    args = parser.parse_args(argv)
    if getattr(args, "threads", 1) < 1:
        parser.error("--threads must be positive")
    return args


def main(argv=None):
    args = parse_args(argv)
    return args.run(args)


if __name__ == "__main__":
    sys.exit(main())
