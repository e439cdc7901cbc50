"""Stances inside one sentence that news syntax hides from the parser (twelfth session).

News puts a lot between a subject and its verb: a short aside ("quant à elle", "pour sa
part"), a fronted adjective and an apposition with a score, a second clause whose subject
carries its own relative. ``fr_core_news_md`` then hangs the verb on the wrong word: as a
relative clause of the name, on a capitalised adjective taken for the subject, or on the first
clause's verb. And a passive's agent is often a description set off before the name ("par son
numéro deux, X"). Each family has phrasings of our own that failed before its rule, and traps
that must give nothing or not the tempting edge. Names are invented.
"""

from __future__ import annotations

import pytest
from fixtures_extract import assert_edges, claim_triples


def check(extractor, text: str, expected, forbidden=(), date: str = "2023-05-10") -> None:
    assert_edges(claim_triples(extractor, text, date), expected, forbidden)


# --- the subject across an aside the parser reads as a relative clause -----------------------
# "X, quant à elle, a appelé …": no relative word, so the name is the subject.

ASIDES = [
    (
        "Les écologistes, quant à eux, ont appelé à voter Bertrand Quillet.",
        ("Europe Écologie Les Verts", "SUPPORTS", "Bertrand Quillet"),
    ),
    (
        "Odile Farge, quant à elle, a appelé ses électeurs à voter Armand Touvenel.",
        ("Odile Farge", "SUPPORTS", "Armand Touvenel"),
    ),
]

# --- a fronted adjective the parser takes for the subject, and an unclosed apposition ---------

FRONTED = [
    (
        "Fidèle à Claire Voisin, Odile Farge, arrivée troisième avec 8,4 % des voix soutient pour "
        "sa part Bertrand Quillet.",
        ("Odile Farge", "SUPPORTS", "Bertrand Quillet"),
    ),
    (
        "Fidèle à Bertrand Quillet, Claire Voisin, quatrième avec 6 % des voix soutient pour sa "
        "part Armand Touvenel.",
        ("Claire Voisin", "SUPPORTS", "Armand Touvenel"),
    ),
]

# --- a second clause whose subject carries a relative: the verb after it is the subject's ----
# Before, the first clause's subject took the second clause's stance (the edge in third place).

SECOND_CLAUSE = [
    (
        "Claire Voisin votera pour Armand Touvenel, alors que Bertrand Quillet, qui n'avait rien "
        "dit depuis dimanche, a apporté son soutien à Odile Farge.",
        ("Bertrand Quillet", "SUPPORTS", "Odile Farge"),
        ("Claire Voisin", "SUPPORTS", "Odile Farge"),
    ),
    (
        "Odile Farge rallie Armand Touvenel, tandis que Bertrand Quillet, qui avait longtemps "
        "hésité, a appelé à voter Claire Voisin.",
        ("Bertrand Quillet", "SUPPORTS", "Claire Voisin"),
        ("Odile Farge", "SUPPORTS", "Claire Voisin"),
    ),
    (
        "Odile Farge rallie Claire Voisin, alors qu'Armand Touvenel, qui avait longtemps refusé "
        "de choisir, a appelé à voter Bertrand Quillet.",
        ("Armand Touvenel", "SUPPORTS", "Bertrand Quillet"),
        ("Odile Farge", "SUPPORTS", "Bertrand Quillet"),
    ),
    (
        "Claire Voisin a rallié Armand Touvenel, mais Bertrand Quillet, qui hésitait encore "
        "lundi, a appelé à voter Odile Farge.",
        ("Bertrand Quillet", "SUPPORTS", "Odile Farge"),
        ("Claire Voisin", "SUPPORTS", "Odile Farge"),
    ),
    (
        "Bertrand Quillet soutient Odile Farge, alors que Claire Voisin, qui se taisait depuis "
        "des semaines, a appelé à faire barrage à Armand Touvenel.",
        ("Claire Voisin", "REJECTS", "Armand Touvenel"),
        ("Bertrand Quillet", "REJECTS", "Armand Touvenel"),
    ),
]


