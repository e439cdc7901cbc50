"""Stances as news writes them, sixth round: public rebukes and falling out with someone.

A minister who "recadre" a colleague, a leader who "tance" or "égratigne" a rival, two
politicians "brouillés" or "en froid": news reports hostility with these words as often as with
"critiquer". Each family has phrasings of our own and traps (negation, a hypothetical) that must
not produce the edge. The words live in ``ontology/cues.toml``; these tests say what they mean.
"""

from __future__ import annotations

import pytest
from fixtures_extract import claim_triples


def edges(extractor, text: str) -> set[tuple[str, str, str]]:
    return claim_triples(extractor, text, "2019-06-01")


# --- rebuking someone in public: REJECTS the one rebuked ------------------------------------

REBUKES = [
    (
        "Le député Luc Garnier a sèchement recadré Hélène Varin mardi.",
        ("Luc Garnier", "REJECTS", "Hélène Varin"),
    ),
    (
        "Devant les militants, Marc Soulier a tancé Julie Perret pour son manque de loyauté.",
        ("Marc Soulier", "REJECTS", "Julie Perret"),
    ),
    (
        "Dans un entretien, Sophie Lenoir égratigne Paul Caradec sans le ménager.",
        ("Sophie Lenoir", "REJECTS", "Paul Caradec"),
    ),
]


@pytest.mark.parametrize(("text", "edge"), REBUKES)
def test_a_public_rebuke_rejects_the_one_rebuked(extractor, text, edge):
    assert edge in edges(extractor, text)


def test_a_rebuke_denied_is_no_rejection(extractor):
    found = edges(extractor, "Karim Haddad n'a pas recadré Émilie Fontaine.")
    assert ("Karim Haddad", "REJECTS", "Émilie Fontaine") not in found


# --- falling out with someone: REJECTS, read from the one who fell out -------------------

FALLING_OUT = [
    (
        "Depuis le congrès, Henri Massol s'est brouillé avec Claire Aubin.",
        ("Henri Massol", "REJECTS", "Claire Aubin"),
    ),
    (
        "Aline Roussel est désormais en froid avec Thomas Gilbert.",
        ("Aline Roussel", "REJECTS", "Thomas Gilbert"),
    ),
    (
        "Yves Carrel est fâché avec Nadia Berthe depuis les régionales.",
        ("Yves Carrel", "REJECTS", "Nadia Berthe"),
    ),
    (
        "Marie Delorme est à couteaux tirés avec Jean Brunet.",
        ("Marie Delorme", "REJECTS", "Jean Brunet"),
    ),
]


@pytest.mark.parametrize(("text", "edge"), FALLING_OUT)
def test_falling_out_with_someone_rejects_them(extractor, text, edge):
    assert edge in edges(extractor, text)


def test_never_having_fallen_out_is_no_rejection(extractor):
    found = edges(extractor, "Bernard Tissot ne s'est jamais brouillé avec Léa Moreau.")
    assert ("Bernard Tissot", "REJECTS", "Léa Moreau") not in found
