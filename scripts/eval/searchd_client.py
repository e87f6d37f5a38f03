"""A small HTTP client for a running searchd: GET /health and GET /search, timed from the client side.

Keeps one keep-alive connection (as a real front end would), reconnecting once if the server closed it.
"""

import http.client
import json
import time
from dataclasses import dataclass
from urllib.parse import urlencode, quote, urlparse


class SearchdError(RuntimeError):
    pass


@dataclass
class SearchResult:
    status: int
    body: dict         # the decoded JSON response ({} when it was not JSON)
    client_ms: float   # request sent -> response read, measured here

    @property
    def ids(self):
        return [hit.get("id") for hit in self.body.get("hits", [])]

    @property
    def took_ms(self):
        return self.body.get("took_ms")


class SearchdClient:
    def __init__(self, base_url, timeout=30.0):
        parsed = urlparse(base_url)
        if parsed.scheme != "http" or not parsed.hostname:
            raise SearchdError(f"expected a URL like http://127.0.0.1:8080, got {base_url!r}")
        self._host = parsed.hostname
        self._port = parsed.port or 80
        self._timeout = timeout
        self._conn = None

    def health(self):
        status, body, _ = self._get("/health")
        if status != 200:
            raise SearchdError(f"GET /health answered {status}: {body}")
        return body

    def search(self, params):
        """GET /search with these parameters (a dict or a list of pairs; blank values are sent as `name=`)."""
        status, body, elapsed = self._get("/search?" + urlencode(params, quote_via=quote))
        return SearchResult(status, body, elapsed)

    def close(self):
        if self._conn is not None:
            self._conn.close()
            self._conn = None

    def _get(self, path):
        for attempt in (1, 2):
            if self._conn is None:
                self._conn = http.client.HTTPConnection(self._host, self._port, timeout=self._timeout)
            try:
                started = time.perf_counter()
                self._conn.request("GET", path)
                response = self._conn.getresponse()
                raw = response.read()
                elapsed_ms = (time.perf_counter() - started) * 1000.0
                return response.status, _decode(raw), elapsed_ms
            except (http.client.HTTPException, ConnectionError) as error:
                # The server may close an idle keep-alive connection: retry once on a fresh one.
                self.close()
                if attempt == 2:
                    raise SearchdError(f"GET {path} to {self._host}:{self._port} failed: {error}") from error
            except OSError as error:
                self.close()
                raise SearchdError(f"cannot reach searchd at {self._host}:{self._port}: {error}") from error


def _decode(raw):
    try:
        body = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        return {}
    return body if isinstance(body, dict) else {}
