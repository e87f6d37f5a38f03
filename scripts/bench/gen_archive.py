#!/usr/bin/env python3
"""Generates a synthetic archive of N articles (JSON Lines, gzip) from the shared corpora's sentences.

For scale tests (issue #13): a million articles whose term statistics stay those of real news.

    scripts/bench/gen_archive.py --count 1000000 --out /tmp/syn1m.jsonl.gz
    scripts/bench/gen_archive.py --count 20000 --seed 7 --dup-rate 0.05 --years 2020-2025 --out /tmp/syn20k.jsonl.gz

How an article is made:
- body: sentences recombined, not invented. Each article takes runs of consecutive sentences from one
  primary source article (then from one or more others when that runs out), so that words that go
  together in a story stay together in a document; it starts with a short lead sentence drawn from
  all the corpora, so that no two articles share their first words (the indexer groups articles with
  the same first 40 words as syndicated copies). Its number of sentences follows the corpora's, its
  paragraphs (one a line) dantri's sentences-per-paragraph; about half end with a byline line.
- title: the primary article's own title when it has one, else one from the pool of all titles;
  one in five has its part after a ':' / ' - ' / ',' exchanged with another title's.
- date: ten years by default (--years 2016-2025), later years denser, fewer articles on weekends,
  in archive order (the output is chronological); two in three carry a time (ISO, +07:00).
- category: the primary article's when it is a dantri one, else drawn with dantri's frequencies.
- orgs: how many, and which, drawn with the frequencies of a real index (data/org_frequencies.tsv,
  made by org_frequencies.py); about half of them are also named in a sentence of the body.
  source: a publishing body (a news outlet), most frequent ones first.
- syndicated near-duplicates (--dup-rate, default 3%): a copy of a recently generated article
  under another id, url and source, its body changed at the end (a sentence added, or the byline
  changed or added), so the indexer's near-duplicate key (the first 40 words) is the same.

Deterministic: the same corpora, options and --seed give the same bytes. Streams: memory holds the
sentence pools and a window of recent articles, never the output. Standard library only.
"""

import argparse
import bisect
import datetime as dt
import gzip
import itertools
import json
import math
import queue
import random
import re
import sys
import threading
import time
import unicodedata
from array import array
from pathlib import Path

SCRIPT_DIR = Path(__file__).resolve().parent
REPO_DIR = SCRIPT_DIR.parent.parent
DEFAULT_CORPORA = [REPO_DIR.parent / "shared" / "corpus" / name for name in ("dantri.jsonl.gz", "baomoi.jsonl.gz")]
DEFAULT_ORG_FREQUENCIES = SCRIPT_DIR / "data" / "org_frequencies.tsv"

LEAD_WORDS = (6, 28)        # a lead sentence's length in words: short, so the 40-word key reaches the next one
SENTENCE_WORDS = (3, 150)   # shorter or longer "sentences" are splitting accidents (captions, lists)
DUP_WINDOW = 2000           # near-duplicates copy one of the last DUP_WINDOW originals
TITLE_RECOMBINE_RATE = 0.5  # of the titles with a ': ' / ' - ' / ', ' (two in five)
TITLE_NUMBERS_RATE = 0.6    # of the titles with a number (one in three)
TIMED_RATE = 2 / 3
BYLINE_RATE = 0.55
MENTION_RATE = 0.5
WEEKDAY_WEIGHT = (1.0, 1.0, 1.0, 1.0, 1.0, 0.75, 0.6)  # Monday .. Sunday
CHUNK_ARTICLES = 500        # lines handed to the compressing thread at a time

