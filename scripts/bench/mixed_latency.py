#!/usr/bin/env python3
"""One-client latency of a mixed query file (mixed_queries.py) against one or more running searchds.

Each line is a /search query string (facets and all). The URLs are asked in turn, line by line, so that
load on the machine hits all alike; the first URL is the baseline the others are compared with:

    scripts/bench/mixed_latency.py --queries mix.txt http://127.0.0.1:8081 http://127.0.0.1:8082
    url                      requests median    p95    p99    max  srv med  srv p99 total_exact x first
                                          ms     ms     ms     ms  took_ms  took_ms       share

Run searchd with --answer-cache-mb 0: the answer cache would measure itself. Standard library only.
"""

import argparse
import json
import sys
from pathlib import Path
from urllib.parse import parse_qsl

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "eval"))
from searchd_client import SearchdClient  # noqa: E402
from stats import percentile  # noqa: E402


def parse_args(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0], epilog=__doc__.split("\n\n", 1)[1],
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("urls", nargs="+", metavar="URL", help="searchd base URLs; the first is the baseline")
    parser.add_argument("--queries", required=True, metavar="FILE", help="one /search query string a line")
    parser.add_argument("--requests", type=int, metavar="N", help="measured requests per URL (default: each line once)")
    parser.add_argument("--warmup", type=int, default=50, metavar="N", help="unmeasured requests first (default %(default)s)")
    parser.add_argument("--json", metavar="FILE", help="also write the figures to FILE as JSON")
    return parser.parse_args(argv)


def summary(values):
    if not values:
        return {"n": 0, "median": None, "p95": None, "p99": None, "max": None}
    return {"n": len(values), "median": percentile(values, 50), "p95": percentile(values, 95),
            "p99": percentile(values, 99), "max": max(values)}


def measure(urls, lines, warmup, requests):
    clients = [SearchdClient(url) for url in urls]
    samples = [{"client": [], "server": [], "exact": 0, "errors": 0} for _ in urls]
    for i in range(warmup + requests):
        params = parse_qsl(lines[i % len(lines)], keep_blank_values=True)
        for k in range(len(urls)):  # rotate which URL goes first
            j = (i + k) % len(urls)
            result = clients[j].search(params)
            if i < warmup:
                continue
            sample = samples[j]
            sample["client"].append(result.client_ms)
            if isinstance(result.took_ms, (int, float)):
                sample["server"].append(float(result.took_ms))
            sample["exact"] += 1 if result.body.get("total_exact", True) else 0
            sample["errors"] += 0 if result.status == 200 else 1
    return samples


def fmt(value):
    return "n/a" if value is None else f"{value:.2f}"


def main(argv=None):
    args = parse_args(argv)
    lines = [line.strip() for line in Path(args.queries).read_text(encoding="utf-8").splitlines() if line.strip()]
    if not lines:
        sys.exit(f"error: {args.queries} holds no query")
    requests = args.requests or len(lines)
    samples = measure(args.urls, lines, args.warmup, requests)
    print(f"{len(lines)} query lines, {requests} measured requests per URL, one keep-alive connection, in turn")
    print(f"{'url':26} {'requests':>8} {'median':>7} {'p95':>7} {'p99':>7} {'max':>7} {'srv med':>7} "
          f"{'srv p99':>7} {'exact':>6} {'x first':>7} {'errors':>6}")
    figures = {}
    first = None
    for url, sample in zip(args.urls, samples):
        client, server = summary(sample["client"]), summary(sample["server"])
        first = first or client["median"]
        share = sample["exact"] / max(1, client["n"])
        print(f"{url:26} {client['n']:>8} {fmt(client['median']):>7} {fmt(client['p95']):>7} {fmt(client['p99']):>7} "
              f"{fmt(client['max']):>7} {fmt(server['median']):>7} {fmt(server['p99']):>7} {share:>6.3f} "
              f"{client['median'] / first:>7.2f} {sample['errors']:>6}")
        figures[url] = {"client_ms": client, "server_took_ms": server, "total_exact_share": share,
                        "errors": sample["errors"]}
    print("(ms; exact: share of answers with an exact total; x first: median relative to the first URL)")
    if args.json:
        Path(args.json).write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")
    return 1 if any(s["errors"] for s in samples) else 0


if __name__ == "__main__":
    sys.exit(main())
