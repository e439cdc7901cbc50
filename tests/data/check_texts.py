"""Check that the article texts on disk are exactly the ones a real-news set was annotated on.

The texts of a real-news measurement set (``tests/data/real/``, ``real2/`` to ``real18/``) are
excerpts of news pages and stay out of git; only their file names and SHA-256 digests are
committed, in the set's ``sources.tsv``. A score is comparable with the set's recorded "before"
score only if this check passes on the folder that was scored.

Run from the repository root; the texts folder defaults to ``SET_DIR/texts``::

    python3 tests/data/check_texts.py tests/data/real
    python3 tests/data/check_texts.py tests/data/real /work/real-texts
    python3 tests/data/check_texts.py tests/data/real2 /work/real2-texts
    python3 tests/data/check_texts.py tests/data/real3 /work/real3-texts
    python3 tests/data/check_texts.py tests/data/real4 /work/real4-texts
    python3 tests/data/check_texts.py tests/data/real5 /work/real5-texts
    python3 tests/data/check_texts.py tests/data/real6 /work/real6-texts
    python3 tests/data/check_texts.py tests/data/real7 /work/real7-texts
    python3 tests/data/check_texts.py tests/data/real8 /work/real8-texts
    python3 tests/data/check_texts.py tests/data/real9 /work/real9-texts
    python3 tests/data/check_texts.py tests/data/real10 /work/real10-texts
    python3 tests/data/check_texts.py tests/data/real11 /work/real11-texts
    python3 tests/data/check_texts.py tests/data/real12 /work/real12-texts
    python3 tests/data/check_texts.py tests/data/real13 /work/real13-texts
    python3 tests/data/check_texts.py tests/data/real14 /work/real14-texts
    python3 tests/data/check_texts.py tests/data/real15 /work/real15-texts
    python3 tests/data/check_texts.py tests/data/real16 /work/real16-texts
    python3 tests/data/check_texts.py tests/data/real17 /work/real17-texts
    python3 tests/data/check_texts.py tests/data/real18 /work/real18-texts

Exit code 0 when every listed text is present with its digest and every gold article is
listed; 1 otherwise, with one line per problem; 2 when the arguments are wrong.
"""

from __future__ import annotations

import csv
import hashlib
import json
import sys
from pathlib import Path


def problems(texts: Path, sources: Path, gold: Path) -> list[str]:
    """Every mismatch between ``texts``, the digests in ``sources`` and the files of ``gold``."""
    with sources.open(encoding="utf-8", newline="") as handle:
        listed = {row["file"]: row["sha256"] for row in csv.DictReader(handle, delimiter="\t")}
    found = []
    for name, digest in sorted(listed.items()):
        path = texts / name
        if not path.is_file():
            found.append(f"{path}: missing")
        elif hashlib.sha256(path.read_bytes()).hexdigest() != digest:
            found.append(f"{path}: SHA-256 differs from sources.tsv (text changed)")
    extra = sorted(p.name for p in texts.glob("*.txt") if p.name not in listed)
    found += [f"{texts / name}: not listed in sources.tsv" for name in extra]
    articles = json.loads(gold.read_text(encoding="utf-8"))["articles"]
    annotated = {entry["file"] for entry in articles}
    found += [
        f"{gold}: {name} is annotated but not listed in sources.tsv"
        for name in sorted(annotated - listed.keys())
    ]
    return found


def main(argv: list[str]) -> int:
    if len(argv) not in (2, 3):
        print("usage: check_texts.py SET_DIR [TEXTS_DIR]", file=sys.stderr)
        return 2
    set_dir = Path(argv[1])
    texts = Path(argv[2]) if len(argv) == 3 else set_dir / "texts"
    for needed in (set_dir / "sources.tsv", set_dir / "gold.json"):
        if not needed.is_file():
            print(f"{needed}: not found (is {set_dir} a real-news set folder?)", file=sys.stderr)
            return 2
    found = problems(texts, set_dir / "sources.tsv", set_dir / "gold.json")
    for line in found:
        print(line)
    if not found:
        print(f"{texts}: all texts match {set_dir / 'sources.tsv'}")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