@pytest.mark.parametrize(("text", "edge"), ASIDES + FRONTED)
def test_subject_across_a_news_aside(extractor, text, edge):
    check(extractor, text, [edge])


@pytest.mark.parametrize(("text", "edge", "wrong"), SECOND_CLAUSE)
def test_second_clause_subject_with_its_relative(extractor, text, edge, wrong):
    check(extractor, text, [edge], [wrong])


SUBJECT_TRAPS = [
    # the aside holds a relative word: its antecedent is not the one who calls
    (
        "Claire Voisin soutient Armand Touvenel, alors qu'Odile Farge, que Bertrand Quillet "
        "avait pourtant soutenue, a refusé de choisir.",
        [("Odile Farge", "SUPPORTS", "Armand Touvenel")],
    ),
    # the name completes a noun: the thing or the friend acts, not the name
    (
        "L'ancienne collaboratrice d'Odile Farge, quant à elle, a appelé à voter Bertrand Quillet.",
        [("Odile Farge", "SUPPORTS", "Bertrand Quillet")],
    ),
    (
        "Claire Voisin soutient Armand Touvenel, alors que le parti d'Odile Farge, qui "
        "hésitait, a appelé à voter Bertrand Quillet.",
        [
            ("Odile Farge", "SUPPORTS", "Bertrand Quillet"),
            ("Claire Voisin", "SUPPORTS", "Bertrand Quillet"),
        ],
    ),
    # a fronted adjective whose sentence has no named subject: nobody is the subject
    (
        "Fidèle à Claire Voisin, le maire sortant, arrivé troisième avec 8 % des voix soutient "
        "Bertrand Quillet.",
        [("Claire Voisin", "SUPPORTS", "Bertrand Quillet")],
    ),
    # the relative is the object's, and the verb after it is reported speech
    (
        "Claire Voisin a salué Armand Touvenel, qui a battu Odile Farge, a rapporté le journal.",
        [
            ("Armand Touvenel", "SUPPORTS", "Odile Farge"),
            ("Odile Farge", "SUPPORTS", "Armand Touvenel"),
        ],
    ),
]


@pytest.mark.parametrize(("text", "forbidden"), SUBJECT_TRAPS)
def test_subject_traps(extractor, text, forbidden):
    check(extractor, text, [], forbidden)


# --- a passive's agent described before its name ----------------------------------------------

DESCRIBED_AGENTS = [
    (
        "Armand Touvenel a été abandonné par son numéro deux, Odile Farge.",
        ("Odile Farge", "REJECTS", "Armand Touvenel"),
    ),
    (
        "Claire Voisin a été désavouée par son numéro deux, Bertrand Quillet, dès dimanche.",
        ("Bertrand Quillet", "REJECTS", "Claire Voisin"),
    ),
    (
        "Bertrand Quillet a été critiqué par son numéro trois, Claire Voisin.",
        ("Claire Voisin", "REJECTS", "Bertrand Quillet"),
    ),
    (
        "Armand Touvenel a été désavoué par sa numéro deux, Odile Farge.",
        ("Odile Farge", "REJECTS", "Armand Touvenel"),
    ),
]


@pytest.mark.parametrize(("text", "edge"), DESCRIBED_AGENTS)
def test_agent_described_before_its_name(extractor, text, edge):
    check(extractor, text, [edge])


AGENT_TRAPS = [
    # a body, not a person, is the agent; the name after it is an example
    (
        "Armand Touvenel a été lâché par le bureau du parti, Odile Farge en tête.",
        [("Odile Farge", "REJECTS", "Armand Touvenel")],
    ),
    # the party or the friends of a person are not that person
    (
        "Armand Touvenel a été critiqué par le parti de Claire Voisin.",
        [("Claire Voisin", "REJECTS", "Armand Touvenel")],
    ),
    (
        "Armand Touvenel a été critiqué par les proches de Claire Voisin.",
        [("Claire Voisin", "REJECTS", "Armand Touvenel")],
    ),
]


