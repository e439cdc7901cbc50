"""What a short command pays before it answers: no heavy library imported for nothing, data files
parsed once per version, names found by key seeks. Nothing here is timed (``bench/
bench_cli_start.py`` times ``alliancegraph ask`` from the shell); these tests check the causes
of a slow start, which can be checked exactly: which modules a process imported, what the store
holds, what the cache holds."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
import tomllib

import pytest
from fixtures_graph import write_dev_graph

from alliancegraph.filecache import parsed
from alliancegraph.graph.sqlite_store import MIGRATIONS, SQLiteStore
from alliancegraph.model import Actor
from alliancegraph.queries import ask
from alliancegraph.queries.names import stored_actors

# Libraries only some commands need: `export`, `plot`, `serve`, `load`, `fractures`, Neo4j, or
# typer's pydantic coercion (typer 0.29+). None of them may be imported to ask a question.
HEAVY = ("networkx", "rdflib", "matplotlib", "numpy", "starlette", "uvicorn", "trafilatura",
         "spacy", "lxml", "httpx", "feedparser", "dateparser", "neo4j", "pydantic", "highspy",
         "rich.progress")


def imported_after(code: str, env: dict[str, str], heavy: tuple[str, ...] = HEAVY) -> set[str]:
    """The heavy modules in ``sys.modules`` of a fresh interpreter after running ``code``."""
    probe = f"{code}\nimport json, sys\nprint(json.dumps(sorted(sys.modules)))"
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                            env=env, timeout=120)
    assert result.returncode == 0, result.stderr
    modules = json.loads(result.stdout.splitlines()[-1])
    return {m for m in modules if m.split(".")[0] in heavy or m in heavy}


@pytest.fixture
def env(tmp_path):
    """The test's own cache folder, so the first run parses the data files and fills it."""
    return {**os.environ, "XDG_CACHE_HOME": str(tmp_path / "cache")}


def test_importing_the_cli_pulls_in_no_heavy_library(env):
    assert imported_after("import alliancegraph.cli", env) == set()


def test_the_package_still_exports_its_api_without_importing_it_eagerly(env):
    assert imported_after("import alliancegraph", env) == set()
    code = "from alliancegraph.queries import ask, run_query, NameIndex"
    assert imported_after(code, env) == set()


def test_asking_from_the_shell_imports_no_heavy_library(tmp_path, env):
    db = tmp_path / "dev.db"
    write_dev_graph(SQLiteStore(db)).close()
    code = ("import sys\nfrom alliancegraph.cli import app\n"
            f"sys.argv = ['alliancegraph', 'ask', 'who backs Valls but eyes Macron', '--db', "
            f"{str(db)!r}]\n"
            "try:\n    app()\nexcept SystemExit as exit:\n    assert not exit.code, exit.code")
    assert imported_after(code, env) == set()
    assert imported_after(code.replace("'ask', ", "'ask', '-f', 'json', "), env) == set()


def test_a_store_opened_for_a_question_leaves_its_write_and_review_paths_unimported(env):
    """The batch row builder and the review package are the stores' write paths: imported when
    a load or a review runs, not for every question (a few milliseconds of each ``ask``)."""
    own = ("alliancegraph.review", "alliancegraph.graph.rows")
    for module in ("sqlite_store", "neo4j_store"):
        code = f"import alliancegraph.cli, alliancegraph.queries, alliancegraph.graph.{module}"
        assert imported_after(code, env, heavy=own) == set()


def test_the_relations_are_read_from_the_turtle_once_then_from_its_json_copy(env):
    """The Neo4j store, the write path and the exports splice relation names into their text:
    the first process parses the Turtle with rdflib, the next ones read the copy."""
    code = "from alliancegraph.ontology import relations\nrelations()"
    assert "rdflib" in imported_after(code, env)
    assert imported_after(code, env) == set()


# -- data files parsed once per version ------------------------------------------------------------

def _toml(source: bytes) -> dict:
    return tomllib.loads(source.decode("utf-8"))


def test_an_edited_data_file_is_parsed_again_never_served_stale(tmp_path):
    source = tmp_path / "words.toml"
    source.write_text('supports = ["soutient"]', encoding="utf-8")
    assert parsed(source, _toml, "words", root=tmp_path / "c") == {"supports": ["soutient"]}
    source.write_text('supports = ["soutient", "appuie"]', encoding="utf-8")
    assert parsed(source, _toml, "words", root=tmp_path / "c") == {
        "supports": ["soutient", "appuie"]}
    assert len(list((tmp_path / "c").glob("words-*.json"))) == 2


