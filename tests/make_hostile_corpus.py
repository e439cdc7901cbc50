"""Write a folder of hostile input: every bad case the readers must survive, among good articles.

Run it to get a corpus to try by hand (``python tests/make_hostile_corpus.py /tmp/hostile`` then
``alliancegraph load /tmp/hostile``); ``tests/test_hostile_corpus.py`` loads it in one run and
checks that each bad file gets exactly its one line and every good article is stored.
:func:`make_hostile_corpus` returns what a load must report: the good articles' titles and, per
bad file (or line), the reason's beginning.
"""

from __future__ import annotations

import codecs
import json
import os
import sys
from dataclasses import dataclass, field
from pathlib import Path

from alliancegraph.loaders.readers import MAX_ARTICLE_BYTES, MAX_ARTICLE_CHARS, MAX_LINE_BYTES

BODY = "Benoît Hamon soutient Manuel Valls. Yannick Jadot se rallie à Benoît Hamon."


@dataclass
class Expected:
    """What loading the corpus must give."""

    good: list[str] = field(default_factory=list)  # titles of the articles that must be stored
    bad: dict[str, str] = field(default_factory=dict)  # source -> start of its reason
    notes: dict[str, str] = field(default_factory=dict)  # source -> start of its note


def make_hostile_corpus(root: Path) -> Expected:
    """Write the corpus under ``root`` (created) and return what a load must report."""
    root.mkdir(parents=True, exist_ok=True)
    out = Expected()

    def good(name: str, title: str, data: bytes | None = None, body: str = BODY) -> Path:
        path = root / name
        text = f"date 2017-02-01\n{title}\n\n{body}"
        path.write_bytes(data if data is not None else text.encode("utf-8"))
        out.good.append(title)
        return path

    def bad(name: str, data: bytes, reason: str) -> Path:
        path = root / name
        path.write_bytes(data)
        out.bad[str(path)] = reason
        return path

    # -- good articles, however they are spelled ---------------------------------------------
    good("plain.txt", "Un article ordinaire")
    good("crlf.txt", "Fins de ligne Windows",
         f"date 2017-02-01\r\nFins de ligne Windows\r\n\r\n{BODY}\r\n".encode())
    for codec, name in (("utf-16", "wide16.txt"), ("utf-32", "wide32.txt")):
        title = f"Encodé en {codec.upper()}"
        path = good(name, title, f"date 2017-02-01\n{title}\n\n{BODY}".encode(codec))
        out.notes[str(path)] = f"not UTF-8, decoded as {codec.upper()}"
    path = good("windows.txt", "Encodé en Windows-1252",
                f"date 2017-02-01\nEncodé en Windows-1252\n\n{BODY} « Œuvre »".encode("cp1252"))
    out.notes[str(path)] = "not UTF-8, decoded as Windows-1252"
    good("invisible.txt", "Noms piégés",
         body="Beno\u200bît Ha\u200dmon soutient \u202eslaV leunaM\u202c. \ufeffJadot\u2066 aussi.")
    good("one-paragraph.txt", "Un seul paragraphe de dix mille lignes",
         body="\n".join(f"Oui {n}." for n in range(10_000)))
    (root / "nested" / "deeper").mkdir(parents=True)
    good("nested/deeper/inside.txt", "Rangé dans un sous-dossier")

    # -- bad files: one line each -------------------------------------------------------------
    bad("empty.txt", b"", "empty file")
    bad("blank.txt", b"  \n\n\t\n", "empty file")
    bad("binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + os.urandom(512), "binary file")
    bad("late-nul.txt", f"date 2017-02-01\nTitre\n\n{BODY}\n".encode() + b"x" * 9000 + b"\x00",
        "binary file (NUL bytes)")
    bad("no-date.txt", f"Titre\n\n{BODY}".encode(), "no date")
    bad("bad-date.txt", f"date 2017-13-45\nTitre\n\n{BODY}".encode(), "malformed date '2017-13-45'")
    bad("bad-utf16.txt", codecs.BOM_UTF16_LE + b"d\x00a\x00\x00\xd8", "invalid UTF-16")
    bad("too-long.txt",
        ("date 2017-02-01\nTitre\n\n" + "Oui. " * (MAX_ARTICLE_CHARS // 5 + 10)).encode(),
        "article too long")
    oversized = root / "oversized.txt"
    with oversized.open("wb") as handle:  # sparse: no disk space used
        handle.write(b"date 2017-02-01\nTitre\n\n")
        handle.truncate(MAX_ARTICLE_BYTES * 60)
    out.bad[str(oversized)] = "file too large"
    os.mkfifo(root / "pipe.txt")
    out.bad[str(root / "pipe.txt")] = "not a regular file (a FIFO)"
    os.mkfifo(root / "pipe.jsonl")
    out.bad[str(root / "pipe.jsonl")] = "not a regular file (a FIFO)"
    (root / "device.txt").symlink_to("/dev/zero")
    out.bad[str(root / "device.txt")] = "not a regular file (a device)"
    (root / "loop.txt").symlink_to(root / "loop.txt")
    out.bad[str(root / "loop.txt")] = "broken or looping symbolic link"
    (root / "dangling.txt").symlink_to(root / "gone.txt")
    out.bad[str(root / "dangling.txt")] = "broken or looping symbolic link"
    (root / "nested" / "back").symlink_to(root)
    out.bad[str(root / "nested" / "back")] = "symbolic link loop"
    unreadable = bad("unreadable.txt", f"date 2017-02-01\nSecret\n\n{BODY}".encode(),
                     "Permission denied")
    unreadable.chmod(0)
    locked = root / "locked"
    locked.mkdir()
    (locked / "hidden.txt").write_text(f"date 2017-02-01\nCaché\n\n{BODY}")
    locked.chmod(0)
    out.bad[str(locked)] = "folder not readable (Permission denied)"

    # -- JSON Lines: good lines load, each bad line is one line -------------------------------
    feed = root / "feed.jsonl"
    rows: list[tuple[str, str | None]] = [
        (json.dumps({"date": "2017-02-01", "title": "Ligne bonne", "text": BODY}), None),
        (json.dumps({"date": "2017-02-01", "title": "Texte en liste", "text": ["a"]}),
         "field 'text' must be a string, not a list"),
        (json.dumps({"date": True, "text": BODY + " 2"}), "field 'date' must be a string"),
        (json.dumps({"date": "2017-05-06T25:99:00garbage", "text": BODY + " 3"}),
         "malformed date"),
        ("{not json", "invalid JSON"),
        ("[1, 2, 3]", "a line must be a JSON object"),
        ("[" * 50_000 + "]" * 50_000, "invalid JSON (nested too deeply)"),
        (json.dumps({"date": "2017-02-01", "text": "x" * (MAX_LINE_BYTES + 1)}), "line too long"),
        (json.dumps({"date": "2017-02-01", "text": "\u0000" + BODY}), None),  # escaped NUL: text
        (json.dumps({"date": "2017-02-01T09:30:00Z", "title": "Horodatée", "text": BODY + "!"}),
         None),
    ]
    with feed.open("w", encoding="utf-8") as handle:
        for number, (line, reason) in enumerate(rows, start=1):
            handle.write(line + "\n")
            if reason:
                out.bad[f"{feed}:{number}"] = reason
    out.good += ["Ligne bonne", "\u0000" + BODY, "Horodatée"]
    mixed = root / "mixed-encodings.jsonl"
    mixed.write_bytes(
        json.dumps({"date": "2017-02-01", "title": "Ligne UTF-8 é", "text": BODY},
                   ensure_ascii=False).encode("utf-8") + b"\n"
        + json.dumps({"date": "2017-02-01", "title": "Ligne Windows é", "text": BODY + "."},
                     ensure_ascii=False).encode("cp1252") + b"\n"
    )
    out.good += ["Ligne UTF-8 é", "Ligne Windows é"]
    out.notes[str(mixed)] = "not UTF-8, decoded as Windows-1252"
    bad("binary.jsonl", b"\x00\x01\x02" * 100, "binary file (NUL bytes)")
    return out


if __name__ == "__main__":
    target = Path(sys.argv[1] if len(sys.argv) > 1 else "hostile-corpus")
    expected = make_hostile_corpus(target)
    print(f"{target}: {len(expected.good)} good articles, {len(expected.bad)} bad files or lines")