@pytest.mark.parametrize(("text", "forbidden"), AGENT_TRAPS)
def test_agent_traps(extractor, text, forbidden):
    check(extractor, text, [], forbidden)


# --- a person's close ones listed by name after the group noun -------------------------------

GROUPS = [
    (
        "Claire Voisin et ses proches (Odile Farge, Bertrand Quillet) boycottent la réunion.",
        ["Odile Farge", "Bertrand Quillet"],
    ),
    (
        "Claire Voisin et ses fidèles (Odile Farge, Bertrand Quillet) ont claqué la porte du "
        "parti.",
        ["Odile Farge", "Bertrand Quillet"],
    ),
    (
        "Des élus proches de Claire Voisin, tels que Odile Farge et Bertrand Quillet, ont "
        "signé la tribune.",
        ["Odile Farge", "Bertrand Quillet"],
    ),
    (
        "Sur la liste figurent des proches de Claire Voisin comme Odile Farge et Bertrand Quillet.",
        ["Odile Farge", "Bertrand Quillet"],
    ),
    (
        "Armand Touvenel a reçu Claire Voisin et ses soutiens (Odile Farge et Bertrand Quillet).",
        ["Odile Farge", "Bertrand Quillet"],
    ),
    (
        "Le sénateur et proche de Claire Voisin Bertrand Quillet a dénoncé la réforme.",
        ["Bertrand Quillet"],
    ),
    (
        "La conseillère régionale et proche de Claire Voisin Odile Farge votera contre.",
        ["Odile Farge"],
    ),
]


@pytest.mark.parametrize(("text", "members"), GROUPS)
def test_group_members_support_its_owner(extractor, text, members):
    check(extractor, text, [(m, "SUPPORTS", "Claire Voisin") for m in members])


GROUP_TRAPS = [
    # a former group, and a group of opponents
    "Claire Voisin et ses anciens proches (Odile Farge, Bertrand Quillet) se sont brouillés.",
    "Claire Voisin et ses adversaires (Odile Farge, Bertrand Quillet) se sont affrontés.",
    # "dont" opening a relative clause, not examples
    "Les proches de Claire Voisin, dont Odile Farge a critiqué la gestion, se taisent.",
    # a comparison with another group, and a list that is not only names
    "Les proches de Claire Voisin comme ceux d'Odile Farge ont réagi.",
    "Les proches de Claire Voisin (Odile Farge, le PS) ont réagi.",
]


@pytest.mark.parametrize("text", GROUP_TRAPS)
def test_group_traps(extractor, text):
    check(extractor, text, [], [("Odile Farge", "SUPPORTS", "Claire Voisin")])


# --- a quotation reported by a verb of attack: the speaker rejects the quotation's subject ---
# Before, the parser's reading (the quotation's name as the subject of the reporting verb, the
# speaker as its object) also gave the reversed edge, listed here as forbidden.

QUOTED_ATTACKS = [
    (
        "« Claire Voisin méprise les électeurs », a critiqué Armand Touvenel.",
        ("Armand Touvenel", "REJECTS", "Claire Voisin"),
    ),
    (
        "« Bertrand Quillet roule pour lui-même », a dénoncé la sénatrice Odile Farge.",
        ("Odile Farge", "REJECTS", "Bertrand Quillet"),
    ),
    (
        "« Odile Farge change d'avis chaque semaine », a raillé Bertrand Quillet.",
        ("Bertrand Quillet", "REJECTS", "Odile Farge"),
    ),
    (
        "« Armand Touvenel court après les caméras », a taclé Claire Voisin, sénatrice de la "
        "Drôme.",
        ("Claire Voisin", "REJECTS", "Armand Touvenel"),
    ),
    (
        "« Claire Voisin découvre la politique », a ironisé Odile Farge lundi.",
        ("Odile Farge", "REJECTS", "Claire Voisin"),
    ),
    (
        "« Odile Farge fait campagne pour elle-même », a cinglé Armand Touvenel.",
        ("Armand Touvenel", "REJECTS", "Odile Farge"),
    ),
    (
        "« Armand Touvenel ment aux Français », a dénoncé Odile Farge.",
        ("Odile Farge", "REJECTS", "Armand Touvenel"),
    ),
    # a passive inside the quotation: its agent did it, the one wronged is not rejected
    (
        "« Claire Voisin a été trahie par Armand Touvenel », a dénoncé Odile Farge.",
        ("Odile Farge", "REJECTS", "Armand Touvenel"),
    ),
]


