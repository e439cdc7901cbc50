"""Rendering rows for people and for programs: a readable table by default, JSON, JSON Lines or
CSV on request.

Rows are plain dicts. A value that is a list of dicts (the evidence behind an answer) is shown
under its row in the table view, so every answer stays next to the sentences that justify it;
when the row says how many there are in all (``<column>_total``, e.g. ``evidence_total``) and
the list shows fewer, a last line says so.

One convention for machine output, whatever the command (the README states it):

* a command that answers with rows (``query``, ``ask``'s rows, ``extract``, ``queries``,
  ``cypher``) prints, with ``--format json``, one JSON array of row objects; with ``jsonl``,
  one row object per line; with ``csv``, a header and one line per row (nested values as
  JSON text);
* a command that answers with a report (``stats``, ``evaluate``, ``fractures``) prints one JSON
  object with ``json``; with ``jsonl`` and ``csv`` the rows of each of its tables, each row
  tagged with its ``section`` (see :func:`section_rows`);
* always UTF-8: accented letters are written as they are, never escaped.

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
from rich.text import Text

FORMATS = ("table", "json", "jsonl", "csv")


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


def json_text(value: object, indent: int | None = None) -> str:
    """JSON with non-ASCII text kept readable; the terminal-unsafe characters escaped.

    Every JSON the CLI prints goes through here, so an escape sequence in an article is
    ``\\u001b`` on the terminal whatever the command (a JSON parser reads it back the same).

    >>> json_text({"title": "Hamon\x1b[31m"})
    '{"title": "Hamon\\\\u001b[31m"}'
    """
    return _UNSAFE.sub(_json_escape, json.dumps(value, ensure_ascii=False, indent=indent))


def write_json(rows: Iterable[dict], out: IO[str] | None = None) -> None:
    """Rows as one JSON array."""
    (out or sys.stdout).write(json_text(list(rows), indent=2) + "\n")


def write_jsonl(rows: Iterable[dict], out: IO[str] | None = None) -> None:
    """One JSON object per line, flushed as it goes so a pipe sees rows as they come."""
    out = out or sys.stdout
    for row in rows:
        out.write(json_text(row) + "\n")
        out.flush()


def write_object(data: object, out: IO[str] | None = None) -> None:
    """A report (or any other JSON value) as one indented document."""
    (out or sys.stdout).write(json_text(data, indent=2) + "\n")


def section_rows(sections: dict[str, Sequence[dict]]) -> list[dict]:
    """The rows of a report's tables as one list, each row tagged with its section.

    >>> section_rows({"camps": [{"camp": 1}], "brokers": [{"name": "A"}]})
    [{'section': 'camps', 'camp': 1}, {'section': 'brokers', 'name': 'A'}]
    """
    return [{"section": name, **row} for name, rows in sections.items() for row in rows]


def write_csv(rows: Sequence[dict], out: IO[str] | None = None) -> None:
    writer = csv.writer(out or sys.stdout, lineterminator="\n")
    columns = columns_of(rows)
    writer.writerow([terminal_safe(str(c)) for c in columns])
    for row in rows:
        writer.writerow([_flat(row.get(c)) for c in columns])


# A line of the table view as (text, style) pieces: cheap to build and to join for a pipe,
# turned into rich Text only for a console that shows styles.
Line = list[tuple[str, str]]


def _evidence_line(item: dict) -> Line:
    """One evidence item: date, relation and target, then the sentence, outlet and article."""
    line = [("    ", "")]
    if item.get("date"):
        line.append((f"{_flat(item['date'])}  ", "cyan"))
    head = " ".join(
        _flat(item[k]) for k in ("subject", "relation", "target", "object") if item.get(k)
    )
    if head:
        line.append((head + "  ", "bold"))
    sentence = item.get("sentence") or item.get("evidence")
    if sentence:
        line.append((f"« {_flat(sentence)} »", "italic"))
    if item.get("article"):
        outlet = f"{_flat(item['outlet'])}, " if item.get("outlet") else ""
        line.append((f"  [{outlet}article {_flat(item['article'])}]", "dim"))
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
        from rich.table import Table

        table = Table(title=title and terminal_safe(title), show_lines=False)
        for column in scalar:
            table.add_column(Text(terminal_safe(str(column))))
        for row in rows:
            table.add_row(*(Text(_flat(row.get(c))) for c in scalar))
        console.print(table)
        return
    lines: list[Line] = [[(terminal_safe(title), "bold underline")]] if title else []
    for row in rows:
        first, *rest = scalar or [""]
        head = [(_flat(row.get(first)), "bold green")]
        details = ", ".join(f"{c}: {_flat(row.get(c))}" for c in rest if row.get(c) is not None)
        if details:
            head.append((f"  ({details})", "bold default"))
        lines.append(head)
        for column in nested:
            items = row.get(column) or []
            lines.extend(_evidence_line(item) for item in items)
            total = row.get(f"{column}_total")
            if isinstance(total, int) and total > len(items):
                lines.append([(f"    ({len(items)} of {total} shown: --evidence N or --evidence "
                               "all for more)", "dim")])
    write_lines(lines, console)


def write_lines(lines: Sequence[Line], console: Console) -> None:
    """Lines of (text, style) pieces, styled when ``console`` shows styles, plain otherwise.

    One print for the whole answer: printing a hub's thousands of lines one by one costs rich
    a render and a write each; the terminal wraps long lines itself (soft_wrap), as wrapping
    thousands of lines in Python took longer than the query. Where no style can show (a pipe,
    a file), rich would only split, measure and rejoin the same characters (2 s for 3,000
    sentences): the plain text is written instead, tabs expanded as rich does.
    """
    if console.color_system is not None:
        text = Text("\n").join(Text.assemble(*line) for line in lines)
        console.print(text, soft_wrap=True)
        return
    plain = "\n".join("".join(piece for piece, _ in line) for line in lines)
    console.file.write(plain.expandtabs(console.tab_size) + "\n")
    console.file.flush()


def message(label: str, style: str, text: object) -> Text:
    """One line for stderr (``Error: ...``, ``Note: ...``), its text made safe and never read
    as rich markup (a file named ``[bold]x.txt`` is printed as it is)."""
    return Text.assemble((label, style), " ", terminal_safe(str(text)))


def render(rows: Sequence[dict], fmt: str = "table", title: str | None = None) -> None:
    """Print ``rows`` as ``table``, ``json``, ``jsonl`` or ``csv`` on stdout."""
    if fmt == "json":
        write_json(rows)
    elif fmt == "jsonl":
        write_jsonl(rows)
    elif fmt == "csv":
        write_csv(rows)
    elif fmt == "table":
        write_table(rows, title=title)
    else:
        raise ValueError(f"unknown format {fmt!r} (choose from: {', '.join(FORMATS)})")


def render_report(data: dict, sections: dict[str, Sequence[dict]], fmt: str) -> bool:
    """Print a report in a machine format (see the module's convention); False for ``table``.

    ``data`` is the whole report (``--format json``); ``sections`` its tables as rows
    (``jsonl`` and ``csv``). The caller draws the table view itself when this returns False.
    """
    if fmt == "json":
        write_object(data)
    elif fmt in ("jsonl", "csv"):
        render(section_rows(sections), fmt)
    else:
        return False
    return True


def _candidate_line(candidate) -> Text:
    line = Text()
    if candidate.kept:
        line.append("kept     ", style="bold green")
    else:
        line.append("dropped  ", style="bold red")
    ends = f"{candidate.subject or '?'} {candidate.relation} {candidate.object or '?'}"
    line.append(terminal_safe(ends), style="bold")
    line.append(f"  [{terminal_safe(candidate.rule)}]", style="cyan")
    line.append(f" «{terminal_safe(candidate.cue)}»", style="italic")
    if not candidate.kept:
        line.append(f"  {candidate.reason}", style="red")
        if candidate.detail:
            line.append(f" ({terminal_safe(candidate.detail)})", style="red")
    elif candidate.confidence:
        line.append(f"  {candidate.confidence}", style="dim")
    return line


def write_explanation(explanation, console: Console | None = None) -> None:
    """One article's trace as a tree: sentence -> mentions, cues, candidates."""
    from rich.tree import Tree

    console = console or Console()
    article = explanation.article
    head = Text(f"{article.date}  ", style="cyan")
    head.append(terminal_safe(article.title), style="bold")
    head.append(f"  [article {article.id}]", style="dim")
    tree = Tree(head)
    for sentence in explanation.sentences:
        where = f"[{sentence.index}] " if sentence.index >= 0 else ""
        node = tree.add(Text(f"{where}« {terminal_safe(sentence.text)} »", style="italic"))
        if sentence.mentions:
            mentions = node.add(Text("mentions", style="bold"))
            for m in sentence.mentions:
                line = Text(f"«{terminal_safe(m.text)}» → ")
                line.append(terminal_safe(m.name), style="bold")
                line.append(f"  {m.binding}", style="magenta")
                line.append(f" {m.confidence}", style="dim")
                if m.detail:
                    line.append(f"  ({terminal_safe(m.detail)})", style="dim")
                mentions.add(line)
        if sentence.unbound:
            unbound = node.add(Text("unbound", style="bold"))
            for words, binding, reason in sentence.unbound:
                line = Text(f"«{terminal_safe(words)}»")
                line.append(f"  {binding}", style="magenta")
                line.append(f"  {terminal_safe(reason)}", style="red")
                unbound.add(line)
        if sentence.cues:
            cues = node.add(Text("cues", style="bold"))
            for rule, words in sentence.cues:
                cues.add(Text(f"{terminal_safe(rule)}  «{terminal_safe(words)}»"))
        for candidate in sentence.candidates:
            node.add(_candidate_line(candidate))
    console.print(tree)
    kept = sum(1 for s in explanation.sentences for c in s.candidates if c.kept)
    console.print(
        Text(f"{len(explanation.claims)} claims, {kept} candidates kept, "
             f"{len(explanation.dropped)} dropped", style="dim")
    )
