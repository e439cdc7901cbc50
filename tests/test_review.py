"""Review decisions: struck claims stay struck, added ones stay, on both stores, whatever is
re-loaded or re-extracted; the queue, the candidates and the gold export for `evaluate`."""

from __future__ import annotations

import json
import sqlite3

import pytest
from conftest import EXAMPLES
from neo4j_support import NEO4J_URI, wipe_neo4j
from typer.testing import CliRunner

from alliancegraph import review
from alliancegraph.cli import app
from alliancegraph.graph.exports import export
from alliancegraph.graph.sqlite_store import SQLiteStore
from alliancegraph.loaders.evaluate import evaluate
from alliancegraph.pipeline import load
from alliancegraph.queries import ask, run_query
from alliancegraph.review import ReviewError

QUESTION = "who backs Valls but eyes Macron"
# A tie the extractor misses in examples/articles (found by `review list --candidates`).
MISSED = ("« Je ne me reconnais pas dans le projet de Benoît Hamon », a expliqué le député de "
          "Loire-Atlantique, qui s'était pourtant engagé à soutenir le vainqueur de la primaire.")


@pytest.fixture(params=["local", pytest.param("neo4j", marks=pytest.mark.neo4j)])
def store(request, tmp_path, extractor):
    """A store of each kind holding examples/articles, extracted by the real extractor."""
    if request.param == "local":
        opened = SQLiteStore(tmp_path / "review.db")
    else:
        from alliancegraph.graph.neo4j_store import Neo4jStore

        wipe_neo4j(request.getfixturevalue("neo4j_driver"))
        opened = Neo4jStore(uri=NEO4J_URI)
    load(opened, [EXAMPLES], extractor=extractor)
    yield opened
    opened.close()


def claim(store, subject: str, relation: str, obj: str) -> dict:
    """The queue row of one claim (reviewed or not)."""
    rows = store.review_queue(relation=relation, reviewed=True, limit=1000)
    (row,) = [r for r in rows if (r["subject"], r["object"]) == (subject, obj)]
    return {"id": review.claim_id(row["article"], subject, relation, obj), **row}


def answers(store) -> list[str]:
    return [row["name"] for row in ask(store, QUESTION).rows]


def reload(store, extractor) -> None:
    """Load the same articles, then extract them again: decisions must survive both."""
    assert load(store, [EXAMPLES], extractor=extractor).articles_unchanged == 4
    assert load(store, [EXAMPLES], extractor=extractor, reextract=True).articles_new == 4


class NewerExtractor:
    """The real extractor, except that it no longer reads one claim (as a changed rule would)."""

    def __init__(self, extractor, dropped: tuple[str, str, str]) -> None:
        self.extractor = extractor
        self.dropped = dropped

    def pipe(self, articles, workers=1):
        for extraction in self.extractor.pipe(articles, workers=workers):
            extraction.claims = [c for c in extraction.claims
                                 if (c.subject, c.relation, c.object) != self.dropped]
            yield extraction


def test_a_rejected_claim_is_gone_from_answers_and_exports_and_stays_gone(
    store, extractor, tmp_path
):
    assert answers(store) == ["François Loncle"]
    tempted = claim(store, "François Loncle", "TEMPTED_BY", "Emmanuel Macron")
    decision = review.reject(store, tempted["id"], reviewer="ana", note="a hypothesis")
    assert (decision.action, decision.reviewer, decision.status) == ("reject", "ana", "applied")
    assert answers(store) == []
    export(store, "gexf", tmp_path / "after.gexf")
    assert "Macron est une possibilité" not in (tmp_path / "after.gexf").read_text()
    reload(store, extractor)
    assert answers(store) == []
    (kept,) = review.decisions(store)
    assert (kept["action"], kept["status"], kept["reviewer"]) == ("reject", "applied", "ana")


def ties_between(store, a: str, b: str) -> set[tuple[str, str, str]]:
    """The direct claims between two actors, as the `between` query lists them."""
    rows = run_query(store, "between", {"a": a, "b": b}).rows
    direct = [c for row in rows if row["hops"] == 1 for c in row["claims"]]
    return {(c["subject"], c["relation"], c["object"]) for c in direct}


def test_an_added_claim_appears_marked_reviewed_and_stays(store, extractor):
    article = claim(store, "François de Rugy", "SUPPORTS", "Emmanuel Macron")["article"]
    assert ties_between(store, "de Rugy", "Hamon") == set()
    decision = review.add(store, article, MISSED, "de Rugy", "rejects", "Hamon")
    assert (decision.subject, decision.relation, decision.status) == (
        "François de Rugy", "REJECTS", "added")
    reload(store, extractor)
    assert ties_between(store, "de Rugy", "Hamon") == {
        ("François de Rugy", "REJECTS", "Benoît Hamon")}
    added = claim(store, "François de Rugy", "REJECTS", "Benoît Hamon")
    assert added["reviewed"] and added["evidence"] == MISSED
    # the answers show which sentences a reviewer vouched for
    [row] = run_query(store, "rejected-by", {"who": "de Rugy"}).rows
    assert [(e["sentence"], e["reviewed"]) for e in row["evidence"]] == [(MISSED, True)]
    others = run_query(store, "supported-by", {"who": "de Rugy"}).rows
    assert others and not any(e["reviewed"] for r in others for e in r["evidence"])


