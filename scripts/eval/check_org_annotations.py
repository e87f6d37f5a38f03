#!/usr/bin/env python3
"""Checks the organization annotations (tests/fixtures/orgs/*.jsonl) against the shared corpus.

Each line of an annotation file is one article:
    {"corpus": "dantri"|"baomoi", "id": "...", "orgs": [{"name": "...", "surfaces": ["...", ...]}, ...]}
and the article's text is title + "\\n" + body from <shared>/corpus/<corpus>.jsonl.gz.

Problems (any makes the exit status 1):
- a line that is not a JSON object, or lacks a field, or has a field of the wrong type;
- an unknown corpus, an id absent from its corpus, an article listed twice (in one file or across files);
- an organization without a name, or without surfaces;
- a surface that does not occur, exactly, in the article's text;
- two organizations of one article with the same name, or sharing a surface (both compared
  case-insensitively after NFC), since a prediction must match at most one of them.
Prints per file and per corpus how many articles and organizations there are.

Run: python3 scripts/eval/check_org_annotations.py [--shared DIR] [FILE ...]
(default files: annotated.jsonl, heldout.jsonl and dev.jsonl). Standard library only.
"""

import argparse
import json
import sys
import unicodedata
from collections import Counter
from pathlib import Path

from corpus import read_corpus

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "tests" / "fixtures" / "orgs"
DEFAULT_FILES = (FIXTURES / "annotated.jsonl", FIXTURES / "heldout.jsonl", FIXTURES / "dev.jsonl")
CORPORA = ("dantri", "baomoi")


def key(name):
    """How names and surfaces are compared: NFC, then case-folded."""
    return unicodedata.normalize("NFC", name).casefold()


def load_lines(path, problems):
    """Parses an annotation file into (line number, article) pairs; records malformed lines."""
    articles = []
    with open(path, encoding="utf-8") as lines:
        for line_no, line in enumerate(lines, 1):
            if not line.strip():
                continue
            where = f"{path.name}:{line_no}"
            try:
                article = json.loads(line)
            except json.JSONDecodeError as error:
                problems.append(f"{where}: not JSON ({error})")
                continue
            if not isinstance(article, dict):
                problems.append(f"{where}: not a JSON object")
                continue
            articles.append((where, article))
    return articles


def check_fields(where, article, problems):
    """True when the article has the fields and types the rest of the checks need."""
    ok = True
    for field, kind in (("corpus", str), ("id", str), ("orgs", list)):
        if not isinstance(article.get(field), kind):
            problems.append(f"{where}: field '{field}' missing or not a {kind.__name__}")
            ok = False
    if not ok:
        return False
    if article["corpus"] not in CORPORA:
        problems.append(f"{where}: unknown corpus {article['corpus']!r}")
        ok = False
    for index, org in enumerate(article["orgs"]):
        if not isinstance(org, dict):
            problems.append(f"{where}: orgs[{index}] is not an object")
            ok = False
            continue
        name, surfaces = org.get("name"), org.get("surfaces")
        if not isinstance(name, str) or not name.strip() or name != name.strip():
            problems.append(f"{where}: orgs[{index}] has no name, or one with outer spaces: {name!r}")
            ok = False
        if (not isinstance(surfaces, list) or not surfaces
                or not all(isinstance(s, str) and s.strip() and s == s.strip() for s in surfaces)):
            problems.append(f"{where}: orgs[{index}] ({name!r}) needs a non-empty list of non-blank, trimmed surfaces")
            ok = False
        extra = set(org) - {"name", "surfaces"}
        if extra:
            problems.append(f"{where}: orgs[{index}] ({name!r}) has unknown fields {sorted(extra)}")
    return ok


def check_article(where, article, text, problems):
    names = Counter(key(org["name"]) for org in article["orgs"])
    for name, count in names.items():
        if count > 1:
            problems.append(f"{where} {article['id']}: organization listed {count} times: {name!r}")
    owner = {}
    for org in article["orgs"]:
        for surface in org["surfaces"]:
            if surface not in text:
                problems.append(f"{where} {article['id']}: surface not in the text: {surface!r} (of {org['name']!r})")
            other = owner.setdefault(key(surface), org["name"])
            if other != org["name"]:
                problems.append(f"{where} {article['id']}: surface {surface!r} given to both {other!r} and {org['name']!r}")
        if len({key(s) for s in org["surfaces"]}) != len(org["surfaces"]):
            problems.append(f"{where} {article['id']}: repeated surface in {org['name']!r}")


def article_texts(shared, wanted):
    """id -> title + "\\n" + body for the wanted ids of each corpus."""
    texts = {}
    for corpus, ids in wanted.items():
        path = shared / "corpus" / f"{corpus}.jsonl.gz"
        for article in read_corpus(path):
            if article.id in ids:
                texts[(corpus, article.id)] = article.title + "\n" + article.body
    return texts


def check(files, shared):
    """Returns (problems, summary lines) for the annotation files."""
    problems, summary = [], []
    parsed = {}
    for path in files:
        path = Path(path)
        if not path.exists():
            problems.append(f"{path}: missing")
            continue
        parsed[path] = [(where, a) for where, a in load_lines(path, problems) if check_fields(where, a, problems)]
    seen = {}
    wanted = {}
    for path, articles in parsed.items():
        for where, article in articles:
            id_key = (article["corpus"], article["id"])
            if id_key in seen:
                problems.append(f"{where}: article {article['id']} already listed at {seen[id_key]}")
            seen.setdefault(id_key, where)
            wanted.setdefault(article["corpus"], set()).add(article["id"])
    texts = article_texts(shared, wanted)
    for path, articles in parsed.items():
        per_corpus = {corpus: Counter() for corpus in CORPORA}
        for where, article in articles:
            text = texts.get((article["corpus"], article["id"]))
            if text is None:
                problems.append(f"{where}: id {article['id']} not in the {article['corpus']} corpus")
                continue
            check_article(where, article, text, problems)
            counts = per_corpus[article["corpus"]]
            counts["articles"] += 1
            counts["orgs"] += len(article["orgs"])
            counts["surfaces"] += sum(len(org["surfaces"]) for org in article["orgs"])
            counts["empty"] += not article["orgs"]
        total = sum(per_corpus.values(), Counter())
        parts = [f"{corpus} {c['articles']} articles, {c['orgs']} organizations" for corpus, c in per_corpus.items()]
        summary.append(f"{path.name}: {total['articles']} articles ({', '.join(parts)}); "
                       f"{total['orgs']} organizations, {total['surfaces']} surfaces, "
                       f"{total['empty']} articles without organization")
    return problems, summary


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("files", nargs="*", type=Path, default=list(DEFAULT_FILES))
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared", help="holds corpus/<name>.jsonl.gz")
    args = parser.parse_args()
    for corpus in CORPORA:
        path = args.shared / "corpus" / f"{corpus}.jsonl.gz"
        if not path.exists():
            print(f"error: corpus missing: {path}", file=sys.stderr)
            return 2
    problems, summary = check(args.files, args.shared)
    for line in summary:
        print(line)
    for problem in problems:
        print(f"problem: {problem}", file=sys.stderr)
    if problems:
        print(f"{len(problems)} problems", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
