"""The SQLite FTS5 baseline: the same articles in an FTS5 table, searched the way a plain FTS5 setup would.

tokenize='unicode61 remove_diacritics 2' (note: it folds tone and vowel marks but leaves đ as is),
columns title and body, ranked by bm25(t, 3.0, 1.0), every query word a quoted string, all ANDed.
The database is cached on disk, keyed by the corpus files, so repeated runs skip the build.
"""

import hashlib
import os
import sqlite3
import sys
import time
from pathlib import Path

from querysets import words

# Bump when the table layout or the tokenizer changes, so stale caches are not reused.
_LAYOUT_VERSION = "fts5-v1"


def cache_key(corpus_paths, limit):
    """A digest of what the baseline is built from: each file's real path, size and mtime, and the limit."""
    digest = hashlib.sha256(_LAYOUT_VERSION.encode())
    for path in corpus_paths:
        stat = os.stat(path)
        digest.update(f"{os.path.realpath(path)}|{stat.st_size}|{stat.st_mtime_ns}\n".encode())
    digest.update(f"limit={limit}".encode())
    return digest.hexdigest()[:16]


def match_expression(query_text):
    """'Đại hội Đảng' -> '"Đại" AND "hội" AND "Đảng"' (quotes inside a word are doubled)."""
    return " AND ".join('"' + w.replace('"', '""') + '"' for w in words(query_text))


class Fts5Baseline:
    def __init__(self, db_path):
        self._db = sqlite3.connect(db_path)

    @classmethod
    def open_or_build(cls, cache_dir, corpus_paths, limit, articles):
        """Opens the cached baseline for these corpora, building it first when absent."""
        cache_dir = Path(cache_dir)
        cache_dir.mkdir(parents=True, exist_ok=True)
        db_path = cache_dir / f"{cache_key(corpus_paths, limit)}.sqlite"
        if db_path.exists():
            print(f"FTS5 baseline: reusing {db_path}", file=sys.stderr)
        else:
            started = time.perf_counter()
            build_database(db_path, articles)
            print(f"FTS5 baseline: built {db_path} ({len(articles)} articles) in "
                  f"{time.perf_counter() - started:.1f} s", file=sys.stderr)
        return cls(str(db_path))

    def search(self, match, k=10, offset=0):
        """The ids of the k best articles (after the first `offset`) for an FTS5 MATCH expression ([] for an
        expression FTS5 rejects)."""
        if not match:
            return []
        try:
            rows = self._db.execute(
                "SELECT d.id FROM t JOIN docs d ON d.rowid = t.rowid "
                "WHERE t MATCH ? ORDER BY bm25(t, 3.0, 1.0) LIMIT ? OFFSET ?", (match, k, offset)).fetchall()
        except sqlite3.OperationalError:
            return []
        return [row[0] for row in rows]

    def close(self):
        self._db.close()


def build_database(db_path, articles, optimize=True):
    """Writes the database next to its final name and renames it, so an interrupted build leaves no cache.

    `articles` may be a generator (the indexing benchmark streams them). optimize=False leaves FTS5's
    segments unmerged, as an incremental build would (the benchmark measures the size before and after).
    Returns the number of articles written.
    """
    db_path = Path(db_path)
    partial = db_path.with_suffix(f".partial-{os.getpid()}")
    partial.unlink(missing_ok=True)
    db = sqlite3.connect(str(partial))
    count = 0
    try:
        db.execute("CREATE TABLE docs (rowid INTEGER PRIMARY KEY, id TEXT NOT NULL)")
        db.execute("CREATE VIRTUAL TABLE t USING fts5(title, body, "
                   "tokenize='unicode61 remove_diacritics 2')")
        for rowid, article in enumerate(articles, 1):
            db.execute("INSERT INTO docs (rowid, id) VALUES (?, ?)", (rowid, article.id))
            db.execute("INSERT INTO t (rowid, title, body) VALUES (?, ?, ?)",
                       (rowid, article.title, article.body))
            count = rowid
        if optimize:
            db.execute("INSERT INTO t (t) VALUES ('optimize')")
        db.commit()
    finally:
        db.close()
    os.replace(partial, db_path)
    return count


def optimize_database(db_path):
    """Merges the FTS5 segments into one and gives the freed pages back (VACUUM): FTS5's compaction."""
    db = sqlite3.connect(str(db_path))
    try:
        db.execute("INSERT INTO t (t) VALUES ('optimize')")
        db.commit()
        db.execute("VACUUM")
    finally:
        db.close()
