#!/usr/bin/env python3
"""Unit checks of gen_archive.py (the synthetic archive) and of the organization table it draws from.

Run: python3 -m unittest discover -s scripts/bench -p 'test_*.py'
Reads the first few hundred articles of the shared corpora; skipped when they are absent.
"""

import datetime as dt
import gzip
import json
import re
import statistics
import tempfile
import unittest
from pathlib import Path

import gen_archive
import org_frequencies

CORPORA = gen_archive.DEFAULT_CORPORA
HAVE_CORPORA = all(path.is_file() for path in CORPORA)
CORPUS_LIMIT = 300  # articles read from each corpus: enough variety, loads in well under a second

SEED = "5"
OPTIONS = ("--count", "1500", "--dup-rate", "0.1", "--years", "2019-2021")
DATE = re.compile(r"(\d{4}-\d{2}-\d{2})(T\d{2}:\d{2}:\d{2}\+07:00)?")


def generate(tmp, name, *options):
    out = Path(tmp, name)
    args = gen_archive.parse_args(["--out", str(out), "--corpus-limit", str(CORPUS_LIMIT), "--quiet", *options])
    articles, duplicates, _ = gen_archive.generate(args)
    return out, articles, duplicates


def read_lines(path):
    with gzip.open(path, "rt", encoding="utf-8") as lines:
        return [json.loads(line) for line in lines]


def dup_key(body):
    """Like the indexer's near-duplicate key: the first 40 words of the body (here unfolded)."""
    return " ".join(body.split()[:40])


@unittest.skipUnless(HAVE_CORPORA, f"the shared corpora are absent ({CORPORA[0].parent})")
class GenArchiveTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.TemporaryDirectory()
        cls.path, cls.count, cls.duplicates = generate(cls.tmp.name, "a.jsonl.gz", "--seed", SEED, *OPTIONS)
        cls.articles = read_lines(cls.path)

    @classmethod
    def tearDownClass(cls):
        cls.tmp.cleanup()

    def test_same_seed_same_bytes_other_seed_other_bytes(self):
        again, _, _ = generate(self.tmp.name, "b.jsonl.gz", "--seed", SEED, *OPTIONS)
        self.assertEqual(again.read_bytes(), self.path.read_bytes())
        other, _, _ = generate(self.tmp.name, "c.jsonl.gz", "--seed", str(int(SEED) + 1), *OPTIONS)
        self.assertNotEqual(other.read_bytes(), self.path.read_bytes())

    def test_fields_are_what_the_indexer_reads(self):
        names = set(gen_archive.load_org_frequencies(gen_archive.DEFAULT_ORG_FREQUENCIES)[0])
        categories = set()
        with gzip.open(CORPORA[0], "rt", encoding="utf-8") as lines:
            for line in lines:
                categories.add(json.loads(line)["category"])
        self.assertEqual(len(self.articles), 1500)
        for n, article in enumerate(self.articles):
            self.assertEqual(list(article),
                             ["id", "url", "title", "date", "category", "source", "orgs", "views", "body"])
            self.assertEqual(article["id"], f"syn-{n}")
            self.assertRegex(article["url"], r"^https://[a-z0-9.-]+/[a-z0-9-]+/[a-z0-9-]+-syn\d+\.htm$")
            self.assertTrue(article["title"].strip())
            self.assertTrue(article["source"].strip())
            self.assertIn(article["category"], categories)
            self.assertIsInstance(article["views"], int)
            self.assertGreaterEqual(article["views"], 0)
            self.assertLessEqual(set(article["orgs"]), names)
            self.assertEqual(len(article["orgs"]), len(set(article["orgs"])))
            paragraphs = article["body"].split("\n")
            self.assertTrue(all(p.strip() == p and p for p in paragraphs), article["id"])
        self.assertEqual(len({a["url"] for a in self.articles}), 1500)
        self.assertGreater(sum(1 for a in self.articles if a["orgs"]), 500)

    def test_some_orgs_are_named_in_the_body(self):
        named = sum(1 for a in self.articles for org in a["orgs"] if org in a["body"])
        drawn = sum(len(a["orgs"]) for a in self.articles)
        self.assertGreater(named, drawn * 0.3)

    def test_dates_fall_in_the_years_asked_in_archive_order(self):
        days = []
        for article in self.articles:
            match = DATE.fullmatch(article["date"])
            self.assertIsNotNone(match, article["date"])
            days.append(dt.date.fromisoformat(match.group(1)))
        self.assertGreaterEqual(min(days), dt.date(2019, 1, 1))
        self.assertLessEqual(max(days), dt.date(2021, 12, 31))
        self.assertEqual({d.year for d in days}, {2019, 2020, 2021})
        timed = sum(1 for a in self.articles if "T" in a["date"])
        self.assertTrue(0.4 < timed / len(days) < 0.9)
        by_year = [sum(1 for d in days if d.year == y) for y in (2019, 2020, 2021)]
        self.assertLess(by_year[0], by_year[2])

    def test_near_duplicates_as_many_as_asked_and_like_their_original(self):
        pools = gen_archive.Pools()
        pools.load(CORPORA, CORPUS_LIMIT)
        generator = gen_archive.Generator(pools, *gen_archive.load_org_frequencies(gen_archive.DEFAULT_ORG_FREQUENCIES),
                                          (2019, 2021), 0.1, int(SEED))
        total = 1500
        articles, originals = [], []
        for n in range(total):
            drawn = generator.article(n, total)
            originals.append(drawn["n"])
            articles.append(json.loads(generator.encode(n, drawn)))
        copies = [n for n in range(total) if originals[n] != n]
        self.assertEqual(len(copies), generator.duplicates)
        self.assertTrue(0.07 < len(copies) / total < 0.13, len(copies))
        for n in copies:
            article, original = articles[n], articles[originals[n]]
            self.assertLess(originals[n], n)
            self.assertEqual(originals[originals[n]], originals[n])  # copies of originals, not of copies
            self.assertEqual(article["title"], original["title"])
            self.assertNotEqual(article["body"], original["body"])
            self.assertNotEqual(article["source"], original["source"])
            self.assertNotEqual(article["url"], original["url"])
            self.assertGreaterEqual(article["date"][:10], original["date"][:10])
            lines, original_lines = article["body"].split("\n"), original["body"].split("\n")
            # the same body but for a line added or changed at the end (a sentence, a byline)
            self.assertEqual(lines[:len(original_lines) - 1], original_lines[:-1])
            self.assertLessEqual(abs(len(lines) - len(original_lines)), 1)
        # what the indexer sees: the same first 40 words (but for a very short body, or a chance collision)
        seen, grouped = set(), 0
        for article in articles:
            key = dup_key(article["body"])
            grouped += key in seen
            seen.add(key)
        self.assertLessEqual(abs(grouped - len(copies)), 3)

    def test_no_duplicates_when_none_asked(self):
        path, _, duplicates = generate(self.tmp.name, "d.jsonl.gz", "--count", "1000", "--dup-rate", "0")
        keys = [dup_key(a["body"]) for a in read_lines(path)]
        self.assertEqual(duplicates, 0)
        self.assertGreaterEqual(len(set(keys)), len(keys) - 1)  # a chance collision of leads at most

    def test_lengths_follow_the_corpora(self):
        real = []
        for path in CORPORA:
            with gzip.open(path, "rt", encoding="utf-8") as lines:
                for _, line in zip(range(CORPUS_LIMIT), lines):
                    real.append(len(json.loads(line)["body"]))
        generated = [len(a["body"]) for a in self.articles]
        ratio = statistics.median(generated) / statistics.median(real)
        self.assertTrue(0.8 < ratio < 1.5, ratio)
        self.assertGreater(statistics.mean(a["body"].count("\n") + 1 for a in self.articles), 5)


