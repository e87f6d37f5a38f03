#!/usr/bin/env python3
"""Two uses of Xapian 1.4 that crash a multi-threaded server, checked on the sources of the programs
(schema, service, indexer, searchd): searchd crashed under 8 connections from each.

- Enquire::set_time_limit: Xapian times the match with a POSIX timer whose notification thread writes
  a flag into the matcher's stack frame; timer_delete does not wait for a notification on its way, so
  a timer expiring as its match ends writes into memory something else uses by then. Keep a budget
  with a match spy instead (searchd/facets/match_progress.h).
- Query::MatchAll / Query::MatchNothing: static queries whose reference counts are not atomic;
  threads copying them at once corrupt the count. Build a query of one's own (Query(std::string())).

Comments may name them. Exits 1 listing every use."""
import pathlib
import re
import sys

from source_checks import project_root, report

FORBIDDEN = {
    re.compile(r"\bset_time_limit\s*\("): "Enquire::set_time_limit (POSIX-timer race): keep the budget in a match spy",
    re.compile(r"\bQuery::Match(All|Nothing)\b"): "a copy of a static Xapian query (non-atomic reference count): build one",
}
FOLDERS = ("schema", "service", "indexer", "searchd")
COMMENT = re.compile(r"//.*$")


def violations(root: pathlib.Path):
    for folder in FOLDERS:
        for source in sorted((root / folder).rglob("*")):
            if source.suffix not in (".h", ".cc"):
                continue
            for number, line in enumerate(source.read_text(encoding="utf-8").splitlines(), 1):
                code = COMMENT.sub("", line)
                for pattern, why in FORBIDDEN.items():
                    if pattern.search(code):
                        yield f"{source.relative_to(root)}:{number}: {why}"


def main():
    return report(violations(project_root()), "use(s) of Xapian that are not safe across threads",
                  "no Enquire::set_time_limit, no copies of Query::MatchAll/MatchNothing")


if __name__ == "__main__":
    sys.exit(main())