# News outlets as publishing bodies ("source"), most syndicated first; weights are Zipf-like.
PUBLISHERS = [
    ("Báo Dân trí", "dantri.com.vn"), ("Báo VnExpress", "vnexpress.net"), ("Báo Tuổi Trẻ", "tuoitre.vn"),
    ("Báo Thanh Niên", "thanhnien.vn"), ("Báo Lao Động", "laodong.vn"), ("Báo Tiền Phong", "tienphong.vn"),
    ("Báo Người Lao Động", "nld.com.vn"), ("Báo Nhân Dân", "nhandan.vn"), ("Thông tấn xã Việt Nam", "vnanet.vn"),
    ("Báo Vietnamnet", "vietnamnet.vn"), ("Báo Sài Gòn Giải Phóng", "sggp.org.vn"),
    ("Báo Quân đội nhân dân", "qdnd.vn"), ("Báo Công an nhân dân", "cand.com.vn"), ("Báo Pháp luật TP.HCM", "plo.vn"),
    ("Báo Hà Nội Mới", "hanoimoi.vn"), ("Báo Giao thông", "baogiaothong.vn"), ("Báo Đầu tư", "baodautu.vn"),
    ("Báo Giáo dục và Thời đại", "giaoducthoidai.vn"), ("Báo Sức khỏe và Đời sống", "suckhoedoisong.vn"),
    ("Báo Kinh tế đô thị", "kinhtedothi.vn"), ("Đài Tiếng nói Việt Nam", "vov.vn"),
    ("Đài Truyền hình Việt Nam", "vtv.vn"), ("Báo Zing", "zingnews.vn"),
    ("Báo Thể thao và Văn hóa", "thethaovanhoa.vn"),
    ("Báo Đời sống và Pháp luật", "doisongphapluat.com"), ("Báo An ninh Thủ đô", "anninhthudo.vn"),
    ("Báo Pháp luật Việt Nam", "baophapluat.vn"), ("Báo Nông nghiệp Việt Nam", "nongnghiep.vn"),
    ("Báo Công Thương", "congthuong.vn"), ("Báo Văn hóa", "baovanhoa.vn"),
]

FAMILY_NAMES = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ",
                "Ngô", "Dương", "Lý", "Đinh", "Trịnh", "Mai", "Lưu"]
GIVEN_NAMES = ["Anh", "Minh", "Hùng", "Lan", "Hương", "Tuấn", "Hà", "Nam", "Thảo", "Linh", "Dũng", "Hải", "Phương",
               "Trang", "Quang", "Huyền", "Sơn", "Thủy", "Long", "Ngọc", "Khánh", "Hiếu", "Vy", "Nhung", "Bình",
               "Tâm", "Yến", "Đức", "Thành", "Giang", "Mai", "Hạnh", "Việt", "Hòa", "Tú", "Quỳnh", "Châu", "Lộc"]

# Sentences naming an organization; {s} is a corpus sentence, {d}/{m} the article's day and month.
MENTION_TEMPLATES = [
    "{org} cho biết: “{s}”",
    "Đại diện {org} cho biết: “{s}”",
    "Trao đổi với phóng viên, lãnh đạo {org} khẳng định: “{s}”",
    "Theo thông tin từ {org}, đơn vị đang khẩn trương triển khai các giải pháp liên quan.",
    "Sự việc đã được báo cáo lên {org} để xem xét, giải quyết theo thẩm quyền.",
    "Chương trình có sự phối hợp của {org}.",
    "Ngày {d}/{m}, {org} tổ chức hội nghị sơ kết công tác.",
    "Cũng theo {org}, thời gian tới sẽ tiếp tục kiểm tra, giám sát chặt chẽ.",
]

SENTENCE_END = re.compile(r"[.!?…]+[\"”’)»]*\s+")
SENTENCE_CLOSED = re.compile(r"[.!?…][\"”’)»]*$")
TITLE_SPLIT = re.compile(r": | - | – |, ")
TITLE_NUMBER = re.compile(r"(?<![\w.,/&-])\d{1,4}(?![\w.,/&-])")  # "3 con giáp", "năm 2017"; not "U20", "1.000"
INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff"))  # zero-width spaces, BOMs


def parse_years(text):
    match = re.fullmatch(r"(\d{4})(?:-(\d{4}))?", text.strip())
    if not match:
        raise argparse.ArgumentTypeError(f"expected YEAR or FIRST-LAST (e.g. 2016-2025), got {text!r}")
    first, last = int(match.group(1)), int(match.group(2) or match.group(1))
    if not 1900 <= first <= last <= 2100:
        raise argparse.ArgumentTypeError(f"expected years in order between 1900 and 2100, got {text!r}")
    return first, last


