#!/usr/bin/env python3
"""Unit checks of the benchmark's own pieces (query drawing, variants), without searchd.

Run: python3 -m unittest discover -s scripts/bench -p 'test_*.py'
"""

import json
import tempfile
import unittest
from pathlib import Path

from prefix_latency import keystrokes
from prefix_latency import parse_args as parse_prefix_args
from search_latency import load_queries, parse_args, variant_params


def write_corpus(directory, count, body="Thân bài."):
    """A JSON Lines corpus of `count` titled articles; `body` may name the article's number as {i}."""
    path = Path(directory, "corpus.jsonl")
    with path.open("w", encoding="utf-8") as out:
        for i in range(count):
            out.write(json.dumps({"id": f"a{i}", "title": f"Tiêu đề số {i} về Đại hội Đảng bộ",
                                  "body": body.format(i=i)}, ensure_ascii=False) + "\n")
    return path


class LoadQueriesTest(unittest.TestCase):
    def test_draws_title_spans_alternating_marked_and_unmarked(self):
        with tempfile.TemporaryDirectory() as tmp:
            queries = load_queries(parse_args([str(write_corpus(tmp, 20)), "--count", "10"]))
        self.assertEqual(len(queries), 10)
        self.assertTrue(all(3 <= len(q.split()) <= 6 for q in queries))
        has_marks = [any(ord(ch) > 127 for ch in q) for q in queries]
        self.assertTrue(all(has_marks[0::2]))
        self.assertFalse(any(has_marks[1::2]))

    def test_reads_one_query_a_line_from_a_file(self):
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp, "q.txt")
            path.write_text("đại hội\n\n  ha noi \n", encoding="utf-8")
            self.assertEqual(load_queries(parse_args(["--queries", str(path)])), ["đại hội", "ha noi"])


class VariantsTest(unittest.TestCase):
    def test_extra_variant_overrides_the_plain_request(self):
        variants = variant_params(parse_args(["c.jsonl", "--variant", "collapse=collapse=1&facets=date"]))
        self.assertEqual(variants["plain"]["facets"], "")
        self.assertEqual(variants["collapse"], {"per_page": "10", "facets": "date", "collapse": "1"})


class KeystrokesTest(unittest.TestCase):
    def test_every_prefix_of_every_word_grouped_by_what_is_typed(self):
        self.assertEqual(keystrokes("đại hội"), [
            ("đ", "first word, 1 letter"), ("đạ", "first word, 2-3 letters"), ("đại", "first word, 2-3 letters"),
            ("đại h", "next word, 1 letter"), ("đại hộ", "next word, 2+ letters"), ("đại hội", "next word, 2+ letters"),
        ])
        self.assertEqual(keystrokes("tổng")[-1], ("tổng", "first word, 4+ letters"))

    def test_prefix_benchmark_reads_query_files_and_parameter_overrides(self):
        args = parse_prefix_args(["--queries", "q.txt", "--param", "facets="])
        self.assertEqual((args.queries, args.param), ("q.txt", ["facets="]))


if __name__ == "__main__":
    unittest.main()
