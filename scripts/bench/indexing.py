#!/usr/bin/env python3
"""Indexing speed, memory and index size of the project's indexer beside its baselines in the same run,
on the same slice of JSON Lines (the first --articles articles of the corpora, written out uncompressed):

  indexer            build/indexer/indexer, the full analysis (then xapian-compact)
  indexer --rebuild  the same into a fresh database: --jobs writers (default: the cores) merged and
                     compacted by the indexer itself (its seconds include that; index MB = compacted MB)
  bare TermGenerator build/tests/bench/bare_termgen_index: one positional term per word, no analysis,
                     no stored text, a commit every 10,000 (then xapian-compact)
  SQLite FTS5        fts5_bench.py build: unicode61 remove_diacritics 2, title and body, content stored
                     (then 'optimize' + VACUUM)

    scripts/bench/indexing.py ../shared/corpus/dantri.jsonl.gz ../shared/corpus/baomoi.jsonl.gz
    scripts/bench/indexing.py --articles 200 ../shared/corpus/dantri.jsonl.gz      # smoke: seconds

Each builder is a child process: its wall time, and its peak RSS from wait4(). Sizes are the apparent
sizes of the files. The builders run one after the other on a machine others may load: compare the
ratios of one run. BUILD_DIR: where the programs are (default <repo>/build).
"""

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench_env import load_average, programs, write_slice

BENCH_DIR = Path(__file__).resolve().parent

MB = 1_000_000


def parse_args(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0], epilog=__doc__.split("\n\n", 1)[1],
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("corpora", nargs="+", metavar="CORPUS", help=".jsonl or .jsonl.gz files, read in turn")
    parser.add_argument("--articles", type=int, default=5000, metavar="N",
                        help="the first N articles of the corpora (default %(default)s; 0: all)")
    parser.add_argument("--commit-every", type=int, default=10_000, help="the bare loop's commits (default %(default)s)")
    parser.add_argument("--indexer-arg", action="append", default=[], metavar="ARG",
                        help="an extra argument of the project's indexer (repeatable), e.g. --indexer-arg=--spelling=none")
    parser.add_argument("--skip-fts5", action="store_true", help="leave the FTS5 baseline out")
    parser.add_argument("--keep", metavar="DIR", help="build in DIR and keep the indexes (default: a temporary directory)")
    args = parser.parse_args(argv)
    if args.articles < 0:
        parser.error("--articles must be 0 (all) or positive")
    return args


def run_child(command, log):
    """Runs a builder as a child; (seconds, CPU seconds, peak RSS in bytes, exit status). Output goes to log.
    CPU seconds (user + system) move less than wall time with the load of a shared machine."""
    started = time.perf_counter()
    with open(log, "w", encoding="utf-8") as out:
        process = subprocess.Popen(command, stdout=out, stderr=subprocess.STDOUT)
        _, status, usage = os.wait4(process.pid, 0)
    process.returncode = os.waitstatus_to_exitcode(status)  # reaped here: tell Popen
    return (time.perf_counter() - started, usage.ru_utime + usage.ru_stime, usage.ru_maxrss * 1024,
            process.returncode)


def size_of(path):
    """Apparent size in bytes of a file or of every file under a directory."""
    path = Path(path)
    if path.is_file():
        return path.stat().st_size
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file())


def build_and_compact(name, build, compact, index, compacted, work, ok_statuses=(0,)):
    """Runs one builder, then its compaction (into `compacted`, which may be `index` itself; None: the
    builder compacts); a row of figures, or a RuntimeError with the end of the log."""
    log = work / f"{name}.log"
    seconds, cpu, rss, status = run_child(build, log)
    if status not in ok_statuses:
        raise RuntimeError(f"{' '.join(map(str, build))} exited {status}; the end of {log}:\n"
                           + log.read_text(encoding="utf-8", errors="replace")[-2000:])
    size = size_of(index)
    if compact is None:  # the builder compacts its own index: its seconds include that
        return {"seconds": seconds, "cpu": cpu, "rss": rss, "size": size, "compact_seconds": 0.0, "compacted": size}
    compact_log = work / f"{name}-compact.log"
    compact_seconds, _, _, status = run_child(compact, compact_log)
    if status != 0:
        raise RuntimeError(f"{' '.join(map(str, compact))} exited {status}:\n{compact_log.read_text()[-2000:]}")
    return {"seconds": seconds, "cpu": cpu, "rss": rss, "size": size, "compact_seconds": compact_seconds,
            "compacted": size_of(compacted)}