@pytest.mark.parametrize(("text", "edge"), QUOTED_ATTACKS)
def test_quotation_reported_by_a_verb_of_attack(extractor, text, edge):
    speaker, _, target = edge
    wrong = [(target, "REJECTS", speaker)]
    if "trahie" in text:
        wrong.append((speaker, "REJECTS", "Claire Voisin"))
    check(extractor, text, [edge], wrong)


QUOTE_TRAPS = [
    # negated, neutral reporting verb, conditional, question
    "« Claire Voisin ne méprise pas les électeurs », a fustigé Odile Farge.",
    "« Claire Voisin rassemble la gauche », a martelé Odile Farge.",
    "« Claire Voisin pourrait nous rejoindre », a ironisé Odile Farge.",
    "« Claire Voisin a-t-elle changé d'avis ? », a ironisé Odile Farge.",
]


@pytest.mark.parametrize("text", QUOTE_TRAPS)
def test_quote_traps(extractor, text):
    check(extractor, text, [], [("Odile Farge", "REJECTS", "Claire Voisin")])


# --- choosing someone for a post is supporting them -------------------------------------------

CHOSEN = [
    (
        "Odile Farge a choisi Armand Touvenel pour lui succéder à la tête du parti.",
        ("Odile Farge", "SUPPORTS", "Armand Touvenel"),
    ),
    (
        "Claire Voisin a désigné Bertrand Quillet pour conduire la liste aux européennes.",
        ("Claire Voisin", "SUPPORTS", "Bertrand Quillet"),
    ),
    (
        "Bertrand Quillet, choisi par Claire Voisin pour mener la liste, a lancé sa campagne.",
        ("Claire Voisin", "SUPPORTS", "Bertrand Quillet"),
    ),
    (
        "Claire Voisin a choisi Odile Farge pour porter ses couleurs aux législatives.",
        ("Claire Voisin", "SUPPORTS", "Odile Farge"),
    ),
    (
        "Le Parti socialiste a désigné Odile Farge pour conduire sa liste à Lille.",
        ("Parti socialiste", "SUPPORTS", "Odile Farge"),
    ),
]


@pytest.mark.parametrize(("text", "edge"), CHOSEN)
def test_chosen_for_a_post(extractor, text, edge):
    check(extractor, text, [edge])


CHOSEN_TRAPS = [
    ("Odile Farge n'a pas choisi Armand Touvenel pour lui succéder.", "Odile Farge"),
    ("Odile Farge pourrait choisir Armand Touvenel pour lui succéder.", "Odile Farge"),
    # chosen by others, against someone's wish
    (
        "Les militants ont choisi Armand Touvenel pour prendre la tête du parti, contre l'avis "
        "de Claire Voisin.",
        "Claire Voisin",
    ),
    # choosing to do something, not someone
    (
        "Odile Farge a choisi de quitter le parti pour mener la liste de Armand Touvenel.",
        "Odile Farge",
    ),
]


@pytest.mark.parametrize(("text", "chooser"), CHOSEN_TRAPS)
def test_chosen_traps(extractor, text, chooser):
    check(extractor, text, [], [(chooser, "SUPPORTS", "Armand Touvenel")])
