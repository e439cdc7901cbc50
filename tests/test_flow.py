"""The whole flow from the shell, on the embedded store: load, ask, query, export, bad input."""

from __future__ import annotations

import json

import pytest
from lxml import etree
from typer.testing import CliRunner

from alliancegraph.cli import app

runner = CliRunner()


def run(*args: str):
    return runner.invoke(app, [str(a) for a in args], catch_exceptions=False)


@pytest.fixture(scope="module")
def loaded_db(tmp_path_factory, dev_corpus):
    db = tmp_path_factory.mktemp("flow") / "g.db"
    result = run("load", dev_corpus, "--db", db, "--format", "json")
    assert result.exit_code == 0, result.output
    return db, json.loads(result.stdout)


def test_load_summarises_what_it_did(loaded_db):
    _, summary = loaded_db
    assert summary["articles_new"] == 4
    assert summary["articles_failed"] == 0
    assert summary["claims"] >= 20
    assert summary["actors"] >= 15


def test_loading_again_changes_nothing(loaded_db, dev_corpus):
    db, first = loaded_db
    before = json.loads(run("stats", "--db", db, "--format", "json").stdout)
    again = json.loads(run("load", dev_corpus, "--db", db, "--format", "json").stdout)
    assert (again["articles_new"], again["articles_unchanged"]) == (0, 4)
    assert json.loads(run("stats", "--db", db, "--format", "json").stdout) == before


def test_ask_who_backs_valls_but_eyes_macron_with_evidence(loaded_db):
    db, _ = loaded_db
    result = run("ask", "who backs Valls but eyes Macron", "--db", db, "--format", "json")
    assert result.exit_code == 0, result.output
    answer = json.loads(result.stdout)
    assert answer["query"] == "backs-but-eyes"
    rows = answer["rows"]
    assert [r["name"] for r in rows] == ["François Loncle"]
    sentences = " ".join(e["sentence"] for e in rows[0]["evidence"])
    assert "Macron est une possibilité" in sentences
    assert {e["date"] for e in rows[0]["evidence"]} == {"2017-01-29"}


def test_ask_in_a_table_shows_the_person_and_the_sentence(loaded_db):
    db, _ = loaded_db
    result = run("ask", "qui soutient Valls mais lorgne vers Macron", "--db", db)
    assert result.exit_code == 0, result.output
    assert "François Loncle" in result.stdout
    assert "2017-01-29" in result.stdout


def test_evidence_cap_from_the_shell_is_said_and_applied(loaded_db):
    db, _ = loaded_db
    args = ("query", "supporters", "-p", "of=Hamon", "--db", db)
    full = json.loads(run(*args, "--format", "json").stdout)
    capped = run(*args, "--evidence", "1")
    assert capped.exit_code == 0, capped.output
    assert "at most 1 sentence(s) per relation" in capped.stderr
    rows = json.loads(run(*args, "--evidence", "1", "--format", "json").stdout)
    assert [r["name"] for r in rows] == [r["name"] for r in full]
    assert all(len(r["evidence"]) == 1 for r in rows)
    refused = run(*args, "--evidence", "0")
    assert refused.exit_code == 2 and "--evidence" in refused.stderr
    assert run(*args, "--evidence", "several").exit_code == 2


def test_the_table_says_how_many_sentences_a_capped_row_leaves_out(loaded_db):
    db, _ = loaded_db
    args = ("query", "rejected-invitations", "--db", db)
    every = json.loads(run(*args, "--evidence", "all", "--format", "json").stdout)
    assert all(r["evidence_total"] == len(r["evidence"]) for r in every)
    assert "at most 3 sentence(s) per relation" in run(*args).stderr  # the default
    table = run(*args, "--evidence", "1").stdout
    capped = json.loads(run(*args, "--evidence", "1", "--format", "json").stdout)
    left_out = [r for r in capped if r["evidence_total"] > len(r["evidence"])]
    assert left_out, "Hamon's invitation was refused in more sentences than one per relation"
    for row in left_out:
        assert f"({len(row['evidence'])} of {row['evidence_total']} shown" in table