def print_table(rows, articles, input_bytes):
    print(f"{articles} articles, {input_bytes / MB:.1f} MB of JSON Lines; load average {load_average()}")
    print(f"{'system':30} {'seconds':>8} {'CPU s':>7} {'articles/s':>10} {'/CPU s':>7} {'MB/s':>6} {'peak RSS MB':>11} "
          f"{'index MB':>8} {'compacted MB':>12} {'compact s':>9} {'x indexer':>9}")
    first = rows[0][1]["seconds"]
    for label, r in rows:
        print(f"{label:30} {r['seconds']:>8.2f} {r['cpu']:>7.2f} {articles / r['seconds']:>10.1f} "
              f"{articles / max(r['cpu'], 1e-3):>7.1f} {input_bytes / MB / r['seconds']:>6.2f} "
              f"{r['rss'] / MB:>11.1f} {r['size'] / MB:>8.1f} {r['compacted'] / MB:>12.1f} "
              f"{r['compact_seconds']:>9.2f} {first / r['seconds']:>9.2f}")
    print("(/CPU s: articles per CPU second, user + system; x indexer: wall-time speed over the project's indexer;\n"
          " compacted: xapian-compact, or FTS5 'optimize' + VACUUM)")


def main(argv=None):
    args = parse_args(argv)
    indexer, bare = programs("indexer/indexer", "tests/bench/bare_termgen_index")
    if shutil.which("xapian-compact") is None:
        sys.exit("error: xapian-compact is not installed (Debian package xapian-tools)")
    for path in args.corpora:
        if not os.access(path, os.R_OK):
            sys.exit(f"error: cannot read {path}")
    with tempfile.TemporaryDirectory(prefix="vnsearch-indexing.") as tmp:
        work = Path(args.keep) if args.keep else Path(tmp)
        work.mkdir(parents=True, exist_ok=True)
        data = work / "slice.jsonl"
        articles = write_slice(args.corpora, args.articles, data)
        input_bytes = data.stat().st_size
        rows = []
        # The indexer exits 1 when it skipped some articles: the rest is indexed, which is what is timed.
        rows.append(("indexer (full analysis)", build_and_compact(
            "indexer", [str(indexer), "--db", str(work / "indexer-db"), *args.indexer_arg, str(data)],
            ["xapian-compact", str(work / "indexer-db"), str(work / "indexer-compact")],
            work / "indexer-db", work / "indexer-compact", work, ok_statuses=(0, 1))))
        rebuilt = work / "rebuild-db"
        rows.append(("indexer --rebuild", build_and_compact(
            "rebuild", [str(indexer), "--db", str(rebuilt), "--rebuild", *args.indexer_arg, str(data)],
            None, rebuilt, rebuilt, work, ok_statuses=(0, 1))))
        rows.append(("bare TermGenerator loop", build_and_compact(
            "bare", [str(bare), "--db", str(work / "bare-db"), "--commit-every", str(args.commit_every), str(data)],
            ["xapian-compact", str(work / "bare-db"), str(work / "bare-compact")], work / "bare-db",
            work / "bare-compact", work)))
        if not args.skip_fts5:
            fts5, db = BENCH_DIR / "fts5_bench.py", work / "fts5.sqlite"
            rows.append(("SQLite FTS5 (Python sqlite3)", build_and_compact(
                "fts5", [sys.executable, str(fts5), "build", "--no-optimize", "--db", str(db), str(data)],
                [sys.executable, str(fts5), "compact", "--db", str(db)], db, db, work)))
        print_table(rows, articles, input_bytes)
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except RuntimeError as error:
        sys.exit(f"error: {error}")
