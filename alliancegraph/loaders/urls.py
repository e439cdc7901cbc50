"""URL lists and pages fetched from the web: one URL per line in, articles out.

A URL list (``urls.txt``) holds one ``http(s)`` URL per line; blank lines and lines starting
with ``#`` are skipped. The same page listed twice (or under two spellings of its URL) is
fetched and read once. Every page that cannot be fetched or read is one
:class:`~alliancegraph.loaders.readers.ReadProblem` naming the URL and the reason; the others
go on.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Protocol

from alliancegraph.model import Article

if TYPE_CHECKING:
    from alliancegraph.loaders.fetch import Fetched, Fetcher
    from alliancegraph.loaders.html import PageHints

# No spaces or control characters: a URL is echoed in error lines on the terminal.
URL_LINE = re.compile(r"^https?://[^\s\x00-\x1f\x7f-\x9f]+$", re.IGNORECASE)


class FetchProgress(Protocol):
    """Told how many pages a reader is about to fetch, then each page's outcome."""

    def planned(self, count: int) -> None: ...

    def done(self, fetched: Fetched) -> None: ...


def url_lines(text: str) -> Iterator[tuple[int, str]]:
    """``(line number, URL or the bad line)`` for each line that is not blank or a comment.

    >>> list(url_lines("# revue de presse\\nhttps://example.org/a\\n\\nexample.org/b\\n"))
    [(2, 'https://example.org/a'), (4, 'example.org/b')]
    """
    for number, line in enumerate(text.splitlines(), start=1):
        line = line.strip()
        if line and not line.startswith("#"):
            yield number, line


def looks_like_url_list(text: str) -> bool:
    """True when the first line that is not blank or a comment is an http(s) URL and most
    others are too (a mistyped line is then reported, not read as an article's text).

    >>> looks_like_url_list("https://example.org/a\\nexample.org/b\\nhttps://example.org/c")
    True
    >>> looks_like_url_list("date 2017-01-29\\nHamon gagne\\nhttps://example.org/a")
    False
    """
    lines = [line for _, line in url_lines(text[:65536])]
    urls = sum(1 for line in lines if URL_LINE.match(line))
    return bool(lines) and bool(URL_LINE.match(lines[0])) and urls * 2 >= len(lines)


def read_pages(
    pages: Iterable[PageHints],
    fetcher: Fetcher,
    problem,
    progress: FetchProgress | None = None,
) -> Iterator[Article | object]:
    """Fetch and read each page; ``problem(where, reason)`` builds the item for a failure.

    Pages are deduplicated by normalised URL before fetching, and fetched concurrently.
    """
    from alliancegraph.loaders.fetch import normalised_url
    from alliancegraph.loaders.html import PageError, parse_html

    unique: dict[str, PageHints] = {}
    for hints in pages:
        unique.setdefault(normalised_url(hints.url or ""), hints)
    todo = list(unique.values())
    if progress:
        progress.planned(len(todo))
    on_done = progress.done if progress else None
    for hints, fetched in zip(todo, fetcher.fetch_all([h.url for h in todo], on_done),
                              strict=True):
        if not fetched.ok:
            yield problem(hints.url, fetched.error)
            continue
        try:
            yield parse_html(fetched.body, hints.url, hints)
        except PageError as exc:
            yield problem(hints.url, str(exc))