def parse_args(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                     epilog=__doc__.split("\n\n", 1)[1],
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--count", type=int, default=1_000_000, metavar="N",
                        help="articles to generate, near-duplicates included (default %(default)s)")
    parser.add_argument("--seed", type=int, default=1, help="random seed (default %(default)s)")
    parser.add_argument("--out", required=True, metavar="FILE.jsonl.gz",
                        help="output: gzip'ed JSON Lines ('-': stdout)")
    parser.add_argument("--corpus", action="append", metavar="FILE",
                        help="a .jsonl[.gz] corpus to take sentences, titles and categories from (repeatable; "
                             "default: dantri.jsonl.gz and baomoi.jsonl.gz in <repo>/../shared/corpus)")
    parser.add_argument("--corpus-limit", type=int, metavar="N", help="read only the first N articles of each corpus")
    parser.add_argument("--dup-rate", type=float, default=0.03, metavar="R",
                        help="share of syndicated near-duplicates, 0..0.5 (default %(default)s)")
    parser.add_argument("--years", type=parse_years, default=(2016, 2025), metavar="FIRST-LAST",
                        help="calendar years the dates spread over (default 2016-2025)")
    parser.add_argument("--org-frequencies", default=str(DEFAULT_ORG_FREQUENCIES), metavar="TSV",
                        help="organization frequencies, as written by org_frequencies.py (default %(default)s)")
    parser.add_argument("--compress-level", type=int, default=4, choices=range(1, 10), metavar="1..9",
                        help="gzip level (default %(default)s: about as fast as the generating thread on 2 cores; "
                             "6 makes the file 8%% smaller and takes about twice as long)")
    parser.add_argument("--quiet", action="store_true", help="no progress on stderr")
    args = parser.parse_args(argv)
    if args.count < 0:
        parser.error("--count must not be negative")
    if not 0 <= args.dup_rate <= 0.5:
        parser.error("--dup-rate must be between 0 and 0.5")
    if args.corpus_limit is not None and args.corpus_limit < 1:
        parser.error("--corpus-limit must be positive")
    args.corpus = [Path(p) for p in (args.corpus or DEFAULT_CORPORA)]
    return args


# ---------------------------------------------------------------------------------------------------
# Corpora -> pools


def split_sentences(paragraph):
    """Sentences of one paragraph: cut after . ! ? … (and closing quotes) followed by a capital, a digit
    or an opening quote, unless what ends there is a short token like '1.' or 'TP.' (lists, abbreviations)."""
    sentences = []
    start = 0
    for match in SENTENCE_END.finditer(paragraph):
        end = match.end()
        if end >= len(paragraph):
            break
        following = paragraph[end]
        if not (following.isupper() or following.isdigit() or following in "\"“‘(«"):
            continue
        word_start = paragraph.rfind(" ", start, match.start()) + 1
        if match.start() - word_start < 3:
            continue
        sentences.append(paragraph[start:match.end()].strip())
        start = end
    tail = paragraph[start:].strip()
    if tail:
        sentences.append(tail)
    return sentences


def can_lead(sentence):
    """Whether a sentence can open an article: a whole sentence (not a photo caption or a heading: it
    ends like one), with no quotation or bracket opened and not closed (or the reverse)."""
    return (SENTENCE_CLOSED.search(sentence) is not None and sentence.count('"') % 2 == 0
            and sentence.count("“") == sentence.count("”") and sentence.count("(") == sentence.count(")"))


def json_fragment(text):
    """`text` as the inside of a JSON string, UTF-8 (the output is assembled from such bytes)."""
    return json.dumps(text, ensure_ascii=False)[1:-1].encode("utf-8")


def open_text(path):
    return gzip.open(path, "rt", encoding="utf-8") if str(path).endswith(".gz") else open(path, encoding="utf-8")


