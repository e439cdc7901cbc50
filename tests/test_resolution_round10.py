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
- "le parti de X", "le mouvement de X et de Y", with no party named, and a role in it
  ("figure du parti de X"): the party the gazetteer knows X in at the article's date
  (``_unnamed_party_of``, ``_person_party``); nothing for a former party, a person whose
  membership has ended, or inside a quotation;
- a demonstrative standing for a role or a list written before it ("celui des Verts, X",
  "celle de LFI menée par X": ``_elided_role``, ``_elided_noun``);
- a party described by a relative whose subject founded it ("P, le parti que lance X",
  ``_founded_relative``);
- an office of a party's local unit written alone ("le secrétaire fédéral, X"), in the one
  party named in that sentence or the one before (``_office_party``);
- a plural title before several names joined by "et" ("les deux porte-parole du PS, A et B")
  holds for each (``_listed_after``), never when the name is the title's own complement;
- a list labelled by a party and owned by a person ("la liste insoumise de X", ``_list_of``).
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
    ("text", "member"),
    [
        (
            "Parmi eux, Paul Verdier, adjoint au maire et figure locale du parti de François "
            "Bayrou, est venu écouter.",
            ("Paul Verdier", "Mouvement démocrate"),
        ),
        (
            "La porte-parole du mouvement de Jean-Luc Mélenchon, Lucie Maret, a répondu.",
            ("Lucie Maret", "La France insoumise"),
        ),
        (
            "Marc Lefol, élu municipal de la formation de Nicolas Dupont-Aignan, votera contre.",
            ("Marc Lefol", "Debout la France"),
        ),
    ],
)
def test_a_role_in_the_party_of_a_person_is_a_membership(extractor, text, member):
    assert member in members(extractor, text, "2019-03-01")


def test_a_former_role_in_the_party_of_a_person_is_none(extractor):
    text = "Marc Lefol, ancien cadre du parti de Nicolas Dupont-Aignan, votera pour elle."
    assert ("Marc Lefol", "Debout la France") not in members(extractor, text, "2019-03-01")


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


def test_the_party_of_a_person_inside_a_quotation_is_no_membership(extractor):
    text = "« Je ne discute pas avec le parti de Marine Le Pen », a lancé le maire."
    assert ("Marine Le Pen", "Front national") not in members(extractor, text, "2022-02-16")




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


# --- a party described by a relative whose subject founded it --------------------------------


@pytest.mark.parametrize(
    ("text", "member"),
    [
        (
            "Il a adhéré en mai à Agir, le parti que lancent Franck Riester et ses amis.",
            ("Franck Riester", "Agir"),
        ),
        (
            "Elle a rejoint Horizons, le mouvement qu'a fondé Édouard Philippe, en janvier.",
            ("Édouard Philippe", "Horizons"),
        ),
        (
            "Il milite à Reconquête, la formation qu'Éric Zemmour a créée en 2021.",
            ("Éric Zemmour", "Reconquête"),
        ),
    ],
)
def test_a_party_a_relative_says_a_person_founded_is_theirs(extractor, text, member):
    assert member in members(extractor, text)


def test_a_relative_with_another_verb_gives_no_membership(extractor):
    text = "Il milite à Reconquête, le parti qu'Éric Ciotti critique souvent."
    assert ("Éric Ciotti", "Reconquête") not in members(extractor, text)


# --- an office of a party's local unit, with the party named just before ------------------


@pytest.mark.parametrize(
    ("text", "member"),
    [
        (
            "La conférence départementale du PCF a voté pour soutenir Jean-Luc Mélenchon. Le "
            "secrétaire fédéral, Paul Verdier, qui voulait un candidat communiste, prend acte.",
            ("Paul Verdier", "Parti communiste français"),
        ),
        (
            "Les Républicains ont réuni leurs cadres samedi à Nice. La présidente "
            "départementale, Lucie Maret, a appelé au calme.",
            ("Lucie Maret", "Les Républicains"),
        ),
        (
            "Reste le Front national. Qualifié avec 16 %, son chef de file régional, Paul "
            "Verdier, maintient sa liste.",
            ("Paul Verdier", "Front national"),
        ),
        (
            "Au PS, la fronde gagne du terrain ; le premier fédéral, Marc Lefol, temporise.",
            ("Marc Lefol", "Parti socialiste"),
        ),
    ],
)
def test_an_office_of_a_local_unit_is_held_in_the_party_just_named(extractor, text, member):
    assert member in members(extractor, text, "2020-06-01")


