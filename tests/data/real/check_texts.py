"""Check that the article texts on disk are exactly the ones this set was annotated on.

The texts of ``tests/data/real/`` are excerpts of news pages and stay out of git; only their
file names and SHA-256 digests are committed, in ``sources.tsv``. A score is comparable with
the recorded "before" score only if this check passes on the folder that was scored.

Run from the repository root (the folder defaults to ``tests/data/real/texts``)::

    python3 tests/data/real/check_texts.py
    python3 tests/data/real/check_texts.py /work/real-texts

Exit code 0 when every listed text is present with its digest and every gold article is
listed; 1 otherwise, with one line per problem.
"""

from __future__ import annotations

import csv
import hashlib
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def problems(
    texts: Path, sources: Path = HERE / "sources.tsv", gold: Path = HERE / "gold.json"
) -> list[str]:
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
    texts = Path(argv[1]) if len(argv) > 1 else HERE / "texts"
    found = problems(texts)
    for line in found:
        print(line)
    if not found:
        print(f"{texts}: all texts match sources.tsv")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