class Pools:
    """Everything drawn from the corpora, compact: sentences as JSON-ready UTF-8 bytes, documents as
    runs of consecutive sentences, titles, categories and length distributions."""

    def __init__(self):
        self.sentences = []                 # bytes (JSON-escaped)
        self.lead_sentences = array("i")    # indexes of short sentences
        self.doc_start = array("i")         # document d = sentences[doc_start[d]:doc_end[d]]
        self.doc_end = array("i")
        self.doc_title = array("i")         # index into titles, or -1
        self.doc_category = array("i")      # index into categories, or -1
        self.titles = []                    # str
        self.splittable_titles = array("i")  # titles with a ': ' / ' - ' / ', ' to recombine at
        self.categories = []                # str
        self.category_counts = []
        self.sentence_counts = array("i")   # sentences of each source document (the length distribution)
        self.paragraph_sizes = array("i")   # sentences of each multi-paragraph document's paragraphs

    @property
    def documents(self):
        return len(self.doc_start)

    def load(self, paths, limit=None):
        category_index = {}
        for path in paths:
            with open_text(path) as lines:
                for line in itertools.islice((l for l in lines if l.strip()), limit):
                    try:
                        obj = json.loads(line)
                    except json.JSONDecodeError:
                        continue
                    if isinstance(obj, dict) and isinstance(obj.get("body"), str):
                        self._add_document(obj, category_index)
        if not self.lead_sentences or not self.paragraph_sizes:
            raise ValueError("the corpora hold too little text to draw articles from")
        if not self.titles:
            raise ValueError("the corpora hold no titles")
        if not self.categories:
            self.categories, self.category_counts = ["tin-tuc"], [1]

    def _add_document(self, obj, category_index):
        paragraphs = [p.strip() for p in obj["body"].translate(INVISIBLE).split("\n") if p.strip()]
        sizes = []
        start = len(self.sentences)
        for paragraph in paragraphs:
            kept = 0
            for sentence in split_sentences(paragraph):
                words = sentence.count(" ") + 1
                if not SENTENCE_WORDS[0] <= words <= SENTENCE_WORDS[1]:
                    continue
                if LEAD_WORDS[0] <= words <= LEAD_WORDS[1] and can_lead(sentence):
                    self.lead_sentences.append(len(self.sentences))
                self.sentences.append(json_fragment(sentence))
                kept += 1
            if kept:
                sizes.append(kept)
        if len(self.sentences) == start:
            return
        if len(sizes) >= 4:  # real paragraphs; a lead + one block of text (baomoi) tells nothing
            self.paragraph_sizes.extend(sizes)
        self.sentence_counts.append(len(self.sentences) - start)
        self.doc_start.append(start)
        self.doc_end.append(len(self.sentences))
        title = obj.get("title")
        if isinstance(title, str) and title.strip():
            title = " ".join(title.translate(INVISIBLE).split())
            if TITLE_SPLIT.search(title):
                self.splittable_titles.append(len(self.titles))
            self.doc_title.append(len(self.titles))
            self.titles.append(title)
        else:
            self.doc_title.append(-1)
        category = obj.get("category")
        if isinstance(category, str) and category.strip():
            category = category.strip()
            if category not in category_index:
                category_index[category] = len(self.categories)
                self.categories.append(category)
                self.category_counts.append(0)
            self.category_counts[category_index[category]] += 1
            self.doc_category.append(category_index[category])
        else:
            self.doc_category.append(-1)


def load_org_frequencies(path):
    """([name], [article count], {orgs per article: articles}) from org_frequencies.py's TSV."""
    names, counts, per_article = [], [], {}
    with open(path, encoding="utf-8") as lines:
        for line in lines:
            line = line.rstrip("\n")
            if line.startswith("# orgs_per_article\t"):
                for pair in line.split("\t", 1)[1].split():
                    k, v = pair.split(":")
                    per_article[int(k)] = int(v)
            elif line and not line.startswith("#"):
                name, _, count = line.rpartition("\t")
                if name and count.isdigit() and int(count) > 0:
                    names.append(name)
                    counts.append(int(count))
    if not names:
        raise ValueError(f"{path}: no 'name<TAB>count' line")
    if not per_article:  # an older or hand-made table: about two a document
        per_article = {0: 1, 1: 2, 2: 3, 3: 2, 4: 1}
    return names, counts, per_article


