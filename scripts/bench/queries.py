#!/usr/bin/env python3
"""Query throughput and latency of searchd on a mixed query file (every facet on), at 1, 8 and 64
connections, beside its baselines in the same run:

  searchd HTTP       wrk with rotate_queries.lua (keep-alive connections), searchd --answer-cache-mb 0
  Searcher loop      build/tests/bench/searcher_loop: the same lines straight to searchd's Searcher on as
                     many threads (no HTTP, no JSON); "+JSON" also builds the body searchd sends (snippets)
  SQLite FTS5        fts5_bench.py query: MATCH + bm25 top 10 on 1 and 2 threads, same articles and lines

    scripts/bench/queries.py --db /tmp/new/db ../shared/corpus/dantri.jsonl.gz ../shared/corpus/baomoi.jsonl.gz
    scripts/bench/queries.py --db /tmp/small-db --limit-articles 300 --seconds 1 --connections 1,8 CORPUS  # smoke

--db is an index of the corpora given (its first --limit-articles articles of each, if it was built so):
the mix (mixed_queries.py, unless --queries) and the FTS5 table are drawn from the same articles.
--perf FILE records searchd's profile (perf record -g) during the --perf-connections run and prints
the top entries of `perf report --no-children`. Lines are run in the same order everywhere; compare the
ratios of one run (the machine's load moves the absolute figures). BUILD_DIR: where the programs are.
"""

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import hostile_clients  # the Searchd process wrapper and free_port
import mixed_latency
import mixed_queries
from bench_env import load_average, programs, write_slice

BENCH_DIR = Path(__file__).resolve().parent

FIGURE = re.compile(r"^(wrk|searcher_loop|fts5): (.*)$", re.MULTILINE)


def parse_figures(output):
    """The last 'name: key=value ...' line of a benchmark program's output -> {key: float or str}."""
    found = FIGURE.findall(output)
    if not found:
        raise RuntimeError(f"no figures in the output:\n{output[-2000:]}")
    figures = {}
    for pair in found[-1][1].split():
        key, _, value = pair.partition("=")
        try:
            figures[key] = float(value)
        except ValueError:
            figures[key] = value
    return figures


def connection_counts(text):
    counts = [int(part) for part in text.split(",") if part.strip()]
    if not counts or min(counts) < 1:
        raise argparse.ArgumentTypeError("a list of positive numbers like 1,8,64")
    return counts


def parse_args(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0], epilog=__doc__.split("\n\n", 1)[1],
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("corpora", nargs="+", metavar="CORPUS", help="the .jsonl[.gz] files indexed in --db")
    parser.add_argument("--db", required=True, help="the index searchd and the Searcher loop read (not written)")
    parser.add_argument("--limit-articles", type=int, metavar="N", help="the index holds the first N of each corpus")
    parser.add_argument("--queries", metavar="FILE", help="a mixed query file (default: mixed_queries.py writes one)")
    parser.add_argument("--count", type=int, default=1000, help="lines of the mixed file written (default %(default)s)")
    parser.add_argument("--seed", type=int, default=1, help="seed of the mixed file (default %(default)s)")
    parser.add_argument("--connections", type=connection_counts, default=[1, 8, 64], metavar="LIST",
                        help="connections (and loop threads) to measure (default 1,8,64)")
    parser.add_argument("--fts5-threads", type=connection_counts, default=[1, 2], metavar="LIST",
                        help="FTS5 threads (default 1,2)")
    parser.add_argument("--seconds", type=int, default=10, help="per measurement, whole (wrk's -d) (default %(default)s)")
    parser.add_argument("--warmup", type=int, default=50, metavar="N",
                        help="mix lines sent to searchd, unmeasured, before its first run, as the Searcher loop "
                             "does before its own (default %(default)s)")
    parser.add_argument("--searchd-threads", type=int,
                        help="searchd --threads (default: searchd's)")
    parser.add_argument("--searchd-arg", action="append", default=[], metavar="ARG",
                        help="one more searchd argument, e.g. --searchd-arg=--searches=8 (repeatable)")
    parser.add_argument("--fts5-db", metavar="FILE", help="reuse (or build and keep) the FTS5 table here")
    parser.add_argument("--skip-fts5", action="store_true", help="leave the FTS5 baseline out")
    parser.add_argument("--accept-encoding", metavar="VALUE",
                        help='HTTP runs send this Accept-Encoding (e.g. "gzip, deflate, br", as browsers do); default none')
    parser.add_argument("--skip-json-loop", action="store_true", help="leave the Searcher+JSON loop out")
    parser.add_argument("--perf", metavar="FILE", help="perf record -g searchd during one HTTP run into FILE")
    parser.add_argument("--perf-connections", type=int, default=8, help="the run --perf profiles (default 8)")
    parser.add_argument("--perf-top", type=int, default=10, help="entries of perf report shown (default 10)")
    args = parser.parse_args(argv)
    if args.seconds < 1:
        parser.error("--seconds must be at least 1")
    return args


