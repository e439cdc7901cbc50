"""The hostile corpus (``tests/make_hostile_corpus.py``) loaded in one run: exactly one line per
bad file or line, every good article stored, exit status 1, the database intact."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys

from make_hostile_corpus import make_hostile_corpus


def unprivileged(command: list[str]) -> list[str]:
    """Root reads files of mode 000; drop that power so the permission cases are real."""
    if os.geteuid() != 0:
        return command
    drop = "-dac_override,-dac_read_search"
    return [shutil.which("setpriv"), f"--inh-caps={drop}", f"--bounding-set={drop}", *command]


def test_the_hostile_corpus_loads_in_one_run(tmp_path):
    corpus = tmp_path / "hostile"
    expected = make_hostile_corpus(corpus)
    db = tmp_path / "g.db"
    try:
        done = subprocess.run(
            unprivileged([sys.executable, "-m", "alliancegraph", "load", str(corpus),
                          "--db", str(db), "--format", "json"]),
            capture_output=True, text=True, timeout=600,
        )
    finally:
        (corpus / "unreadable.txt").chmod(0o644)
        (corpus / "locked").chmod(0o755)
    assert done.returncode == 1, done.stderr
    assert "Traceback" not in done.stderr

    errors = [line.removeprefix("Error: ") for line in done.stderr.splitlines()
              if line.startswith("Error: ")]
    found = {}
    for line in errors:
        source = next((s for s in expected.bad if line.startswith(f"{s}: ")), None)
        assert source is not None, f"unexpected error line: {line}"
        assert source not in found, f"two lines for {source}"
        found[source] = line.removeprefix(f"{source}: ")
    assert sorted(found) == sorted(expected.bad)
    for source, reason in expected.bad.items():
        assert found[source].startswith(reason), (source, found[source])
    notes = "\n".join(done.stderr.splitlines())
    for source, note in expected.notes.items():
        assert f"Note: {source}: {note}" in notes

    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        titles = [row[0] for row in conn.execute("SELECT title FROM articles")]
    conn.close()
    assert sorted(titles) == sorted(title.split("\n")[0][:120] for title in expected.good)
