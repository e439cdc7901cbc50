"""Parties of every period (1995-2026) as the news names them: the small parties of the
right, the centre and the far left, the coalitions and their group names, each found by its
name, its short form or its abbreviation in parentheses; and the traps where a party's name
must not make a membership (a former role, a party named as a word of the sentence)."""

from __future__ import annotations

import pytest

from alliancegraph.model import Article
from alliancegraph.ontology.gazetteer import load_gazetteer


def members(extractor, text: str, date: str = "2019-06-01") -> set[tuple[str, str]]:
    article = Article(id="t", date=date, title="", text=text)
    return {
        (c.subject, c.object) for c in extractor.run(article).claims if c.relation == "MEMBER_OF"
    }


@pytest.mark.parametrize(
    ("text", "member", "date"),
    [
        (
            "Paul Verdier (MPF) a répondu à la presse.",
            ("Paul Verdier", "Mouvement pour la France"),
            "2009-05-01",
        ),
        (
            "Paul Verdier, du CNIP, a signé l'appel.",
            ("Paul Verdier", "Centre national des indépendants et paysans"),
            "2017-03-01",
        ),
        (
            "Le président du Parti chrétien-démocrate, Paul Verdier, votera pour la liste.",
            ("Paul Verdier", "Parti chrétien-démocrate"),
            "2019-06-01",
        ),
        (
            "Nadia Karim, présidente de Soyons libres, a répondu.",
            ("Nadia Karim", "Soyons libres"),
            "2019-06-01",
        ),
        (
            "Nadia Karim (Résistons !) a dénoncé la réforme.",
            ("Nadia Karim", "Résistons !"),
            "2021-11-01",
        ),
        (
            "Nadia Karim, déléguée de République solidaire, a répondu.",
            ("Nadia Karim", "République solidaire"),
            "2011-02-01",
        ),
        (
            "La députée Ensemble Nadia Karim a voté le texte.",
            ("Nadia Karim", "En Marche"),
            "2023-03-01",
        ),
        (
            "Nadia Karim, secrétaire nationale de Lutte ouvrière, a parlé.",
            ("Nadia Karim", "Lutte ouvrière"),
            "2007-03-01",
        ),
        ("Paul Verdier (Cap21) soutient la liste.", ("Paul Verdier", "Cap21"), "2014-03-01"),
        (
            "Paul Verdier, du Parti de la France, a répondu.",
            ("Paul Verdier", "Parti de la France"),
            "2012-03-01",
        ),
        (
            "Nadia Karim (Les Écologistes) a voté contre.",
            ("Nadia Karim", "Europe Écologie Les Verts"),
            "2024-01-01",
        ),
    ],
)
def test_the_parties_of_every_period_are_known(extractor, text, member, date):
    assert member in members(extractor, text, date)


def test_every_party_has_a_camp_and_a_colour():
    for party in load_gazetteer().parties:
        assert party.camp in {"far-left", "left", "green", "centre", "right", "far-right"}, party
        assert party.color.startswith("#") and len(party.color) == 7, party


@pytest.mark.parametrize(
    "text",
    [
        "Paul Verdier, ancien président du CNIP, a répondu.",
        "L'ancien candidat FN Paul Verdier a rejoint la liste.",
        "Ensemble, Paul Verdier et Nadia Karim ont voté contre.",
    ],
)
def test_a_former_role_or_a_common_word_makes_no_membership(extractor, text):
    assert members(extractor, text) == set()
