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

import codecs
import io
import json
import os
import re
import stat
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime
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

# The longest article extracted, in characters. News articles run to 30,000; spaCy's parser needs
# about 1 GB of memory per 100,000 characters, so anything longer is refused as one bad file
# rather than risking the whole run (spaCy's own ceiling, ``nlp.max_length``, is 1,000,000).
MAX_ARTICLE_CHARS = 200_000
# A text file over this size is refused before it is read (4 bytes per character at most).
MAX_ARTICLE_BYTES = 4 * MAX_ARTICLE_CHARS
# A JSON Lines line over this size is skipped unparsed (a character escaped as \uXXXX is 6).
MAX_LINE_BYTES = 6 * MAX_ARTICLE_CHARS + 65_536

# Byte-order marks and their codecs, UTF-32 first: its little-endian mark begins with UTF-16's.
BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


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

    A byte-order mark decides first (UTF-32 before UTF-16: their little-endian marks share two
    bytes). Binary data (a NUL byte anywhere, or mostly control characters) is refused rather
    than guessed at. Windows-1252 is tried before Latin-1: it is a superset for printable text
    and is what French newsroom exports usually are; a byte it cannot map falls back to Latin-1.

    >>> decode("date 2017-01".encode("utf-16"))
    ('date 2017-01', 'UTF-16')
    """
    for bom, codec in BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(codec)
            except UnicodeDecodeError:
                message = f"invalid {codec.upper()} after its byte-order mark"
                raise ArticleFormatError(message) from None
            if "\x00" in text:
                raise ArticleFormatError("binary file (NUL bytes), not an article")
            return text, codec.upper()
    if b"\x00" in data:
        raise ArticleFormatError("binary file (NUL bytes), not an article")
    try:
        return data.decode("utf-8-sig"), None
    except UnicodeDecodeError:
        pass
    text, encoding = _single_byte(data)
    controls = sum(1 for c in text[:4096] if ord(c) < 32 and c not in "\n\r\t\f")
    if controls > len(text[:4096]) * 0.05:
        raise ArticleFormatError("binary file, not an article")
    return text, encoding


def _single_byte(data: bytes) -> tuple[str, str]:
    try:
        return data.decode("cp1252"), "Windows-1252"
    except UnicodeDecodeError:
        return data.decode("latin-1"), "Latin-1"


def _check_length(text: str) -> None:
    if len(text) > MAX_ARTICLE_CHARS:
        raise ArticleFormatError(
            f"article too long ({len(text):,} characters; the limit is {MAX_ARTICLE_CHARS:,})"
        )


_KINDS = {
    stat.S_IFIFO: "a FIFO",
    stat.S_IFCHR: "a device",
    stat.S_IFBLK: "a device",
    stat.S_IFSOCK: "a socket",
    stat.S_IFDIR: "a folder",
}


def open_regular(path: Path) -> io.BufferedReader:
    """Open ``path`` for reading only if it is a regular file, never blocking.

    ``O_NONBLOCK`` makes opening a FIFO return at once (a plain open waits for a writer that
    may never come); the kind is then checked on the open descriptor, so a file swapped for
    something else between a check and the open is still caught.
    """
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    try:
        mode = os.fstat(fd).st_mode
        if not stat.S_ISREG(mode):
            kind = _KINDS.get(stat.S_IFMT(mode), "not a file")
            raise ArticleFormatError(f"not a regular file ({kind})")
        if hasattr(os, "set_blocking"):
            os.set_blocking(fd, True)
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise


def read_limited(path: Path) -> bytes:
    """The bytes of a text article, refused unread when the file is over the size limit."""
    with open_regular(path) as handle:
        size = os.fstat(handle.fileno()).st_size
        if size > MAX_ARTICLE_BYTES:
            raise ArticleFormatError(
                f"file too large ({size:,} bytes; an article may have at most "
                f"{MAX_ARTICLE_BYTES:,})"
            )
        return handle.read(MAX_ARTICLE_BYTES + 1)


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
    _check_length(full)
    return Article(id=article_id(full), date=date, title=title, text=full, source=str(path))


def read_text_file(path: Path) -> Iterator[Article | ReadProblem]:
    try:
        text, encoding = decode(read_limited(path))
        if encoding:
            yield ReadProblem(str(path), f"not UTF-8, decoded as {encoding}", fatal=False)
        yield parse_text_article(text, path)
    except ArticleFormatError as exc:
        yield ReadProblem(str(path), str(exc))
    except OSError as exc:
        yield ReadProblem(str(path), exc.strerror or str(exc))


_JSON_TYPES = {list: "a list", dict: "an object", bool: "a boolean", int: "a number",
               float: "a number"}


def _field(row: dict, key: str, allow_int: bool = False) -> str | None:
    """A JSON Lines field as a string (or None when absent or null); other types are refused
    rather than stored as their Python repr."""
    value = row.get(key)
    if value is None or isinstance(value, str):
        return value
    if allow_int and isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    kind = _JSON_TYPES.get(type(value), type(value).__name__)
    raise ArticleFormatError(f"field {key!r} must be a string, not {kind}")


def jsonl_date(value: str) -> str:
    """A JSON Lines date: ``YYYY-MM-DD``, ``YYYY-MM``, or a full ISO timestamp kept as its day.

    >>> jsonl_date("2017-05-06T21:30:00+02:00")
    '2017-05-06'
    >>> jsonl_date("2017-05-06T25:99:00garbage")
    Traceback (most recent call last):
    ...
    alliancegraph.loaders.readers.ArticleFormatError: malformed date ...
    """
    if len(value) <= 10:
        return check_date(value)
    try:
        datetime.fromisoformat(value)
    except ValueError:
        raise ArticleFormatError(
            f"malformed date {value!r} (expected YYYY-MM-DD, YYYY-MM or an ISO timestamp)"
        ) from None
    return check_date(value[:10])


def _jsonl_article(line: str, where: str) -> Article:
    try:
        row = json.loads(line)
    except json.JSONDecodeError as exc:
        raise ArticleFormatError(f"invalid JSON ({exc.msg})") from None
    except RecursionError:
        raise ArticleFormatError("invalid JSON (nested too deeply)") from None
    if not isinstance(row, dict):
        raise ArticleFormatError("a line must be a JSON object")
    fields = {key: _field(row, key) for key in ("date", "text", "title", "url")}
    ident = _field(row, "id", allow_int=True)
    missing = [key for key in ("date", "text") if not fields[key]]
    if missing:
        raise ArticleFormatError(f"missing {', '.join(missing)}")
    text, title = fields["text"].strip(), (fields["title"] or "").strip()
    full = f"{title}\n\n{text}" if title else text
    _check_length(full)
    source = f"{where} (id {ident})" if ident else where
    return Article(
        id=article_id(full),
        date=jsonl_date(fields["date"]),
        title=title or text.split("\n", 1)[0][:120],
        text=full,
        url=fields["url"],
        source=source,
    )


def _jsonl_lines(handle: io.BufferedReader) -> Iterator[bytes | None]:
    """The lines of a JSON Lines file as bytes, streamed; ``None`` for a line over the limit
    (skipped unread, so one huge line never sits in memory whole)."""
    while True:
        line = handle.readline(MAX_LINE_BYTES + 1)
        if not line:
            return
        if len(line) > MAX_LINE_BYTES and not line.endswith(b"\n"):
            while (rest := handle.readline(1 << 20)) and not rest.endswith(b"\n"):
                pass
            yield None
        else:
            yield line


def _jsonl_texts(path: Path, handle: io.BufferedReader) -> Iterator[str | None | ReadProblem]:
    """Decoded lines: a byte-order mark decides the codec for the whole file, else each line is
    UTF-8 or, failing that, Windows-1252/Latin-1 (noted once)."""
    head = handle.peek(4)[:4]
    for bom, codec in BOMS:
        if head.startswith(bom):
            yield ReadProblem(str(path), f"not UTF-8, decoded as {codec.upper()}", fatal=False)
            text = io.TextIOWrapper(handle, encoding=codec, errors="strict", newline=None)
            try:
                while line := text.readline(MAX_LINE_BYTES + 1):
                    if len(line) <= MAX_LINE_BYTES or line.endswith("\n"):
                        yield line
                        continue
                    while (rest := text.readline(1 << 20)) and not rest.endswith("\n"):
                        pass
                    yield None
            except UnicodeDecodeError:
                yield ReadProblem(str(path), f"invalid {codec.upper()} after its byte-order mark")
            return
    noted = False
    for number, raw in enumerate(_jsonl_lines(handle), start=1):
        if raw is None:
            yield None
            continue
        if number == 1:
            raw = raw.removeprefix(codecs.BOM_UTF8)
        try:
            yield raw.decode("utf-8")
        except UnicodeDecodeError:
            line, encoding = _single_byte(raw)
            if not noted:
                noted = True
                yield ReadProblem(str(path), f"not UTF-8, decoded as {encoding}", fatal=False)
            yield line


def read_jsonl_file(path: Path) -> Iterator[Article | ReadProblem]:
    """One article per line, streamed: a bad line is one problem, the other lines still load."""
    try:
        handle = open_regular(path)
    except ArticleFormatError as exc:
        yield ReadProblem(str(path), str(exc))
        return
    except OSError as exc:
        yield ReadProblem(str(path), exc.strerror or str(exc))
        return
    found = False
    number = 0
    with handle:
        head = handle.peek(8192)[:8192]
        if b"\x00" in head and not any(head.startswith(bom) for bom, _ in BOMS):
            yield ReadProblem(str(path), "binary file (NUL bytes), not an article")
            return
        try:
            for line in _jsonl_texts(path, handle):
                if isinstance(line, ReadProblem):
                    yield line
                    continue
                number += 1
                where = f"{path}:{number}"
                if line is None:
                    found = True
                    yield ReadProblem(where, f"line too long (over {MAX_LINE_BYTES:,} bytes)")
                    continue
                if not line.strip():
                    continue
                found = True
                try:
                    if "\x00" in line:
                        raise ArticleFormatError("NUL bytes in the line, not an article")
                    yield _jsonl_article(line, where)
                except ArticleFormatError as exc:
                    yield ReadProblem(where, str(exc))
        except OSError as exc:
            yield ReadProblem(str(path), exc.strerror or str(exc))
            return
    if not found:
        yield ReadProblem(str(path), "empty file")


def _walk(folder: Path) -> Iterator[Path | ReadProblem]:
    """Article files under ``folder`` in sorted order, following symbolic links to folders once.

    A folder that cannot be listed, a folder reached again through a link (a loop) and a link
    that leads nowhere are reported rather than skipped silently.
    """
    problems: list[ReadProblem] = []
    files: list[Path] = []
    seen: set[tuple[int, int]] = set()

    def unreadable(exc: OSError) -> None:
        problems.append(ReadProblem(str(exc.filename), f"folder not readable ({exc.strerror})"))

    for root, dirs, names in os.walk(folder, onerror=unreadable, followlinks=True):
        try:
            info = os.stat(root)
        except OSError as exc:
            problems.append(ReadProblem(root, f"folder not readable ({exc.strerror})"))
            dirs[:] = []
            continue
        if (info.st_dev, info.st_ino) in seen:
            problems.append(ReadProblem(root, "symbolic link loop (folder already read)"))
            dirs[:] = []
            continue
        seen.add((info.st_dev, info.st_ino))
        for name in names:
            path = Path(root) / name
            if path.suffix not in ARTICLE_SUFFIXES:
                continue
            if path.is_symlink() and not path.exists():
                problems.append(ReadProblem(str(path), "broken or looping symbolic link"))
            else:
                files.append(path)
    yield from sorted(problems, key=lambda p: p.source)
    if not files and not problems:
        kinds = ", ".join(ARTICLE_SUFFIXES)
        yield ReadProblem(str(folder), f"folder has no articles ({kinds})")
    yield from sorted(files)


def article_files(paths: Iterable[str | Path]) -> Iterator[Path | ReadProblem]:
    """Every article file named by ``paths`` (files, or folders read recursively), or why not."""
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            yield from _walk(path)
        elif path.exists() or path.is_symlink():
            yield path
        else:
            yield ReadProblem(str(path), "no such file or directory")


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
        yield parse_html(read_limited(path), str(path), PageHints(date=_filename_date(path)))
    except (PageError, ArticleFormatError) as exc:
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
        data = read_limited(path)
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
    for item in article_files(paths):
        if isinstance(item, ReadProblem):
            yield item
            continue
        try:
            with open_regular(item) as handle:
                kind = fmt or detect_format(item, handle.read(4096))
        except ArticleFormatError as exc:
            yield ReadProblem(str(item), str(exc))
            continue
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
