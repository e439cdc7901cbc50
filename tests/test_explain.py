"""``extract --explain``: per sentence, the mentions and their bindings, the cues that fired,
and every candidate claim kept or dropped with its reason."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from alliancegraph.cli import app
from alliancegraph.pipeline import explain

runner = CliRunner()
# Our own sentences, one per reason a candidate is dropped.
ARTICLE = """date 2022-01-10
La gauche parisienne avant le premier tour

Claire Dumoulin ne soutient pas Paul Girard.

Paul Girard ne rejoindra pas Anne Hidalgo.

Claire Dumoulin va-t-elle soutenir Anne Hidalgo au second tour ?

Le Parti communiste français a rejoint La France insoumise en janvier.

Paul Girard soutient Paul Girard.

« Je soutiens Anne Hidalgo », a déclaré Dumoulin.
"""


@pytest.fixture
def article(tmp_path):
    path = tmp_path / "gauche.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


@pytest.fixture
def traced(article, extractor):
    """The trace of each sentence, by the sentence's opening words."""
    [explanation] = explain([article], extractor=extractor)
    return Sentences(explanation.sentences)


class Sentences(list):
    """Sentence traces, looked up by the words a sentence opens with (exactly one)."""

    def __getitem__(self, opening: str):
        [sentence] = [s for s in self if s.text.startswith(opening)]
        return sentence


def candidates(sentence):
    return [(c.subject, c.relation, c.object, c.reason) for c in sentence.candidates]


def test_a_negated_support_is_a_dropped_candidate_with_reason_negation(traced):
    sentence = traced["Claire Dumoulin ne"]
    assert ("Claire Dumoulin", "SUPPORTS", "Paul Girard", "negation") in candidates(sentence)
    # ... read as its negated meaning, which is kept, with the rule that produced it
    kept = [c for c in sentence.candidates if c.kept]
    assert [(c.relation, c.rule) for c in kept] == [
        ("REJECTS", "verb SUPPORTS soutenir/appuyer/parrainer")
    ]
    dropped = next(c for c in sentence.candidates if not c.kept)
    assert dropped.detail == "read as REJECTS"
    assert ("verb SUPPORTS soutenir/appuyer/parrainer", "soutient") in sentence.cues


def test_a_cue_with_no_negated_meaning_is_simply_dropped(traced):
    assert ("Paul Girard", "SUPPORTS", "Anne Hidalgo", "negation") in candidates(
        traced["Paul Girard ne"]
    )


def test_questions_kind_checks_and_self_loops_are_dropped_with_their_reason(traced):
    question = candidates(traced["Claire Dumoulin va-t-elle"])
    assert ("Claire Dumoulin", "SUPPORTS", "Anne Hidalgo", "question") in question
    joined = traced["Le Parti"]
    member = next(c for c in joined.candidates if c.relation == "MEMBER_OF")
    assert (member.subject, member.object, member.reason) == (
        "Parti communiste français",
        "La France insoumise",
        "kind check",
    )
    assert "MEMBER_OF takes person -> party" in member.detail
    assert ("Paul Girard", "SUPPORTS", "Paul Girard", "self-loop") in candidates(
        traced["Paul Girard soutient"]
    )


def test_mentions_say_how_they_were_bound(traced):
    quoted = traced["« Je"]
    bindings = {(m.text, m.name, m.binding) for m in quoted.mentions}
    assert ("Je", "Claire Dumoulin", "quote speaker") in bindings
    assert ("Dumoulin", "Claire Dumoulin", "surname") in bindings
    assert ("Anne Hidalgo", "Anne Hidalgo", "name") in bindings
    pronoun = {(m.text, m.name, m.binding) for m in traced["Claire Dumoulin va-t-elle"].mentions}
    assert ("-t-elle", "Claire Dumoulin", "pronoun") in pronoun
    party = {(m.text, m.binding) for m in traced["Le Parti"].mentions}
    assert ("Parti communiste français", "name") in party


def test_explain_from_the_shell_prints_a_tree_and_json(article):
    table = runner.invoke(app, ["extract", str(article), "--explain"])
    assert table.exit_code == 0, table.output
    assert "dropped" in table.stdout and "negation" in table.stdout
    assert "quote speaker" in table.stdout and "kind check" in table.stdout
    data = json.loads(
        runner.invoke(app, ["extract", str(article), "--explain", "--format", "json"]).stdout
    )
    reasons = {c["reason"] for s in data[0]["sentences"] for c in s["candidates"]}
    assert {"negation", "question", "kind check", "self-loop"} <= reasons
    rows = runner.invoke(app, ["extract", str(article), "--explain", "--format", "csv"]).stdout
    assert rows.splitlines()[0].startswith("article,sentence_text,sentence,subject")


def test_the_trace_never_carries_control_characters_to_the_terminal(tmp_path, extractor):
    path = tmp_path / "bell.txt"
    path.write_text(
        "date 2022-01-10\nTitre\x1b[31m rouge\n\nPaul Girard soutient Anne Hidalgo\x07.\n",
        encoding="utf-8",
    )
    result = runner.invoke(app, ["extract", str(path), "--explain"])
    assert result.exit_code == 0, result.output
    assert "Anne" in result.stdout
    assert "\x1b" not in result.stdout and "\x07" not in result.stdout


def test_any_extractor_is_explained_by_its_candidates(tmp_path):
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    gold = tmp_path / "gold.json"
    edges = [
        ["Claire Dumoulin", "REJECTS", "Paul Girard"],
        ["Paul Girard", "SUPPORTS", "Paul Girard"],
    ]
    gold.write_text(json.dumps({"articles": [{"file": "a.txt", "edges": edges}]}), encoding="utf-8")
    result = runner.invoke(
        app,
        [
            "extract",
            str(tmp_path / "a.txt"),
            "--explain",
            "--format",
            "json",
            "--extractor",
            f"annotations={gold}",
        ],
    )
    assert result.exit_code == 0, result.output
    [explained] = json.loads(result.stdout)
    found = [(c["relation"], c["reason"]) for s in explained["sentences"] for c in s["candidates"]]
    assert sorted(found, key=str) == [("REJECTS", None), ("SUPPORTS", "self-loop")]


def test_references_by_description_say_which_kind(tmp_path, extractor):
    path = tmp_path / "patron.txt"
    path.write_text(
        "date 2022-01-10\nTitre\n\nPaul Girard, essayiste et député de la Creuse, a pris la "
        "parole lundi. Claire Dumoulin a rompu avec son ancien patron.\n",
        encoding="utf-8",
    )
    [explanation] = explain([path], extractor=extractor)
    mentions = {(m.text, m.name, m.binding) for s in explanation.sentences for m in s.mentions}
    assert ("son ancien patron", "Paul Girard", "possessive") in mentions
