#!/usr/bin/env python3
"""Unit checks of the baselines' helpers (fts5_bench.py, indexing.py, queries.py), on real files and a
real SQLite FTS5 table, without the project's programs.

Run: python3 -m unittest discover -s scripts/bench -p 'test_*.py'
"""

import contextlib
import gzip
import io
import json
import tempfile
import unittest
from pathlib import Path
from urllib.parse import quote, urlencode

from fts5_bench import fts5_query
from fts5_bench import main as fts5_main
from bench_env import write_slice
from indexing import size_of
from queries import connection_counts, parse_figures


def line(**params):
    return urlencode(params, quote_via=quote)


def write_articles(path, count, opener=open):
    with opener(path, "wt", encoding="utf-8") as out:
        for i in range(count):
            out.write(json.dumps({"id": f"a{i}", "title": f"Đại hội Đảng bộ lần {i}",
                                  "body": f"Hà Nội đón khách số {i}. Giá vàng \"tăng\"."}, ensure_ascii=False) + "\n")
            out.write("\n")  # blank lines are not articles
    return path


class Fts5QueryTest(unittest.TestCase):
    def test_words_are_quoted_and_anded_and_the_page_becomes_an_offset(self):
        self.assertEqual(fts5_query(line(q="Hà nội", page="3")), ('"Hà" AND "nội"', 20))
        self.assertEqual(fts5_query(line(q="ha noi", date_from="2020-01-01")), ('"ha" AND "noi"', 0))

    def test_a_quoted_query_is_one_phrase(self):
        self.assertEqual(fts5_query(line(q='"giá vàng"')), ('"giá vàng"', 0))

    def test_a_line_without_words_is_left_out(self):
        self.assertIsNone(fts5_query(line(q="", category="the-thao")))
        self.assertIsNone(fts5_query(line(q='" - "')))

    def test_a_bad_page_is_the_first(self):
        self.assertEqual(fts5_query(line(q="vàng", page="x"))[1], 0)


class Fts5BenchTest(unittest.TestCase):
    def test_builds_compacts_and_answers_every_line_without_a_syntax_error(self):
        with tempfile.TemporaryDirectory() as tmp:
            corpus = write_articles(Path(tmp, "c.jsonl.gz"), 30, gzip.open)
            db = Path(tmp, "f.sqlite")
            self.assertEqual(fts5_main(["build", "--no-optimize", "--db", str(db), str(corpus)]), 0)
            self.assertEqual(fts5_main(["compact", "--db", str(db)]), 0)
            mix = Path(tmp, "mix.txt")
            mix.write_text("\n".join([line(q='ha noi'), line(q='"tăng" AND OR NEAR('), line(q='"đại hội"'),
                                      line(q="")]) + "\n", encoding="utf-8")
            out = io.StringIO()
            with contextlib.redirect_stdout(out):
                fts5_main(["query", "--db", str(db), "--queries", str(mix), "--threads", "2", "--seconds", "0.2",
                           "--warmup", "3"])
            figures = parse_figures(out.getvalue())
            self.assertGreater(figures["requests"], 0)
            self.assertEqual(figures["left_out"], 1)
            self.assertEqual(figures["threads"], 2)


class IndexingHelpersTest(unittest.TestCase):
    def test_the_slice_takes_the_first_articles_across_files_as_they_are(self):
        with tempfile.TemporaryDirectory() as tmp:
            first = write_articles(Path(tmp, "a.jsonl.gz"), 3, gzip.open)
            second = write_articles(Path(tmp, "b.jsonl"), 4)
            target = Path(tmp, "slice.jsonl")
            self.assertEqual(write_slice([first, second], 5, target), 5)
            lines = target.read_text(encoding="utf-8").splitlines()
            self.assertEqual([json.loads(x)["id"] for x in lines], ["a0", "a1", "a2", "a0", "a1"])
            self.assertEqual(write_slice([first, second], 0, target), 7)
            self.assertEqual(size_of(target), target.stat().st_size)
            self.assertEqual(size_of(tmp), sum(p.stat().st_size for p in Path(tmp).iterdir()))


class QueriesHelpersTest(unittest.TestCase):
    def test_the_last_figures_line_is_read_as_numbers(self):
        output = "Running 1s test\nwrk: requests=10 qps=1.0\nwrk: requests=120 seconds=1.00 qps=120.5 p99_ms=3.250 json=x\n"
        self.assertEqual(parse_figures(output), {"requests": 120, "seconds": 1.0, "qps": 120.5, "p99_ms": 3.25,
                                                 "json": "x"})
        with self.assertRaises(RuntimeError):
            parse_figures("no figures here")

    def test_connection_lists(self):
        self.assertEqual(connection_counts("1,8,64"), [1, 8, 64])
        for bad in ("", "0,8", "x"):
            with self.assertRaises(Exception):
                connection_counts(bad)


if __name__ == "__main__":
    unittest.main()
