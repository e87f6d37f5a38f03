#!/usr/bin/env python3
"""Sequential /search latency benchmark of a running searchd, one row per request variant.

Queries are title spans (with and without marks) drawn from JSON Lines corpora like the relevance
evaluation's, or one query a line from --queries FILE. Every variant gets the same queries in the
same order, interleaved request by request so that caches and background noise hit all alike:

    scripts/bench/search_latency.py --url http://127.0.0.1:8080 ../shared/corpus/dantri.jsonl.gz \\
        --variant collapse=collapse=1

Built-in variants: plain (facets= : no facets) and facets (facets=date,org,category).
Standard library only.
"""

import argparse
import json
import sys
from pathlib import Path
from urllib.parse import parse_qsl

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "eval"))
from corpus import load_articles  # noqa: E402
from querysets import build_query_sets  # noqa: E402
from searchd_client import SearchdClient, SearchdError  # noqa: E402
from stats import latency_summary  # noqa: E402

BUILTIN_VARIANTS = {"plain": "facets=", "facets": "facets=date,org,category"}
BASE_PARAMS = {"per_page": "10", "facets": ""}


def parse_variant(text):
    name, sep, query_string = text.partition("=")
    if not sep or not name:
        raise argparse.ArgumentTypeError(f"expected NAME=QUERYSTRING (e.g. collapse=collapse=1), got {text!r}")
    return name, query_string


