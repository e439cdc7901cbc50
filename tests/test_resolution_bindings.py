"""Actors reached across sentences: compound roles, roles the text does not tie to anyone,
possessive appositions, and group words standing for the pair or list named just before.

Every binding here is precision first: when more than one person could be meant, the
reference stays unbound and ``extract --explain`` says why (a miss beats a wrong edge).
"""

from __future__ import annotations

import pytest

from alliancegraph.model import Article
from alliancegraph.pipeline import explain


def run(extractor, text: str, date: str):
    return extractor.run(Article(id="t", date=date, title="", text=text))


def edges(extractor, text: str, date: str = "2021-10-01") -> set[tuple[str, str, str]]:
    return {(c.subject, c.relation, c.object) for c in run(extractor, text, date).claims}


def unbound(extractor, tmp_path, text: str, date: str) -> list[dict]:
    """The references ``--explain`` reports as left unbound, with the binding tried."""
    path = tmp_path / "article.txt"
    path.write_text(f"date {date} Essai\n\n{text}\n", encoding="utf-8")
    [explanation] = explain([path], extractor=extractor)
    return [u for s in explanation.to_dict()["sentences"] for u in s["unbound"]]


# --- compound roles: "le député-maire de Meaux" is the mayor of Meaux ----------------------

COMPOUND_ROLES = [
    (
        "Jean-François Copé a réuni ses fidèles au siège. Luc Chatel, colistier du député-maire "
        "de Meaux, défend un résultat serré.",
        "2012-11-21",
        ("Luc Chatel", "SUPPORTS", "Jean-François Copé"),
    ),
    (
        "Éric Ciotti a tranché dimanche : il soutient le député-maire de Nice pour la région.",
        "2010-01-12",
        ("Éric Ciotti", "SUPPORTS", "Christian Estrosi"),
    ),
    (
        "Pierre Moscovici s'est rangé derrière la sénatrice-maire de Lille, qu'il juge plus "
        "solide.",
        "2011-07-04",
        ("Pierre Moscovici", "SUPPORTS", "Martine Aubry"),
    ),
]


@pytest.mark.parametrize(("text", "date", "expected"), COMPOUND_ROLES)
def test_a_compound_role_is_matched_on_its_last_head_and_place(extractor, text, date, expected):
    assert expected in edges(extractor, text, date)


def test_a_compound_role_never_falls_back_on_its_first_head(extractor):
    # Éric Ciotti is a deputy in 2012, but the deputy-mayor of an unknown town is not him
    text = (
        "Éric Ciotti a dénoncé des fraudes. Le scrutin reste contesté. Luc Chatel, colistier "
        "du député-maire de Castelbrune, défend le résultat."
    )
    assert not {e for e in edges(extractor, text, "2012-11-21") if e[0] == "Luc Chatel"}


# --- a role nobody in the text holds is not pinned on a person named further back ------------


def test_a_role_is_not_bound_to_a_person_two_sentences_back(extractor, tmp_path):
    text = (
        "Jean-Christophe Cambadélis a jugé la décision incompréhensible. Ségolène Royal s'est "
        "prononcée lundi. Manuel Valls a lui aussi apporté son soutien au député de Corrèze."
    )
    found = edges(extractor, text, "2011-10-13")
    assert ("Manuel Valls", "SUPPORTS", "Jean-Christophe Cambadélis") not in found
    reasons = unbound(extractor, tmp_path, text, "2011-10-13")
    assert {"text": "au député de Corrèze", "binding": "role",
            "reason": "Jean-Christophe Cambadélis not named in the sentence before"} in reasons


def test_a_bare_role_nobody_named_stays_unbound_and_says_so(extractor, tmp_path):
    text = "Le sénateur a apporté son soutien à Yannick Jadot."
    assert not {e for e in edges(extractor, text) if e[2] == "Yannick Jadot"}
    reasons = unbound(extractor, tmp_path, text, "2021-10-01")
    assert [u["binding"] for u in reasons] == ["role"]
    assert reasons[0]["reason"].startswith(("no qualifier: ", "no holder named"))


# --- group words: the pair or list named in the sentence before ----------------------------

