#!/usr/bin/env python3
"""Checks of the organization annotations (tests/fixtures/orgs) and of their checker.

The fixture checks need the shared corpus (<repo>/../shared) and are skipped without it; the
checker's own tests use a small corpus written to a temporary directory.

Run: python3 -m unittest discover -s scripts/eval -p 'test_*.py'
"""

import gzip
import json
import random
import tempfile
import unittest
from pathlib import Path

import check_org_annotations as checker
import sample_org_articles as sampler

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared"
FIXTURES = ROOT / "tests" / "fixtures" / "orgs"


def shared_corpus_present():
    return all((SHARED / "corpus" / f"{corpus}.jsonl.gz").exists() for corpus in checker.CORPORA)


@unittest.skipUnless(shared_corpus_present(), f"shared corpus absent: {SHARED / 'corpus'}")
class FixtureTest(unittest.TestCase):
    def test_both_files_pass_the_check(self):
        problems, summary = checker.check(checker.DEFAULT_FILES, SHARED)
        self.assertEqual(problems, [])
        self.assertEqual(len(summary), 3)

    def test_each_file_has_its_articles_per_corpus(self):
        per_corpus = {"annotated.jsonl": (40, 40), "heldout.jsonl": (40, 40), "dev.jsonl": (2325, 2579)}
        for path in checker.DEFAULT_FILES:
            with open(path, encoding="utf-8") as lines:
                corpora = [json.loads(line)["corpus"] for line in lines if line.strip()]
            self.assertEqual(corpora.count("dantri"), per_corpus[path.name][0], path.name)
            self.assertEqual(corpora.count("baomoi"), per_corpus[path.name][1], path.name)

    def test_heldout_is_the_seeded_draw(self):
        # heldout.jsonl holds exactly what sample_org_articles.py draws, in its order.
        excluded = sampler.tuning_ids(FIXTURES / "annotated.jsonl")
        drawn = []
        for corpus in checker.CORPORA:
            ids = sampler.eligible_ids(SHARED / "corpus" / f"{corpus}.jsonl.gz", excluded)
            drawn += [(corpus, id_) for id_ in random.Random(2026).sample(ids, 40)]
        with open(FIXTURES / "heldout.jsonl", encoding="utf-8") as lines:
            listed = [(a["corpus"], a["id"]) for a in map(json.loads, filter(str.strip, lines))]
        self.assertEqual(listed, drawn)

    def test_dev_is_the_seeded_draw(self):
        # dev.jsonl (issue 12) is a second draw, seed 1212, that excludes the tuning and held-out sets,
        # then 20 more baomoi articles drawn with seed 1213 that also exclude the first 40; then 16 +
        # 16 articles with seed 1214, 24 more baomoi articles with seeds 1215, 1216 and 1217, and 12 + 12
        # with seeds 1218 and 1219, each excluding all before; then the draw of articles dense with
        # organizations (seed 1220), which excludes these too, 12 + 12 with seed 1221, 24 baomoi with
        # seeds 1222 and 1223, 12 + 12 with seed 1224, a second dense draw (seed 1225), 24 baomoi with
        # seed 1226, a third dense draw (seed 1227), 24 baomoi with seed 1228, a fourth dense draw (seed 1229)
        # 24 baomoi with seed 1230, 12 + 12 with seed 1231 and a fifth dense draw (seed 1232), each excluding
        # all before; then 12 + 12 with seeds 1233 and 1234, drawn at once: each excludes the 464 before them
        # (none is in both); then 12 + 12 with seeds 1235 and 1236 the same way, each excluding the 512 before;
        # then a sixth and a seventh dense draw (seeds 1237, 1238), each excluding all before; then 12 + 12 with
        # seeds 1239 and 1240, each excluding the 584 before; then 12 + 12 with seeds 1241 to 1418, each
        # excluding all before.
        excluded = sampler.tuning_ids(FIXTURES / "annotated.jsonl") | sampler.tuning_ids(FIXTURES / "heldout.jsonl")
        drawn = []
        # Each corpus' eligible ids, read once: a draw's ids are these less what it excludes, in the same sorted
        # order as sampler.eligible_ids gives them (reading the corpus for each of 190 draws took minutes).
        eligible = {}

        def draw(corpora, seed, count, before_count=None):
            before = excluded | {id_ for _, id_ in drawn[:before_count]}
            for corpus in corpora:
                if corpus not in eligible:
                    eligible[corpus] = sampler.eligible_ids(SHARED / "corpus" / f"{corpus}.jsonl.gz", set())
                ids = [id_ for id_ in eligible[corpus] if id_ not in before]
                drawn.extend((corpus, id_) for id_ in random.Random(seed).sample(ids, count))

        draw(checker.CORPORA, 1212, 20)
        draw(["baomoi"], 1213, 20)
        draw(checker.CORPORA, 1214, 16)
        draw(["baomoi"], 1215, 24)
        draw(["baomoi"], 1216, 24)
        draw(["baomoi"], 1217, 24)
        draw(checker.CORPORA, 1218, 12)
        draw(checker.CORPORA, 1219, 12)
        drawn.extend(sampler.dense_draw(SHARED, excluded | {id_ for _, id_ in drawn}, 1220))
        draw(checker.CORPORA, 1221, 12)
        draw(["baomoi"], 1222, 24)
        draw(["baomoi"], 1223, 24)
        draw(checker.CORPORA, 1224, 12)
        drawn.extend(sampler.dense_draw(SHARED, excluded | {id_ for _, id_ in drawn}, 1225))
        draw(["baomoi"], 1226, 24)
        drawn.extend(sampler.dense_draw(SHARED, excluded | {id_ for _, id_ in drawn}, 1227))
        draw(["baomoi"], 1228, 24)
        drawn.extend(sampler.dense_draw(SHARED, excluded | {id_ for _, id_ in drawn}, 1229))
        draw(["baomoi"], 1230, 24)
        draw(checker.CORPORA, 1231, 12)
        drawn.extend(sampler.dense_draw(SHARED, excluded | {id_ for _, id_ in drawn}, 1232))
        draw(checker.CORPORA, 1233, 12)
        draw(checker.CORPORA, 1234, 12, before_count=464)
        draw(checker.CORPORA, 1235, 12)
        draw(checker.CORPORA, 1236, 12, before_count=512)
        drawn.extend(sampler.dense_draw(SHARED, excluded | {id_ for _, id_ in drawn}, 1237))
        drawn.extend(sampler.dense_draw(SHARED, excluded | {id_ for _, id_ in drawn}, 1238))
        draw(checker.CORPORA, 1239, 12)
        draw(checker.CORPORA, 1240, 12, before_count=584)
        for seed in range(1241, 1419):
            draw(checker.CORPORA, seed, 12)
        with open(FIXTURES / "dev.jsonl", encoding="utf-8") as lines:
            listed = [(a["corpus"], a["id"]) for a in map(json.loads, filter(str.strip, lines))]
        self.assertEqual(listed, drawn)


