"""Hostile-client suite (issue 11): the real searchd on a loopback port against slow, idle, half-sent,
pipelined, oversized and bursty clients, and SIGTERM while they hold it. Every attack is bounded in
count and time. Latency figures are benchmarks (scripts/bench/hostile.py); here a bound is only as
tight as "answered, not starved" needs: the defect was /health not answering at all.

Environment (ctest sets them): VNSEARCH_SEARCHD_BIN, VNSEARCH_INDEXER_BIN, VNSEARCH_FIXTURES_DIR.
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import tempfile
import time
import unittest
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "scripts" / "bench"))
import hostile_clients as hc  # noqa: E402

SEARCHD = os.environ.get("VNSEARCH_SEARCHD_BIN", "")
INDEXER = os.environ.get("VNSEARCH_INDEXER_BIN", "")
FIXTURES = os.environ.get("VNSEARCH_FIXTURES_DIR", str(Path(__file__).resolve().parents[1] / "fixtures"))
ARTICLE = "000_1c149590d83d7c3a"
# "Not starved": far above the 100 ms target (a loaded 2-core CI machine, sanitizer builds), far
# below the seconds a starved server took (or never) on 77e4ae0.
ANSWERED_WITHIN_S = 3.0


def setUpModule():
    global SCRATCH, DB
    if not (SEARCHD and INDEXER):
        raise unittest.SkipTest("VNSEARCH_SEARCHD_BIN and VNSEARCH_INDEXER_BIN are not set")
    SCRATCH = tempfile.TemporaryDirectory()
    DB = os.path.join(SCRATCH.name, "db")
    subprocess.run([INDEXER, "--db", DB, os.path.join(FIXTURES, "sample-archive")], check=True, capture_output=True)


def tearDownModule():
    SCRATCH.cleanup()


def searchd(*args: str) -> hc.Searchd:
    return hc.Searchd(SEARCHD, DB, hc.free_port(), list(args))


def raw_exchange(port: int, data: bytes, timeout: float = 10.0) -> hc.Reply | None:
    with socket.create_connection((hc.HOST, port), timeout=timeout) as sock:
        sock.sendall(data)
        return hc.read_reply(sock)


class HostileConnections(unittest.TestCase):
    def poll_during(self, server: hc.Searchd, attack: hc.Attack, seconds: float) -> hc.HealthPoller:
        poller = hc.HealthPoller(server.port, interval=0.05, timeout=ANSWERED_WITHIN_S).start()
        time.sleep(seconds)
        poller.stop()
        return poller

    def assert_not_starved(self, poller: hc.HealthPoller, what: str):
        self.assertEqual(poller.failures, 0, f"{what}: /health unanswered within {ANSWERED_WITHIN_S} s: {poller.summary()}")
        self.assertGreater(len(poller.latencies_ms), 10, f"{what}: {poller.summary()}")
        self.assertEqual(set(poller.statuses), {200}, f"{what}: {poller.summary()}")

    def test_health_answers_while_256_connections_idle_half_sent_or_trickle(self):
        # A long head timeout, so the attackers stay connected: the server must serve beside them.
        with searchd("--head-timeout", "60") as server:
            for kind in ("idle", "half", "trickle"):
                attack = hc.Attack(server.port, kind, 256, interval=1.0).start()
                try:
                    poller = self.poll_during(server, attack, 3)
                    held = attack.held()
                finally:
                    attack.stop()
                self.assert_not_starved(poller, f"256 {kind}")
                self.assertGreaterEqual(held, 250, f"256 {kind}: the server dropped the connections instead")

    def test_slow_head_is_cut_at_the_head_deadline_not_per_byte(self):
        with searchd("--head-timeout", "1") as server:
            with socket.create_connection((hc.HOST, server.port), timeout=10) as sock:
                started = time.monotonic()
                reply = None
                for byte in b"GET /health HTTP/1.1\r\nX-Slow: " + b"a" * 100:
                    try:
                        sock.send(bytes([byte]))
                    except OSError:
                        break
                    sock.settimeout(0.3)
                    try:
                        reply = hc.read_reply(sock)
                        break
                    except socket.timeout:
                        continue
                    except OSError:
                        break
                elapsed = time.monotonic() - started
            self.assertLess(elapsed, 10, "a byte every 0.3 s kept the connection past the 1 s head deadline")
            if reply is not None:
                self.assertEqual(reply.status, 408)

    def test_connections_over_the_limit_get_503_at_once(self):
        with searchd("--max-connections", "32", "--head-timeout", "60") as server:
            attack = hc.Attack(server.port, "idle", 32).start()
            try:
                time.sleep(0.3)
                started = time.monotonic()
                reply = hc.get(server.port, "/health")
                elapsed = time.monotonic() - started
            finally:
                attack.stop()
            self.assertIsNotNone(reply)
            self.assertEqual(reply.status, 503)
            self.assertEqual(reply.headers.get("retry-after"), "1")
            self.assertIn(b"connection limit", reply.body)
            self.assertLess(elapsed, ANSWERED_WITHIN_S)
            deadline = time.monotonic() + 5
            while (reply := hc.get(server.port, "/health")) is None or reply.status != 200:
                self.assertLess(time.monotonic(), deadline, "the limit did not free up after the clients left")
                time.sleep(0.1)
            deadline = time.monotonic() + 5  # refusals are logged once a second
            while "refused with 503" not in server.output():
                self.assertLess(time.monotonic(), deadline, server.output())
                time.sleep(0.1)
            metrics = hc.get(server.port, "/metrics")
            self.assertRegex(metrics.body.decode(), r'vnsearch_connections_total\{outcome="refused_full"\} [1-9]')

    def test_burst_of_100_new_connections_all_answered(self):
        with searchd() as server:
            statuses, _ = hc.burst(server.port, 100)
        self.assertEqual(statuses, {200: 100})

    def test_sigterm_under_attack_exits_promptly(self):
        with searchd("--head-timeout", "60") as server:
            attacks = [hc.Attack(server.port, kind, 128, interval=1.0).start() for kind in ("trickle", "half")]
            try:
                time.sleep(1)
                took = server.terminate(timeout=20)
            finally:
                for attack in attacks:
                    attack.stop()
            self.assertLess(took, 5, "searchd did not exit within 5 s of SIGTERM with 256 hostile clients")
            self.assertEqual(server.process.returncode, 0)


class RequestBounds(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.server = searchd().__enter__()
        cls.port = cls.server.port

    @classmethod
    def tearDownClass(cls):
        cls.server.__exit__(None, None, None)

    def test_pipelined_requests_each_get_their_answer(self):
        with socket.create_connection((hc.HOST, self.port), timeout=10) as sock:
            sock.sendall(hc.request_bytes("/health") + hc.request_bytes(f"/articles/{ARTICLE}") +
                         hc.request_bytes("/nowhere"))
            replies = hc.read_replies(sock, 3)
        self.assertEqual([reply.status for reply in replies], [200, 200, 404])

    def test_range_header_is_ignored_no_multipart_amplification(self):
        plain = hc.get(self.port, f"/articles/{ARTICLE}")
        ranged = hc.get(self.port, f"/articles/{ARTICLE}", {"Range": "bytes=" + ",".join(["0-"] * 2000)})
        self.assertEqual(ranged.status, 200)
        self.assertEqual(ranged.body, plain.body)

    def test_long_path_is_refused_414_before_the_route_regex(self):
        reply = hc.get(self.port, "/articles/" + "a" * 8000)
        self.assertEqual(reply.status, 414)

    def test_oversize_head_is_refused_431(self):
        with socket.create_connection((hc.HOST, self.port), timeout=10) as sock:
            try:
                sock.sendall(b"GET /health HTTP/1.1\r\n" + b"X-A: b\r\n" * 1_000_000 + b"\r\n")
            except OSError:
                pass  # the server closed once it had refused: the answer is already waiting
            reply = hc.read_reply(sock)
        self.assertIsNotNone(reply)
        self.assertEqual(reply.status, 431)

    def test_long_request_line_is_refused_414(self):
        reply = hc.get(self.port, "/search?q=" + "a" * 20000)
        self.assertEqual(reply.status, 414)

    def test_any_request_body_is_refused_413_before_it_is_read(self):
        for headers in (b"Content-Length: 268435456\r\n", b"Transfer-Encoding: chunked\r\n"):
            reply = raw_exchange(self.port, b"POST /search HTTP/1.1\r\nHost: x\r\n" + headers + b"\r\n")
            self.assertEqual(reply.status, 413, headers)
            self.assertIn(b"no request body", reply.body)

    def test_two_content_lengths_are_refused_400(self):
        reply = raw_exchange(self.port, b"GET /health HTTP/1.1\r\nContent-Length: 0\r\nContent-Length: 0\r\n\r\n")
        self.assertEqual(reply.status, 400)

    def test_wrong_method_gets_405_with_allow(self):
        for method in ("POST", "DELETE", "PUT"):
            reply = raw_exchange(self.port, hc.request_bytes("/search?q=x", method=method))
            self.assertEqual(reply.status, 405, method)
            self.assertEqual(reply.headers.get("allow"), "GET, HEAD")
            self.assertIn(b"GET and HEAD", reply.body)

    def test_absolute_form_target_is_served(self):
        reply = raw_exchange(self.port, hc.request_bytes(f"http://{hc.HOST}:{self.port}/health"))
        self.assertEqual(reply.status, 200)
        self.assertIn(b'"status"', reply.body)

    def test_control_characters_in_the_path_cannot_forge_log_lines(self):
        hc.get(self.port, "/x%0Aforged%20line%1B[31m")
        time.sleep(0.2)
        log = self.server.output()
        self.assertIn(r"/x\x0aforged line\x1b[31m", log)
        self.assertFalse(any(line.startswith("forged") for line in log.splitlines()))
        self.assertNotIn("\x1b[31m", log)

    def test_each_keep_alive_connection_is_logged_with_its_own_client(self):
        # The front looks a connection's addresses up once and keeps them with it: two keep-alive
        # clients on other loopback addresses, their requests interleaved, each logged as itself.
        clients = ("127.0.0.2", "127.0.0.3")
        sockets = [socket.create_connection((hc.HOST, self.port), timeout=10, source_address=(address, 0))
                   for address in clients]
        expected = []
        try:
            for turn in range(3):
                for address, sock in zip(clients, sockets):
                    path = f"/health?from={address}&turn={turn}"
                    sock.sendall(hc.request_bytes(path))
                    self.assertEqual(hc.read_reply(sock).status, 200)
                    expected.append(f'{address} "GET {path}" 200')
        finally:
            for sock in sockets:
                sock.close()
        deadline = time.monotonic() + 5
        while not all(line in self.server.output() for line in expected):
            self.assertLess(time.monotonic(), deadline, self.server.output())
            time.sleep(0.05)


class RefusalsAreAnswersToo(unittest.TestCase):
    """The front's own answers carry the CORS headers of their Origin (a portal's page can read a 503 or
    413 instead of meeting a network error) and have an access line, like every other answer."""

    ORIGIN = "http://portal.example.vn"

    def test_a_refused_head_gets_cors_headers_for_an_allowed_origin_only(self):
        with searchd("--cors-origin", self.ORIGIN) as server:
            for origin, allowed in ((self.ORIGIN, True), ("http://elsewhere.example", False)):
                reply = raw_exchange(server.port, b"POST /search?q=x HTTP/1.1\r\nHost: x\r\nOrigin: " +
                                     origin.encode() + b"\r\nContent-Length: 5\r\n\r\n")
                self.assertEqual(reply.status, 413)
                self.assertEqual(reply.headers.get("access-control-allow-origin"), origin if allowed else None)
                self.assertEqual(reply.headers.get("vary"), "Origin")

    def test_a_refused_head_is_logged_with_its_client_and_status(self):
        with searchd() as server:
            raw_exchange(server.port, b"GET /health?refused=1 HTTP/1.1\r\nContent-Length: 0\r\nContent-Length: 0\r\n\r\n")
            deadline = time.monotonic() + 5
            while '"GET /health?refused=1" 400' not in server.output():
                self.assertLess(time.monotonic(), deadline, server.output())
                time.sleep(0.05)
            self.assertIn(f'{hc.HOST} "GET /health?refused=1" 400', server.output())


class IndexWorkers(unittest.TestCase):
    """Searches run on --searches threads of their own (front/connection_front.h, FrontWorkers)."""

    def test_a_client_that_does_not_read_holds_no_search_thread(self):
        # One search thread, and a client that asks for megabytes of answers and reads none of them:
        # what the socket cannot take is finished by another thread (until --write-timeout), so the
        # next client's search is answered at once, not 30 s later.
        path = f"/articles/{ARTICLE}"
        requests = 990  # one connection serves 1,000 at most
        with searchd("--searches", "1", "--write-timeout", "30") as server:
            answer = hc.get(server.port, path)
            send_buffer_max = int(Path("/proc/sys/net/ipv4/tcp_wmem").read_text().split()[2])
            if requests * len(answer.body) < send_buffer_max + (1 << 20):
                self.skipTest(f"the socket buffers ({send_buffer_max} bytes) would take every answer")
            hog = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
            hog.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4096)
            try:
                hog.connect((hc.HOST, server.port))
                hog.settimeout(10)
                hog.sendall(hc.request_bytes(path) * requests)
                time.sleep(1.0)  # the front reads the requests, the search thread answers until the socket is full
                started = time.monotonic()
                reply = hc.get(server.port, "/search?q=quan&per_page=5", timeout=ANSWERED_WITHIN_S + 2)
                waited = time.monotonic() - started
            finally:
                hog.close()
            self.assertIsNotNone(reply, "the search was not answered")
            self.assertEqual(reply.status, 200)
            self.assertLess(waited, ANSWERED_WITHIN_S, "a search waited behind a client that does not read")


    def test_a_slow_reader_gets_every_pipelined_answer_in_order(self):
        # 60 requests for a 300 KB article in one packet, read only after a while: the search thread
        # fills the socket and hands the rest of an answer over; the requests still waiting in the
        # connection's buffer are then served too, in order (no more bytes will come to wake anyone).
        with tempfile.TemporaryDirectory() as scratch:
            article = {"id": "big", "title": "Bài dài", "body": "Ủy ban nhân dân quận Đống Đa họp. " * 9000}
            source = Path(scratch, "big.jsonl")
            source.write_text(json.dumps(article, ensure_ascii=False) + "\n", encoding="utf-8")
            db = os.path.join(scratch, "db")
            subprocess.run([INDEXER, "--db", db, str(source)], check=True, capture_output=True)
            with hc.Searchd(SEARCHD, db, hc.free_port(), ["--searches", "1", "--write-timeout", "30"]) as server:
                requests = 60
                with socket.create_connection((hc.HOST, server.port), timeout=20) as sock:
                    sock.sendall(hc.request_bytes("/articles/big") * (requests - 1) + hc.request_bytes("/health"))
                    time.sleep(1.5)  # the search thread fills the socket and hands the rest over
                    replies = hc.read_replies(sock, requests)
        self.assertEqual(len(replies), requests)
        self.assertEqual({reply.status for reply in replies[:-1]}, {200})
        self.assertGreater(len(replies[0].body), 300_000)
        self.assertIn(b'"status"', replies[-1].body, "the last answer is /health's, in order")


class MemoryUnderAttack(unittest.TestCase):
    def test_memory_under_the_hostile_cases_stays_within_2x_idle(self):
        with searchd("--head-timeout", "60") as server:
            for _ in range(20):  # warm: the worker pool's databases, caches
                hc.get(server.port, "/search?q=dai+hoi")
            idle = hc.rss_kib(server.pid)
            peak = idle
            attack = hc.Attack(server.port, "half", 256).start()
            try:
                # Concurrently, so many workers run them (a worker's stack is what a regex would grow).
                statuses, _ = hc.burst(server.port, 32, f"/articles/{ARTICLE}",
                                       headers={"Range": "bytes=" + ",".join(["0-"] * 2000)})
                self.assertEqual(statuses, {200: 32})
                statuses, _ = hc.burst(server.port, 32, "/articles/" + "a" * 500)
                self.assertEqual(statuses, {404: 32})
                peak = max(peak, hc.rss_kib(server.pid))
                for _ in range(4):
                    with socket.create_connection((hc.HOST, server.port), timeout=10) as sock:
                        try:
                            sock.sendall(b"POST / HTTP/1.1\r\nContent-Length: 268435456\r\n\r\n" + b"x" * (8 << 20))
                            sock.sendall(b"GET / HTTP/1.1\r\n" + b"X-A: b\r\n" * 500_000)
                        except OSError:
                            pass
                    peak = max(peak, hc.rss_kib(server.pid))
            finally:
                attack.stop()
            self.assertLess(peak, 2 * idle, f"RSS {idle} KiB idle, {peak} KiB under attack")


if __name__ == "__main__":
    unittest.main()
