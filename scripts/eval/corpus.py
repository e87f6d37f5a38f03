"""Reads JSON Lines corpora (.jsonl or .jsonl.gz) into articles, as the indexer would see them.

Shared by the relevance evaluation and the latency benchmark; standard library only.
"""

import gzip
import json
import sys
import unicodedata
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Article:
    id: str
    url: str
    title: str
    body: str
    corpus: str  # short corpus label (file name without .jsonl[.gz]), for reporting


def corpus_label(path):
    """'…/dantri.jsonl.gz' -> 'dantri'."""
    name = Path(path).name
    for suffix in (".gz", ".jsonl"):
        if name.endswith(suffix):
            name = name[: -len(suffix)]
    return name


def open_text(path):
    """Opens a .jsonl or .jsonl.gz file as UTF-8 text."""
    if str(path).endswith(".gz"):
        return gzip.open(path, "rt", encoding="utf-8")
    return open(path, "r", encoding="utf-8")


def read_corpus(path, limit=None):
    """Yields the articles of one corpus file, in file order.

    `limit` counts non-blank lines (the first N articles, good or bad). Lines that are not JSON
    objects, and objects without an `id` or a `body`, are skipped with a warning: an article whose
    id we cannot know cannot be a known-item target.
    """
    label = corpus_label(path)
    seen = 0
    skipped = 0
    with open_text(path) as lines:
        for line_no, line in enumerate(lines, 1):
            if not line.strip():
                continue
            if limit is not None and seen >= limit:
                break
            seen += 1
            try:
                obj = json.loads(line)
            except json.JSONDecodeError:
                skipped += 1
                continue
            if not isinstance(obj, dict) or not obj.get("id") or not obj.get("body"):
                skipped += 1
                continue
            yield Article(
                id=str(obj["id"]),
                url=str(obj.get("url") or ""),
                title=str(obj.get("title") or ""),
                body=str(obj["body"]),
                corpus=label,
            )
    if skipped:
        print(f"warning: {path}: skipped {skipped} lines without JSON, id or body", file=sys.stderr)


def load_articles(paths, limit=None):
    """Reads every corpus, in the order given; a repeated id keeps its last version (the indexer upserts)."""
    by_id = {}
    for path in paths:
        for article in read_corpus(path, limit):
            by_id.pop(article.id, None)  # re-insert so the order follows the version kept
            by_id[article.id] = article
    return list(by_id.values())


def duplicate_key(article):
    """Identity of an article's text: NFC, case-folded, white space collapsed, title and body."""
    def norm(text):
        return " ".join(unicodedata.normalize("NFC", text).casefold().split())
    return (norm(article.title), norm(article.body))


def same_title_key(article):
    """Identity of a syndicated story: its normalized title when it has one of three words or more."""
    title = duplicate_key(article)[0]
    return ("title", title) if len(title.split()) >= 3 else duplicate_key(article)


def duplicate_groups(articles, rule="text"):
    """Maps every id to the frozenset of ids that count as the same article (itself included).

    rule "text": exactly the same title and body. Syndicated copies (the baomoi corpus has some) are
    indistinguishable to any engine, so a hit on any of them counts as finding the target.
    rule "title": the same title (of three words or more): syndicated copies often differ by a
    byline or a paragraph, and a query made from the title cannot tell them apart either.
    """
    key_of = same_title_key if rule == "title" else duplicate_key
    groups = {}
    for article in articles:
        groups.setdefault(key_of(article), []).append(article.id)
    by_id = {}
    for ids in groups.values():
        members = frozenset(ids)
        for article_id in ids:
            by_id[article_id] = members
    return by_id
