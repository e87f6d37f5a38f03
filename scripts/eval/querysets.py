"""Builds deterministic known-item query sets from articles: each query is a few words of one target article.

Kinds: see KINDS and KIND_HELP. Same seed + same corpora = same queries.

The title kinds take spans that identify their story: a known-item query stands for a user who
remembers words of the one article they want, and words that stand in several stories' titles
("40 triệu đồng", "Chủ tịch nước Trần Đại Quang") do not pick out one of them, so no ranking can
put "the" target first. The title_any kinds keep such spans, for reading against the ceiling that
ambiguity.py computes for them.
"""

import random
import re
import unicodedata
from dataclasses import dataclass
from urllib.parse import urlparse

KINDS = ("title_marks", "title_nomarks", "slug", "slug_headline", "lead", "title_any_marks", "title_any_nomarks")
TITLE_KINDS = ("title_marks", "title_nomarks")

KIND_HELP = {
    "title_marks": "3-6 consecutive words of the title that stand in no other story's title, marks as written",
    "title_nomarks": "the same title spans with every mark removed and đ->d",
    "slug": "3-5 consecutive words of a readable URL slug (dantri-style; baomoi URLs have none)",
    "slug_headline": "every word of a readable URL slug of 6+ words: a whole headline typed without marks",
    "lead": "4-6 consecutive words of the body's first sentence",
    "title_any_marks": "3-6 consecutive words of the title, in other titles too or not (see its ceiling)",
    "title_any_nomarks": "the same unrestricted spans with every mark removed and đ->d",
}

SHORTEST_TITLE_SPAN, LONGEST_TITLE_SPAN = 3, 6


@dataclass(frozen=True)
class Query:
    kind: str
    text: str
    target: str  # id of the article the words were taken from
    corpus: str


def _is_word_char(ch):
    return unicodedata.category(ch)[0] in "LNM"


def words(text):
    """Words as a user would type them: white-space separated, punctuation trimmed from both ends.

    Inner punctuation stays ("Covid-19", "1.000", "TP.HCM"); pieces without a letter or digit are dropped.
    """
    result = []
    for raw in text.split():
        start, end = 0, len(raw)
        while start < end and not _is_word_char(raw[start]):
            start += 1
        while end > start and not _is_word_char(raw[end - 1]):
            end -= 1
        if start < end:
            result.append(raw[start:end])
    return result


def fold_marks(text):
    """Removes every Vietnamese mark (tones and vowel marks) and maps đ/Đ to d/D."""
    text = text.replace("đ", "d").replace("Đ", "D")
    decomposed = unicodedata.normalize("NFD", text)
    stripped = "".join(ch for ch in decomposed if unicodedata.category(ch) != "Mn")
    return unicodedata.normalize("NFC", stripped)


_SENTENCE_END = re.compile(r"(?<=[.!?…])\s+")


def first_sentence(body):
    """The body's first sentence: its first line, cut after the first '.', '!', '?' or '…' followed by a space."""
    first_line = body.strip().split("\n", 1)[0]
    return _SENTENCE_END.split(first_line, 1)[0]


_LONG_NUMBER = re.compile(r"^\d{8,}$")  # article ids and timestamps at the end of slugs
_SLUG_TOKEN = re.compile(r"^[a-z0-9]+$")


def slug_words(url):
    """The readable words of a URL's last path segment, or [] when it has none (e.g. '21454551.epi').

    'https://dantri.com.vn/kinh-doanh/vinamilk-lot-top-1000-thuong-hieu-20201001163534963.htm'
    -> ['vinamilk', 'lot', 'top', '1000', 'thuong', 'hieu']
    """
    segment = urlparse(url).path.rstrip("/").rsplit("/", 1)[-1]
    segment = segment.rsplit(".", 1)[0].lower()
    tokens = [t for t in segment.split("-") if t and not _LONG_NUMBER.match(t)]
    if not all(_SLUG_TOKEN.match(t) for t in tokens):
        return []
    if sum(1 for t in tokens if any(c.isalpha() for c in t)) < 3:
        return []
    return tokens


def _span(rng, items, shortest, longest):
    """A random run of shortest..longest consecutive items (as many as there are, if fewer)."""
    length = rng.randint(shortest, min(longest, len(items)))
    start = rng.randint(0, len(items) - length)
    return items[start : start + length]


def span_probability(title_words, span_words):
    """The odds that the unrestricted title sampler draws one given span of span_words words from a
    title of title_words words: a length uniform in 3..min(6, title_words), then a uniform start."""
    longest = min(LONGEST_TITLE_SPAN, title_words)
    if not SHORTEST_TITLE_SPAN <= span_words <= longest:
        return 0.0
    return 1.0 / (longest - SHORTEST_TITLE_SPAN + 1) / (title_words - span_words + 1)