def test_a_correction_replaces_the_claim_after_every_reload(store, extractor):
    group = claim(store, "Parti socialiste", "TEMPTED_BY", "Emmanuel Macron")
    decision = review.correct(store, group["id"], relation="supports")
    assert (decision.new_relation, decision.status) == ("SUPPORTS", "applied")
    reload(store, extractor)
    assert not [r for r in store.review_queue(relation="TEMPTED_BY", reviewed=True, limit=100)
                if r["subject"] == "Parti socialiste"]
    corrected = claim(store, "Parti socialiste", "SUPPORTS", "Emmanuel Macron")
    assert corrected["reviewed"] and corrected["evidence"] == group["evidence"]


def test_a_decision_the_newer_extractor_no_longer_reads_is_still_applied_and_listed(
    store, extractor
):
    supports = ("François Loncle", "SUPPORTS", "Manuel Valls")
    review.accept(store, claim(store, *supports)["id"])
    newer = NewerExtractor(extractor, supports)
    load(store, [EXAMPLES], extractor=newer, reextract=True)
    assert claim(store, *supports)["reviewed"]  # the analyst's word outlives the rule
    assert answers(store) == ["François Loncle"]
    (listed,) = review.list(store, "decisions")
    assert (listed["action"], listed["status"]) == ("accept", "not extracted")


def test_the_queue_puts_the_least_confident_first_and_filters(store):
    rows = review.queue(store, limit=100)
    confidences = [r["confidence"] for r in rows]
    assert confidences == sorted(confidences) and len(rows) == store.counts()["claims"]
    hamon = review.queue(store, actor="Hamon", relation="invited_to_rally", since="2017-01-01")
    assert {(r["subject"], r["object"]) for r in hamon} == {
        ("Benoît Hamon", "Yannick Jadot"), ("Benoît Hamon", "Jean-Luc Mélenchon")}
    review.accept(store, hamon[0]["id"])
    assert len(review.queue(store, actor="Hamon", relation="INVITED_TO_RALLY")) == 1


def test_bad_decisions_are_one_line_errors_and_change_nothing(store):
    claims = store.counts()["claims"]
    article = store.articles()[0].id
    cases = [
        (lambda: review.reject(store, "0000-feedbeef"), "no claim '0000-feedbeef'"),
        (lambda: review.add(store, "nope", "X.", "Hamon", "SUPPORTS", "Valls"), "no article"),
        (lambda: review.add(store, article, "X.", "Vals", "SUPPORTS", "Hamon"), "did you mean"),
        (lambda: review.add(store, article, "X.", "Hamon", "LIKES", "Valls"), "unknown relation"),
        (lambda: review.add(store, article, "X.", "Parti socialiste", "MEMBER_OF", "Hamon"),
         "MEMBER_OF goes from"),
        (lambda: review.add(store, article, "  ", "Hamon", "SUPPORTS", "Valls"), "sentence"),
    ]
    for call, message in cases:
        with pytest.raises(ReviewError, match=message):
            call()
    assert store.counts()["claims"] == claims and review.decisions(store) == []


def test_review_export_is_gold_that_evaluate_scores_as_expected(store, extractor, tmp_path):
    rows = review.queue(store, limit=100)
    by_article: dict[str, list[dict]] = {}
    for row in rows:
        by_article.setdefault(row["article"], []).append(row)
    loncle = claim(store, "François Loncle", "TEMPTED_BY", "Emmanuel Macron")
    chaibi = claim(store, "Leïla Chaibi", "REJECTS", "Benoît Hamon")
    wrong = claim(store, "Parti socialiste", "TEMPTED_BY", "Emmanuel Macron")
    review.accept(store, loncle["id"])
    review.accept(store, chaibi["id"])
    review.reject(store, wrong["id"])
    review.add(store, loncle["article"], "Jadot soutient Hamon.", "Jadot", "SUPPORTS", "Hamon")
    summary = review.export(store, tmp_path / "reviewed.json")
    assert summary["articles"] == 1 and summary["edges"] == 3 and summary["forbidden"] == 1
    gold = json.loads((tmp_path / "reviewed.json").read_text())
    assert gold["articles"][0]["file"] == "2017-01-29-primaire-hamon-valls.txt"

    unchecked = len(by_article[loncle["article"]]) - 3
    assert len(gold["articles"][0]["optional"]) == unchecked > 0

    report = evaluate(tmp_path / "reviewed.json", EXAMPLES, extractor=extractor)
    assert (report.overall.tp, report.overall.gold) == (2, 3)  # the added claim is a miss
    assert report.overall.fp == 1  # the rejected claim; unchecked ones count neither way
    assert report.precision == pytest.approx(2 / 3) and report.recall == pytest.approx(2 / 3)
    assert [f["edge"] for f in report.forbidden_produced] == [
        ["Parti socialiste", "TEMPTED_BY", "Emmanuel Macron"]]
    assert [m["edge"] for m in report.misses] == [["Yannick Jadot", "SUPPORTS", "Benoît Hamon"]]


