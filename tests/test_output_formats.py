"""One convention for machine output (see ``alliancegraph.output``), checked from the shell.

Commands that answer with rows print a JSON array, JSON Lines or CSV rows; commands that answer
with a report print one JSON object, or the rows of its tables tagged with their section.
"""

from __future__ import annotations

import csv
import io
import json

import pytest
from typer.testing import CliRunner

from alliancegraph import __version__
from alliancegraph.cli import app

runner = CliRunner()


def run(*args):
    result = runner.invoke(app, [str(a) for a in args], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result.stdout


@pytest.fixture(scope="module")
def db(tmp_path_factory, dev_corpus):
    path = tmp_path_factory.mktemp("formats") / "g.db"
    run("load", dev_corpus, "--db", path, "--format", "json")
    return path


def test_version():
    assert run("--version").strip() == f"alliancegraph {__version__}"


def test_rows_as_json_array_jsonl_and_csv_say_the_same(db):
    args = ("query", "supporters", "-p", "of=Hamon", "--db", db)
    rows = json.loads(run(*args, "--format", "json"))
    assert isinstance(rows, list) and rows
    lines = [json.loads(line) for line in run(*args, "--format", "jsonl").splitlines()]
    assert lines == rows
    table = list(csv.DictReader(io.StringIO(run(*args, "--format", "csv"))))
    assert [r["name"] for r in table] == [r["name"] for r in rows]


def test_reports_are_one_object_and_every_table_in_jsonl_and_csv(db):
    stats = json.loads(run("stats", "--db", db, "--format", "json"))
    assert isinstance(stats, dict) and stats["articles"] == 4
    data = json.loads(run("fractures", "--db", db, "--format", "json", "--no-write-back"))
    assert isinstance(data, dict) and data["camps"]
    lines = [json.loads(line) for line in
             run("fractures", "--db", db, "--format", "jsonl", "--no-write-back").splitlines()]
    sections = {line["section"] for line in lines}
    assert {"camps", "fault_lines", "at_risk", "monthly"} <= sections
    assert sum(line["section"] == "camps" for line in lines) == len(data["camps"])
    table = list(csv.DictReader(io.StringIO(
        run("fractures", "--db", db, "--format", "csv", "--no-write-back"))))
    assert {r["section"] for r in table} == sections


def test_json_is_utf8_not_escaped(db):
    out = run("fractures", "--db", db, "--format", "json", "--no-write-back")
    assert "Benoît Hamon" in out and "\\u00ee" not in out


def test_evaluate_jsonl_has_scores_and_misses(dev_corpus):
    gold = dev_corpus / "gold.json"
    lines = [json.loads(x) for x in
             run("evaluate", gold, "--articles", dev_corpus, "--format", "jsonl").splitlines()]
    (overall,) = [x for x in lines if x["section"] == "scores" and x["relation"] == "ALL"]
    assert overall["f1"] >= 0.95


def test_a_style_sheet_export_says_so(db, tmp_path):
    result = runner.invoke(app, ["export", "--format", "grass", "--out", str(tmp_path / "s.grass"),
                                 "--db", str(db)])
    assert result.exit_code == 0 and "a style sheet, no graph" in result.output
