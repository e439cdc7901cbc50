"""The extraction contract: any ClaimExtractor plugs into load/extract, and the shared stages
(validation, actor enrichment) apply to every one of them and are tested on their own."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from alliancegraph.cli import app
from alliancegraph.graph.store import open_store
from alliancegraph.loaders.annotations import AnnotationExtractor
from alliancegraph.loaders.contract import (
    ClaimExtractor,
    ExtractorSpecError,
    extractor_from_spec,
)
from alliancegraph.loaders.cues import CUES_FILE, load_lexicon
from alliancegraph.loaders.enrichment import enrich_actors
from alliancegraph.loaders.evaluate import evaluate
from alliancegraph.loaders.extractor import Extractor
from alliancegraph.loaders.validation import validate
from alliancegraph.model import Actor, Article, Candidate, Claim, Extraction, article_id
from alliancegraph.ontology.gazetteer import load_gazetteer
from alliancegraph.pipeline import checked, extract, load

runner = CliRunner()
TEXT = (
    "date 2022-01-10\nLa gauche parisienne se compte\n\n"
    "Paul Girard soutient Anne Hidalgo pour la présidentielle. "
    "Anne Hidalgo, maire socialiste de Paris, a remercié Paul Girard.\n"
)


def claim(subject, relation, obj, confidence=0.9, subject_kind="person", object_kind="person"):
    return Claim(
        subject,
        relation,
        obj,
        "a1",
        "2022-01-10",
        "…",
        "cue",
        confidence,
        subject_kind=subject_kind,
        object_kind=object_kind,
    )


def proposal(*args, **kwargs):
    c = claim(*args, **kwargs)
    return c, Candidate(0, c.subject, c.relation, c.object, "example rule", "cue", c.confidence)


@pytest.fixture
def annotated(tmp_path):
    """One article of our own and hand annotations of it, three of which the ontology refuses."""
    (tmp_path / "paris.txt").write_text(TEXT, encoding="utf-8")
    gold = {
        "parties": {"Parti socialiste": ["PS", "socialiste"]},
        "articles": [
            {
                "file": "paris.txt",
                "edges": [
                    ["Paul Girard", "SUPPORTS", "Anne Hidalgo"],
                    ["Anne Hidalgo", "MEMBER_OF", "PS"],
                    ["Paul Girard", "SUPPORTS", "Paul Girard"],
                    ["Paul Girard", "MEMBER_OF", "Anne Hidalgo"],
                    ["Paul Girard", "ADMIRES", "Anne Hidalgo"],
                ],
            }
        ],
    }
    path = tmp_path / "gold.json"
    path.write_text(json.dumps(gold), encoding="utf-8")
    return path


def test_the_rules_and_the_annotations_are_both_claim_extractors(annotated):
    assert isinstance(Extractor(), ClaimExtractor)
    assert isinstance(AnnotationExtractor(annotated), ClaimExtractor)


def test_another_extractor_loads_through_the_pipeline_and_its_pruning_is_recorded(
    annotated, tmp_path
):
    seen: list[Extraction] = []
    with open_store("local", tmp_path / "g.db") as store:
        report = load(
            store,
            [tmp_path / "paris.txt"],
            extractor=AnnotationExtractor(annotated),
            on_article=seen.append,
        )
        stored = {(c.subject, c.relation, c.object) for c in store.claims()}
        parties = {a.name: a.party for a in store.actors()}
    assert report.articles_new == 1 and report.claims == 2
    assert stored == {
        ("Paul Girard", "SUPPORTS", "Anne Hidalgo"),
        ("Anne Hidalgo", "MEMBER_OF", "Parti socialiste"),
    }
    dropped = {(d.subject, d.relation, d.object): d.reason for d in seen[0].dropped}
    assert dropped == {
        ("Paul Girard", "SUPPORTS", "Paul Girard"): "self-loop",
        ("Paul Girard", "MEMBER_OF", "Anne Hidalgo"): "kind check",
        ("Paul Girard", "ADMIRES", "Anne Hidalgo"): "unknown relation",
    }
    assert [k.rule for k in seen[0].kept] == ["annotation", "annotation"]
    assert parties["Anne Hidalgo"] == "Parti socialiste"  # enriched from the MEMBER_OF claim
    evidence = next(c.evidence for c in seen[0].claims if c.relation == "SUPPORTS")
    assert evidence.startswith("Paul Girard soutient Anne Hidalgo")


def test_extract_takes_any_extractor(annotated, tmp_path):
    extractions = list(extract([tmp_path / "paris.txt"], extractor=AnnotationExtractor(annotated)))
    assert [len(e.claims) for e in extractions] == [2]


def test_hand_annotations_score_perfectly_against_themselves(dev_corpus):
    gold = dev_corpus / "gold.json"
    report = evaluate(gold, extractor=AnnotationExtractor(gold))
    assert (report.precision, report.recall) == (1.0, 1.0)


def test_validation_keeps_what_the_ontology_allows_and_says_why_it_drops_the_rest():
    result = validate(
        [
            proposal("Paul Girard", "SUPPORTS", "Anne Hidalgo", 0.6),
            proposal("Paul Girard", "MEMBER_OF", "Parti socialiste", object_kind="party"),
            proposal("Paul Girard", "MEMBER_OF", "Anne Hidalgo"),
            proposal("Parti socialiste", "SPOKESPERSON_OF", "Anne Hidalgo", subject_kind="party"),
            proposal("Anne Hidalgo", "REJECTS", "Anne Hidalgo"),
            proposal("Paul Girard", "LIKES", "Anne Hidalgo"),
            proposal("Paul Girard", "SUPPORTS", "Anne Hidalgo", 0.8),
            proposal("Paul Girard", "SUPPORTS", "Anne Hidalgo", 0.7),
        ]
    )
    assert [(c.relation, c.confidence) for c in result.claims] == [
        ("SUPPORTS", 0.8),
        ("MEMBER_OF", 0.9),
    ]  # the first proposed edge first, at its best confidence
    assert [k.confidence for k in result.kept] == [0.8, 0.9]
    reasons = [(d.relation, d.confidence, d.reason) for d in result.dropped]
    assert reasons == [
        ("MEMBER_OF", 0.9, "kind check"),
        ("SPOKESPERSON_OF", 0.9, "kind check"),
        ("REJECTS", 0.9, "self-loop"),
        ("LIKES", 0.9, "unknown relation"),
        ("SUPPORTS", 0.6, "duplicate"),
        ("SUPPORTS", 0.7, "duplicate"),
    ]
    assert "person -> party, not person -> person" in result.dropped[0].detail


def test_enrichment_adds_gender_and_party_at_the_date():
    gazetteer = load_gazetteer()
    claims = [claim("Manuel Valls", "SUPPORTS", "Benoît Hamon")]
    mentioned = [Actor("Benoît Hamon", "person"), Actor("Inès Gaudin", "person", gender="f")]
    actors = {a.name: a for a in enrich_actors(claims, "2017-01-29", gazetteer, mentioned)}
    assert list(actors) == ["Benoît Hamon", "Inès Gaudin", "Manuel Valls"]
    assert actors["Manuel Valls"].party == "Parti socialiste"
    assert actors["Manuel Valls"].gender == "m"
    assert actors["Inès Gaudin"] == Actor("Inès Gaudin", "person", "f", None)
    joined = claim("Manuel Valls", "MEMBER_OF", "Renaissance", object_kind="party")
    later = {a.name: a.party for a in enrich_actors([joined], "2017-01-29", gazetteer)}
    assert later["Manuel Valls"] == "Renaissance"  # the article's own claim wins


def test_the_pipeline_checks_what_any_extractor_returns():
    article = Article(article_id("x"), "2022-01-10", "t", "x")
    raw = Extraction(
        article,
        claims=[
            claim("Paul Girard", "SUPPORTS", "Anne Hidalgo"),
            claim("Paul Girard", "MEMBER_OF", "Anne Hidalgo"),
        ],
    )
    result = checked(raw)
    assert [c.relation for c in result.claims] == ["SUPPORTS"]
    assert [(d.reason, d.rule) for d in result.dropped] == [("kind check", "unknown")]
    clean = checked(result)
    assert clean is result  # an extraction already validated passes untouched


def test_the_cue_lexicon_is_injected(extractor, tmp_path):
    cues = tmp_path / "cues.toml"
    cues.write_text(
        CUES_FILE.read_text(encoding="utf-8")
        + '\n[[verb]]\nrelation = "SUPPORTS"\nlemmas = ["adorer"]\nobjects = [""]\n'
        'negated = "REJECTS"\n',
        encoding="utf-8",
    )
    text = "Titre\n\nPaul Girard adore Anne Hidalgo."
    article = Article(article_id(text), "2022-01-10", "Titre", text)
    own = Extractor(extractor.nlp, extractor.gazetteer, load_lexicon(cues))
    assert [c.relation for c in own.run(article).claims] == ["SUPPORTS"]
    assert extractor.run(article).claims == []


def test_extractor_specs(annotated):
    assert isinstance(extractor_from_spec("rules"), Extractor)
    assert isinstance(extractor_from_spec(f"annotations={annotated}"), AnnotationExtractor)
    assert isinstance(extractor_from_spec("alliancegraph.loaders.extractor:Extractor"), Extractor)
    for spec, message in [
        ("nothing", "expected rules"),
        ("os:getcwd", "not an extractor"),
        ("alliancegraph.loaders.annotations:AnnotationExtractor", "missing 1 required"),
        ("no_such_module:x", "No module named"),
    ]:
        with pytest.raises(ExtractorSpecError, match=message):
            extractor_from_spec(spec)


def test_load_from_the_shell_with_hand_annotations(dev_corpus, tmp_path):
    gold = dev_corpus / "gold.json"
    args = [
        "load",
        str(dev_corpus),
        "--db",
        str(tmp_path / "g.db"),
        "--format",
        "json",
        "--extractor",
        f"annotations={gold}",
    ]
    result = runner.invoke(app, args)
    assert result.exit_code == 0, result.output
    required = sum(len(a["edges"]) for a in json.loads(gold.read_text())["articles"])
    assert json.loads(result.stdout)["claims"] == required
    bad = runner.invoke(
        app,
        [
            "load",
            str(dev_corpus),
            "--db",
            str(tmp_path / "h.db"),
            "--extractor",
            "annotations=missing.json",
        ],
    )
    assert bad.exit_code == 1 and "missing.json" in bad.stderr