def run(command, **kwargs):
    """Runs a benchmark program; its output (stdout + stderr) or a RuntimeError naming the command."""
    done = subprocess.run(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, **kwargs)
    if done.returncode != 0:
        raise RuntimeError(f"{' '.join(map(str, command))} exited {done.returncode}:\n{done.stdout[-2000:]}")
    return done.stdout


def process_cpu_seconds(pid):
    """User + system CPU seconds of a running process (/proc/PID/stat fields 14 and 15)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def warm_up(url, lines, count):
    """Sends the mix's first `count` lines to a freshly started searchd, unmeasured: its first searches build
    the revision's term sets and facet index (searcher_loop warms up the same way before timing)."""
    mixed_latency.measure([url], lines, min(count, len(lines)), 0)


def wrk_run(url, mix, connections, seconds, searchd_pid, accept_encoding=None):
    """wrk's figures, with cpu_ms: searchd's CPU milliseconds per request (wrk's own CPU is not counted)."""
    threads = min(connections, 2)
    cpu_started = process_cpu_seconds(searchd_pid)
    header = ["-H", f"Accept-Encoding: {accept_encoding}"] if accept_encoding else []
    figures = parse_figures(run(["wrk", f"-t{threads}", f"-c{connections}", f"-d{seconds}s", "--timeout", "10s", *header,
                              "-s", str(BENCH_DIR / "rotate_queries.lua"), url, "--", str(mix), "raw"]))
    figures["cpu_ms"] = (process_cpu_seconds(searchd_pid) - cpu_started) * 1000 / max(1, figures["requests"])
    return figures


