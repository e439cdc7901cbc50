"""Fetching web pages politely, once: timeouts, retries with backoff, a cache keyed by URL.

Analysts point alliancegraph at news sites, so the fetcher behaves like a good crawler: it names
itself (:data:`USER_AGENT`), waits at most :data:`TIMEOUT_S` per request, retries a timeout or a
server error (5xx, 429) a few times with exponential backoff, keeps at most ``concurrency``
requests in flight, and stores every page it fetched in a local cache keyed by the normalised
URL. A re-run therefore fetches nothing already fetched, and ``offline=True`` reads the cache
only. A page that cannot be had is a :class:`Fetched` with ``error`` set (the reason, one line),
never an exception: the other pages go on.

>>> from alliancegraph.loaders.fetch import cache_key
>>> cache_key("https://Example.org/a?utm_source=x#top") == cache_key("https://example.org/a")
True
"""

from __future__ import annotations

import hashlib
import json
import os
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urldefrag

import httpx
from courlan import normalize_url

from alliancegraph import __version__
from alliancegraph.filecache import write_atomically

# Who to contact about the crawler: a site owner reads it in their logs. Set it to your own
# address or page when you crawl on a schedule.
CONTACT_ENV = "ALLIANCEGRAPH_CONTACT"
USER_AGENT = (
    f"alliancegraph/{__version__} "
    f"(+{os.environ.get(CONTACT_ENV) or 'news research tool, see its README: Web pages'})"
)
TIMEOUT_S = 15.0
RETRIES = 3  # after the first attempt: at most four requests per URL
BACKOFF_S = 0.5  # waits 0.5, 1, 2 s between attempts
CONCURRENCY = 4  # requests in flight at once: enough for a news site, polite to it
CACHE_ENV = "ALLIANCEGRAPH_CACHE"
RETRIED_STATUS = {429, 500, 502, 503, 504}


def default_cache_dir() -> Path:
    """``$ALLIANCEGRAPH_CACHE``, else the user cache dir (``~/.cache/alliancegraph/pages``)."""
    if os.environ.get(CACHE_ENV):
        return Path(os.environ[CACHE_ENV])
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("alliancegraph")) / "pages"


def normalised_url(url: str) -> str:
    """The URL as the cache and the stores key it: scheme and host lower-cased, default port,
    fragment and tracking parameters (``utm_*``, ``fbclid``...) dropped, query sorted.

    >>> normalised_url("HTTPS://www.Example.org:443/a?b=2&utm_source=rss&a=1#comments")
    'https://www.example.org/a?a=1&b=2'
    """
    try:
        return normalize_url(urldefrag(url.strip())[0])
    except (ValueError, AttributeError):
        return url.strip()


def cache_key(url: str) -> str:
    return hashlib.sha256(normalised_url(url).encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class Fetched:
    """One URL's outcome: the page's bytes, or the reason it could not be had."""

    url: str
    body: bytes | None = None
    final_url: str | None = None
    from_cache: bool = False
    error: str | None = None

    @property
    def ok(self) -> bool:
        return self.error is None


class PageCache:
    """Pages on disk, one ``<sha256>.html`` body and ``<sha256>.json`` record per URL.

    Files are written to a temporary name and renamed, so an interrupted run never leaves a
    half-written page that a later run would trust.
    """

    def __init__(self, root: str | os.PathLike) -> None:
        self.root = Path(root)

    def _paths(self, url: str) -> tuple[Path, Path]:
        key = cache_key(url)
        folder = self.root / key[:2]
        return folder / f"{key}.html", folder / f"{key}.json"

    def get(self, url: str) -> Fetched | None:
        body_path, meta_path = self._paths(url)
        try:
            meta = json.loads(meta_path.read_text("utf-8"))
            body = body_path.read_bytes()
        except (OSError, ValueError):
            return None
        return Fetched(url=url, body=body, final_url=meta.get("final_url"), from_cache=True)

    def put(self, url: str, body: bytes, final_url: str) -> None:
        body_path, meta_path = self._paths(url)
        body_path.parent.mkdir(parents=True, exist_ok=True)
        meta = {"url": url, "final_url": final_url, "fetched": time.strftime("%Y-%m-%dT%H:%M:%SZ",
                                                                             time.gmtime())}
        for path, data in ((body_path, body), (meta_path, json.dumps(meta).encode("utf-8"))):
            write_atomically(path, data)


class Fetcher:
    """Fetches URLs with a shared HTTP client, a page cache and bounded concurrency.

    ``requests`` counts the requests actually sent (cache hits excluded), so callers can report
    how much was fetched.
    """

    def __init__(
        self,
        cache_dir: str | os.PathLike | None = None,
        offline: bool = False,
        timeout: float = TIMEOUT_S,
        retries: int = RETRIES,
        backoff: float = BACKOFF_S,
        concurrency: int = CONCURRENCY,
        user_agent: str = USER_AGENT,
    ) -> None:
        self.cache = PageCache(cache_dir if cache_dir is not None else default_cache_dir())
        self.offline = offline
        self.timeout = timeout
        self.retries = retries
        self.backoff = backoff
        self.concurrency = max(1, concurrency)
        self.user_agent = user_agent
        self.requests = 0
        self._lock = threading.Lock()

    def fetch(self, url: str, client: httpx.Client | None = None) -> Fetched:
        """One URL: from the cache if it is there, else from the network (unless offline)."""
        if not url.lower().startswith(("http://", "https://")):
            return Fetched(url, error="not an http(s) URL")
        cached = self.cache.get(url)
        if cached is not None:
            return cached
        if self.offline:
            return Fetched(url, error="not in the cache (offline)")
        if client is None:
            with self._client() as own:
                return self._download(url, own)
        return self._download(url, client)

    def fetch_all(
        self, urls: Iterable[str], on_done: Callable[[Fetched], None] | None = None
    ) -> Iterator[Fetched]:
        """Every URL's outcome, in the order given, with at most ``concurrency`` in flight."""
        urls = list(urls)
        with self._client() as client, ThreadPoolExecutor(self.concurrency) as pool:
            futures = [pool.submit(self.fetch, url, client) for url in urls]
            for future in futures:
                result = future.result()
                if on_done:
                    on_done(result)
                yield result

    def _client(self) -> httpx.Client:
        return httpx.Client(
            headers={"User-Agent": self.user_agent},
            timeout=self.timeout,
            follow_redirects=True,
            limits=httpx.Limits(max_connections=self.concurrency),
        )

    def _download(self, url: str, client: httpx.Client) -> Fetched:
        reason = "no attempt made"
        for attempt in range(self.retries + 1):
            if attempt:
                time.sleep(self.backoff * 2 ** (attempt - 1))
            with self._lock:
                self.requests += 1
            try:
                response = client.get(url)
            except httpx.TimeoutException:
                reason = f"timed out after {self.timeout:g} s"
                continue
            except httpx.TransportError as exc:
                reason = f"network error ({type(exc).__name__}: {exc})"
                continue
            except httpx.HTTPError as exc:  # a malformed URL, too many redirects
                return Fetched(url, error=f"{type(exc).__name__}: {exc}")
            if response.status_code in RETRIED_STATUS:
                reason = f"HTTP {response.status_code} {response.reason_phrase}"
                continue
            if response.status_code >= 400:
                return Fetched(url, error=f"HTTP {response.status_code} {response.reason_phrase}")
            body, final = response.content, str(response.url)
            self.cache.put(url, body, final)
            return Fetched(url, body=body, final_url=final)
        return Fetched(url, error=f"{reason} ({self.retries + 1} attempts)")