class CheckerTest(unittest.TestCase):
    ARTICLES = {
        "dantri": [{"id": "d1", "url": "", "title": "Sở GD&ĐT Hà Nội họp", "body": "Bộ Y tế và Sở GD&ĐT Hà Nội."}],
        "baomoi": [{"id": "b1", "url": "", "title": "Tin", "body": "Theo TTXVN."}],
    }

    def setUp(self):
        self.dir = tempfile.TemporaryDirectory()
        self.shared = Path(self.dir.name)
        (self.shared / "corpus").mkdir()
        for corpus, articles in self.ARTICLES.items():
            with gzip.open(self.shared / "corpus" / f"{corpus}.jsonl.gz", "wt", encoding="utf-8") as out:
                for article in articles:
                    out.write(json.dumps(article, ensure_ascii=False) + "\n")

    def tearDown(self):
        self.dir.cleanup()

    def problems(self, *lines):
        path = self.shared / "annotations.jsonl"
        path.write_text("".join(line if isinstance(line, str) else json.dumps(line, ensure_ascii=False) + "\n"
                                for line in lines), encoding="utf-8")
        return checker.check([path], self.shared)

    def test_a_good_file_passes_and_is_counted(self):
        problems, summary = self.problems(
            {"corpus": "dantri", "id": "d1", "orgs": [
                {"name": "Sở Giáo dục và Đào tạo Hà Nội", "surfaces": ["Sở GD&ĐT Hà Nội"]},
                {"name": "Bộ Y tế", "surfaces": ["Bộ Y tế"]}]},
            {"corpus": "baomoi", "id": "b1", "orgs": [{"name": "TTXVN", "surfaces": ["TTXVN"]}]})
        self.assertEqual(problems, [])
        self.assertIn("dantri 1 articles, 2 organizations", summary[0])
        self.assertIn("baomoi 1 articles, 1 organizations", summary[0])

    def test_a_surface_must_occur_exactly_title_newline_body(self):
        problems, _ = self.problems({"corpus": "dantri", "id": "d1", "orgs": [
            {"name": "Bộ Y tế", "surfaces": ["bộ Y tế"]},
            {"name": "X", "surfaces": ["họp\nBộ Y tế"]}]})
        self.assertEqual(len(problems), 1)
        self.assertIn("'bộ Y tế'", problems[0])

    def test_a_name_listed_twice_after_nfc_and_case_folding(self):
        decomposed = "Bo\u0302\u0323 Y te\u0302\u0301"  # "Bộ Y tế" with combining marks
        problems, _ = self.problems({"corpus": "dantri", "id": "d1", "orgs": [
            {"name": "Bộ Y tế", "surfaces": ["Bộ Y tế"]},
            {"name": decomposed.upper(), "surfaces": ["Bộ Y tế"]}]})
        self.assertTrue(any("listed 2 times" in p for p in problems), problems)
        self.assertTrue(any("given to both" in p for p in problems), problems)

    def test_unknown_ids_bad_json_and_missing_fields(self):
        problems, _ = self.problems(
            {"corpus": "dantri", "id": "nope", "orgs": []},
            "{not json\n",
            {"corpus": "dantri", "orgs": []},
            {"corpus": "vnexpress", "id": "d1", "orgs": []},
            {"corpus": "baomoi", "id": "b1", "orgs": [{"name": "TTXVN", "surfaces": []}]},
            {"corpus": "baomoi", "id": "b1", "orgs": [{"name": "TTXVN", "surfaces": ["TTXVN"]}]},
            {"corpus": "baomoi", "id": "b1", "orgs": []})
        text = "\n".join(problems)
        self.assertIn("not in the dantri corpus", text)
        self.assertIn("not JSON", text)
        self.assertIn("field 'id'", text)
        self.assertIn("unknown corpus", text)
        self.assertIn("non-empty list", text)
        self.assertIn("already listed", text)

    def test_main_exits_non_zero_on_a_problem(self):
        path = self.shared / "bad.jsonl"
        path.write_text(json.dumps({"corpus": "dantri", "id": "d1", "orgs": [{"name": "A", "surfaces": ["Z"]}]}) + "\n")
        import contextlib
        import io
        import sys
        argv = sys.argv
        sys.argv = ["check_org_annotations.py", "--shared", str(self.shared), str(path)]
        try:
            with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
                self.assertEqual(checker.main(), 1)
        finally:
            sys.argv = argv


if __name__ == "__main__":
    unittest.main()
