"""SUPPORTS from verbs, verbal nouns, appositions and predicates, on held-out sentences."""

from __future__ import annotations

import pytest
from fixtures_extract import claim_triples


def edges(extractor, text: str, date: str = "2021-11-15") -> set[tuple[str, str, str]]:
    return claim_triples(extractor, text, date)


CASES = [
    (
        "Claire Dumoulin, députée socialiste, a annoncé mardi qu'elle soutiendrait Anne Hidalgo.",
        ("Claire Dumoulin", "SUPPORTS", "Anne Hidalgo"),
    ),
    (
        "Le sénateur Pierre Valmont a apporté son soutien à Valérie Pécresse.",
        ("Pierre Valmont", "SUPPORTS", "Valérie Pécresse"),
    ),
    (
        "Jacques Bernier s'est rallié à Éric Zemmour jeudi soir.",
        ("Jacques Bernier", "SUPPORTS", "Éric Zemmour"),
    ),
    (
        "Julien Marchal appelle à voter pour Yannick Jadot dès le premier tour.",
        ("Julien Marchal", "SUPPORTS", "Yannick Jadot"),
    ),
    (
        "Thomas Lenoir, proche de Xavier Bertrand, estime que la droite doit se rassembler.",
        ("Thomas Lenoir", "SUPPORTS", "Xavier Bertrand"),
    ),
    (
        "Fidèle de Laurent Wauquiez, Marc Delorme a quitté la réunion avant la fin.",
        ("Marc Delorme", "SUPPORTS", "Laurent Wauquiez"),
    ),
    (
        "L'ancienne ministre Nathalie Garnier a rejoint Édouard Philippe cet été.",
        ("Nathalie Garnier", "SUPPORTS", "Édouard Philippe"),
    ),
    (
        "Nadia Karim fera campagne pour Marine Tondelier aux élections européennes.",
        ("Nadia Karim", "SUPPORTS", "Marine Tondelier"),
    ),
    (
        "« Mon candidat, c'est Fabien Roussel », a lancé Hugo Marchand devant les militants.",
        ("Hugo Marchand", "SUPPORTS", "Fabien Roussel"),
    ),
    (
        "Malgré les critiques, Paul Girard reste aux côtés de Jean-Luc Mélenchon.",
        ("Paul Girard", "SUPPORTS", "Jean-Luc Mélenchon"),
    ),
    (
        "Anne Morel, partisane de Bruno Retailleau, a quitté la salle en silence.",
        ("Anne Morel", "SUPPORTS", "Bruno Retailleau"),
    ),
    (
        "Vincent Lacombe votera Valérie Pécresse au premier tour.",
        ("Vincent Lacombe", "SUPPORTS", "Valérie Pécresse"),
    ),
    (
        "Sophie Arnaud est désormais une proche de Raphaël Glucksmann.",
        ("Sophie Arnaud", "SUPPORTS", "Raphaël Glucksmann"),
    ),
    (
        "Le maire de Rennes a reçu jeudi le soutien de Julien Bayou.",
        None,
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_supports(extractor, text, expected):
    found = edges(extractor, text)
    if expected is None:
        assert not {e for e in found if e[1] == "SUPPORTS"}
    else:
        assert expected in found


def test_supports_subject_of_a_coordinated_verb(extractor):
    found = edges(extractor, "Hélène Vasseur renonce et se rallie à Yannick Jadot.")
    assert ("Hélène Vasseur", "SUPPORTS", "Yannick Jadot") in found
    assert not {e for e in found if e[1] == "REJECTS"}


def test_purpose_clause_is_not_a_refusal(extractor):
    text = "Louis Perret a retiré sa candidature pour soutenir Anne Hidalgo."
    found = edges(extractor, text)
    assert ("Louis Perret", "SUPPORTS", "Anne Hidalgo") in found
    assert ("Louis Perret", "REJECTS", "Anne Hidalgo") not in found


def test_comma_does_not_chain_objects_across_clauses(extractor):
    text = "Primaire : Lemoine appelle à voter Hidalgo, Faure dénonce des « promesses »"
    found = edges(extractor, text)
    assert not {e for e in found if e[2] in {"Olivier Faure", "Faure"}}


@pytest.mark.parametrize(
    "text",
    [
        "Hélène Morel a reçu son lieutenant Yann Castel.",
        "Hélène Morel et son bras droit, Yann Castel, ont réagi.",
    ],
)
def test_a_possessive_noun_of_allegiance_supports_the_possessor(extractor, text):
    assert ("Yann Castel", "SUPPORTS", "Hélène Morel") in edges(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        "Hélène Morel a reçu son ancien lieutenant Yann Castel.",
        "Hélène Morel a reçu son adversaire Yann Castel.",
        "Son lieutenant Yann Castel a réagi.",
    ],
)
def test_no_support_from_a_former_or_unowned_possessive(extractor, text):
    assert not {e for e in edges(extractor, text) if e[1] == "SUPPORTS"}
