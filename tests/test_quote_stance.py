"""Stance carried by a quotation: a condemnation of the actor it names is a REJECTS by the
speaker; negation, hypothesis, a victim rather than a doer, or two doers give nothing."""

from __future__ import annotations

import pytest

from alliancegraph.model import Article


def edges(extractor, text: str, date: str = "2021-05-04") -> set[tuple[str, str, str]]:
    article = Article(id="t", date=date, title="", text=text)
    return {(c.subject, c.relation, c.object) for c in extractor.run(article).claims}


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
