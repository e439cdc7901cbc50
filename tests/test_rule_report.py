"""The per-rule firing report (``evaluate GOLD --by-rule``): each rule's true, optional, false
and forbidden edges and its dropped candidates, so a rule that fires once or never is seen."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from alliancegraph.cli import app
from alliancegraph.loaders.evaluate import evaluate

runner = CliRunner()


@pytest.fixture(scope="module")
def dev_report(extractor, dev_corpus):
    return evaluate(dev_corpus / "gold.json", extractor=extractor)


def rows_by_rule(report) -> dict[str, dict]:
    return {row["rule"]: row for row in report.by_rule()}


def test_every_claim_is_charged_to_the_rule_that_produced_it(dev_report):
    rows = dev_report.by_rule()
    assert sum(r["true"] for r in rows) == dev_report.overall.tp
    assert sum(r["false"] + r["forbidden"] for r in rows) == dev_report.overall.fp
    assert all(
        e["verdict"] in {"true", "optional", "false", "forbidden"} for r in rows for e in r["edges"]
    )
    assert "unknown" not in rows_by_rule(dev_report)


def test_rules_that_fire_once_or_never_are_visible(dev_report):
    rows = rows_by_rule(dev_report)
    possibility = rows["phrase TEMPTED_BY"]  # "X est une possibilité"
    assert (possibility["claims"], possibility["true"]) == (1, 1)
    assert possibility["edges"][0]["edge"] == ["François Loncle", "TEMPTED_BY", "Emmanuel Macron"]
    never = [rule for rule, row in rows.items() if row["claims"] == 0 and row["dropped"] == 0]
    assert "verb REJECTS rompre" in never  # listed although no dev sentence uses it


def test_dropped_candidates_are_counted_by_reason(dev_report):
    support = rows_by_rule(dev_report)["verb SUPPORTS soutenir/appuyer/parrainer"]
    assert support["dropped_reasons"]["negation"] >= 1  # "ne pas pouvoir soutenir le programme"


def test_false_and_forbidden_edges_are_charged_to_their_rule(extractor, tmp_path):
    (tmp_path / "a.txt").write_text(
        "date 2022-01-10 Titre\n\nPaul Girard soutient Anne Hidalgo. "
        "Nadia Karim a tendu la main à Fabien Roussel.\n",
        encoding="utf-8",
    )
    gold = {
        "articles": [
            {
                "file": "a.txt",
                "edges": [],
                "forbidden": [["Paul Girard", "SUPPORTS", "Anne Hidalgo"]],
            }
        ]
    }
    (tmp_path / "gold.json").write_text(json.dumps(gold), encoding="utf-8")
    rows = rows_by_rule(evaluate(tmp_path / "gold.json", extractor=extractor))
    assert rows["verb SUPPORTS soutenir/appuyer/parrainer"]["forbidden"] == 1
    assert rows["verb INVITED_TO_RALLY tendre + main"]["false"] == 1


def test_by_rule_from_the_shell(dev_corpus):
    gold = str(dev_corpus / "gold.json")
    table = runner.invoke(app, ["evaluate", gold, "--by-rule"])
    assert table.exit_code == 0, table.output
    assert "Edges by rule" in table.stdout and "forbidden" in table.stdout
    rows = runner.invoke(app, ["evaluate", gold, "--by-rule", "-f", "csv"]).stdout.splitlines()
    assert rows[0].startswith("rule,claims,true,optional,false,forbidden,dropped")
    assert "phrase TEMPTED_BY,1,1,0,0,0,0," in rows
    data = json.loads(runner.invoke(app, ["evaluate", gold, "--by-rule", "-f", "json"]).stdout)
    assert data[0]["claims"] >= data[-1]["claims"]
    assert {"rule", "true", "false", "forbidden", "dropped_reasons", "edges"} <= set(data[0])
