#!/usr/bin/env python3
"""Benchmark: searchd under hostile clients (loopback only, bounded in time).

Starts searchd on a free 127.0.0.1 port over --db (or over the sample archive, indexed into a
temporary database), then runs each attack while a well-behaved client polls /health every 20 ms,
and prints per attack: connections held, /health p50/p99/max latency, RSS against idle, and finally
the time SIGTERM takes with 256 hostile connections open. Then two more searchd: one at
--max-connections N full of idle clients (what a newcomer gets), one over a database holding a
10 MiB article (RSS while it is fetched and searched).

usage: scripts/bench/hostile.py [--db DIR] [--seconds S] [--connections N] [-- searchd options]
environment: BUILD_DIR (default <repo>/build)
"""

from __future__ import annotations

import argparse
import json
import os
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import hostile_clients as hc  # noqa: E402

REPO = Path(__file__).resolve().parents[2]


def build_sample_db(build_dir: Path, target: Path) -> None:
    subprocess.run([str(build_dir / "indexer/indexer"), "--db", str(target),
                    str(REPO / "tests/fixtures/sample-archive")], check=True, capture_output=True)


def measure(name: str, searchd: hc.Searchd, seconds: float, attack=None) -> None:
    poller = hc.HealthPoller(searchd.port).start()
    peak = hc.rss_kib(searchd.pid)
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        time.sleep(0.25)
        peak = max(peak, hc.rss_kib(searchd.pid))
    poller.stop()
    held = f"held {attack.held()}/{attack.count}, opened {attack.opened}, closed by server {attack.closed_by_server}; " \
        if attack else ""
    print(f"{name:<22} {held}/health {poller.summary()}; RSS peak {peak / 1024:.1f} MiB", flush=True)


def run_attack(kind: str, searchd: hc.Searchd, count: int, seconds: float) -> None:
    attack = hc.Attack(searchd.port, kind, count, interval=2.0).start()
    try:
        measure(f"{count} {kind}", searchd, seconds, attack)
    finally:
        attack.stop()


def range_abuse(searchd: hc.Searchd, article: str) -> None:
    ranges = ",".join(["0-"] * 2000)
    sizes = []
    peak = hc.rss_kib(searchd.pid)
    for _ in range(8):
        reply = hc.get(searchd.port, f"/articles/{article}", {"Range": f"bytes={ranges}"}, timeout=60)
        sizes.append(f"{reply.status}:{len(reply.body)}" if reply else "none")
        peak = max(peak, hc.rss_kib(searchd.pid))
    print(f"{'range x2000 (8 req)':<22} responses {sorted(set(sizes))}; RSS peak {peak / 1024:.1f} MiB", flush=True)


def any_article_id(searchd: hc.Searchd) -> str:
    reply = hc.get(searchd.port, "/search?q=&per_page=1&facets=")
    return json.loads(reply.body)["hits"][0]["id"]


def send_oversize(searchd: hc.Searchd, head: bytes, body_mib: int = 0) -> tuple[str, int]:
    """Sends head, then up to body_mib MiB of body while the server takes it; returns (answer, MiB sent)."""
    sent = 0
    try:
        with socket.create_connection((hc.HOST, searchd.port), timeout=30) as sock:
            try:
                sock.sendall(head)
                sock.settimeout(0.5)
                while sent < body_mib:
                    sock.sendall(b"x" * (1 << 20))
                    sent += 1
            except OSError:
                pass  # refused: the answer is waiting
            sock.settimeout(30)
            reply = hc.read_reply(sock)
            return (str(reply.status) if reply else "closed"), sent
    except OSError as error:
        return f"error {error.__class__.__name__}", sent


def oversize_head(searchd: hc.Searchd) -> None:
    started = time.monotonic()
    status, _ = send_oversize(searchd, b"GET /health HTTP/1.1\r\n" + b"X-A: b\r\n" * 1_000_000 + b"\r\n")
    print(f"{'1,000,000 headers':<22} -> {status} in {time.monotonic() - started:.2f} s; "
          f"RSS {hc.rss_kib(searchd.pid) / 1024:.1f} MiB", flush=True)


def oversize_body(searchd: hc.Searchd) -> None:
    started = time.monotonic()
    status, sent = send_oversize(searchd, b"POST /search HTTP/1.1\r\nHost: x\r\nContent-Length: 268435456\r\n\r\n", 64)
    print(f"{'POST 256 MB body':<22} -> {status} after {sent} MiB sent, {time.monotonic() - started:.2f} s; "
          f"RSS {hc.rss_kib(searchd.pid) / 1024:.1f} MiB", flush=True)