# ---------------------------------------------------------------------------------------------------
# Drawing


def cumulative(weights):
    return list(itertools.accumulate(weights))


def draw(rng, cum):
    """An index drawn with the weights whose running sums are `cum`."""
    return bisect.bisect_right(cum, rng.random() * cum[-1])


def _fold_table():
    """Latin letters with marks (every Vietnamese one) -> the lowercase ASCII letter, for url slugs."""
    table = {ord("đ"): "d", ord("Đ"): "d"}
    for code in range(0xC0, 0x1F00):
        base = unicodedata.normalize("NFD", chr(code))[0]
        if base != chr(code) and base.isascii() and base.isalpha():
            table[code] = base.lower()
    return table


_FOLD = _fold_table()
_NOT_SLUG = re.compile(r"[^a-z0-9]+")


def slug(text, limit=80):
    folded = unicodedata.normalize("NFC", text).translate(_FOLD).lower()
    return _NOT_SLUG.sub("-", folded).strip("-")[:limit].rstrip("-") or "bai-viet"


class DateSpreader:
    """Dates in archive order: article i of n falls at the quantile (i + u) / n of a distribution over
    the days of the years asked, later years denser (+12 % a year) and weekends lighter."""

    def __init__(self, first_year, last_year):
        self.days = []
        weights = []
        day = dt.date(first_year, 1, 1)
        end = dt.date(last_year, 12, 31)
        while day <= end:
            self.days.append(day)
            weights.append((1 + 0.12 * (day.year - first_year)) * WEEKDAY_WEIGHT[day.weekday()])
            day += dt.timedelta(days=1)
        self.cum = cumulative(weights)
        # Publishing hours: early morning to late evening, most in office hours.
        self.hour_cum = cumulative([1, 1, 1, 1, 2, 4, 8, 10, 12, 12, 11, 9, 7, 8, 10, 11, 10, 8, 7, 6, 5, 4, 3, 2])

    def date(self, rng, i, n):
        quantile = (i + rng.random()) / max(n, 1)
        return self.days[min(bisect.bisect_right(self.cum, quantile * self.cum[-1]), len(self.days) - 1)]

    def stamp(self, rng, day):
        """'YYYY-MM-DD', or an ISO date-time in Vietnam time."""
        if rng.random() >= TIMED_RATE:
            return day.isoformat()
        hour = draw(rng, self.hour_cum)
        return f"{day.isoformat()}T{hour:02d}:{rng.randrange(60):02d}:00+07:00"


