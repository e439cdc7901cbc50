"""The commands on hostile ground: missing or foreign stores, dangerous export targets,
article text that tries to act on the terminal, parameters out of range. One line, exit 1."""

from __future__ import annotations

import os
import resource
import signal
import sqlite3
import subprocess
import sys

import pytest
from fixtures_graph import VALLS, dev_extractions, write_dev_graph
from typer.testing import CliRunner

from alliancegraph.cli import app
from alliancegraph.graph.sqlite_store import SQLiteStore
from alliancegraph.model import Article, Claim, Extraction

runner = CliRunner()


def run(*args):
    return runner.invoke(app, [str(a) for a in args], catch_exceptions=False)


def one_error_line(result, exit_code: int = 1) -> str:
    assert result.exit_code == exit_code, result.output
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("Error: ")
    return lines[0].removeprefix("Error: ")


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "g.db"
    with SQLiteStore(path) as store:
        write_dev_graph(store)
    return path


@pytest.mark.parametrize(
    "command",
    [["stats"], ["query", "supporters", "-p", "of=Hamon"], ["ask", "qui soutient Hamon"],
     ["fractures"], ["export", "--out", "x.gexf"]],
    ids=lambda c: c[0],
)
def test_read_commands_refuse_a_missing_store_and_create_nothing(tmp_path, monkeypatch, command):
    typo = tmp_path / "tpyo.db"
    monkeypatch.chdir(tmp_path)
    line = one_error_line(run(*command, "--db", typo))
    assert line == f"{typo}: no such store (`alliancegraph load` creates one)"
    assert list(tmp_path.iterdir()) == []


def test_cypher_on_the_embedded_store_creates_nothing(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("ALLIANCEGRAPH_STORE", raising=False)
    line = one_error_line(run("cypher", "MATCH (n) RETURN n"))
    assert line.startswith("cypher needs the Neo4j store")
    assert list(tmp_path.iterdir()) == []


def test_stats_on_another_applications_database_changes_nothing(tmp_path):
    other = tmp_path / "other.db"
    with sqlite3.connect(other) as conn:
        conn.execute("CREATE TABLE notes (body TEXT)")
    conn.close()
    before = other.read_bytes()
    line = one_error_line(run("stats", "--db", other))
    assert "not an alliancegraph database (it has other tables: notes)" in line
    assert other.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["other.db"]


def test_export_refuses_to_write_over_the_store(db):
    before = db.read_bytes()
    line = one_error_line(run("export", "--db", db, "--out", db))
    assert line == f"{db}: is the store itself; choose another file"
    assert db.read_bytes() == before
    assert run("stats", "--db", db).exit_code == 0


def test_export_refuses_a_folder_and_a_device(db, tmp_path):
    assert one_error_line(run("export", "--db", db, "--out", tmp_path)) == (
        f"{tmp_path}: is a folder; give a file name"
    )
    assert one_error_line(run("export", "--db", db, "--out", "/dev/full")) == (
        "/dev/full: not a regular file; give a file name"
    )


def test_csv_export_refuses_existing_files_without_force(db, tmp_path):
    folder = tmp_path / "csv"
    assert run("export", "-f", "csv", "--db", db, "--out", folder).exit_code == 0
    assert oct((folder / "nodes.csv").stat().st_mode & 0o777) == oct(0o666 & ~umask())
    (folder / "nodes.csv").write_text("mine")
    line = one_error_line(run("export", "-f", "csv", "--db", db, "--out", folder))
    assert line == (f"{folder}: already holds nodes.csv, articles.csv, relationships.csv, "
                    "mentions.csv; pass --force to replace them")
    assert (folder / "nodes.csv").read_text() == "mine"
    assert run("export", "-f", "csv", "--force", "--db", db, "--out", folder).exit_code == 0
    assert (folder / "nodes.csv").read_text().startswith("name:ID")
    assert sorted(p.name for p in folder.iterdir()) == [
        "articles.csv", "mentions.csv", "nodes.csv", "relationships.csv"]


def umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def _small_files() -> None:
    """In the child: files may not grow past 36 KB (room for SQLite's 32 KB shared-memory file,
    not for the 40 KB GEXF of the dev graph), and exceeding it is an error (EFBIG), not a
    SIGXFSZ death: a real write failure half way through an export."""
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (36_000, 36_000))


def test_a_write_failure_mid_export_is_one_line_and_leaves_no_half_file(db, tmp_path):
    out = tmp_path / "out" / "g.gexf"
    out.parent.mkdir()
    out.write_text("the previous export")
    store_before = db.read_bytes()
    done = subprocess.run(
        [sys.executable, "-m", "alliancegraph", "export", "--db", str(db), "--out", str(out)],
        capture_output=True, text=True, preexec_fn=_small_files, timeout=120,
    )
    assert done.returncode == 1, done.stderr
    assert done.stderr.strip().splitlines() == [f"Error: {out}: cannot write (File too large)"]
    assert out.read_text() == "the previous export"
    assert sorted(p.name for p in out.parent.iterdir()) == ["g.gexf"]
    assert db.read_bytes() == store_before


HOSTILE = "Valls\x1b[2J\x1b]0;pwned\x07 soutient\x00 \u202eHamon\x9b31m"


@pytest.fixture
def hostile_db(tmp_path):
    path = tmp_path / "h.db"
    (base,) = [e for e in dev_extractions() if any(c.object == VALLS for c in e.claims)][:1]
    article = Article(id="evil", date="2017-02-01", title=HOSTILE, text=HOSTILE, source="evil")
    claim = Claim(subject="Benoît Hamon", relation="SUPPORTS", object=VALLS, article="evil",
                  date="2017-02-01", evidence=HOSTILE, cue="soutient", confidence=0.9,
                  subject_kind="person", object_kind="person")
    with SQLiteStore(path) as store:
        store.write([base, Extraction(article, [claim], base.actors)])
    return path


@pytest.mark.parametrize("fmt", ["table", "csv", "json"])
def test_control_characters_from_articles_never_reach_the_terminal(hostile_db, fmt):
    result = run("query", "supporters", "-p", f"of={VALLS}", "--db", hostile_db, "-f", fmt)
    assert result.exit_code == 0, result.output
    out = result.stdout
    unsafe = [c for c in out if (ord(c) < 32 and c not in "\n\t") or 0x7f <= ord(c) <= 0x9f
              or c == "\u202e"]
    assert unsafe == []
    assert "[2J" in out and "pwned" in out  # shown, visibly escaped (\\x1b or \\u001b)


def test_integer_parameters_out_of_range_are_one_line(db):
    line = one_error_line(
        run("query", "supporters", "-p", "of=Valls", "-p", "min_articles=" + "9" * 23, "--db", db)
    )
    assert line == f"min_articles: '{'9' * 23}' is out of range (at most {2**63 - 1})"
    line = one_error_line(
        run("query", "supporters", "-p", "of=Valls", "-p", "min_articles=-5", "--db", db)
    )
    assert line == "min_articles: '-5' must be at least 0"


def test_a_file_name_with_markup_and_escapes_is_printed_as_it_is(tmp_path):
    name = tmp_path / "[bold]x\x1b[31m.txt"
    name.write_bytes(b"\x00binary")
    result = run("load", name, "--db", tmp_path / "g.db")
    assert result.exit_code == 1
    assert "[bold]x\\x1b[31m.txt: binary file" in result.stderr
    assert "\x1b" not in result.stderr