def test_named_query_from_the_library(loaded_db):
    db, _ = loaded_db
    listing = run("queries", "--format", "json")
    assert json.loads(listing.stdout)[0]["name"] == "backs-but-eyes"
    result = run(
        "query",
        "backs-but-eyes",
        "-p",
        "backs=Valls",
        "-p",
        "eyes=Macron",
        "--db",
        db,
        "--format",
        "json",
    )
    assert [r["name"] for r in json.loads(result.stdout)] == ["François Loncle"]


def test_unknown_name_gets_a_clear_error_not_an_empty_answer(loaded_db):
    db, _ = loaded_db
    result = runner.invoke(app, ["query", "supporters", "-p", "of=Vals", "--db", str(db)])
    assert result.exit_code == 1
    assert "Vals" in result.stderr and "Manuel Valls" in result.stderr


def test_export_gexf_parses_as_xml(loaded_db, tmp_path):
    db, _ = loaded_db
    out = tmp_path / "g.gexf"
    result = run("export", "--format", "gexf", "--out", out, "--db", db)
    assert result.exit_code == 0, result.output
    root = etree.parse(str(out)).getroot()
    labels = {n.get("label") for n in root.iter("{*}node")}
    assert {"François Loncle", "Manuel Valls", "Benoît Hamon"} <= labels


def test_extract_prints_one_json_object_per_claim(dev_corpus):
    result = run("extract", dev_corpus / "2017-02-23-jadot-se-rallie.txt", "--format", "jsonl")
    assert result.exit_code == 0, result.output
    claims = [json.loads(line) for line in result.stdout.splitlines()]
    keys = {"subject", "relation", "object", "article", "date", "evidence", "confidence"}
    assert all(keys <= set(c) for c in claims)
    assert ["Yannick Jadot", "SUPPORTS", "Benoît Hamon"] in [
        [c["subject"], c["relation"], c["object"]] for c in claims
    ]


def test_bad_files_fail_loudly_and_the_good_ones_still_load(tmp_path, dev_corpus):
    folder = tmp_path / "mixed"
    folder.mkdir()
    good = (dev_corpus / "2017-02-23-jadot-se-rallie.txt").read_bytes()
    (folder / "2017-02-23-good.txt").write_bytes(good)
    (folder / "empty.txt").write_bytes(b"")
    latin1 = "date 2017-03-01 Élu\n\nUn député a parlé.".encode("latin-1")
    (folder / "latin1.txt").write_bytes(latin1)
    (folder / "nodate.txt").write_text("Sans date\n\nTexte.", encoding="utf-8")
    db = tmp_path / "g.db"
    result = runner.invoke(
        app, ["load", str(folder), str(tmp_path / "absent"), "--db", str(db), "--format", "json"]
    )
    assert result.exit_code == 1
    errors = [line for line in result.stderr.splitlines() if line.startswith("Error:")]
    assert errors == [
        f"Error: {folder / 'empty.txt'}: empty file",
        f"Error: {folder / 'nodate.txt'}: no date: start the file with 'date YYYY-MM-DD' or "
        "put the date in its name",
        f"Error: {tmp_path / 'absent'}: no such file or directory",
    ]
    assert f"Note: {folder / 'latin1.txt'}: not UTF-8, decoded as Windows-1252" in result.stderr
    summary = json.loads(result.stdout)
    assert (summary["articles_new"], summary["articles_failed"]) == (2, 3)


def test_cypher_on_the_embedded_store_says_what_to_do_instead(loaded_db):
    db, _ = loaded_db
    result = runner.invoke(app, ["cypher", "MATCH (n) RETURN n", "--db", str(db)])
    assert result.exit_code == 1
    assert "cypher needs the Neo4j store" in result.stderr
