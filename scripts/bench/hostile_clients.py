"""Hostile HTTP clients for searchd (loopback only), and the measurements taken while they run.

Shared by the hostile-client test suite (tests/hostile/test_hostile_clients.py) and the benchmark
(scripts/bench/hostile.py, which prints /health latency percentiles, RSS and SIGTERM time per attack).
Every attack is bounded: a fixed number of sockets to one loopback address, stopped by stop().
Python 3 stdlib only.
"""

from __future__ import annotations

import signal
import socket
import subprocess
import threading
import time
from dataclasses import dataclass, field

HOST = "127.0.0.1"


def request_bytes(path: str, headers: dict[str, str] | None = None, method: str = "GET") -> bytes:
    lines = [f"{method} {path} HTTP/1.1", f"Host: {HOST}"]
    lines += [f"{name}: {value}" for name, value in (headers or {}).items()]
    return ("\r\n".join(lines) + "\r\n\r\n").encode()


@dataclass
class Reply:
    status: int
    headers: dict[str, str]
    body: bytes


def read_reply(sock: socket.socket) -> Reply | None:
    """Reads one HTTP/1.1 response (Content-Length framed) from sock; None when the peer closed first."""
    replies = read_replies(sock, 1)
    return replies[0] if replies else None


def read_replies(sock: socket.socket, count: int) -> list[Reply]:
    """Reads count pipelined responses from one connection."""
    replies = []
    buffer = b""
    while len(replies) < count:
        while b"\r\n\r\n" not in buffer:
            chunk = sock.recv(65536)
            if not chunk:
                return replies
            buffer += chunk
        head, _, rest = buffer.partition(b"\r\n\r\n")
        lines = head.decode("latin-1").split("\r\n")
        headers = {n.strip().lower(): v.strip() for n, _, v in (l.partition(":") for l in lines[1:])}
        length = int(headers.get("content-length", "0"))
        while len(rest) < length:
            chunk = sock.recv(65536)
            if not chunk:
                return replies
            rest += chunk
        replies.append(Reply(int(lines[0].split()[1]), headers, rest[:length]))
        buffer = rest[length:]
    return replies


def get(port: int, path: str, headers: dict[str, str] | None = None, timeout: float = 10.0,
        host: str = HOST) -> Reply | None:
    """One request on a new connection; None when the connection was refused, reset or closed."""
    try:
        with socket.create_connection((host, port), timeout=timeout) as sock:
            sock.sendall(request_bytes(path, headers))
            return read_reply(sock)
    except OSError:
        return None


def rss_kib(pid: int) -> int:
    """Resident set size of pid in KiB, from /proc."""
    with open(f"/proc/{pid}/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    raise RuntimeError(f"no VmRSS for {pid}")


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(fraction * (len(ordered) - 1))))]


@dataclass
class HealthPoller:
    """A well-behaved client: GET /health on a new connection every interval seconds, timing each."""
    port: int
    interval: float = 0.02
    timeout: float = 10.0
    latencies_ms: list[float] = field(default_factory=list)
    failures: int = 0
    statuses: dict[int, int] = field(default_factory=dict)

    def __post_init__(self):
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def start(self) -> "HealthPoller":
        self._thread.start()
        return self

    def stop(self) -> "HealthPoller":
        self._stop.set()
        self._thread.join()
        return self

    def _run(self):
        while not self._stop.is_set():
            started = time.monotonic()
            reply = get(self.port, "/health", timeout=self.timeout)
            elapsed = (time.monotonic() - started) * 1000
            if reply is None:
                self.failures += 1
            else:
                self.statuses[reply.status] = self.statuses.get(reply.status, 0) + 1
                self.latencies_ms.append(elapsed)
            self._stop.wait(self.interval)

    def summary(self) -> str:
        if not self.latencies_ms:
            return f"no answer ({self.failures} failed)"
        return (f"{len(self.latencies_ms)} answers {self.statuses}, {self.failures} failed; "
                f"p50 {percentile(self.latencies_ms, 0.5):.1f} ms, p99 {percentile(self.latencies_ms, 0.99):.1f} ms, "
                f"max {max(self.latencies_ms):.1f} ms")