class Generator:
    def __init__(self, pools, org_names, org_counts, orgs_per_article, years, dup_rate, seed):
        self.p = pools
        self.rng = random.Random(seed)
        # int(random() * n): a third of randrange's time, the same draws on every platform
        self._below = lambda n, draw=self.rng.random: int(draw() * n)
        self.dup_rate = dup_rate
        self.dates = DateSpreader(*years)
        self.org_names = org_names
        self.org_cum = cumulative(org_counts)
        self.org_fragments = {}
        ks = sorted(orgs_per_article)
        self.orgs_k = ks
        self.orgs_k_cum = cumulative(orgs_per_article[k] for k in ks)
        self.category_cum = cumulative(pools.category_counts)
        self.publisher_cum = cumulative(1 / (rank + 1.5) for rank in range(len(PUBLISHERS)))
        self.sentence_counts = pools.sentence_counts
        self.paragraph_sizes = pools.paragraph_sizes
        self.recent = []          # the last DUP_WINDOW originals, as dicts
        self.duplicates = 0

    # -- pieces -------------------------------------------------------------------------------------

    def _title(self, doc, year):
        """The primary document's title (or any), lightly varied so that fewer articles share one: its part
        after a separator exchanged for another title's, its numbers changed (a year: the article's)."""
        p, rng = self.p, self.rng
        t = p.doc_title[doc]
        title = p.titles[t] if t >= 0 else p.titles[self._below(len(p.titles))]
        head = TITLE_SPLIT.search(title)
        if head and rng.random() < TITLE_RECOMBINE_RATE:
            other = p.titles[p.splittable_titles[self._below(len(p.splittable_titles))]]
            title = title[:head.end()] + other[TITLE_SPLIT.search(other).end():]
        if TITLE_NUMBER.search(title) and rng.random() < TITLE_NUMBERS_RATE:
            title = TITLE_NUMBER.sub(lambda m: self._number_like(m.group(), year), title)
        return title

    def _number_like(self, digits, year):
        if len(digits) == 4 and 1990 <= int(digits) <= 2039:
            return str(year)
        low = 10 ** (len(digits) - 1)
        return str(low + self._below(9 * low))  # as many digits

    def _category(self, doc):
        c = self.p.doc_category[doc]
        return self.p.categories[c] if c >= 0 else self.p.categories[draw(self.rng, self.category_cum)]

    def _sentences(self, doc, wanted):
        """`wanted` sentence indexes: a short lead from anywhere, then runs of consecutive sentences,
        the first and longest from the primary document `doc`."""
        p, rng = self.p, self.rng
        picked = [p.lead_sentences[self._below(len(p.lead_sentences))]]
        share = 0.6 + 0.4 * rng.random()
        run_docs = 0
        while len(picked) < wanted:
            if run_docs:
                doc = self._below(p.documents)
            start, end = p.doc_start[doc], p.doc_end[doc]
            first = start + self._below(end - start)
            need = wanted - len(picked)
            take = max(1, round(need * share)) if run_docs == 0 else need
            last = min(end, first + take)
            picked.extend(range(first, last))
            run_docs += 1
            if run_docs >= 6:  # very short sources: top up from anywhere
                picked.extend(self._below(len(p.sentences)) for _ in range(wanted - len(picked)))
        return picked

    def _paragraphs(self, sentence_ids):
        """Groups the sentences into paragraphs (bytes, sentences joined by a space)."""
        p, sizes = self.p.sentences, self.paragraph_sizes
        paragraphs = []
        i, n = 0, len(sentence_ids)
        while i < n:
            size = sizes[self._below(len(sizes))]
            paragraphs.append(b" ".join(p[j] for j in sentence_ids[i:i + size]))
            i += size
        return paragraphs

    def _orgs(self):
        rng = self.rng
        k = self.orgs_k[draw(rng, self.orgs_k_cum)]
        chosen = []
        for _ in range(k * 3):
            if len(chosen) >= k:
                break
            name = self.org_names[draw(rng, self.org_cum)]
            if name not in chosen:
                chosen.append(name)
        return chosen

    def _mention(self, org, day):
        template = MENTION_TEMPLATES[self._below(len(MENTION_TEMPLATES))]
        text = template.replace("{d}", str(day.day)).replace("{m}", str(day.month))
        before, _, after = text.partition("{org}")
        if "{s}" in after:
            a, _, b = after.partition("{s}")
            s = self.p.sentences[self._below(len(self.p.sentences))]
            return json_fragment(before) + json_fragment(org) + json_fragment(a) + s + json_fragment(b)
        return json_fragment(before) + json_fragment(org) + json_fragment(after)

    def _byline(self):
        rng = self.rng
        roll = rng.random()
        if roll < 0.45:  # "Minh Anh"
            name = f"{GIVEN_NAMES[self._below(len(GIVEN_NAMES))]} {GIVEN_NAMES[self._below(len(GIVEN_NAMES))]}"
        elif roll < 0.85:  # "Nguyễn Hùng"
            name = f"{FAMILY_NAMES[self._below(len(FAMILY_NAMES))]} {GIVEN_NAMES[self._below(len(GIVEN_NAMES))]}"
        else:
            name = "Theo " + PUBLISHERS[draw(rng, self.publisher_cum)][0]
        return json_fragment(name)

    def _url(self, publisher, category, title, n):
        return f"https://{PUBLISHERS[publisher][1]}/{category}/{slug(title)}-syn{n}.htm"

    # -- articles -----------------------------------------------------------------------------------

    def original(self, n, total):
        p, rng = self.p, self.rng
        doc = self._below(p.documents)
        wanted = self.sentence_counts[self._below(len(self.sentence_counts))]
        paragraphs = self._paragraphs(self._sentences(doc, max(wanted, 2)))
        day = self.dates.date(rng, n, total)
        orgs = self._orgs()
        for org in orgs:
            if rng.random() < MENTION_RATE and len(paragraphs) > 1:
                at = 1 + self._below(len(paragraphs) - 1)  # never the lead paragraph: keep its first words
                paragraphs[at] = paragraphs[at] + b" " + self._mention(org, day)
        byline = self._byline() if rng.random() < BYLINE_RATE else None
        article = {
            "n": n,  # a copy keeps its original's number
            "title": self._title(doc, day.year),
            "day": day,
            "date": self.dates.stamp(rng, day),
            "category": self._category(doc),
            "publisher": draw(rng, self.publisher_cum),
            "orgs": orgs,
            "views": int(math.exp(rng.gauss(7.0, 1.3))),
            "paragraphs": paragraphs,
            "byline": byline,
        }
        if self.dup_rate > 0:
            if len(self.recent) < DUP_WINDOW:
                self.recent.append(article)
            else:
                self.recent[n % DUP_WINDOW] = article
        return article

    def duplicate(self, n, total):
        """A syndicated copy of a recent original: another outlet, same title and lead, its end changed."""
        rng = self.rng
        source = self.recent[self._below(len(self.recent))]
        paragraphs = list(source["paragraphs"])
        byline = source["byline"]
        if rng.random() < 0.5:
            paragraphs.append(self.p.sentences[self._below(len(self.p.sentences))])
        else:
            theirs = PUBLISHERS[source["publisher"]][0]
            if byline is None:
                byline = json_fragment(f"Theo {theirs}")
            else:
                byline = next((b for b in (self._byline() for _ in range(5)) if b != byline),
                              byline + json_fragment(f" (theo {theirs})"))
        publisher = draw(rng, self.publisher_cum)
        if publisher == source["publisher"]:
            publisher = (publisher + 1) % len(PUBLISHERS)
        day = self.dates.date(rng, n, total)
        day = max(day, source["day"])
        self.duplicates += 1
        return dict(source, day=day, date=self.dates.stamp(rng, day), publisher=publisher, paragraphs=paragraphs,
                    byline=byline, views=int(source["views"] * rng.uniform(0.05, 0.6)))

    def article(self, n, total):
        if self.recent and self.rng.random() < self.dup_rate:
            return self.duplicate(n, total)
        return self.original(n, total)

    def line(self, n, total):
        """Article n (0-based) of `total`, as one JSON line (bytes)."""
        return self.encode(n, self.article(n, total))

    def encode(self, n, a):
        """An article from article() as JSON line n (bytes): id, url, ..., body last."""
        paragraphs = a["paragraphs"] + [a["byline"]] if a["byline"] is not None else a["paragraphs"]
        head = json.dumps({
            "id": f"syn-{n}",
            "url": self._url(a["publisher"], a["category"], a["title"], n),
            "title": a["title"],
            "date": a["date"],
            "category": a["category"],
            "source": PUBLISHERS[a["publisher"]][0],
            "orgs": a["orgs"],
            "views": a["views"],
        }, ensure_ascii=False)
        return b"".join((head[:-1].encode("utf-8"), b', "body": "', b"\\n".join(paragraphs), b'"}\n'))


