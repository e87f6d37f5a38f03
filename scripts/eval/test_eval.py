#!/usr/bin/env python3
"""Unit checks of the evaluation's own pieces (query sets, metrics, FTS5 baseline), without searchd.

Run: python3 -m unittest discover -s scripts/eval -p 'test_*.py'
"""

import gzip
import json
import tempfile
import unittest
from pathlib import Path

from ambiguity import TitleSpans, best_expected_reciprocal_rank, expected_reciprocal_rank
from corpus import Article, duplicate_groups, load_articles
from fts5_baseline import Fts5Baseline, cache_key, match_expression
from querysets import Query, build_query_sets, first_sentence, fold_marks, slug_words, span_probability, words
from relevance import check_floors, rank_of
from score_rankings import read_rankings, score
from slug_ceiling import BUCKETS, FoldedTexts, profile
from stats import percentile, rank_metrics

DANTRI_URL = "https://dantri.com.vn/kinh-doanh/vinamilk-lot-top-1000-thuong-hieu-20201001163534963.htm"


def article(id_, title="", body="Nội dung.", url=""):
    return Article(id=id_, url=url, title=title, body=body, corpus="test")


class TextTest(unittest.TestCase):
    def test_words_trim_punctuation_but_keep_inner(self):
        self.assertEqual(words("“Top10” Covid-19: 1.000 tỷ - TP.HCM!"),
                         ["Top10", "Covid-19", "1.000", "tỷ", "TP.HCM"])

    def test_fold_marks_removes_every_mark_and_dd(self):
        self.assertEqual(fold_marks("Đại hội Đảng bộ quận ủy Thuỵ"), "Dai hoi Dang bo quan uy Thuy")

    def test_fold_marks_handles_decomposed_input(self):
        self.assertEqual(fold_marks("ho\u0300a"), "hoa")

    def test_first_sentence_stops_at_the_first_sentence_end(self):
        self.assertEqual(first_sentence("Năm 2020, Vinamilk vượt 1.000 hãng. Câu sau.\nDòng hai."),
                         "Năm 2020, Vinamilk vượt 1.000 hãng.")

    def test_slug_words_of_a_readable_slug_drop_the_trailing_id(self):
        self.assertEqual(slug_words(DANTRI_URL), ["vinamilk", "lot", "top", "1000", "thuong", "hieu"])

    def test_numeric_urls_have_no_slug(self):
        self.assertEqual(slug_words("http://www.baomoi.com/a/c/21454551.epi"), [])


class QuerySetTest(unittest.TestCase):
    class Query:
        def __init__(self, text):
            self.text = text

    ARTICLES = [article(f"a{i}", title=f"Tiêu đề số {i} về Đại hội Đảng bộ",
                        body=f"Câu mở đầu của bài số {i} khá dài. Phần sau.",
                        url=DANTRI_URL.replace("vinamilk", f"bai{i}")) for i in range(50)]
    ARTICLES.append(article("untitled", body="Không có tiêu đề nhưng có thân bài dài."))
    # Every span of this title is in other titles too: it has no known-item span.
    ARTICLES.append(article("shared", title="về Đại hội Đảng bộ"))
    SPANS = TitleSpans(ARTICLES, duplicate_groups(ARTICLES))

    def sets(self, per_kind, seed):
        return build_query_sets(self.ARTICLES, per_kind, seed, identifies_one_story=self.SPANS.identifies_one_story)

    def test_same_seed_same_queries_other_seed_other_queries(self):
        first = self.sets(10, seed=7)
        self.assertEqual(first, self.sets(10, seed=7))
        self.assertNotEqual(first, self.sets(10, seed=8))

    def test_spans_come_from_their_target(self):
        by_id = {a.id: a for a in self.ARTICLES}
        sets = self.sets(10, seed=1)
        for query in sets["title_marks"] + sets["title_any_marks"]:
            self.assertIn(query.text, " ".join(words(by_id[query.target].title)))
            self.assertTrue(3 <= len(query.text.split()) <= 6)
        for query in sets["lead"]:
            self.assertIn(query.text, " ".join(words(first_sentence(by_id[query.target].body))))
            self.assertTrue(4 <= len(query.text.split()) <= 6)
        for query in sets["slug"]:
            self.assertIn(query.text, " ".join(slug_words(by_id[query.target].url)))

    def test_nomarks_are_the_marked_spans_folded(self):
        sets = self.sets(10, seed=1)
        for marked, folded in (("title_marks", "title_nomarks"), ("title_any_marks", "title_any_nomarks")):
            self.assertEqual([fold_marks(q.text) for q in sets[marked]], [q.text for q in sets[folded]])

    def test_known_item_title_spans_identify_their_story_only(self):
        sets = self.sets(1000, seed=1)
        self.assertEqual(len(sets["title_marks"]), 50)
        self.assertNotIn("shared", {q.target for q in sets["title_marks"]})
        for query in sets["title_marks"]:
            self.assertEqual(self.SPANS.stories_holding(query.text), 1, query.text)

    def test_unrestricted_title_spans_keep_shared_ones_and_skip_untitled(self):
        sets = self.sets(1000, seed=1)
        targets = {q.target for q in sets["title_any_marks"]}
        self.assertIn("shared", targets)
        self.assertNotIn("untitled", targets)
        self.assertTrue(any(self.SPANS.stories_holding(q.text) > 1 for q in sets["title_any_marks"]))

    def test_title_kinds_need_the_title_index(self):
        with self.assertRaises(ValueError):
            build_query_sets(self.ARTICLES, 10, seed=1, kinds=("title_marks",))
        self.assertEqual(set(build_query_sets(self.ARTICLES, 10, seed=1, kinds=("lead",))), {"lead"})

    def test_span_probability_is_the_samplers_distribution(self):
        for title_words in (3, 4, 5, 6, 9):
            total = sum(span_probability(title_words, length) * (title_words - length + 1)
                        for length in range(1, title_words + 2))
            self.assertAlmostEqual(total, 1.0)
        self.assertEqual(span_probability(4, 5), 0.0)
        self.assertEqual(span_probability(9, 2), 0.0)