def query_source_parser(doc):
    """A parser with the arguments every benchmark here shares: where queries come from, which searchd.
    Its help is the script's docstring `doc` (first paragraph, then the rest as the epilog)."""
    parser = argparse.ArgumentParser(description=doc.split("\n\n")[0], epilog=doc.split("\n\n", 1)[1],
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("corpora", nargs="*", metavar="CORPUS", help=".jsonl or .jsonl.gz files to draw queries from")
    parser.add_argument("--queries", metavar="FILE", help="one query a line, instead of drawing them from corpora")
    parser.add_argument("--url", default="http://127.0.0.1:8080", help="searchd base URL (default %(default)s)")
    return parser


def parse_args(argv=None):
    parser = query_source_parser(__doc__)
    parser.add_argument("--count", type=int, default=200, metavar="N",
                        help="distinct queries drawn from the corpora (default %(default)s)")
    parser.add_argument("--requests", type=int, default=500, metavar="N",
                        help="measured requests per variant, cycling through the queries (default %(default)s)")
    parser.add_argument("--warmup", type=int, default=20, metavar="N",
                        help="unmeasured requests per variant first (default %(default)s)")
    parser.add_argument("--seed", type=int, default=1, help="seed of the query sampler (default %(default)s)")
    parser.add_argument("--limit-articles", type=int, metavar="N", help="read only the first N articles of each corpus")
    parser.add_argument("--variants", default="plain,facets",
                        help="comma list of built-in variants: plain, facets (default %(default)s; '' for none)")
    parser.add_argument("--variant", type=parse_variant, action="append", default=[], metavar="NAME=QUERYSTRING",
                        help="an extra variant: the plain request plus QUERYSTRING (repeatable), "
                             "e.g. collapse=collapse=1 or 'recency=recency=0.5&facets=date'")
    parser.add_argument("--save-queries", metavar="FILE", help="write the queries used, one a line")
    parser.add_argument("--json", metavar="FILE", help="also write the figures to FILE as JSON")
    args = parser.parse_args(argv)
    if not args.queries and not args.corpora:
        parser.error("give CORPUS files to draw queries from, or --queries FILE")
    if args.requests < 1 or args.warmup < 0 or args.count < 1:
        parser.error("--requests and --count must be positive, --warmup not negative")
    return args


def variant_params(args):
    """{name: request parameters}: the plain request overridden by each variant's query string."""
    chosen = []
    for name in filter(None, (n.strip() for n in args.variants.split(","))):
        if name not in BUILTIN_VARIANTS:
            sys.exit(f"error: unknown variant {name!r}; built-in ones are {', '.join(BUILTIN_VARIANTS)}")
        chosen.append((name, BUILTIN_VARIANTS[name]))
    chosen.extend(args.variant)
    if not chosen:
        sys.exit("error: no variant to run: use --variants and/or --variant")
    variants = {}
    for name, query_string in chosen:
        params = dict(BASE_PARAMS)
        params.update(parse_qsl(query_string, keep_blank_values=True))
        variants[name] = params
    return variants


def load_queries(args):
    if args.queries:
        lines = Path(args.queries).read_text(encoding="utf-8").splitlines()
        queries = [line.strip() for line in lines if line.strip()]
        if not queries:
            sys.exit(f"error: {args.queries} holds no query")
        return queries
    articles = load_articles(args.corpora, args.limit_articles)
    # Title spans as users type them, shared with other titles or not (the same queries as earlier releases).
    sets = build_query_sets(articles, (args.count + 1) // 2, args.seed, ("title_any_marks", "title_any_nomarks"))
    # Alternate marked and unmarked forms of different titles, as real traffic mixes both.
    mixed = [q.text for pair in zip(sets["title_any_marks"], reversed(sets["title_any_nomarks"])) for q in pair]
    return mixed[: args.count]


def measure(client, queries, variants, warmup, requests):
    """Runs warm-up then measured rounds; returns {name: {'client': [...], 'server': [...], 'errors': n}}."""
    names = list(variants)
    samples = {name: {"client": [], "server": [], "errors": 0} for name in names}
    for i in range(warmup + requests):
        query = queries[i % len(queries)]
        # Rotate which variant goes first, so no variant always follows a cold cache.
        for k in range(len(names)):
            name = names[(i + k) % len(names)]
            result = client.search({**variants[name], "q": query})
            if i < warmup:
                continue
            sample = samples[name]
            sample["client"].append(result.client_ms)
            if isinstance(result.took_ms, (int, float)):
                sample["server"].append(float(result.took_ms))
            if result.status != 200:
                sample["errors"] += 1
    return samples


def ms(value):
    return "n/a" if value is None else f"{value:.2f}"


def print_table(variants, samples, queries, url):
    print(f"searchd {url}: {len(queries)} distinct queries, sequential, one keep-alive connection")
    header = f"{'variant':12} {'requests':>8} {'median':>8} {'p95':>8} {'mean':>8} {'max':>8} " \
             f"{'srv med':>8} {'srv p95':>8} {'x first':>7} {'errors':>6}"
    print(header)
    print(f"{'':12} {'':>8} {'ms':>8} {'ms':>8} {'ms':>8} {'ms':>8} {'took_ms':>8} {'took_ms':>8}")
    figures = {}
    first_median = None
    for name in variants:
        client = latency_summary(samples[name]["client"])
        server = latency_summary(samples[name]["server"])
        first_median = first_median or client["median"]
        ratio = client["median"] / first_median if first_median else 0.0
        print(f"{name:12} {client['n']:>8} {ms(client['median']):>8} {ms(client['p95']):>8} {ms(client['mean']):>8} "
              f"{ms(client['max']):>8} {ms(server['median']):>8} {ms(server['p95']):>8} {ratio:>7.2f} "
              f"{samples[name]['errors']:>6}")
        figures[name] = {"params": variants[name], "client_ms": client, "server_took_ms": server,
                         "errors": samples[name]["errors"]}
    print("(x first: median relative to the first variant)")
    return figures


def main(argv=None):
    args = parse_args(argv)
    variants = variant_params(args)
    queries = load_queries(args)
    if args.save_queries:
        Path(args.save_queries).write_text("".join(q + "\n" for q in queries), encoding="utf-8")
    client = SearchdClient(args.url)
    try:
        client.health()
        samples = measure(client, queries, variants, args.warmup, args.requests)
    except SearchdError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    finally:
        client.close()
    figures = print_table(variants, samples, queries, args.url)
    if args.json:
        Path(args.json).write_text(json.dumps({"queries": len(queries), "variants": figures}, indent=2) + "\n",
                                   encoding="utf-8")
    return 1 if any(s["errors"] for s in samples.values()) else 0


if __name__ == "__main__":
    sys.exit(main())
