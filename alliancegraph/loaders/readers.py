"""Article readers: plain text with a ``date`` header, JSON Lines, HTML pages, URL lists, feeds.

A reader never raises on a bad file: it yields a :class:`ReadProblem` naming the file and the
reason, and goes on with the next one, so one broken file never stops a run of ten thousand.
This module picks the reader for each file (:func:`detect_format`: the extension, then the
content) and reads the first two formats itself; HTML pages are read by
:mod:`~alliancegraph.loaders.html`, URL lists and feeds by :mod:`~alliancegraph.loaders.urls`
and :mod:`~alliancegraph.loaders.feeds`, whose pages are fetched by
:mod:`~alliancegraph.loaders.fetch`.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from alliancegraph import dates
from alliancegraph.loaders.urls import URL_LINE, looks_like_url_list, url_lines
from alliancegraph.model import Article, article_id

if TYPE_CHECKING:  # the web readers import trafilatura (a second): only when a page comes
    from alliancegraph.loaders.fetch import Fetcher
    from alliancegraph.loaders.urls import FetchProgress

ARTICLE_SUFFIXES = {
    ".txt": "text", ".jsonl": "jsonl", ".ndjson": "jsonl", ".html": "html", ".htm": "html",
}
# Files named on the command line are also read with these (a folder is not searched for them:
# a project folder holds many XML files that are not feeds).
FILE_SUFFIXES = {**ARTICLE_SUFFIXES, ".xhtml": "html", ".xml": "feed", ".rss": "feed",
                 ".atom": "feed"}
FORMATS = ("text", "jsonl", "html", "urls", "feed")
HTML_START = re.compile(rb"^\s*(<!--.*?-->\s*)*<(!doctype\s+html|html|head|body)\b",
                        re.IGNORECASE | re.DOTALL)
FEED_ROOT = re.compile(rb"<(rss|feed|rdf:RDF)\b")

# "date 2017-01-29" or "date 2017-01" at the very start, on its own line or before the title.
DATE_HEADER = re.compile(r"^\s*date\s*:?\s+(\S+)\s*", re.IGNORECASE)
FILENAME_DATE = re.compile(r"(\d{4}-\d{2}-\d{2})")


@dataclass(frozen=True)
class ReadProblem:
    """A file (or a line of one) that could not be read, or a warning about one.

    ``fatal`` problems mean no article came from that source; the others are notes such as a
    non-UTF-8 encoding that was detected and decoded.
    """

    source: str
    reason: str
    fatal: bool = True

    def __str__(self) -> str:
        return f"{self.source}: {self.reason}"


class ArticleFormatError(ValueError):
    """Raised inside the readers and turned into a :class:`ReadProblem`."""


def check_date(value: str) -> str:
    """Validate an ISO date (day optional) and return it; raise with the reason otherwise.

    >>> check_date("2017-01")
    '2017-01'
    >>> check_date("2017-02-30")
    Traceback (most recent call last):
    ...
    alliancegraph.loaders.readers.ArticleFormatError: malformed date '2017-02-30' ...
    """
    try:
        return dates.check_date(value, year_only=False)
    except dates.DateError:
        pass
    raise ArticleFormatError(f"malformed date {value!r} (expected YYYY-MM-DD or YYYY-MM)")


def decode(data: bytes) -> tuple[str, str | None]:
    """Decode article bytes; return the text and, when it was not UTF-8, the encoding used.

    Binary data (NUL bytes, or mostly control characters) is refused rather than guessed at.
    Windows-1252 is tried before Latin-1: it is a superset for printable text and is what
    French newsroom exports usually are; a byte it cannot map falls back to Latin-1.
    """
    if b"\x00" in data[:8192]:
        raise ArticleFormatError("binary file (NUL bytes), not an article")
    try:
        return data.decode("utf-8-sig"), None
    except UnicodeDecodeError:
        pass
    try:
        text, encoding = data.decode("cp1252"), "Windows-1252"
    except UnicodeDecodeError:
        text, encoding = data.decode("latin-1"), "Latin-1"
    controls = sum(1 for c in text[:4096] if ord(c) < 32 and c not in "\n\r\t\f")
    if controls > len(text[:4096]) * 0.05:
        raise ArticleFormatError("binary file, not an article")
    return text, encoding


def _filename_date(path: Path) -> str | None:
    match = FILENAME_DATE.search(path.name)
    if not match:
        return None
    try:
        return check_date(match.group(1))
    except ArticleFormatError:
        return None


def parse_text_article(text: str, path: Path) -> Article:
    """Split a text article into date, title and body.

    The ``date`` header is optional when the file name carries a full date; a header with only a
    month is refined by the file name's day when both agree on the month.
    """
    if not text.strip():
        raise ArticleFormatError("empty file")
    from_name = _filename_date(path)
    match = DATE_HEADER.match(text)
    if match:
        date = check_date(match.group(1))
        rest = text[match.end() :]
        if len(date) == 7 and from_name and from_name.startswith(date):
            date = from_name
    elif from_name:
        date, rest = from_name, text
    else:
        raise ArticleFormatError(
            "no date: start the file with 'date YYYY-MM-DD' or put the date in its name"
        )
    lines = rest.strip().splitlines()
    if not lines:
        raise ArticleFormatError("no title or text after the date")
    title = lines[0].strip()
    body = "\n".join(lines[1:]).strip()
    full = f"{title}\n\n{body}" if body else title
    return Article(id=article_id(full), date=date, title=title, text=full, source=str(path))


def read_text_file(path: Path) -> Iterator[Article | ReadProblem]:
    try:
        text, encoding = decode(path.read_bytes())
        if encoding:
            yield ReadProblem(str(path), f"not UTF-8, decoded as {encoding}", fatal=False)
        yield parse_text_article(text, path)
    except ArticleFormatError as exc:
        yield ReadProblem(str(path), str(exc))
    except OSError as exc:
        yield ReadProblem(str(path), exc.strerror or str(exc))


def _jsonl_article(line: str, where: str) -> Article:
    try:
        row = json.loads(line)
    except json.JSONDecodeError as exc:
        raise ArticleFormatError(f"invalid JSON ({exc.msg})") from None
    if not isinstance(row, dict):
        raise ArticleFormatError("a line must be a JSON object")
    missing = [key for key in ("date", "text") if not row.get(key)]
    if missing:
        raise ArticleFormatError(f"missing {', '.join(missing)}")
    text, title = str(row["text"]).strip(), str(row.get("title") or "").strip()
    full = f"{title}\n\n{text}" if title else text
    source = f"{where} (id {row['id']})" if row.get("id") else where
    return Article(
        id=article_id(full),
        date=check_date(str(row["date"])[:10]),
        title=title or text.split("\n", 1)[0][:120],
        text=full,
        url=row.get("url"),
        source=source,
    )


def read_jsonl_file(path: Path) -> Iterator[Article | ReadProblem]:
    try:
        text, encoding = decode(path.read_bytes())
    except ArticleFormatError as exc:
        yield ReadProblem(str(path), str(exc))
        return
    except OSError as exc:
        yield ReadProblem(str(path), exc.strerror or str(exc))
        return
    if encoding:
        yield ReadProblem(str(path), f"not UTF-8, decoded as {encoding}", fatal=False)
    found = False
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        found = True
        where = f"{path}:{number}"
        try:
            yield _jsonl_article(line, where)
        except ArticleFormatError as exc:
            yield ReadProblem(where, str(exc))
    if not found:
        yield ReadProblem(str(path), "empty file")


def _files(path: Path) -> Iterator[Path | ReadProblem]:
    if not path.exists():
        yield ReadProblem(str(path), "no such file or directory")
    elif path.is_dir():
        files = sorted(p for p in path.rglob("*") if p.suffix in ARTICLE_SUFFIXES and p.is_file())
        if not files:
            kinds = ", ".join(ARTICLE_SUFFIXES)
            yield ReadProblem(str(path), f"folder has no articles ({kinds})")
        yield from files
    else:
        yield path


def detect_format(path: Path, head: bytes) -> str:
    """The reader for a file: ``.jsonl`` and ``.html`` by extension, the rest by content.

    A ``.txt`` file is a URL list when all its lines are URLs, and a saved page when it starts
    like HTML (so a page saved as text never loads with its markup).

    >>> detect_format(Path("revue.txt"), b"# lundi\\nhttps://example.org/a\\n")
    'urls'
    >>> detect_format(Path("2017-01-29.txt"), b"<!DOCTYPE html><html><body>...")
    'html'
    >>> detect_format(Path("flux"), b'<?xml version="1.0"?><rss version="2.0">')
    'feed'
    """
    by_suffix = FILE_SUFFIXES.get(path.suffix.lower())
    if by_suffix in ("jsonl", "html", "feed"):
        return by_suffix
    start = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if start.startswith(b"<?xml") and FEED_ROOT.search(start) or FEED_ROOT.match(start):
        return "feed"
    if HTML_START.match(start):
        return "html"
    if looks_like_url_list(head.decode("utf-8", "replace")):
        return "urls"
    return "text"


def read_html_file(path: Path) -> Iterator[Article | ReadProblem]:
    """A saved page; a full date in the file name dates it when the page itself does not."""
    from alliancegraph.loaders.html import PageError, PageHints, parse_html

    try:
        yield parse_html(path.read_bytes(), str(path), PageHints(date=_filename_date(path)))
    except PageError as exc:
        yield ReadProblem(str(path), str(exc))
    except OSError as exc:
        yield ReadProblem(str(path), exc.strerror or str(exc))


def read_url_file(
    path: Path, fmt: str, fetcher: Fetcher, progress: FetchProgress | None
) -> Iterator[Article | ReadProblem]:
    """The pages a URL list or a feed names, fetched (through the cache) and read."""
    from alliancegraph.loaders.feeds import feed_items
    from alliancegraph.loaders.html import PageError, PageHints
    from alliancegraph.loaders.urls import read_pages

    try:
        data = path.read_bytes()
        if fmt == "feed":
            pages = feed_items(data)
        else:
            text, _ = decode(data)
            pages = []
            for number, line in url_lines(text):
                if URL_LINE.match(line):
                    pages.append(PageHints(url=line))
                else:
                    yield ReadProblem(f"{path}:{number}", f"not an http(s) URL: {line[:80]!r}")
            if not pages:
                raise ArticleFormatError("no URL in the file")
    except (ArticleFormatError, PageError) as exc:
        yield ReadProblem(str(path), str(exc))
        return
    except OSError as exc:
        yield ReadProblem(str(path), exc.strerror or str(exc))
        return
    yield from read_pages(pages, fetcher, ReadProblem, progress)


def read_articles(
    paths: Iterable[str | Path],
    fmt: str | None = None,
    fetcher: Fetcher | None = None,
    progress: FetchProgress | None = None,
) -> Iterator[Article | ReadProblem]:
    """Every article under ``paths`` (files or folders, recursively), streamed in order.

    ``fmt`` forces one reader (one of :data:`FORMATS`) instead of :func:`detect_format`. URL
    lists and feeds fetch their pages with ``fetcher`` (default: a :class:`Fetcher` with the
    user cache) and report each page to ``progress``. Files are read one at a time, so memory
    stays flat however large the corpus is.
    """
    for raw in paths:
        for item in _files(Path(raw)):
            if isinstance(item, ReadProblem):
                yield item
                continue
            try:
                with item.open("rb") as handle:
                    kind = fmt or detect_format(item, handle.read(4096))
            except OSError as exc:
                yield ReadProblem(str(item), exc.strerror or str(exc))
                continue
            if kind == "jsonl":
                yield from read_jsonl_file(item)
            elif kind == "html":
                yield from read_html_file(item)
            elif kind in ("urls", "feed"):
                if fetcher is None:
                    from alliancegraph.loaders.fetch import Fetcher

                    fetcher = Fetcher()
                yield from read_url_file(item, kind, fetcher, progress)
            else:
                yield from read_text_file(item)