def _distinctive_span(rng, title_words, identifies_one_story):
    """A random 3-6-word span of the title that identifies its story, or None when none does.

    The length is drawn as for any span; when no span of that length is distinctive, longer ones
    (which more often are) are tried before giving up on the title."""
    longest = min(LONGEST_TITLE_SPAN, len(title_words))
    for length in range(rng.randint(SHORTEST_TITLE_SPAN, longest), longest + 1):
        starts = list(range(len(title_words) - length + 1))
        rng.shuffle(starts)
        for start in starts:
            text = " ".join(title_words[start : start + length])
            if identifies_one_story(text):
                return text
    return None


def _sample(rng, articles, eligible, count):
    pool = [a for a in articles if eligible(a)]
    return rng.sample(pool, min(count, len(pool)))


def _has_title(article):
    return len(words(article.title)) >= SHORTEST_TITLE_SPAN


def any_title_queries(articles, count, rng):
    picked = _sample(rng, articles, _has_title, count)
    return [Query("title_any_marks", " ".join(_span(rng, words(a.title), SHORTEST_TITLE_SPAN, LONGEST_TITLE_SPAN)),
                  a.id, a.corpus) for a in picked]


def distinctive_title_queries(articles, count, rng, identifies_one_story):
    """Title spans that identify their story; articles in random order, those without such a span skipped."""
    queries = []
    for article in _sample(rng, articles, _has_title, len(articles)):
        if len(queries) == count:
            break
        text = _distinctive_span(rng, words(article.title), identifies_one_story)
        if text is not None:
            queries.append(Query("title_marks", text, article.id, article.corpus))
    return queries


def nomarks_queries(marked, kind):
    return [Query(kind, fold_marks(q.text), q.target, q.corpus) for q in marked]


def slug_queries(articles, count, rng):
    picked = _sample(rng, articles, lambda a: len(slug_words(a.url)) >= 3, count)
    return [Query("slug", " ".join(_span(rng, slug_words(a.url), 3, 5)), a.id, a.corpus) for a in picked]


SHORTEST_HEADLINE = 6  # slug words: shorter slugs are spans already


def slug_headline_queries(articles, count, rng):
    """A reader who types (or pastes) a whole headline without marks: the slug's every word. The slug is
    the headline as first published, so some of its words may stand nowhere in the article's text."""
    picked = _sample(rng, articles, lambda a: len(slug_words(a.url)) >= SHORTEST_HEADLINE, count)
    return [Query("slug_headline", " ".join(slug_words(a.url)), a.id, a.corpus) for a in picked]


def lead_queries(articles, count, rng):
    picked = _sample(rng, articles, lambda a: len(words(first_sentence(a.body))) >= 4, count)
    return [Query("lead", " ".join(_span(rng, words(first_sentence(a.body)), 4, 6)), a.id, a.corpus)
            for a in picked]


def build_query_sets(articles, per_kind, seed, kinds=KINDS, identifies_one_story=None):
    """Returns {kind: [Query]} for the requested kinds; each kind has its own seeded generator,
    so asking for fewer kinds does not change the queries of the others.

    identifies_one_story(text) -> bool says whether a title span stands in its own story's title
    only (ambiguity.TitleSpans.identifies_one_story); the title kinds need it."""
    def rng(kind):
        return random.Random(f"{seed}:{kind}")

    sets = {}
    if any(kind in kinds for kind in TITLE_KINDS):
        if identifies_one_story is None:
            raise ValueError("the title kinds need identifies_one_story")
        titles = distinctive_title_queries(articles, per_kind, rng("distinctive title"), identifies_one_story)
        if "title_marks" in kinds:
            sets["title_marks"] = titles
        if "title_nomarks" in kinds:
            sets["title_nomarks"] = nomarks_queries(titles, "title_nomarks")
    if "slug" in kinds:
        sets["slug"] = slug_queries(articles, per_kind, rng("slug"))
    if "slug_headline" in kinds:
        sets["slug_headline"] = slug_headline_queries(articles, per_kind, rng("slug_headline"))
    if "lead" in kinds:
        sets["lead"] = lead_queries(articles, per_kind, rng("lead"))
    if "title_any_marks" in kinds or "title_any_nomarks" in kinds:
        any_titles = any_title_queries(articles, per_kind, rng("title"))  # the seed's spans of earlier releases
        if "title_any_marks" in kinds:
            sets["title_any_marks"] = any_titles
        if "title_any_nomarks" in kinds:
            sets["title_any_nomarks"] = nomarks_queries(any_titles, "title_any_nomarks")
    return sets
