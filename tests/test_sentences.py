"""The sentence-boundary component placed before the parser."""

from __future__ import annotations

from alliancegraph.loaders.nlp import SENTENCE_COMPONENT, load_nlp


def sentences(text: str) -> list[str]:
    return [s.text.strip() for s in load_nlp()(text).sents]


def test_component_runs_before_the_parser_and_keeps_the_morphologizer():
    names = load_nlp().pipe_names
    assert names.index(SENTENCE_COMPONENT) < names.index("parser")
    assert "morphologizer" in names


def test_blank_line_ends_the_headline():
    assert sentences("Titre sans point\n\nLaurence Rossignol est venue.") == [
        "Titre sans point",
        "Laurence Rossignol est venue.",
    ]


def test_terminal_mark_then_capital_or_quote():
    text = "Il est parti. « Je reste », dit-elle ! Puis elle est sortie… Elle revient."
    assert sentences(text) == [
        "Il est parti.",
        "« Je reste », dit-elle !",
        "Puis elle est sortie…",
        "Elle revient.",
    ]


def test_no_split_inside_names_or_after_abbreviations():
    text = "M. Jean-Luc Mélenchon et Laurence Rossignol ont parlé avec J. Dupont hier soir."
    assert len(sentences(text)) == 1


def test_no_split_before_lower_case():
    assert len(sentences("Il a dit non. et puis il est reparti.")) == 1


def test_closing_quote_after_the_period():
    text = 'Il a dit "je viens." Selon lui, rien ne presse.'
    assert sentences(text) == ['Il a dit "je viens."', "Selon lui, rien ne presse."]
