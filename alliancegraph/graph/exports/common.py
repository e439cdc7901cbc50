"""What every export shares: the summary it returns, its error, output sinks, text and dates.

Exports take a path or an already open file, and write to either without caring which; text
from articles (evidence sentences with quotes, ``&``, ``<``, control characters) is cleaned in
one place so every format receives the same, safe strings.
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import IO, TextIO

Output = str | Path | IO


class ExportError(ValueError):
    """An export could not be written: unknown format, unusable date or output."""


@dataclass(frozen=True)
class ExportSummary:
    """What an export wrote: actor ``nodes``, ``edges``, and ``articles`` where written.

    ``files`` lists the files written when the export writes several (CSV) or one path.
    """

    format: str
    nodes: int | None
    edges: int | None
    files: tuple[Path, ...] = ()
    articles: int = 0

    def __str__(self) -> str:
        """What the CLI prints after ``wrote FILE``: ``15 nodes, 24 edges``.

        ``nodes`` counts actors, the same in every export of one graph; articles, written as
        nodes by some formats, are counted apart. A style sheet has neither (None).

        >>> str(ExportSummary("turtle", 17, 22, articles=4))
        '17 nodes, 22 edges, 4 articles'
        >>> str(ExportSummary("grass", None, None))
        'a style sheet, no graph'
        """
        if self.nodes is None:
            return "a style sheet, no graph"
        articles = f", {self.articles} articles" if self.articles else ""
        return f"{self.nodes} nodes, {self.edges} edges{articles}"


# XML 1.0 forbids most C0 controls; a stray one in an article would make lxml refuse the file.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def clean_text(text: str | None) -> str:
    """One line of XML-safe text: controls dropped, runs of whitespace made one space.

    Evidence sentences are shown in tooltips and CSV cells, where a newline is never wanted.

    >>> clean_text("« Hamon &\\n <Valls> »\\x0b")
    '« Hamon & <Valls> »'
    """
    if not text:
        return ""
    return " ".join(_NOT_XML.sub(" ", text).split())


_ATTR_ESCAPES = {"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;",
                 "\t": "&#9;", "\n": "&#10;", "\r": "&#13;"}
_ATTR_SPECIAL = re.compile(f'[&<>"\t\n\r]|{_NOT_XML.pattern}')


def xml_attr(value: object) -> str:
    """``str(value)`` escaped for a double-quoted XML attribute (or element text).

    Tab, newline and carriage return become character references, so a parser gives them
    back instead of normalizing them to spaces (as lxml writes them); the other C0 controls
    have no representation in XML 1.0 and are refused, as lxml refuses them.

    >>> xml_attr('« Hamon & <Valls> » "x"\\t')
    '« Hamon &amp; &lt;Valls&gt; » &quot;x&quot;&#9;'
    """
    return _ATTR_SPECIAL.sub(_attr_entity, str(value))


def _attr_entity(match: re.Match[str]) -> str:
    char = match.group()
    if char not in _ATTR_ESCAPES:
        raise ExportError(f"XML 1.0 cannot hold the character {char!r}")
    return _ATTR_ESCAPES[char]


def to_date(value: str) -> date:
    """An ISO date from a stored date of day, month or year precision.

    Month-precision dates (``"2017-01"``) become the first of the month, so every format that
    needs a calendar date (GEXF ``timeformat="date"``, ``xsd:date``) gets a valid one.

    >>> to_date("2017-01"), to_date("2017-03-29"), to_date("2017")
    (datetime.date(2017, 1, 1), datetime.date(2017, 3, 29), datetime.date(2017, 1, 1))
    """
    text = (value or "").strip()[:10]
    parts = text.split("-")
    try:
        numbers = [int(p) for p in parts]
        if len(numbers) == 1:
            return date(numbers[0], 1, 1)
        if len(numbers) == 2:
            return date(numbers[0], numbers[1], 1)
        return date(numbers[0], numbers[1], numbers[2])
    except (ValueError, IndexError):
        raise ExportError(f"not an ISO date: {value!r}") from None


@contextmanager
def text_sink(out: Output) -> Iterator[TextIO]:
    """A UTF-8 text stream on ``out``: a path (created, parents too) or an open file.

    A binary file is wrapped, a text file used as it is; either way a file given by the caller
    is never closed here. ``newline=""`` so the CSV writer's line endings are kept.
    """
    if isinstance(out, str | Path):
        path = Path(out)
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("w", encoding="utf-8", newline="") as handle:
            yield handle
    elif isinstance(out, io.TextIOBase):
        yield out  # type: ignore[misc]
    else:
        wrapper = io.TextIOWrapper(out, encoding="utf-8", newline="")  # type: ignore[arg-type]
        try:
            yield wrapper
        finally:
            wrapper.flush()
            wrapper.detach()  # leave the caller's binary stream open


def output_files(out: Output) -> tuple[Path, ...]:
    """The path written, for the summary (empty for an open file)."""
    return (Path(out),) if isinstance(out, str | Path) else ()