def perf_profile(pid, output, seconds):
    """perf record -g on a running process, in the background, for the `seconds` of a run that starts a
    second later (perf takes a while to attach to every thread); returns the Popen."""
    profile = subprocess.Popen(["perf", "record", "-g", "-o", str(output), "-p", str(pid), "--", "sleep",
                                str(seconds + 1)], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    time.sleep(1)
    return profile


def perf_top(output, entries):
    """The first `entries` lines of `perf report --no-children` (self time): overhead, command, object, symbol."""
    report = run(["perf", "report", "--no-children", "--stdio", "-g", "none", "--percent-limit", "0.5",
                  "-i", str(output)])
    lines = [line for line in report.splitlines() if line.strip() and not line.startswith("#")]
    return [line if len(line) <= 150 else line[:149] + "…" for line in lines[:entries]]  # templates run long


def loop_run(loop_bin, db, mix, threads, seconds, json):
    command = [str(loop_bin), "--db", str(db), "--queries", str(mix), "--threads", str(threads),
               "--seconds", str(seconds)] + (["--json"] if json else [])
    return parse_figures(run(command))


def fts5_runs(args, work, mix):
    fts5 = BENCH_DIR / "fts5_bench.py"
    db = Path(args.fts5_db) if args.fts5_db else work / "fts5.sqlite"
    if not db.exists():
        corpora = args.corpora
        if args.limit_articles:
            corpora = [work / f"slice-{i}.jsonl" for i in range(len(args.corpora))]
            for path, target in zip(args.corpora, corpora):
                write_slice([path], args.limit_articles, target)
        print(run([sys.executable, str(fts5), "build", "--db", str(db), *map(str, corpora)]).strip(), flush=True)
    return [(f"SQLite FTS5 (Python, {t} thread{'s' if t > 1 else ''})", t,
             parse_figures(run([sys.executable, str(fts5), "query", "--db", str(db), "--queries", str(mix),
                                "--threads", str(t), "--seconds", str(args.seconds)])))
            for t in args.fts5_threads]


def print_table(rows, loop_label):
    print(f"{'system':44} {'conns':>5} {'requests':>8} {'q/s':>8} {'median ms':>9} {'p99 ms':>8} "
          f"{'errors':>6} {'x loop':>6} {'CPU ms/q':>8} {'loop CPU/CPU':>12}")
    loop = {conns: f for label, conns, f in rows if label == loop_label}
    for label, conns, f in rows:
        base = loop.get(conns)
        ratio = f"{f['qps'] / base['qps']:.2f}" if base and base["qps"] else ""
        efficiency = f"{base['cpu_ms'] / f['cpu_ms']:.2f}" if base and f.get("cpu_ms") else ""
        print(f"{label:44} {conns:>5} {int(f['requests']):>8} {f['qps']:>8.1f} {f['median_ms']:>9.2f} "
              f"{f['p99_ms']:>8.2f} {int(f['errors']):>6} {ratio:>6} {f.get('cpu_ms', 0):>8.2f} {efficiency:>12}")
    print(f"(x loop: throughput over the {loop_label} at as many threads as connections;\n"
          " CPU ms/q: the server's (searchd's, the loop's, FTS5's) CPU time per query, which a shared machine's\n"
          " load moves much less than throughput; loop CPU/CPU: the loop's CPU per query over this row's)")


def main(argv=None):
    args = parse_args(argv)
    searchd_bin, loop_bin = programs("searchd/searchd", "tests/bench/searcher_loop")
    tools = {"wrk": "scripts/setup.sh installs it"} | ({"perf": "Debian package linux-perf"} if args.perf else {})
    for tool, where in tools.items():
        if shutil.which(tool) is None:
            sys.exit(f"error: {tool} is not installed ({where})")
    if not Path(args.db).is_dir():
        sys.exit(f"error: {args.db} is not a database directory")
    loop_label, json_label = "Searcher loop (in-process, no HTTP/JSON)", "Searcher loop + JSON body (no HTTP)"
    rows = []
    with tempfile.TemporaryDirectory(prefix="vnsearch-queries.") as tmp:
        work = Path(tmp)
        searchd = hostile_clients.Searchd(str(searchd_bin), args.db, hostile_clients.free_port(),
                                          ["--answer-cache-mb", "0", "--log-level", "warning"]
                                          + (["--threads", str(args.searchd_threads)] if args.searchd_threads else [])
                                          + args.searchd_arg)
        with searchd:
            url = f"http://{hostile_clients.HOST}:{searchd.port}"
            mix = Path(args.queries) if args.queries else work / "mix.txt"
            if not args.queries:
                options = ["--count", str(args.count), "--seed", str(args.seed), "--url", url, "--output", str(mix)]
                if args.limit_articles:
                    options += ["--limit-articles", str(args.limit_articles)]
                mixed_queries.main(options + list(map(str, args.corpora)))
            lines = [line.strip() for line in mix.read_text(encoding="utf-8").splitlines() if line.strip()]
            print(f"{len(lines)} mixed query lines ({mix}), every facet; {args.seconds} s per measurement; "
                  f"load average {load_average()}", flush=True)
            warm_up(url, lines, args.warmup)
            profile = None
            for conns in args.connections:
                if args.perf and conns == args.perf_connections:
                    profile = perf_profile(searchd.pid, args.perf, args.seconds)
                http_label = "searchd HTTP (wrk, keep-alive)" + (f", {args.accept_encoding}" if args.accept_encoding else "")
                rows.append((http_label, conns, wrk_run(url, mix, conns, args.seconds, searchd.pid, args.accept_encoding)))
                if profile and profile.poll() is None:
                    profile.wait()
                rows.append((loop_label, conns, loop_run(loop_bin, args.db, mix, conns, args.seconds, False)))
                if not args.skip_json_loop:
                    rows.append((json_label, conns, loop_run(loop_bin, args.db, mix, conns, args.seconds, True)))
                print(f"  {conns} connections done; load average {os.getloadavg()[0]:.2f}", flush=True)
        if not args.skip_fts5:
            rows += fts5_runs(args, work, mix)
    print()
    print_table(rows, loop_label)
    print(f"load average at the end: {load_average()}")
    if args.perf and profile:
        print(f"\nperf report --no-children, searchd at {args.perf_connections} connections (top {args.perf_top}):")
        for line in perf_top(args.perf, args.perf_top):
            print("  " + line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
