#!/usr/bin/env python3
"""Unit checks of the mixed-query benchmark (mixed_queries.py, mixed_latency.py), without searchd.

Run: python3 -m unittest discover -s scripts/bench -p 'test_*.py'
"""

import tempfile
import unittest
from pathlib import Path
from urllib.parse import parse_qs

from mixed_latency import summary
from mixed_queries import MIX
from mixed_queries import main as write_mix
from test_bench import write_corpus as write_titled_corpus


def write_corpus(directory, count):
    return write_titled_corpus(directory, count, body="Câu đầu tiên của bài {i} về hội nghị. Câu sau.")


class MixedQueriesTest(unittest.TestCase):
    def draw(self, tmp, seed):
        out = Path(tmp, f"mix{seed}.txt")
        write_mix([str(write_corpus(tmp, 30)), "--count", "200", "--seed", str(seed), "--output", str(out)])
        return out.read_text(encoding="utf-8").splitlines()

    def test_the_same_seed_draws_the_same_file_of_the_stated_mix(self):
        with tempfile.TemporaryDirectory() as tmp:
            lines = self.draw(tmp, 1)
            self.assertEqual(lines, self.draw(tmp, 1))
            self.assertNotEqual(lines, self.draw(tmp, 2))
        self.assertEqual(len(lines), 200)
        params = [parse_qs(line, keep_blank_values=True) for line in lines]
        self.assertTrue(all("q" in p for p in params))
        phrases = sum(1 for p in params if p["q"][0].startswith('"'))
        self.assertEqual(phrases, round(dict(MIX)["phrase"] * 200))
        self.assertTrue(any("page" in p for p in params))
        self.assertTrue(any("date_from" in p for p in params))
        self.assertAlmostEqual(sum(share for _, share in MIX), 1.0)


class SummaryTest(unittest.TestCase):
    def test_percentiles_by_nearest_rank(self):
        figures = summary([float(i) for i in range(1, 101)])
        self.assertEqual((figures["median"], figures["p95"], figures["p99"], figures["max"]), (50.0, 95.0, 99.0, 100.0))
        self.assertIsNone(summary([])["median"])


if __name__ == "__main__":
    unittest.main()