class CorpusTest(unittest.TestCase):
    def test_reads_gz_and_plain_keeps_last_version_and_honours_limit(self):
        with tempfile.TemporaryDirectory() as tmp:
            plain = Path(tmp, "one.jsonl")
            plain.write_text('{"id": "x", "body": "cũ"}\n\nnot json\n{"id": "y", "body": "b"}\n', encoding="utf-8")
            packed = Path(tmp, "two.jsonl.gz")
            with gzip.open(packed, "wt", encoding="utf-8") as out:
                out.write(json.dumps({"id": "x", "body": "mới", "title": "T"}) + "\n")
            articles = load_articles([plain, packed])
            self.assertEqual({a.id: a.body for a in articles}, {"y": "b", "x": "mới"})
            self.assertEqual([a.id for a in load_articles([plain], limit=2)], ["x"])

    def test_exact_duplicates_form_one_group(self):
        groups = duplicate_groups([article("a", "Tin  Nóng", "Thân bài."), article("b", "tin nóng", "Thân  bài."),
                                   article("c", "Tin nóng", "Khác.")])
        self.assertEqual(groups["a"], {"a", "b"})
        self.assertEqual(groups["c"], {"c"})


class TitleDuplicatesAndAmbiguityTest(unittest.TestCase):
    def test_same_title_groups_syndicated_copies_but_not_short_titles(self):
        groups = duplicate_groups([article("a", "Giá vàng hôm nay tăng", "Bản A."),
                                   article("b", "giá vàng hôm nay  tăng", "Bản B khác."),
                                   article("c", "Tin", "X."), article("d", "Tin", "Y.")], rule="title")
        self.assertEqual(groups["a"], {"a", "b"})
        self.assertEqual(groups["c"], {"c"})

    def test_expected_reciprocal_rank_of_ties(self):
        self.assertEqual(expected_reciprocal_rank(1), 1.0)
        self.assertAlmostEqual(expected_reciprocal_rank(2), 0.75)
        self.assertAlmostEqual(expected_reciprocal_rank(20), sum(1 / i for i in range(1, 11)) / 20)

    def test_ceiling_counts_stories_whose_title_holds_the_span_in_order(self):
        articles = [article("a", "Hà Nội mưa lớn"), article("b", "Mưa lớn ở Hà Nội"), article("c", "Hà Nội mưa lớn kéo dài")]
        spans = TitleSpans(articles, duplicate_groups(articles))
        self.assertEqual(spans.stories_holding("ha noi mua lon"), 2)
        self.assertEqual(spans.stories_holding("Hà Nội mưa lớn kéo"), 1)
        queries = [QuerySetTest.Query("ha noi mua lon"), QuerySetTest.Query("lon o ha")]
        random_order, best_order, ambiguous = spans.ceiling(queries)
        self.assertAlmostEqual(random_order, (0.75 + 1.0) / 2)
        self.assertEqual(ambiguous, 1)
        # "ha noi mua lon" fills all of a's 4-word title but one of c's 3 four-word spans: a first.
        odds_a, odds_c = span_probability(4, 4), span_probability(6, 4)
        self.assertAlmostEqual(best_order, (best_expected_reciprocal_rank([odds_a, odds_c]) + 1.0) / 2)
        self.assertGreater(best_order, random_order)

    def test_best_expected_reciprocal_rank_follows_the_odds(self):
        self.assertAlmostEqual(best_expected_reciprocal_rank([1.0, 1.0]), 0.75)
        self.assertAlmostEqual(best_expected_reciprocal_rank([1.0, 3.0]), 0.75 + 0.25 / 2)
        self.assertEqual(best_expected_reciprocal_rank([]), 0.0)


