"""Article readers: plain text with a ``date`` header, and JSON Lines.

A reader never raises on a bad file: it yields a :class:`ReadProblem` naming the file and the
reason, and goes on with the next one, so one broken file never stops a run of ten thousand.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date as Date
from pathlib import Path

from alliancegraph.model import Article, article_id

ARTICLE_SUFFIXES = {".txt": "text", ".jsonl": "jsonl", ".ndjson": "jsonl"}

# "date 2017-01-29" or "date 2017-01" at the very start, on its own line or before the title.
DATE_HEADER = re.compile(r"^\s*date\s*:?\s+(\S+)\s*", re.IGNORECASE)
ISO_DATE = re.compile(r"^(\d{4})-(\d{2})(?:-(\d{2}))?$")
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
    match = ISO_DATE.match(value)
    if match:
        year, month, day = (int(g) if g else None for g in match.groups())
        try:
            Date(year, month, day or 1)
            return value
        except ValueError:
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


def read_articles(paths: Iterable[str | Path]) -> Iterator[Article | ReadProblem]:
    """Every article under ``paths`` (files or folders, recursively), streamed in order.

    Files are read one at a time, so memory stays flat however large the corpus is.
    """
    for raw in paths:
        for item in _files(Path(raw)):
            if isinstance(item, ReadProblem):
                yield item
            elif ARTICLE_SUFFIXES.get(item.suffix) == "jsonl":
                yield from read_jsonl_file(item)
            else:
                yield from read_text_file(item)
