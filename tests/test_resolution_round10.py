"""Membership reached through something else, tenth round: the party a name belongs to is
given by a founding, a possessive or a "party of" phrase rather than by a label glued to it.

Mechanisms of ``loaders/descriptions.py``, none keyed to one cue's wording:

- a party followed by "de" and a person may open the sentence, a headline's usual word order
  ("P de X lance …", ``_party_of``);
- a party founded by a person, through a participle after the party ("le mouvement P fondé
  par X", ``_led_by``) or a founding noun ("la création de P par X", ``_founding_of``), is
  that person's, unless the gazetteer says the founder has left it since (``_left_since``);
- a membership role after "son" / "sa" / "leur" belongs to the one party named before it in
  the sentence, wherever it sits ("… a été votée par les militants UDI, et leur président,
  X"), or named as the adjective of one of its units ("la fédération socialiste … ; son
  premier secrétaire, X"), or to the one party of the previous sentence when the possessive
  opens the sentence (``_owning_party``); never when a person or another possible owner is
  named before it;
- "le parti de X", "le mouvement de X et de Y", with no party named: the party the gazetteer
  knows X in at the article's date (``_unnamed_party_of``); nothing for a former party or a
  person whose membership has ended.
"""

from __future__ import annotations

import pytest
from fixtures_extract import claim_triples


def members(extractor, text: str, date: str = "2022-06-01") -> set[tuple[str, str]]:
    return {(s, o) for s, r, o in claim_triples(extractor, text, date) if r == "MEMBER_OF"}


# --- a party then "de" and its person, opening the sentence -----------------------------------


@pytest.mark.parametrize(
    ("text", "member"),
    [
        (
            "Génération.s de Benoît Hamon présente ses candidats aux européennes",
            ("Benoît Hamon", "Génération.s"),
        ),
        (
            "Debout la France de Nicolas Dupont-Aignan refuse de se ranger derrière la droite",
            ("Nicolas Dupont-Aignan", "Debout la France"),
        ),
        (
            "Horizons d'Édouard Philippe prépare son congrès de rentrée à Angers.",
            ("Édouard Philippe", "Horizons"),
        ),
    ],
)
def test_a_party_of_a_person_may_open_a_headline(extractor, text, member):
    assert member in members(extractor, text)


# --- a party founded by a person ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "member"),
    [
        (
            "Le parti Place publique fondé par Raphaël Glucksmann présentera sa propre liste.",
            ("Raphaël Glucksmann", "Place publique"),
        ),
        (
            "Le mouvement Horizons, créé par Édouard Philippe, réunit ses militants à Lille.",
            ("Édouard Philippe", "Horizons"),
        ),
        (
            "Un accord reste possible depuis la création de « Place publique » par Raphaël "
            "Glucksmann, juge un élu.",
            ("Raphaël Glucksmann", "Place publique"),
        ),
        (
            "Le lancement du mouvement Agir par Franck Riester a surpris ses anciens amis.",
            ("Franck Riester", "Agir"),
        ),
    ],
)
def test_a_party_founded_by_a_person_is_theirs(extractor, text, member):
    assert member in members(extractor, text)


def test_a_founder_who_has_left_the_party_since_is_no_member(extractor):
    text = "La création du Front national par Jean-Marie Le Pen remonte à 1972."
    assert ("Jean-Marie Le Pen", "Front national") not in members(extractor, text, "2019-03-01")
    assert ("Jean-Marie Le Pen", "Front national") in members(extractor, text, "2011-05-01")


# --- a possessive role owned by the one party named before it ------------------------------