# ---------------------------------------------------------------------------------------------------
# Output


class CompressingWriter:
    """gzip in a thread of its own (zlib lets go of the GIL), fed chunks in order: deterministic bytes
    (no name, mtime 0), while the main thread keeps generating."""

    def __init__(self, out, level):
        # A file is written as FILE.part and renamed when complete: an interrupted run leaves no
        # truncated archive under the name asked.
        self.out = out
        self.raw = sys.stdout.buffer if out == "-" else open(f"{out}.part", "wb")
        self.gz = gzip.GzipFile(filename="", mode="wb", fileobj=self.raw, compresslevel=level, mtime=0)
        self.queue = queue.Queue(maxsize=8)
        self.error = None
        self.thread = threading.Thread(target=self._run, daemon=True)
        self.thread.start()

    def _run(self):
        while True:
            chunk = self.queue.get()
            if chunk is None:
                return
            if self.error is None:
                try:
                    self.gz.write(chunk)
                except OSError as error:
                    self.error = error

    def write(self, chunk):
        if self.error is not None:
            raise self.error
        self.queue.put(chunk)

    def abandon(self):
        """Stops the thread and leaves FILE.part as it is (a half-written archive)."""
        self.queue.put(None)
        self.thread.join()
        if self.raw is not sys.stdout.buffer:
            self.raw.close()

    def close(self):
        self.queue.put(None)
        self.thread.join()
        if self.error is not None:
            raise self.error
        self.gz.close()
        if self.raw is sys.stdout.buffer:
            self.raw.flush()
        else:
            self.raw.close()
            Path(f"{self.out}.part").replace(self.out)


