"""Stance carried by a quotation: a condemnation of the actor it names is a REJECTS by the
speaker; negation, hypothesis, a victim rather than a doer, or two doers give nothing."""

from __future__ import annotations

import pytest
from fixtures_extract import claim_triples


def edges(extractor, text: str, date: str = "2021-05-04") -> set[tuple[str, str, str]]:
    return claim_triples(extractor, text, date)


CONDEMNATIONS = [
    (
        "« Renaud Muselier a vendu la région à Emmanuel Macron, c'est une trahison », "
        "a dénoncé Éric Ciotti.",
        ("Éric Ciotti", "REJECTS", "Renaud Muselier"),
    ),
    (
        "Nadia Karim s'en est prise au maire : « Paul Verdier a pactisé avec ceux qu'il "
        "combattait. Il a trahi ses électeurs », a-t-elle lancé.",
        ("Nadia Karim", "REJECTS", "Paul Verdier"),
    ),
    (
        "« Anne Morel joue sa carte personnelle, c'est irresponsable », a estimé Paul Verdier.",
        ("Paul Verdier", "REJECTS", "Anne Morel"),
    ),
    (
        "« Le Parti socialiste fait le jeu de la droite », a tranché Nadia Karim.",
        ("Nadia Karim", "REJECTS", "Parti socialiste"),
    ),
]


@pytest.mark.parametrize(("text", "edge"), CONDEMNATIONS)
def test_a_condemning_quote_is_a_rejection_by_its_speaker(extractor, text, edge):
    assert edge in edges(extractor, text)


NOT_CONDEMNATIONS = [
    "« Renaud Muselier n'a jamais trahi personne », a répondu Éric Ciotti.",
    "« Ce serait une erreur de lâcher Renaud Muselier », a estimé Éric Ciotti.",
    "« Renaud Muselier a eu raison, la faute revient à Emmanuel Macron », a déclaré Éric Ciotti.",
    "« Renaud Muselier a-t-il trahi ses électeurs ? », a demandé Éric Ciotti.",
]


@pytest.mark.parametrize("text", NOT_CONDEMNATIONS)
def test_negated_hypothetical_or_ambiguous_quotes_give_no_rejection(extractor, text):
    assert ("Éric Ciotti", "REJECTS", "Renaud Muselier") not in edges(extractor, text)


# --- a denial that is itself a condemnation: « X n'a aucune légitimité » ---------------------

DENIALS = [
    (
        "Anne Ricard : « Hugo Lestrade n'a aucune légitimité. »",
        ("Anne Ricard", "REJECTS", "Hugo Lestrade"),
    ),
    (
        "« Claire Fontanel n'est pas digne de diriger la ville », a lancé Marc Delorme.",
        ("Marc Delorme", "REJECTS", "Claire Fontanel"),
    ),
    (
        "« Paul Arnaud ne représente plus rien », tacle Sophie Lemoine.",
        ("Sophie Lemoine", "REJECTS", "Paul Arnaud"),
    ),
    (
        "« Hugo Lestrade n'est pas à la hauteur de la fonction », a estimé Anne Ricard.",
        ("Anne Ricard", "REJECTS", "Hugo Lestrade"),
    ),
]


@pytest.mark.parametrize(("text", "edge"), DENIALS)
def test_a_denial_of_worth_is_a_rejection_by_its_speaker(extractor, text, edge):
    assert edge in edges(extractor, text)


DENIAL_TRAPS = [
    # the denial itself denied, a hypothesis, a question
    (
        "« Je ne dis pas que Paul Arnaud n'a aucune légitimité », a nuancé Sophie Lemoine.",
        "Sophie Lemoine",
        "Paul Arnaud",
    ),
    (
        "« Si Claire Fontanel perdait, elle n'aurait aucune légitimité », a dit Marc Delorme.",
        "Marc Delorme",
        "Claire Fontanel",
    ),
    (
        "« Hugo Lestrade n'a aucune légitimité ? », s'interroge Anne Ricard.",
        "Anne Ricard",
        "Hugo Lestrade",
    ),
]


@pytest.mark.parametrize(("text", "speaker", "named"), DENIAL_TRAPS)
def test_a_denial_denied_or_in_doubt_is_no_rejection(extractor, text, speaker, named):
    assert (speaker, "REJECTS", named) not in edges(extractor, text)