@pytest.mark.parametrize(
    ("text", "member"),
    [
        (
            "Une liste commune UDI a été votée dimanche par les adhérents du parti centriste "
            "réunis à Lyon, et leur président, Paul Verdier, a promis une campagne offensive.",
            ("Paul Verdier", "Union des démocrates et indépendants"),
        ),
        (
            "La candidature commune a été saluée par le PS, et son premier secrétaire, Marc "
            "Lefol, a appelé au rassemblement.",
            ("Marc Lefol", "Parti socialiste"),
        ),
        (
            "La fédération socialiste a saisi la commission ; son premier secrétaire, Marc "
            "Lefol, dénonce une trahison.",
            ("Marc Lefol", "Parti socialiste"),
        ),
        (
            "Samedi, les militants du MoDem ont approuvé l'alliance à une large majorité, et "
            "leur porte-parole, Lucie Maret, y voit un signal.",
            ("Lucie Maret", "Mouvement démocrate"),
        ),
        (
            "Le texte a été adopté par le conseil national du PCF. Sa porte-parole, Anne Morel, "
            "parle d'une victoire.",
            ("Anne Morel", "Parti communiste français"),
        ),
    ],
)
def test_a_possessive_role_belongs_to_the_one_party_named_before(extractor, text, member):
    assert member in members(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        "Le maire socialiste a présenté son adjoint, Paul Verdier, aux habitants.",
        "Le PS a perdu la mairie. Le nouveau maire a nommé son adjoint, Paul Verdier.",
        "Le PS et LR ont signé un accord, et leur candidat, Paul Verdier, conduira la liste.",
        "Le PS a salué Anne Morel et son porte-parole, Paul Verdier.",
        "Le PS a félicité la majorité municipale et son porte-parole, Paul Verdier.",
        "Le PS a critiqué la gestion du maire, et son porte-parole, Paul Verdier, a répondu.",
    ],
)
def test_another_possible_owner_keeps_the_party_out(extractor, text):
    assert not {m for m in members(extractor, text) if m[0] == "Paul Verdier"}


# --- "le parti de X" with no party named --------------------------------------------------


@pytest.mark.parametrize(
    ("text", "date", "member"),
    [
        (
            "Le bon score des écologistes devrait aider le parti de Cécile Duflot à peser.",
            "2014-03-30",
            ("Cécile Duflot", "Europe Écologie Les Verts"),
        ),
        (
            "Le conseiller municipal a quitté le parti de Marine Le Pen en novembre.",
            "2022-02-16",
            ("Marine Le Pen", "Front national"),
        ),
        (
            "Le mouvement de Jean-Luc Mélenchon et de Manuel Bompard refuse tout accord.",
            "2023-05-01",
            ("Manuel Bompard", "La France insoumise"),
        ),
        (
            "Les élus de la formation de Nicolas Dupont-Aignan voteront contre le texte.",
            "2019-03-01",
            ("Nicolas Dupont-Aignan", "Debout la France"),
        ),
    ],
)
def test_the_party_of_a_person_is_the_one_they_are_in_at_the_date(extractor, text, date, member):
    assert member in members(extractor, text, date)


@pytest.mark.parametrize(
    "text",
    [
        "Le maire a rejoint l'ancien parti de Jean-Marie Le Pen.",
        "Le maire a rejoint le parti de Jean-Marie Le Pen.",
        "On a vu un mouvement de Jean-Marie Le Pen vers la tribune.",
    ],
)
def test_no_party_of_a_person_whose_membership_ended(extractor, text):
    assert ("Jean-Marie Le Pen", "Front national") not in members(extractor, text, "2019-03-01")


# --- a demonstrative standing for a role or a list written before it ------------------------


@pytest.mark.parametrize(
    ("text", "member"),
    [
        (
            "Le candidat socialiste, Paul Verdier, et celui des Verts, Marc Lefol, appellent à "
            "voter pour elle.",
            ("Marc Lefol", "Europe Écologie Les Verts"),
        ),
        (
            "Le maire LR, Paul Verdier, et celle du PS, Lucie Maret, débattront jeudi.",
            ("Lucie Maret", "Parti socialiste"),
        ),
        (
            "Après la députée communiste Anne Morel, c'est celui de LFI, Karim Benali, qui a pris "
            "la parole.",
            ("Karim Benali", "La France insoumise"),
        ),
        (
            "La liste du PS obtient 20 %, celle de La France insoumise menée par Karim Benali "
            "11 %.",
            ("Karim Benali", "La France insoumise"),
        ),
    ],
)
def test_a_demonstrative_stands_for_the_role_written_before_it(extractor, text, member):
    assert member in members(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        "Le programme du PS et celui de LR, Paul Verdier, divergent.",
        "L'ancien maire PS, Marc Lefol, et celui de LR, Paul Verdier, se sont serré la main.",
    ],
)
def test_a_demonstrative_for_a_thing_or_a_former_role_gives_no_membership(extractor, text):
    assert ("Paul Verdier", "Les Républicains") not in members(extractor, text)
