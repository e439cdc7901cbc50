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


def test_a_mark_glued_to_the_next_sentence_ends_it():
    text = "Elle mènera la liste dans le Val (94).Suite à cet accord, Paul Girard se retire."
    assert sentences(text) == [
        "Elle mènera la liste dans le Val (94).",
        "Suite à cet accord, Paul Girard se retire.",
    ]
    assert len(sentences("Il a quitté le parti.C'est fini pour lui.")) == 2


def test_glued_marks_inside_names_labels_and_numbers_do_not_split():
    text = (
        "Le mouvement Génération.S de Paul Girard, M.Dupont et J.-L. Mélenchon ont obtenu "
        "2,6 % et 3.5 points à St. Maur (PS)."
    )
    assert len(sentences(text)) == 1


def test_french_closing_guillemet_after_the_mark_ends_the_sentence():
    assert sentences("« Je reste loyal. » À l'inverse, Paul Girard part.") == [
        "« Je reste loyal. »",
        "À l'inverse, Paul Girard part.",
    ]
    # with the no-break space French typography puts inside guillemets
    assert len(sentences("« Jamais.\u00a0» Claire Dumoulin est partie.")) == 2
    # an incise after the quotation stays with it
    assert len(sentences("« Je reste loyal. » a-t-il assuré.")) == 1


def test_each_bullet_line_is_a_sentence():
    text = (
        "Voici les accords :\n"
        "- Dans le Val (94), c'est Paul Girard qui conduit la liste.\n"
        "• En Essonne, c'est Claire Dumoulin qui la conduit"
    )
    found = sentences(text)
    assert len(found) == 3
    assert found[1].startswith("- Dans le Val") and found[2].startswith("• En Essonne")


def test_a_heading_line_without_a_mark_is_not_glued_to_the_next_line():
    text = (
        "Le maire amer\nPaul Girard dénonce la décision.\nLE RETOUR DE CLAIRE DUMOULIN\n"
        "Elle revient."
    )
    assert sentences(text) == [
        "Le maire amer",
        "Paul Girard dénonce la décision.",
        "LE RETOUR DE CLAIRE DUMOULIN",
        "Elle revient.",
    ]


def test_wrapped_lines_stay_one_sentence():
    # a text wrapped inside its sentences (a line goes on in lower case): breaks are not ends
    text = "Il a parlé longuement avec\nJean Girard du PS et de la\nsituation du parti."
    assert len(sentences(text)) == 1
    # a line that ends on a comma or a word that cannot end a heading runs on, whatever the
    # layout
    assert len(sentences("Paul Girard, Claire Dumoulin,\nMarc Leroy sont là.")) == 1
    assert len(sentences("Il a longuement parlé avec\nJean Girard du PS.")) == 1