class Attack:
    """count hostile connections held open (reopened when the server closes them) until stop().

    kind: idle (connects, sends nothing), half (a request head without its end), trickle (a head one
    byte every interval seconds, never finished: slowloris).
    """

    def __init__(self, port: int, kind: str, count: int, interval: float = 2.0, host: str = HOST):
        if kind not in ("idle", "half", "trickle"):
            raise ValueError(kind)
        self.port, self.kind, self.count, self.interval, self.host = port, kind, count, interval, host
        self.opened = 0
        self.closed_by_server = 0
        self._sockets: list[socket.socket] = []
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def start(self) -> "Attack":
        for _ in range(self.count):
            self._open()
        self._thread.start()
        return self

    def stop(self):
        self._stop.set()
        self._thread.join()
        for sock in self._sockets:
            sock.close()
        self._sockets.clear()

    def held(self) -> int:
        return len(self._sockets)

    def _open(self):
        try:
            sock = socket.create_connection((self.host, self.port), timeout=2)
        except OSError:
            return
        sock.setblocking(False)
        self.opened += 1
        if self.kind == "half":
            self._send(sock, b"GET /search?q=ha+noi HTTP/1.1\r\nHost: x\r\n")
        elif self.kind == "trickle":
            self._send(sock, b"G")
        self._sockets.append(sock)

    @staticmethod
    def _send(sock: socket.socket, data: bytes) -> bool:
        try:
            sock.send(data)
            return True
        except OSError:
            return False

    def _alive(self, sock: socket.socket) -> bool:
        try:
            sock.recv(65536)
        except BlockingIOError:
            return True
        except OSError:
            return False
        return False  # an answer or EOF: the server let go of it

    def _run(self):
        trickle = b"ET /health HTTP/1.1\r\nX-Slow: " + b"a" * 100000
        position = 0
        while not self._stop.wait(self.interval if self.kind == "trickle" else 0.2):
            kept = []
            for sock in self._sockets:
                if self._alive(sock) and (self.kind != "trickle" or
                                          self._send(sock, trickle[position:position + 1])):
                    kept.append(sock)
                else:
                    sock.close()
                    self.closed_by_server += 1
            self._sockets = kept
            position += 1
            while len(self._sockets) < self.count and not self._stop.is_set():
                before = len(self._sockets)
                self._open()
                if len(self._sockets) == before:
                    break


@dataclass
class Searchd:
    """The real searchd binary on a loopback port, for as long as the object is used as a context."""
    binary: str
    db: str
    port: int
    extra_args: list[str] = field(default_factory=list)

    def __enter__(self) -> "Searchd":
        self.process = subprocess.Popen(
            [self.binary, "--db", self.db, "--listen", f"{HOST}:{self.port}", *self.extra_args],
            stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
        self._output = bytearray()
        self._reader = threading.Thread(target=self._drain, daemon=True)
        self._reader.start()
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"searchd exited {self.process.returncode}:\n{self.output()}")
            reply = get(self.port, "/health", timeout=1)
            if reply is not None and reply.status == 200:
                return self
            time.sleep(0.05)
        self.process.kill()
        raise RuntimeError(f"searchd did not answer /health:\n{self.output()}")

    def _drain(self):
        for line in self.process.stdout:
            self._output += line

    def output(self) -> str:
        return self._output.decode("utf-8", "replace")

    @property
    def pid(self) -> int:
        return self.process.pid

    def terminate(self, timeout: float = 30.0) -> float:
        """SIGTERM; returns the seconds until the process exited (timeout + 1 if it did not, then kills it)."""
        started = time.monotonic()
        self.process.send_signal(signal.SIGTERM)
        try:
            self.process.wait(timeout)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
            return timeout + 1
        return time.monotonic() - started

    def __exit__(self, *exc):
        if self.process.poll() is None:
            self.process.kill()
            self.process.wait()
        self._reader.join(timeout=5)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind((HOST, 0))
        return sock.getsockname()[1]


def burst(port: int, count: int, path: str = "/health", timeout: float = 10.0,
          headers: dict[str, str] | None = None) -> tuple[dict, float]:
    """count connections opened at once, each sending one request; returns ({status: n}, seconds)."""
    results: dict = {}
    lock = threading.Lock()
    started = time.monotonic()

    def one():
        reply = get(port, path, headers, timeout=timeout)
        key = reply.status if reply else "no answer"
        with lock:
            results[key] = results.get(key, 0) + 1

    threads = [threading.Thread(target=one) for _ in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return results, time.monotonic() - started
