#!/usr/bin/env python3
"""A small synthetic archive for the shard tests, deterministic: many ties in score (articles with
the very same words) and in date (a handful of days), undated articles, syndicated copies (the same
body under other ids, for collapse), categories and organizations for the facets.

Usage: make_shard_corpus.py FIRST COUNT > articles.jsonl   (ids a0FIRST.. a0FIRST+COUNT-1)"""
import json
import random
import sys

WORDS = ["hà nội", "ủy ban", "nhân dân", "quận", "phường", "đường phố", "vệ sinh", "môi trường", "giao thông",
         "trường học", "bệnh viện", "dịch bệnh", "hội nghị", "cán bộ", "thanh niên", "cựu chiến binh", "sách",
         "thiếu nhi", "xây dựng", "vành đai"]
DAYS = ["2021-03-01", "2021-03-01", "2021-07-15", "2022-01-20", "2022-01-20", "2022-11-02", "2023-05-05", None]
CATEGORIES = ["Thời sự", "Xã hội", "Giáo dục", "Sức khỏe"]
ORGS = ["UBND quận Đống Đa", "Quận ủy Đống Đa", "Đoàn Thanh niên", "Hội Cựu chiến binh", "Sở Giao thông vận tải"]


def article(number, rng):
    template = rng.randrange(12)  # few distinct texts: many articles score the same
    words = random.Random(template).sample(WORDS, 8)
    body = ". ".join(" ".join(words[i:i + 3]) for i in range(0, 8, 2)) + "."
    if number % 7 == 0:  # a syndicated copy of an earlier story: same body, another id
        body = ". ".join(" ".join(random.Random(template).sample(WORDS, 8)[i:i + 3]) for i in range(0, 8, 2)) + "."
    else:
        body += " " + rng.choice(["Tin nhanh.", "Bài số một.", ""])
    result = {
        "id": "a%05d" % number,
        "title": " ".join(words[:3]).capitalize(),
        "body": body,
        "category": rng.choice(CATEGORIES),
        "orgs": sorted(rng.sample(ORGS, rng.randrange(3))),
        "url": "https://example.vn/a%05d" % number,
    }
    day = rng.choice(DAYS)
    if day:
        result["date"] = day
    return result


def main():
    first, count = int(sys.argv[1]), int(sys.argv[2])
    for number in range(first, first + count):
        print(json.dumps(article(number, random.Random(number)), ensure_ascii=False))


main()