@pytest.mark.parametrize(
    "text",
    [
        "Le PS et LR ont réuni leurs cadres. Le président départemental, Paul Verdier, a parlé.",
        "Les Républicains ont tenu congrès. Le président de la fédération des chasseurs, Paul "
        "Verdier, a parlé.",
    ],
)
def test_an_office_with_two_parties_before_or_another_body_is_no_membership(extractor, text):
    assert not {m for m in members(extractor, text, "2020-06-01") if m[0] == "Paul Verdier"}


# --- a plural title before several names, and a list owned by a person ----------------------


@pytest.mark.parametrize(
    ("text", "edges"),
    [
        (
            "Les deux porte-parole du PS, Anne Morel et Paul Verdier, ont signé le texte.",
            {
                ("Paul Verdier", "MEMBER_OF", "Parti socialiste"),
                ("Paul Verdier", "SPOKESPERSON_OF", "Parti socialiste"),
            },
        ),
        (
            "Dès mardi, les porte-parole d'EELV Anne Morel et Paul Verdier ont publié un "
            "communiqué.",
            {("Paul Verdier", "SPOKESPERSON_OF", "Europe Écologie Les Verts")},
        ),
        (
            "Ses conseillers régionaux communistes, Anne Morel, Marc Lefol et Paul Verdier, "
            "voteront le budget.",
            {("Paul Verdier", "MEMBER_OF", "Parti communiste français")},
        ),
    ],
)
def test_a_plural_title_holds_for_every_name_after_it(extractor, text, edges):
    assert edges <= claim_triples(extractor, text, "2020-06-01")


@pytest.mark.parametrize(
    "text",
    [
        "Les porte-parole du PS, Anne Morel, et de LR, Paul Verdier, ont débattu.",
        "Le porte-parole du PS, Anne Morel et Paul Verdier ont débattu.",
        "Les porte-parole du PS Anne Morel et le maire Paul Verdier ont débattu.",
    ],
)
def test_a_singular_title_or_a_name_outside_the_list_shares_nothing(extractor, text):
    found = claim_triples(extractor, text, "2020-06-01")
    assert ("Paul Verdier", "MEMBER_OF", "Parti socialiste") not in found


def test_a_plural_title_is_never_the_name_of_its_own_complement(extractor):
    text = (
        "Les deux ministres écologistes du gouvernement Castex, Anne Dubois au Logement et "
        "Paul Verdier aux Transports, ont démissionné."
    )
    found = members(extractor, text, "2021-03-01")
    assert ("Jean Castex", "Europe Écologie Les Verts") not in found


@pytest.mark.parametrize(
    ("text", "member"),
    [
        (
            "La liste de gauche a fusionné avec la liste insoumise de Karim Benali.",
            ("Karim Benali", "La France insoumise"),
        ),
        (
            "Au second tour, la liste écologiste de Lucie Maret se maintient.",
            ("Lucie Maret", "Europe Écologie Les Verts"),
        ),
        (
            "Les électeurs ont préféré la liste LR de Paul Verdier.",
            ("Paul Verdier", "Les Républicains"),
        ),
    ],
)
def test_a_party_list_owned_by_a_person_is_led_by_a_member(extractor, text, member):
    assert member in members(extractor, text, "2020-06-01")


def test_a_former_list_says_nothing(extractor):
    text = "Il a rallié l'ancienne liste socialiste de Marc Lefol."
    assert ("Marc Lefol", "Parti socialiste") not in members(extractor, text, "2020-06-01")