def test_a_copy_is_what_the_parser_made_and_a_broken_copy_is_parsed_again(tmp_path):
    source = tmp_path / "words.toml"
    source.write_text('supports = ["soutient"]\nweight = 0.5', encoding="utf-8")
    calls = []

    def counting(data: bytes) -> dict:
        calls.append(1)
        return _toml(data)

    first = parsed(source, counting, "words", root=tmp_path)
    assert parsed(source, counting, "words", root=tmp_path) == first and len(calls) == 1
    (copy,) = tmp_path.glob("words-*.json")
    copy.write_text('{"supports": ', encoding="utf-8")  # cut short, as by a full disk
    assert parsed(source, counting, "words", root=tmp_path) == first and len(calls) == 2


def test_an_unwritable_cache_only_costs_a_parse_and_a_broken_file_still_fails(tmp_path):
    source = tmp_path / "words.toml"
    source.write_text('supports = ["soutient"]', encoding="utf-8")
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("", encoding="utf-8")
    assert parsed(source, _toml, "words", root=blocked) == {"supports": ["soutient"]}
    source.write_text("supports = [", encoding="utf-8")
    with pytest.raises(tomllib.TOMLDecodeError):
        parsed(source, _toml, "words", root=tmp_path)


def test_a_toml_date_that_json_cannot_hold_is_returned_as_parsed_and_not_kept(tmp_path):
    source = tmp_path / "dates.toml"
    source.write_text("since = 2017-01-29", encoding="utf-8")
    assert str(parsed(source, _toml, "dates", root=tmp_path)["since"]) == "2017-01-29"
    assert not list(tmp_path.glob("dates-*.json"))


# -- names by key seeks ----------------------------------------------------------------------------

def test_every_actor_is_kept_under_its_folded_full_name_and_surname(tmp_path):
    store = write_dev_graph(SQLiteStore(tmp_path / "g.db"))
    keys = dict(store.db.execute(
        "SELECT key, name FROM actor_keys WHERE name = 'Jean-Luc Mélenchon' ORDER BY key"
    ).fetchall())
    assert keys == {"jean luc melenchon": "Jean-Luc Mélenchon", "melenchon": "Jean-Luc Mélenchon"}
    names = {row[0] for row in store.db.execute("SELECT name FROM actors")}
    assert {row[0] for row in store.db.execute("SELECT DISTINCT name FROM actor_keys")} == names


def test_the_lookup_is_a_key_seek_not_a_scan_of_every_actor(tmp_path):
    store = write_dev_graph(SQLiteStore(tmp_path / "g.db"))
    found = stored_actors(store, ["MELENCHON", "hamon", "nobody at all"])
    assert sorted(a.name for a in found) == ["Benoît Hamon", "Jean-Luc Mélenchon"]
    plan = " ".join(row[3] for row in store.db.execute(
        "EXPLAIN QUERY PLAN SELECT name FROM actor_keys WHERE key IN ('hamon', 'melenchon')"))
    assert "SEARCH actor_keys" in plan


def test_actors_added_by_a_later_write_are_found_by_name(tmp_path):
    from test_sqlite_store import FIRST

    store = SQLiteStore(tmp_path / "g.db")
    assert stored_actors(store, ["loncle"]) == []
    store.write([FIRST])
    assert [a.name for a in stored_actors(store, ["loncle"])] == ["François Loncle"]


def test_a_store_written_by_the_previous_version_gets_its_name_keys_on_open(tmp_path):
    """A schema-5 file (before ``actor_keys``) is upgraded in place: its actors are then
    found by name, and ``ask`` answers from it as before."""
    path = tmp_path / "old.db"
    old = sqlite3.connect(path, isolation_level=None)
    for number, script in enumerate(MIGRATIONS[:5], start=1):
        old.executescript(f"BEGIN; {script}; PRAGMA user_version = {number}; COMMIT;")
    old.executescript("""
        INSERT INTO articles (id, date, title, copy_of) VALUES ('a1', '2017-01-29', 't', 'a1');
        INSERT INTO actors (name, kind) VALUES ('François Loncle', 'person'),
                                               ('Manuel Valls', 'person');
        INSERT INTO claims (subject, relation, object, article, date, evidence, confidence,
                            copy_of)
        VALUES ('François Loncle', 'SUPPORTS', 'Manuel Valls', 'a1', '2017-01-29',
                'François Loncle soutient Manuel Valls.', 0.9, 'a1');
    """)
    old.close()
    with SQLiteStore(path) as store:
        assert store.db.execute("PRAGMA user_version").fetchone()[0] == len(MIGRATIONS)
        assert stored_actors(store, ["valls"]) == [Actor("Manuel Valls", "person")]
        answer = ask(store, "who supports Valls")
        assert [row["name"] for row in answer.rows] == ["François Loncle"]