class MetricsTest(unittest.TestCase):
    def test_rank_metrics(self):
        m = rank_metrics([1, 2, None, 11])
        self.assertAlmostEqual(m["mrr10"], (1 + 0.5) / 4)
        self.assertEqual((m["s1"], m["s10"]), (0.25, 0.5))

    def test_rank_of_accepts_duplicates_within_the_top_ten(self):
        self.assertEqual(rank_of(["x", "dup", "t"], {"t", "dup"}), 2)
        self.assertIsNone(rank_of([str(i) for i in range(10)] + ["t"], {"t"}))

    def test_percentile_nearest_rank(self):
        self.assertEqual(percentile(list(range(1, 21)), 95), 19)
        self.assertEqual(percentile([5.0], 95), 5.0)
        self.assertIsNone(percentile([], 50))

    def test_outside_rankings_score_as_searchds(self):
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / "rankings.jsonl"
            lines = [{"kind": "slug", "q": "a b c", "target": "t1", "ids": ["x", "t1"]},
                     {"kind": "slug", "q": "d e f", "target": "t2", "ids": ["dup2"]},
                     {"kind": "lead", "q": "g h", "target": "t3", "ids": []}]
            path.write_text("".join(json.dumps(line) + "\n" for line in lines), encoding="utf-8")
            scores = score(read_rankings(path), {"t2": {"t2", "dup2"}})
            self.assertAlmostEqual(scores["slug"]["mrr10"], (0.5 + 1) / 2)
            self.assertEqual(scores["lead"]["s10"], 0.0)
            path.write_text('{"kind": "slug"}\n', encoding="utf-8")
            with self.assertRaisesRegex(ValueError, "rankings.jsonl:1"):
                read_rankings(path)

    def test_floors(self):
        results = {"slug": {"vnsearch": {"mrr10": 0.4}}}
        self.assertEqual(check_floors([("slug", 0.3)], results), [])
        self.assertEqual(len(check_floors([("slug", 0.5), ("lead", 0.1)], results)), 2)


class Fts5Test(unittest.TestCase):
    def test_match_expression_quotes_every_word(self):
        self.assertEqual(match_expression('Đại "hội" số"7 Đảng'), '"Đại" AND "hội" AND "số""7" AND "Đảng"')

    def test_builds_caches_and_ranks_title_above_body(self):
        articles = [article("body-only", "Chuyện khác", "Đại hội Đảng bộ quận diễn ra."),
                    article("in-title", "Đại hội Đảng bộ quận", "Nội dung khác hẳn."),
                    article("none", "Thời tiết", "Trời mưa to.")]
        with tempfile.TemporaryDirectory() as tmp:
            corpus = Path(tmp, "c.jsonl")
            corpus.write_text("{}\n")
            baseline = Fts5Baseline.open_or_build(tmp, [corpus], None, articles)
            self.assertEqual(baseline.search(match_expression("đại hội đảng")), ["in-title", "body-only"])
            baseline.close()
            self.assertTrue(Path(tmp, f"{cache_key([corpus], None)}.sqlite").exists())

    def test_remove_diacritics_two_folds_tones_but_not_dd(self):
        articles = [article("t", "Đại hội", "x")]
        with tempfile.TemporaryDirectory() as tmp:
            corpus = Path(tmp, "c.jsonl")
            corpus.write_text("{}\n")
            baseline = Fts5Baseline.open_or_build(tmp, [corpus], None, articles)
            self.assertEqual(baseline.search(match_expression("Dai hoi")), [])   # đ stays đ in FTS5
            self.assertEqual(baseline.search(match_expression("đai hoi")), ["t"])
            baseline.close()


class SlugCeilingTest(unittest.TestCase):
    ARTICLES = [
        Article("a", "", "", "Đại hội Đảng bộ quận Đống Đa khai mạc sáng nay.", "dantri"),
        Article("b", "", "", "Đại hội Đảng toàn quốc lần thứ XIII.", "dantri"),
        Article("c", "", "", "Hội nghị Ban Chấp hành Đảng bộ quận.", "dantri"),
    ]

    def query(self, text, target):
        return Query("slug", text, target, "dantri")

    def test_profile_sorts_queries_by_what_the_text_holds(self):
        texts = FoldedTexts(self.ARTICLES)
        queries = [
            self.query("dang bo quan dong da", "a"),  # a phrase of its target only
            self.query("dai hoi dang", "b"),          # a phrase of two articles
            self.query("dang bo quan hoi nghi", "c"),  # every word in its target, not in this order
            self.query("dai hoi dang ton vinh", "a"),  # a word its target lacks
        ]
        buckets, random_order = profile(texts, queries)
        self.assertEqual(buckets[BUCKETS[1]], 1)
        self.assertEqual(buckets[BUCKETS[2]], 1)
        self.assertEqual(buckets[BUCKETS[4]], 1)
        self.assertEqual(buckets[BUCKETS[0]], 1)
        # 1 for the first, (1 + 1/2) / 2 for the second, 0 for the others.
        self.assertAlmostEqual(random_order, (1 + 0.75) / 4)


if __name__ == "__main__":
    unittest.main()
