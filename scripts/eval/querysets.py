"""Builds deterministic known-item query sets from articles: each query is a few words of one target article.

Kinds: title_marks, title_nomarks, slug, lead (see KINDS). Same seed + same corpora = same queries.
"""

import random
import re
import unicodedata
from dataclasses import dataclass
from urllib.parse import urlparse

KINDS = ("title_marks", "title_nomarks", "slug", "lead")

KIND_HELP = {
    "title_marks": "3-6 consecutive words of the title, with marks as written",
    "title_nomarks": "the same title spans with every mark removed and đ->d",
    "slug": "3-5 consecutive words of a readable URL slug (dantri-style; baomoi URLs have none)",
    "lead": "4-6 consecutive words of the body's first sentence",
}


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


def _sample(rng, articles, eligible, count):
    pool = [a for a in articles if eligible(a)]
    return rng.sample(pool, min(count, len(pool)))


def title_queries(articles, count, rng):
    picked = _sample(rng, articles, lambda a: len(words(a.title)) >= 3, count)
    return [Query("title_marks", " ".join(_span(rng, words(a.title), 3, 6)), a.id, a.corpus) for a in picked]


def nomarks_queries(title_marks):
    return [Query("title_nomarks", fold_marks(q.text), q.target, q.corpus) for q in title_marks]


def slug_queries(articles, count, rng):
    picked = _sample(rng, articles, lambda a: len(slug_words(a.url)) >= 3, count)
    return [Query("slug", " ".join(_span(rng, slug_words(a.url), 3, 5)), a.id, a.corpus) for a in picked]


def lead_queries(articles, count, rng):
    picked = _sample(rng, articles, lambda a: len(words(first_sentence(a.body))) >= 4, count)
    return [Query("lead", " ".join(_span(rng, words(first_sentence(a.body)), 4, 6)), a.id, a.corpus)
            for a in picked]


def build_query_sets(articles, per_kind, seed, kinds=KINDS):
    """Returns {kind: [Query]} for the requested kinds; each kind has its own seeded generator,
    so asking for fewer kinds does not change the queries of the others."""
    def rng(kind):
        return random.Random(f"{seed}:{kind}")

    sets = {}
    titles = title_queries(articles, per_kind, rng("title"))
    if "title_marks" in kinds:
        sets["title_marks"] = titles
    if "title_nomarks" in kinds:
        sets["title_nomarks"] = nomarks_queries(titles)
    if "slug" in kinds:
        sets["slug"] = slug_queries(articles, per_kind, rng("slug"))
    if "lead" in kinds:
        sets["lead"] = lead_queries(articles, per_kind, rng("lead"))
    return sets
