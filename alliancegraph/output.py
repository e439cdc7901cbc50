"""Rendering rows for people and for programs: a readable table by default, JSON or CSV on request.

Rows are plain dicts. A value that is a list of dicts (the evidence behind an answer) is shown
under its row in the table view, so every answer stays next to the sentences that justify it.

Text from articles reaches a terminal only through :func:`terminal_safe` (tables, CSV, error
lines) or :func:`write_json` (which escapes the same characters as ``\\uXXXX``): an escape
sequence, a bell or a bidirectional override in a title cannot move the cursor, recolour the
terminal or reverse what the reader sees.
"""

from __future__ import annotations

import csv
import json
import re
import sys
from collections.abc import Iterable, Sequence
from typing import IO

from rich.console import Console
from rich.table import Table
from rich.text import Text

FORMATS = ("table", "json", "csv")


# C0 controls but tab and newline, DEL, C1 controls (U+009B is a one-character escape
# sequence), and the bidirectional embeddings, overrides and isolates.
_UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def _escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def terminal_safe(text: str) -> str:
    """``text`` with every character that could act on a terminal shown as an escape.

    >>> print(terminal_safe("Hamon\\x1b[31m\\x07 \\u202eslaV"))
    Hamon\\x1b[31m\\x07 \\u202eslaV
    """
    return _UNSAFE.sub(_escape, text)


def _json_escape(match: re.Match[str]) -> str:
    return f"\\u{ord(match.group()):04x}"


def _is_nested(value) -> bool:
    return isinstance(value, list) and all(isinstance(v, dict) for v in value) and bool(value)


def _flat(value) -> str:
    if value is None:
        return ""
    if isinstance(value, list | dict):
        return terminal_safe(json.dumps(value, ensure_ascii=False))
    return terminal_safe(str(value))


def columns_of(rows: Sequence[dict]) -> list[str]:
    """Column names in first-seen order across all rows."""
    seen: dict[str, None] = {}
    for row in rows:
        seen.update(dict.fromkeys(row))
    return list(seen)


def write_json(rows: Iterable[dict], out: IO[str] | None = None) -> None:
    """JSON with non-ASCII text kept readable; the terminal-unsafe characters escaped."""
    text = json.dumps(list(rows), ensure_ascii=False, indent=2)
    (out or sys.stdout).write(_UNSAFE.sub(_json_escape, text) + "\n")


def write_csv(rows: Sequence[dict], out: IO[str] | None = None) -> None:
    writer = csv.writer(out or sys.stdout, lineterminator="\n")
    columns = columns_of(rows)
    writer.writerow([terminal_safe(str(c)) for c in columns])
    for row in rows:
        writer.writerow([_flat(row.get(c)) for c in columns])


def _evidence_line(item: dict) -> Text:
    """One evidence item: date, relation and target, then the sentence and the article."""
    line = Text("    ")
    if item.get("date"):
        line.append(f"{_flat(item['date'])}  ", style="cyan")
    head = " ".join(
        _flat(item[k]) for k in ("subject", "relation", "target", "object") if item.get(k)
    )
    if head:
        line.append(head + "  ", style="bold")
    sentence = item.get("sentence") or item.get("evidence")
    if sentence:
        line.append(f"« {_flat(sentence)} »", style="italic")
    if item.get("article"):
        line.append(f"  [article {_flat(item['article'])}]", style="dim")
    return line


def write_table(rows: Sequence[dict], console: Console | None = None, title: str | None = None):
    """Rows as a rich table; nested evidence lists printed under each row."""
    console = console or Console()
    if not rows:
        console.print(Text("(no rows)", style="dim"))
        return
    columns = columns_of(rows)
    nested = [c for c in columns if any(_is_nested(r.get(c)) for r in rows)]
    scalar = [c for c in columns if c not in nested]
    if not nested:
        table = Table(title=title and terminal_safe(title), show_lines=False)
        for column in scalar:
            table.add_column(Text(terminal_safe(str(column))))
        for row in rows:
            table.add_row(*(Text(_flat(row.get(c))) for c in scalar))
        console.print(table)
        return
    if title:
        console.print(Text(terminal_safe(title), style="bold underline"))
    for row in rows:
        first, *rest = scalar or [""]
        head = Text(_flat(row.get(first)), style="bold green")
        details = ", ".join(f"{c}: {_flat(row.get(c))}" for c in rest if row.get(c) is not None)
        if details:
            head.append(f"  ({details})", style="default")
        console.print(head)
        for column in nested:
            for item in row.get(column) or []:
                console.print(_evidence_line(item))


def message(label: str, style: str, text: object) -> Text:
    """One line for stderr (``Error: ...``, ``Note: ...``), its text made safe and never read
    as rich markup (a file named ``[bold]x.txt`` is printed as it is)."""
    return Text.assemble((label, style), " ", terminal_safe(str(text)))


def render(rows: Sequence[dict], fmt: str = "table", title: str | None = None) -> None:
    """Print ``rows`` as ``table``, ``json`` or ``csv`` on stdout."""
    if fmt == "json":
        write_json(rows)
    elif fmt == "csv":
        write_csv(rows)
    elif fmt == "table":
        write_table(rows, title=title)
    else:
        raise ValueError(f"unknown format {fmt!r} (choose from: {', '.join(FORMATS)})")