def test_candidates_are_unread_sentences_where_two_actors_meet_a_stance_word(store, extractor):
    found = review.list(store, "candidates", extractor=extractor, limit=100)
    read = {r["evidence"] for r in store.review_queue(reviewed=True, limit=1000)}
    assert MISSED in [c["sentence"] for c in found]
    for candidate in found:
        assert candidate["sentence"] not in read
        assert len(candidate["actors"]) >= 2 and candidate["cues"]
    de_rugy = review.list(store, "candidates", actor="de Rugy", extractor=extractor)
    assert MISSED in [c["sentence"] for c in de_rugy]
    assert all("François de Rugy" in c["actors"] for c in de_rugy)


def test_the_cli_mirrors_the_api(tmp_path, extractor, monkeypatch):
    db = tmp_path / "cli.db"
    with SQLiteStore(db) as opened:
        load(opened, [EXAMPLES], extractor=extractor)
        target = claim(opened, "Parti socialiste", "TEMPTED_BY", "Emmanuel Macron")["id"]
    monkeypatch.setenv("ALLIANCEGRAPH_REVIEWER", "camille")
    runner = CliRunner()
    listed = runner.invoke(app, ["review", "list", "--db", str(db), "--format", "json"])
    assert listed.exit_code == 0 and target in listed.output
    rejected = runner.invoke(app, ["review", "reject", target, "--db", str(db), "-f", "json"])
    assert rejected.exit_code == 0, rejected.output
    assert json.loads(rejected.output)[0]["reviewer"] == "camille"
    again = runner.invoke(app, ["review", "reject", target, "--db", str(db)])
    assert again.exit_code == 1 and "no claim" in again.output
    out = tmp_path / "gold.json"
    exported = runner.invoke(app, ["review", "export", "--out", str(out), "--db", str(db)])
    assert exported.exit_code == 0 and json.loads(out.read_text())["articles"][0]["forbidden"]
    decisions = runner.invoke(app, ["review", "list", "--decisions", "--db", str(db), "-f", "csv"])
    assert "reject" in decisions.output and "camille" in decisions.output


def test_a_store_written_before_reviews_existed_is_upgraded_in_place(tmp_path):
    from alliancegraph.graph.sqlite_store import MIGRATIONS

    path = tmp_path / "old.db"
    old = sqlite3.connect(path)
    old.executescript(f"BEGIN; {MIGRATIONS[0]}; PRAGMA user_version = 1; COMMIT;")
    old.executescript("""
        INSERT INTO articles VALUES ('a1', '2017-01-29', 'T', NULL, NULL, 3);
        INSERT INTO actors (name, kind) VALUES ('X', 'person'), ('Y', 'person');
        INSERT INTO claims VALUES ('X', 'SUPPORTS', 'Y', 'a1', '2017-01-29', 'X soutient Y.',
                                   'soutenir', 0.9, NULL);""")
    old.close()
    with SQLiteStore(path) as store:
        (row,) = review.queue(store)
        assert row["reviewed"] is False
        assert review.reject(store, row["id"]).status == "applied"
        assert store.counts()["claims"] == 0


def test_candidates_include_what_the_extractor_dropped_and_why(tmp_path, extractor):
    """The extractor's record of dropped candidates tells an analyst what was almost read."""
    article = tmp_path / "2017-02-10-refus.txt"
    article.write_text(
        "date 2017-02-10 Primaire : les ralliements se font attendre\n\n"
        "Arnaud Montebourg pourrait soutenir Manuel Valls si celui-ci renonçait à sa réforme.\n",
        encoding="utf-8",
    )
    with SQLiteStore(tmp_path / "g.db") as opened:
        load(opened, [article], extractor=extractor)
        found = review.list(opened, "candidates", extractor=extractor)
    dropped = [c for c in found if c.get("reason")]
    assert dropped, found
    (first,) = dropped[:1]
    assert first["actors"] == ["Arnaud Montebourg", "Manuel Valls"]
    assert first["relation"] == "SUPPORTS" and first["reason"] == "hypothesis"
