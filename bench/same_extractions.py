"""Whether two versions of the extractor read the same articles the same way (not a test).

A speed change must not change any output. This script extracts every article under the
given paths with the working tree's code and with the code of a git revision (exported to a
temporary folder, run with ``PYTHONPATH`` on it), and compares, article by article, the
claims, the actors, the kept candidates, the dropped candidates and the ``--explain`` trace,
as JSON lines, byte for byte. Exit code 0 when everything is identical, 1 otherwise (the
first differing lines are printed).

    .venv/bin/python bench/same_extractions.py                 # against the merge base with main
    .venv/bin/python bench/same_extractions.py --ref a6fda7f PATH ...

The default sets: the dev corpus, every constructed and gold set under ``tests/data/``, and
the real texts kept outside git (``/work/real*-texts``, ``/work/precision-texts*``) when they
exist. Only ``.txt`` files are read (the sets' URL lists would be fetched).

``--dump FILE`` (used by the comparison itself) writes the JSON lines of the code on the
current ``PYTHONPATH`` for the paths given.
"""

from __future__ import annotations

import argparse
import dataclasses
import difflib
import json
import os
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DEV_CORPUS = REPO.parent / "shared" / "corpus"


def default_paths() -> list[Path]:
    """The dev corpus, ``tests/data/*`` and the real texts outside git, those that exist."""
    outside = sorted(Path("/work").glob("real*-texts")) + sorted(
        Path("/work").glob("precision-texts*")
    )
    sets = [DEV_CORPUS, *sorted(p for p in (REPO / "tests" / "data").iterdir() if p.is_dir())]
    return [p for p in [*sets, *outside] if p.is_dir()]


def text_files(paths: list[Path]) -> list[Path]:
    """Every ``.txt`` file under ``paths``, in a stable order."""
    files: list[Path] = []
    for path in paths:
        files += [path] if path.is_file() else sorted(path.rglob("*.txt"))
    return files


def dump(files: list[Path], out: Path) -> None:
    """One JSON line per article and record kind, from the code on ``sys.path``."""
    from alliancegraph.loaders.explain import explanation
    from alliancegraph.loaders.extractor import Extractor
    from alliancegraph.loaders.readers import read_articles
    from alliancegraph.model import Article

    code = sys.modules[Extractor.__module__].__file__
    print(f"extracting with {code}", file=sys.stderr)
    extractor = Extractor()
    with out.open("w", encoding="utf-8") as handle:
        for path in files:
            for article in read_articles([path]):
                if not isinstance(article, Article):
                    handle.write(json.dumps({"file": str(path), "problem": str(article)}) + "\n")
                    continue
                ctx = extractor.context(article, extractor.nlp(article.text))
                extraction = extractor.decide(ctx)
                records = {
                    "claims": [dataclasses.asdict(c) for c in extraction.claims],
                    "actors": [dataclasses.asdict(a) for a in extraction.actors],
                    "kept": [dataclasses.asdict(c) for c in extraction.kept],
                    "dropped": [dataclasses.asdict(c) for c in extraction.dropped],
                    "explain": explanation(ctx, extraction).to_dict(),
                }
                for kind, value in records.items():
                    line = {"file": str(path), "article": article.id, kind: value}
                    handle.write(json.dumps(line, ensure_ascii=False, sort_keys=True) + "\n")


def export(ref: str, folder: Path) -> Path:
    """The package of revision ``ref``, written under ``folder``; returns the import root."""
    archive = folder / "ref.tar"
    subprocess.run(
        ["git", "-C", str(REPO), "archive", "--format=tar", "-o", str(archive), ref,
         "alliancegraph"],
        check=True,
    )
    with tarfile.open(archive) as tar:
        tar.extractall(folder / "src", filter="data")
    return folder / "src"


def git(*args: str) -> str:
    return subprocess.run(
        ["git", "-C", str(REPO), *args], check=True, capture_output=True, text=True
    ).stdout.strip()


def run_dump(root: Path, files: list[Path], out: Path) -> None:
    env = {**os.environ, "PYTHONPATH": str(root)}
    listing = out.with_suffix(".files")
    listing.write_text("\n".join(map(str, files)), encoding="utf-8")
    subprocess.run(
        [sys.executable, __file__, "--dump", str(out), "--files", str(listing)],
        check=True,
        env=env,
        cwd=root,
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="*", type=Path)
    parser.add_argument("--ref", help="revision to compare with (default: merge base with main)")
    parser.add_argument("--dump", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--files", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--keep", type=Path, help="also keep both dumps in this folder")
    args = parser.parse_args()
    if args.dump is not None:
        files = [Path(line) for line in args.files.read_text(encoding="utf-8").splitlines()]
        dump(files, args.dump)
        return 0
    files = text_files(args.paths or default_paths())
    ref = args.ref or git("merge-base", "HEAD", "main")
    with tempfile.TemporaryDirectory(prefix="same-extractions-") as tmp:
        folder = Path(tmp)
        ours, theirs = folder / "ours.jsonl", folder / "ref.jsonl"
        run_dump(REPO, files, ours)
        run_dump(export(ref, folder), files, theirs)
        mine, before = ours.read_bytes(), theirs.read_bytes()
        if args.keep is not None:
            args.keep.mkdir(parents=True, exist_ok=True)
            (args.keep / "ours.jsonl").write_bytes(mine)
            (args.keep / "ref.jsonl").write_bytes(before)
    lines = mine.count(b"\n")
    articles = lines // 5
    if mine == before:
        size = f"{len(mine):,} bytes"
        print(f"identical: {len(files)} files, {articles} articles, {lines} records, {size}")
        return 0
    theirs_text = before.decode().splitlines()
    diff = difflib.unified_diff(
        theirs_text, mine.decode().splitlines(), ref, "working tree", lineterm=""
    )
    print("\n".join(list(diff)[:40]))
    print(f"DIFFERENT from {ref} ({len(files)} files)")
    return 1


if __name__ == "__main__":
    sys.exit(main())
