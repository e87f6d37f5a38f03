#!/usr/bin/env python3
"""Dumps every organization of an index with its article count, as a TSV, from searchd's own hits.

The org facet only returns the top 100 values, so this pages through every article (an empty query
lists them all, 100 a page) and counts the distinct names of each hit's "orgs" list: what the facet
would say with no size limit. Against a running searchd, or a database built by the indexer (a
searchd is then started on a free loopback port and stopped at the end):

    scripts/bench/org_frequencies.py --url http://127.0.0.1:8080 --out orgs.tsv
    scripts/bench/org_frequencies.py --db /tmp/real-db --min-count 2 --out scripts/bench/data/org_frequencies.tsv

Output: '#' comment lines (where the counts come from, and the number of organizations per article
as 'COUNT:ARTICLES' pairs, which gen_archive.py draws from), then 'name<TAB>articles' lines, most
frequent first. Standard library only.
"""

import argparse
import collections
import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "eval"))
from searchd_client import SearchdClient, SearchdError  # noqa: E402

PER_PAGE = 100
MAX_PAGE = 10000  # searchd refuses page > 10000: at most a million articles can be listed


def parse_args(argv=None):
    repo = Path(__file__).resolve().parent.parent.parent
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                     epilog=__doc__.split("\n\n", 1)[1],
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    source = parser.add_mutually_exclusive_group(required=True)
    source.add_argument("--url", help="base URL of a running searchd, e.g. http://127.0.0.1:8080")
    source.add_argument("--db", metavar="DIR",
                        help="a database built by the indexer: serve it with a searchd of our own")
    parser.add_argument("--searchd", metavar="BIN",
                        default=str(Path(os.environ.get("BUILD_DIR", repo / "build")) / "searchd" / "searchd"),
                        help="the searchd binary for --db "
                             "(default: $BUILD_DIR/searchd/searchd, BUILD_DIR=<repo>/build)")
    parser.add_argument("--out", metavar="FILE", help="write the TSV here (default: stdout)")
    parser.add_argument("--label", metavar="TEXT",
                        help="what the index holds, for the TSV's first comment line "
                             "(default: the database's name or the URL)")
    parser.add_argument("--min-count", type=int, default=1, metavar="N",
                        help="leave out the names found in fewer than N articles (default %(default)s)")
    args = parser.parse_args(argv)
    if args.min_count < 1:
        parser.error("--min-count must be at least 1")
    return args


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class OwnSearchd:
    """A searchd serving DIR on a free loopback port, for the time of a `with` block."""

    def __init__(self, binary, db):
        self.binary, self.db = binary, db
        self.process = None
        self.url = None

    def __enter__(self):
        if not Path(self.binary).is_file():
            sys.exit(f"error: no searchd binary at {self.binary} "
                     "(build it: scripts/build.sh searchd, or pass --searchd)")
        port = free_port()
        self.url = f"http://127.0.0.1:{port}"
        self.process = subprocess.Popen([self.binary, "--db", str(self.db), "--listen", f"127.0.0.1:{port}",
                                         "--threads", "2"],
                                        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        client = SearchdClient(self.url, timeout=5)
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                sys.exit(f"error: searchd exited with status {self.process.returncode}:\n"
                         + self.process.stderr.read().decode("utf-8", "replace")[-2000:])
            try:
                client.health()
                client.close()
                return self
            except SearchdError:
                time.sleep(0.1)
        self.__exit__(None, None, None)
        sys.exit(f"error: searchd did not answer {self.url}/health within 60 s")

    def __exit__(self, *exc):
        if self.process is not None and self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        return False


def count_orgs(client, progress=sys.stderr):
    """(Counter name -> articles, Counter orgs-per-article -> articles, articles listed, total)."""
    names = collections.Counter()
    per_article = collections.Counter()
    listed = 0
    total = None
    page = 1
    while page <= MAX_PAGE:
        result = client.search({"q": "", "per_page": str(PER_PAGE), "page": str(page), "facets": "",
                                "sort": "date_desc"})
        if result.status != 200:
            raise SearchdError(f"GET /search page {page} answered {result.status}: {result.body}")
        if total is None:
            total = result.body.get("total", 0)
        hits = result.body.get("hits", [])
        for hit in hits:
            distinct = list(dict.fromkeys(hit.get("orgs") or []))
            names.update(distinct)
            per_article[len(distinct)] += 1
        listed += len(hits)
        if page % 50 == 0:
            print(f"\r{listed}/{total} articles", end="", file=progress, flush=True)
        if len(hits) < PER_PAGE or listed >= total:
            break
        page += 1
    print(f"\r{listed}/{total} articles", file=progress)
    return names, per_article, listed, total


def check_against_facet(client, names):
    """The org facet's top values must carry the counts we found: else the listing missed articles."""
    result = client.search({"q": "", "per_page": "0", "facets": "org", "facet_size": "100"})
    mismatches = [(v["value"], v["count"], names.get(v["value"], 0))
                  for v in result.body.get("facets", {}).get("org", []) if names.get(v["value"], 0) != v["count"]]
    for value, facet, ours in mismatches[:5]:
        print(f"warning: the org facet counts {facet} articles for {value!r}, the listing {ours}", file=sys.stderr)
    return not mismatches


def write_tsv(out, names, per_article, listed, min_count, origin):
    kept = sorted(((n, c) for n, c in names.items() if c >= min_count), key=lambda item: (-item[1], item[0]))
    out.write(f"# organizations of {listed} articles ({origin}), article counts from each hit's orgs; "
              f"{len(kept)} of {len(names)} names with count >= {min_count}\n")
    out.write("# orgs_per_article\t" + " ".join(f"{k}:{v}" for k, v in sorted(per_article.items())) + "\n")
    for name, count in kept:
        out.write(f"{name}\t{count}\n")
    return len(kept)


def main(argv=None):
    args = parse_args(argv)
    started = time.monotonic()
    own = OwnSearchd(args.searchd, args.db) if args.db else None
    try:
        url = own.__enter__().url if own else args.url
        client = SearchdClient(url)
        names, per_article, listed, total = count_orgs(client)
        consistent = check_against_facet(client, names)
        client.close()
    except SearchdError as error:
        sys.exit(f"error: {error}")
    finally:
        if own:
            own.__exit__(None, None, None)
    if total > listed:
        print(f"warning: searchd lists at most {MAX_PAGE * PER_PAGE} articles; counted {listed} of {total}",
              file=sys.stderr)
    origin = args.label or (f"database {Path(args.db).name}" if args.db else f"searchd at {args.url}")
    if args.out:
        with open(args.out, "w", encoding="utf-8", newline="\n") as out:
            kept = write_tsv(out, names, per_article, listed, args.min_count, origin)
    else:
        kept = write_tsv(sys.stdout, names, per_article, listed, args.min_count, origin)
    print(f"{kept} organizations (of {len(names)}) from {listed} articles in {time.monotonic() - started:.1f} s"
          + ("" if consistent else "; the org facet disagrees, see the warnings"), file=sys.stderr)
    return 0 if consistent else 1


if __name__ == "__main__":
    sys.exit(main())
