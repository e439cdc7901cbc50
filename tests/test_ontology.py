"""The vocabulary is data: the Turtle ontology and the gazetteer are the one source of truth."""

from __future__ import annotations

import re

import pytest
from rdflib import Graph

from alliancegraph.ontology import (
    ONTOLOGY_FILE,
    UnknownRelationError,
    label_for,
    relation,
    relation_names,
)
from alliancegraph.ontology.gazetteer import fold, load_gazetteer


def test_the_six_relations_come_from_the_turtle_file_in_order():
    assert relation_names() == (
        "SUPPORTS",
        "REJECTS",
        "INVITED_TO_RALLY",
        "TEMPTED_BY",
        "MEMBER_OF",
        "SPOKESPERSON_OF",
    )
    graph = Graph().parse(ONTOLOGY_FILE)
    assert len(graph) > 100


def test_polarity_signs_colours_and_cameo_codes():
    supports, rejects, invited = (
        relation("SUPPORTS"),
        relation("REJECTS"),
        relation("INVITED_TO_RALLY"),
    )
    assert (supports.sign, rejects.sign, invited.sign, relation("TEMPTED_BY").sign) == (1, -1, 1, 0)
    assert (supports.cameo, rejects.cameo, invited.cameo) == ("051", "12", "026")
    assert supports.label_fr == "soutient" and relation("TEMPTED_BY").label_en == "tempted by"
    assert supports.rgb == (48, 48, 208)
    assert relation("MEMBER_OF").object_kinds == ("party",)


def test_names_outside_the_whitelist_are_refused():
    with pytest.raises(UnknownRelationError, match="unknown relation 'KNOWS'"):
        relation("KNOWS")
    injected = "Person`) DETACH"
    with pytest.raises(UnknownRelationError, match=re.escape(f"actor kind {injected!r}")):
        label_for(injected)
    assert label_for("party") == "Party"


def test_gazetteer_lookup_is_accent_and_case_insensitive():
    gazetteer = load_gazetteer()
    assert fold("Jean-Luc MÉLENCHON") == "jean luc melenchon"
    assert gazetteer.party("PS").name == "Parti socialiste"
    assert gazetteer.party("europe ecologie-les verts").short == "EELV"
    assert gazetteer.party_by_adjective("écologistes").name == "Europe Écologie Les Verts"
    assert gazetteer.party("La France insoumise").is_left
    assert not gazetteer.party("Les Républicains").is_left


def test_an_analyst_file_is_layered_on_top(tmp_path, monkeypatch):
    mine = tmp_path / "mine.toml"
    mine.write_text(
        '[[person]]\nname = "Claire Dumoulin"\ngender = "f"\n'
        'memberships = [{ party = "Parti socialiste", from = "2015" }]\n',
        encoding="utf-8",
    )
    monkeypatch.setenv("ALLIANCEGRAPH_GAZETTEER", str(mine))
    load_gazetteer.cache_clear()
    try:
        person = load_gazetteer().person("Dumoulin")
        assert person.name == "Claire Dumoulin"
        assert person.party_at("2017-01-29") == "Parti socialiste"
        assert person.party_at("2014-06") is None
    finally:
        load_gazetteer.cache_clear()