def generate(args, progress=None):
    """Writes the archive; returns (articles, near-duplicates, bytes before compression)."""
    started = time.monotonic()
    pools = Pools()
    pools.load(args.corpus, args.corpus_limit)
    names, counts, per_article = load_org_frequencies(args.org_frequencies)
    if progress:
        print(f"pools: {len(pools.sentences)} sentences ({len(pools.lead_sentences)} leads), {pools.documents} "
              f"documents, {len(pools.titles)} titles, {len(pools.categories)} categories, {len(names)} organizations "
              f"in {time.monotonic() - started:.1f} s", file=progress)
    generator = Generator(pools, names, counts, per_article, args.years, args.dup_rate, args.seed)
    writer = CompressingWriter(args.out, args.compress_level)
    size = 0
    gen_started = time.monotonic()
    live = progress is not None and progress.isatty()  # a terminal: one line rewritten; a log: every 10 %
    step = max(CHUNK_ARTICLES, args.count // (100 if live else 10))
    failed = True
    try:
        for chunk_start in range(0, args.count, CHUNK_ARTICLES):
            data = b"".join(generator.line(n, args.count)
                            for n in range(chunk_start, min(chunk_start + CHUNK_ARTICLES, args.count)))
            size += len(data)
            writer.write(data)
            done = min(chunk_start + CHUNK_ARTICLES, args.count)
            if progress and (done % step < CHUNK_ARTICLES or done == args.count):
                elapsed = time.monotonic() - gen_started
                rate = done / elapsed if elapsed > 0 else 0.0
                eta = (args.count - done) / rate if rate > 0 else 0.0
                print(f"{done}/{args.count} articles, {size / 1e6:.0f} MB of JSON, {rate:.0f}/s, "
                      f"about {eta:.0f} s left", end="\r" if live else "\n", file=progress, flush=True)
        failed = False
    finally:
        if failed:
            writer.abandon()
        else:
            writer.close()
    if progress:
        print(f"{args.count} articles ({generator.duplicates} near-duplicates), {size / 1e6:.0f} MB of JSON, "
              f"written to {args.out} in {time.monotonic() - started:.1f} s", file=progress)
    return args.count, generator.duplicates, size


def main(argv=None):
    args = parse_args(argv)
    missing = [str(p) for p in args.corpus if not p.is_file()]
    if missing:
        sys.exit(f"error: no corpus at {', '.join(missing)} (pass --corpus FILE)")
    if not Path(args.org_frequencies).is_file():
        sys.exit(f"error: no organization frequencies at {args.org_frequencies} (make them with org_frequencies.py)")
    try:
        generate(args, None if args.quiet else sys.stderr)
    except (OSError, ValueError) as error:
        sys.exit(f"error: {error}")
    except KeyboardInterrupt:
        sys.exit(130)
    return 0


if __name__ == "__main__":
    sys.exit(main())