def pipelined(searchd: hc.Searchd) -> None:
    with socket.create_connection((hc.HOST, searchd.port), timeout=10) as sock:
        sock.sendall(hc.request_bytes("/health") * 3)
        replies = hc.read_replies(sock, 3)
    print(f"{'3 pipelined':<22} -> {[r.status for r in replies]}", flush=True)


def connection_limit(build_dir: Path, db: str, count: int) -> None:
    """searchd at --max-connections count, count idle clients: what 100 more connections get."""
    with hc.Searchd(str(build_dir / "searchd/searchd"), db, hc.free_port(),
                    ["--max-connections", str(count), "--head-timeout", "60"]) as searchd:
        attack = hc.Attack(searchd.port, "idle", count).start()
        try:
            time.sleep(0.5)
            statuses, seconds = hc.burst(searchd.port, 100)
            held = attack.held()
        finally:
            attack.stop()
        print(f"{'at --max-connections':<22} held {held}/{count}; 100 more -> {statuses} in {seconds * 1000:.0f} ms",
              flush=True)


def huge_article(build_dir: Path, scratch: str) -> None:
    """A 10 MiB article (indexed with a raised --max-article-bytes): RSS while it is fetched and found."""
    source = Path(scratch, "huge.jsonl")
    # Long words keep the indexing short (the stored body is what costs searchd); each under 245 bytes.
    words = " ".join(f"{'x' * 190}{i % 5000}" for i in range(54_000))[: 10 << 20]
    source.write_text(json.dumps({"id": "huge", "title": "Bài rất dài", "body": "Hà Nội " + words},
                                 ensure_ascii=False) + "\n", encoding="utf-8")
    db = os.path.join(scratch, "huge-db")
    started = time.monotonic()
    subprocess.run([str(build_dir / "indexer/indexer"), "--db", db, "--max-article-bytes", str(64 << 20),
                    str(REPO / "tests/fixtures/sample-archive"), str(source)], check=True, capture_output=True)
    indexed = time.monotonic() - started
    with hc.Searchd(str(build_dir / "searchd/searchd"), db, hc.free_port(), ["--answer-cache-mb", "0"]) as searchd:
        idle = hc.rss_kib(searchd.pid)
        peak, sizes, slowest = idle, set(), 0.0
        for path in ["/articles/huge"] * 4 + ["/search?q=h%C3%A0+n%E1%BB%99i"] * 4:
            started = time.monotonic()
            reply = hc.get(searchd.port, path, timeout=60)
            slowest = max(slowest, time.monotonic() - started)
            sizes.add(f"{reply.status}:{len(reply.body)}" if reply else "none")
            peak = max(peak, hc.rss_kib(searchd.pid))
        print(f"{'10 MiB article':<22} indexed in {indexed:.1f} s; answers {sorted(sizes)}; slowest "
              f"{slowest * 1000:.0f} ms; RSS idle {idle / 1024:.1f} MiB, peak {peak / 1024:.1f} MiB", flush=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--db")
    parser.add_argument("--seconds", type=float, default=10)
    parser.add_argument("--connections", type=int, default=256)
    parser.add_argument("searchd_args", nargs="*")
    args = parser.parse_args()
    build_dir = Path(os.environ.get("BUILD_DIR", REPO / "build"))
    with tempfile.TemporaryDirectory() as scratch:
        db = args.db
        if not db:
            db = os.path.join(scratch, "db")
            build_sample_db(build_dir, Path(db))
        with hc.Searchd(str(build_dir / "searchd/searchd"), db, hc.free_port(), args.searchd_args) as searchd:
            for _ in range(20):  # warm up: worker databases, facet index, caches
                hc.get(searchd.port, "/search?q=ha+noi")
            measure("idle", searchd, args.seconds)
            for kind in ("idle", "half", "trickle"):
                run_attack(kind, searchd, args.connections, args.seconds)
            range_abuse(searchd, any_article_id(searchd))
            oversize_head(searchd)
            oversize_body(searchd)
            pipelined(searchd)
            statuses, seconds = hc.burst(searchd.port, 100)
            print(f"{'burst of 100':<22} -> {statuses} in {seconds * 1000:.0f} ms", flush=True)
            attacks = [hc.Attack(searchd.port, kind, args.connections // 2).start() for kind in ("trickle", "half")]
            took = searchd.terminate(timeout=30)
            for attack in attacks:
                attack.stop()
            print(f"{'SIGTERM under attack':<22} exited in {took:.2f} s (status {searchd.process.returncode})")
        connection_limit(build_dir, db, args.connections)
        huge_article(build_dir, scratch)
    return 0


if __name__ == "__main__":
    sys.exit(main())
