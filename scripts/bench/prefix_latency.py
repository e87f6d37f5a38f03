#!/usr/bin/env python3
"""Search-as-you-type latency of a running searchd: /search?prefix=1 at every keystroke of typed queries.

Queries are title spans drawn from JSON Lines corpora (as search_latency.py draws them), half with marks
and half without, typed letter by letter: "h", "ha", "ha ", "ha n", "ha no", "ha noi". Each request is
the widget's (prefix=1, per_page=10, facets=date,org) and is timed once, sequentially, on one keep-alive
connection. Figures are grouped by what is being typed, since a one-letter prefix is the costly case.
Repeated prefixes are answered from searchd's answer cache unless it runs with --answer-cache-mb 0
(the cost of the search itself):

    scripts/bench/prefix_latency.py --url http://127.0.0.1:8080 ../shared/corpus/*.jsonl.gz

Standard library only.
"""

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "eval"))
from search_latency import load_queries, query_source_parser  # noqa: E402
from searchd_client import SearchdClient, SearchdError  # noqa: E402
from stats import latency_summary, percentile  # noqa: E402

WIDGET_PARAMS = {"prefix": "1", "per_page": "10", "facets": "date,org", "date_interval": "year"}
GROUPS = ("first word, 1 letter", "first word, 2-3 letters", "first word, 4+ letters",
          "next word, 1 letter", "next word, 2+ letters")


def keystrokes(query):
    """[(typed text, group)] for each state of the query typed letter by letter (states ending in a space
    are complete words, not prefixes, and are left out)."""
    states = []
    words = query.split()
    for index, word in enumerate(words):
        before = " ".join(words[:index])
        for length in range(1, len(word) + 1):
            typed = (before + " " if before else "") + word[:length]
            if index == 0:
                group = GROUPS[0] if length == 1 else GROUPS[1] if length <= 3 else GROUPS[2]
            else:
                group = GROUPS[3] if length == 1 else GROUPS[4]
            states.append((typed, group))
    return states


def parse_args(argv=None):
    parser = query_source_parser(__doc__)
    parser.add_argument("--count", type=int, default=60, metavar="N", help="queries typed (default %(default)s)")
    parser.add_argument("--seed", type=int, default=1, help="seed of the query sampler (default %(default)s)")
    parser.add_argument("--warmup", type=int, default=30, metavar="N", help="unmeasured requests first (default %(default)s)")
    parser.add_argument("--param", action="append", default=[], metavar="NAME=VALUE",
                        help="override a request parameter (repeatable), e.g. facets= for none")
    parser.add_argument("--limit-articles", type=int, metavar="N", help="read only the first N articles of each corpus")
    parser.add_argument("--json", metavar="FILE", help="also write the figures to FILE as JSON")
    args = parser.parse_args(argv)
    if not args.queries and not args.corpora:
        parser.error("give CORPUS files to draw queries from, or --queries FILE")
    if args.count < 1 or args.warmup < 0:
        parser.error("--count must be positive, --warmup not negative")
    for item in args.param:
        if "=" not in item:
            parser.error(f"--param expects NAME=VALUE, got {item!r}")
    return args


def summary(values):
    figures = latency_summary(values)
    figures["p99"] = percentile(values, 99)
    return figures


def ms(value):
    return "n/a" if value is None else f"{value:.2f}"


def main(argv=None):
    args = parse_args(argv)
    params = dict(WIDGET_PARAMS)
    params.update(item.split("=", 1) for item in args.param)
    # The same title spans as search_latency.py, marked and unmarked in turn.
    states = [state for query in load_queries(args) for state in keystrokes(query)]
    samples = {group: {"client": [], "server": []} for group in GROUPS}
    errors = 0
    client = SearchdClient(args.url)
    try:
        client.health()
        for i in range(args.warmup):
            client.search({**params, "q": states[i % len(states)][0]})
        for typed, group in states:
            result = client.search({**params, "q": typed})
            errors += result.status != 200
            samples[group]["client"].append(result.client_ms)
            if isinstance(result.took_ms, (int, float)):
                samples[group]["server"].append(float(result.took_ms))
    except SearchdError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    finally:
        client.close()

    print(f"searchd {args.url}: {len(states)} keystrokes of {args.count} typed queries, sequential; "
          f"params {params}")
    print(f"{'typing':26} {'requests':>8} {'p50':>7} {'p95':>7} {'p99':>7} {'max':>7} {'srv p50':>8} {'srv p99':>8}")
    figures = {}
    for group in GROUPS:
        client_ms, server_ms = summary(samples[group]["client"]), summary(samples[group]["server"])
        print(f"{group:26} {client_ms['n']:>8} {ms(client_ms['median']):>7} {ms(client_ms['p95']):>7} "
              f"{ms(client_ms['p99']):>7} {ms(client_ms['max']):>7} {ms(server_ms['median']):>8} "
              f"{ms(server_ms['p99']):>8}")
        figures[group] = {"client_ms": client_ms, "server_took_ms": server_ms}
    print("(client ms: request sent -> answer read; srv: the answer's took_ms)")
    if args.json:
        Path(args.json).write_text(json.dumps({"params": params, "groups": figures}, indent=2) + "\n", encoding="utf-8")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