GROUPS = [
    (
        "Benoît Hamon et Yannick Jadot ont déjeuné ensemble mardi. Les deux hommes soutiennent "
        "désormais Jean-Luc Mélenchon.",
        {("Benoît Hamon", "SUPPORTS", "Jean-Luc Mélenchon"),
         ("Yannick Jadot", "SUPPORTS", "Jean-Luc Mélenchon")},
    ),
    (
        "Valérie Pécresse et Rachida Dati ont quitté la réunion avant la fin. Toutes deux ont "
        "rejoint Emmanuel Macron.",
        {("Valérie Pécresse", "SUPPORTS", "Emmanuel Macron"),
         ("Rachida Dati", "SUPPORTS", "Emmanuel Macron")},
    ),
    (
        "Xavier Bertrand, Christian Estrosi et Laurent Wauquiez ont dîné à Lyon. Ils ont apporté "
        "leur soutien à François Fillon.",
        {("Xavier Bertrand", "SUPPORTS", "François Fillon"),
         ("Christian Estrosi", "SUPPORTS", "François Fillon"),
         ("Laurent Wauquiez", "SUPPORTS", "François Fillon")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), GROUPS)
def test_a_group_word_stands_for_every_person_of_the_list_before(extractor, text, expected):
    assert expected <= edges(extractor, text, "2017-04-10")


GROUP_TRAPS = [
    # a third person stands apart in the sentence before: which two?
    ("Manuel Valls et Arnaud Montebourg ont débattu avec Vincent Peillon. Les deux hommes "
     "soutiennent Benoît Hamon.", "the sentence before names persons apart"),
    # three persons for "les deux"
    ("Manuel Valls, Arnaud Montebourg et Vincent Peillon ont débattu. Les deux hommes "
     "soutiennent Benoît Hamon.", "number: 3 persons named before"),
    # "les deux candidates" for a woman and a man
    ("Manuel Valls et Ségolène Royal ont débattu. Les deux candidates soutiennent Benoît Hamon.",
     "gender"),
]


@pytest.mark.parametrize(("text", "reason"), GROUP_TRAPS)
def test_a_group_word_the_list_does_not_fit_binds_nobody(extractor, tmp_path, text, reason):
    assert not {e for e in edges(extractor, text, "2017-01-10") if e[2] == "Benoît Hamon"}
    reasons = unbound(extractor, tmp_path, text, "2017-01-10")
    assert {"binding": "group", "reason": reason} in [
        {"binding": u["binding"], "reason": u["reason"]} for u in reasons
    ]


# --- a plural label before a list of names: every name is a subject ------------------------

LABELLED_LISTS = [
    (
        "Les sénateurs LR Bruno Retailleau, Gérard Larcher et Philippe Bas soutiennent Laurent "
        "Wauquiez.",
        ["Bruno Retailleau", "Gérard Larcher", "Philippe Bas"],
        ("SUPPORTS", "Laurent Wauquiez"),
    ),
    (
        "Les écologistes Yannick Jadot et Éric Piolle ont rejoint Anne Hidalgo.",
        ["Yannick Jadot", "Éric Piolle"],
        ("SUPPORTS", "Anne Hidalgo"),
    ),
    (
        "Les députés socialistes Boris Vallaud, Valérie Rabault et Olivier Faure ont apporté "
        "leur soutien à Anne Hidalgo.",
        ["Boris Vallaud", "Valérie Rabault", "Olivier Faure"],
        ("SUPPORTS", "Anne Hidalgo"),
    ),
]


@pytest.mark.parametrize(("text", "subjects", "claim"), LABELLED_LISTS)
def test_every_name_listed_after_a_plural_label_is_a_subject(extractor, text, subjects, claim):
    found = edges(extractor, text, "2019-03-10")
    assert {(name, *claim) for name in subjects} <= found


def test_names_completing_the_plural_noun_are_not_its_subjects(extractor):
    # the relatives of Jadot and Piolle support Hidalgo, not Jadot and Piolle themselves
    text = "Les proches de Yannick Jadot et d'Éric Piolle soutiennent Anne Hidalgo."
    found = edges(extractor, text, "2019-03-10")
    assert ("Yannick Jadot", "SUPPORTS", "Anne Hidalgo") not in found
    assert ("Éric Piolle", "SUPPORTS", "Anne Hidalgo") not in found


# --- "X, sa colistière au poste de …, …": a possessive apposition with its complement -------

POSSESSIVE_APPOSITIONS = [
    (
        "Autour de François Fillon, les fidèles tiennent bon. Valérie Pécresse, sa colistière "
        "au poste de secrétaire générale, juge le recomptage indispensable.",
        ("Valérie Pécresse", "SUPPORTS", "François Fillon"),
    ),
    (
        "Benoît Hamon a présenté son programme. Pascal Cherki, son bras droit depuis des années, "
        "dénonce la trahison des frondeurs.",
        ("Pascal Cherki", "SUPPORTS", "Benoît Hamon"),
    ),
    (
        "Marine Le Pen a réuni ses cadres à Nanterre. Louis Aliot, son allié de toujours dans le "
        "Sud, promet une campagne de terrain.",
        ("Louis Aliot", "SUPPORTS", "Marine Le Pen"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), POSSESSIVE_APPOSITIONS)
def test_a_possessive_apposition_with_a_complement_ties_to_the_one_other_person(
    extractor, text, expected
):
    assert expected in edges(extractor, text, "2017-04-10")


POSSESSIVE_TRAPS = [
    # a past tie
    "Nathalie Loiseau a tenu un meeting à Lyon. Jean-Paul Delevoye, son ancien mentor au "
    "gouvernement, est venu l'écouter.",
    # two persons could be the possessor
    "Benoît Hamon a déjeuné avec Arnaud Montebourg. Pascal Cherki, son bras droit depuis des "
    "années, dénonce la trahison des frondeurs.",
]


@pytest.mark.parametrize("text", POSSESSIVE_TRAPS)
def test_a_possessive_apposition_without_one_present_possessor_ties_nobody(extractor, text):
    found = edges(extractor, text, "2017-04-10")
    assert not {e for e in found if e[1] == "SUPPORTS"}


# --- a name glued to the word before it by a lost space ------------------------------------

GLUED_NAMES = [
    ("Dans le Nord, à LilleMartine Aubry soutient la liste de Pierre de Saintignon.",
     ("Martine Aubry", "SUPPORTS", "Pierre de Saintignon")),
    ("Candidat à NiceChristian Estrosi a rejoint Nicolas Sarkozy.",
     ("Christian Estrosi", "SUPPORTS", "Nicolas Sarkozy")),
    ("Élu à BordeauxAlain Juppé soutient désormais Nicolas Sarkozy.",
     ("Alain Juppé", "SUPPORTS", "Nicolas Sarkozy")),
]


@pytest.mark.parametrize(("text", "expected"), GLUED_NAMES)
def test_a_name_glued_to_the_town_before_it_is_cut_free(extractor, text, expected):
    found = edges(extractor, text, "2015-03-10")
    assert expected in found
    assert not {e for e in found if e[0].startswith(("Lille", "Nice", "Bordeaux"))}


# --- "le camp de X", "la liste conduite par X": a stand-in for X as an object -----------------

STAND_INS = [
    ("Valérie Pécresse a pris ses distances avec le camp de Laurent Wauquiez.",
     ("Valérie Pécresse", "REJECTS", "Laurent Wauquiez")),
    ("Benoît Hamon a tendu la main au camp de Jean-Luc Mélenchon.",
     ("Benoît Hamon", "INVITED_TO_RALLY", "Jean-Luc Mélenchon")),
    ("Ian Brossat refuse toute alliance avec la liste menée par Rachida Dati.",
     ("Ian Brossat", "REJECTS", "Rachida Dati")),
]


@pytest.mark.parametrize(("text", "expected"), STAND_INS)
def test_a_camp_or_a_list_led_by_someone_stands_for_them(extractor, text, expected):
    assert expected in edges(extractor, text, "2016-03-10")


def test_someone_inside_the_camp_is_not_the_camp_leader(extractor):
    text = "Valérie Pécresse a pris ses distances avec un proche du camp de Laurent Wauquiez."
    assert not edges(extractor, text, "2016-03-10")