class SentenceSplitTest(unittest.TestCase):
    def test_cuts_at_sentence_ends_only(self):
        split = gen_archive.split_sentences
        self.assertEqual(split("Ông A nói: “Tốt lắm.” Sau đó đi. 1. Tuổi Thìn năm 2017 ở TP. HCM."),
                         ["Ông A nói: “Tốt lắm.”", "Sau đó đi. 1. Tuổi Thìn năm 2017 ở TP. HCM."])
        self.assertEqual(split("Giá 2.5 triệu đồng. ngày mai tăng"), ["Giá 2.5 triệu đồng. ngày mai tăng"])

    def test_leads_are_whole_sentences(self):
        self.assertTrue(gen_archive.can_lead("Ông Minh nói: “Chúng tôi sẽ làm.”"))
        self.assertFalse(gen_archive.can_lead("Tin đồn tình cảm với bạn diễn Chu Lâm"))  # a caption
        self.assertFalse(gen_archive.can_lead("\"Về phía Mỹ, chúng tôi tin tưởng vào châu Phi."))

    def test_title_numbers_to_vary_are_counts_and_years_not_names(self):
        self.assertEqual(gen_archive.TITLE_NUMBER.findall("3 con giáp năm 2017: 1.000 người, U20 Anh, COVID-19, 24/7"),
                         ["3", "2017"])

    def test_slug_folds_vietnamese(self):
        self.assertEqual(gen_archive.slug("Đại hội Đảng bộ quận Đống Đa: “lần thứ XXIII”"),
                         "dai-hoi-dang-bo-quan-dong-da-lan-thu-xxiii")


class OrgFrequenciesTest(unittest.TestCase):
    def test_the_committed_table_loads_most_frequent_first(self):
        names, counts, per_article = gen_archive.load_org_frequencies(gen_archive.DEFAULT_ORG_FREQUENCIES)
        self.assertGreater(len(names), 1000)
        self.assertEqual(len(names), len(set(names)))
        self.assertEqual(counts, sorted(counts, reverse=True))
        self.assertGreaterEqual(min(counts), 2)
        self.assertIn(0, per_article)

    def test_writes_what_it_counted(self):
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp, "orgs.tsv")
            with open(path, "w", encoding="utf-8") as out:
                org_frequencies.write_tsv(out, {"Bộ Y tế": 3, "Quốc hội": 1, "Chính phủ": 3}, {0: 2, 1: 1, 2: 1},
                                          4, 2, "test")
            names, counts, per_article = gen_archive.load_org_frequencies(path)
        self.assertEqual(names, ["Bộ Y tế", "Chính phủ"])
        self.assertEqual(counts, [3, 3])
        self.assertEqual(per_article, {0: 2, 1: 1, 2: 1})


if __name__ == "__main__":
    unittest.main()
