"""Ends reached through what the article says of a person rather than by the name itself.

News seldom repeats a tie in one sentence naming both ends. It calls a person by the leader
they follow ("la filloniste X", "les sarkozystes historiques (A, B)"), by a description that
takes up the previous sentence's subject ("Ce proche de Y …"), by a possessive whose owner
the sentence before named ("Sa colistière sera Z"), or by a pronoun several sentences after
the name. Each family below is a way of writing of that kind, in sentences of our own with
invented names; each has its traps, where the tempting edge must not appear: a past or
negated label, a label qualifying a thing, two persons either of whom could be meant.
"""

from __future__ import annotations

import pytest
from fixtures_extract import assert_edges, claim_triples

DATE = "2019-05-02"


def edges(extractor, text: str, date: str = DATE) -> set[tuple[str, str, str]]:
    return claim_triples(extractor, text, date)


# A follower label (the gazetteer's ``followers`` of a leader) opening a person's description:
# before the name, in apposition, before a bracketed list, or as the first word of a plural
# title before several names.
FOLLOWER_LABELS = [
    (
        "Le député Gaspard Lemoine, filloniste, a salué la décision du bureau politique.",
        [("Gaspard Lemoine", "SUPPORTS", "François Fillon")],
    ),
    (
        "Au conseil régional, la vallsiste Odile Farge a pris la parole la première.",
        [("Odile Farge", "SUPPORTS", "Manuel Valls")],
    ),
    (
        "Bertrand Quillet, sarkozyste de la première heure, siège depuis 2012 au conseil.",
        [("Bertrand Quillet", "SUPPORTS", "Nicolas Sarkozy")],
    ),
    (
        "Les juppéistes historiques (Odile Farge, Bertrand Quillet) manquaient à l'appel.",
        [
            ("Odile Farge", "SUPPORTS", "Alain Juppé"),
            ("Bertrand Quillet", "SUPPORTS", "Alain Juppé"),
        ],
    ),
    (
        "Les copéistes Claire Voisin et Armand Touvenel ont quitté la salle avant le vote.",
        [
            ("Claire Voisin", "SUPPORTS", "Jean-François Copé"),
            ("Armand Touvenel", "SUPPORTS", "Jean-François Copé"),
        ],
    ),
    (
        "Claire Voisin, la mélenchoniste du conseil municipal, votera contre le budget.",
        [("Claire Voisin", "SUPPORTS", "Jean-Luc Mélenchon")],
    ),
    (
        "Depuis 2007, Odile Farge est une fervente sarkozyste.",
        [("Odile Farge", "SUPPORTS", "Nicolas Sarkozy")],
    ),
    (
        "Un fidèle filloniste, Bertrand Quillet, a ouvert la réunion de section.",
        [("Bertrand Quillet", "SUPPORTS", "François Fillon")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), FOLLOWER_LABELS)
def test_a_follower_label_says_whom_its_holder_backs(extractor, text, expected):
    assert_edges(edges(extractor, text), expected=expected)


# Traps: a label someone has left ("ex-", "ancien", "devenu …"), opposes ("anti-"), denies, or that
# qualifies a thing or a group the person acts on says nothing of the person's own tie.
FOLLOWER_TRAPS = [
    (
        "L'ex-filloniste Bertrand Quillet a salué la décision.",
        ("Bertrand Quillet", "François Fillon"),
    ),
    (
        "Bertrand Quillet, ancien filloniste, a salué la décision.",
        ("Bertrand Quillet", "François Fillon"),
    ),
    ("L'anti-sarkozyste Odile Farge a pris la parole.", ("Odile Farge", "Nicolas Sarkozy")),
    ("Odile Farge n'est pas sarkozyste, a-t-elle rappelé.", ("Odile Farge", "Nicolas Sarkozy")),
    (
        "Bertrand Quillet défend depuis des mois la ligne filloniste.",
        ("Bertrand Quillet", "François Fillon"),
    ),
    (
        "Les fillonistes ont vivement critiqué Bertrand Quillet.",
        ("Bertrand Quillet", "François Fillon"),
    ),
    (
        "Bertrand Quillet, qui a quitté les juppéistes en mars, siège au conseil.",
        ("Bertrand Quillet", "Alain Juppé"),
    ),
    (
        "Les anciens sarkozystes (Odile Farge, Bertrand Quillet) ont rallié un autre camp.",
        ("Odile Farge", "Nicolas Sarkozy"),
    ),
    (
        "Bertrand Quillet, un farouche anti-sarkozyste, siège au conseil.",
        ("Bertrand Quillet", "Nicolas Sarkozy"),
    ),
    (
        "Bertrand Quillet, grand ennemi des fillonistes, siège au conseil.",
        ("Bertrand Quillet", "François Fillon"),
    ),
    (
        "Bertrand Quillet, sarkozyste devenu juppéiste, siège au conseil.",
        ("Bertrand Quillet", "Nicolas Sarkozy"),
    ),
    (
        "Le filloniste passé chez Alain Juppé, Bertrand Quillet, siège au conseil.",
        ("Bertrand Quillet", "François Fillon"),
    ),
]


@pytest.mark.parametrize(("text", "pair"), FOLLOWER_TRAPS)
def test_a_label_left_denied_or_of_a_thing_gives_no_tie(extractor, text, pair):
    found = edges(extractor, text)
    assert not {edge for edge in found if (edge[0], edge[2]) == pair}, found


def test_a_leader_is_not_his_own_follower(extractor):
    found = edges(extractor, "Le filloniste François Fillon, disait-on en riant au congrès.")
    assert ("François Fillon", "SUPPORTS", "François Fillon") not in found


# A demonstrative description ("ce proche de Y", "cette fidèle de Y", "cet allié de Y") takes
# up the one person the sentence before made its subject, even after a fronted adjunct ("À
# 47 ans, …"), and states that person's tie to Y.
DEMONSTRATIVE_DESCRIPTIONS = [
    (
        "Armand Touvenel a été nommé au gouvernement mardi. "
        "Ce proche de Claire Voisin était jusqu'ici député de la Nièvre.",
        ("Armand Touvenel", "SUPPORTS", "Claire Voisin"),
    ),
    (
        "Armand Touvenel entre au gouvernement. "
        "À 52 ans, ce proche de Claire Voisin présidait jusqu'ici le groupe au Sénat.",
        ("Armand Touvenel", "SUPPORTS", "Claire Voisin"),
    ),
    (
        "Odile Farge a été désignée tête de liste dimanche soir. "
        "Cette fidèle de Bertrand Quillet dirigeait depuis 2015 la fédération du Cher.",
        ("Odile Farge", "SUPPORTS", "Bertrand Quillet"),
    ),
    (
        "Gaspard Lemoine prend la tête du groupe. "
        "Depuis 2017, cet allié de Claire Voisin siégeait sur les bancs du centre.",
        ("Gaspard Lemoine", "SUPPORTS", "Claire Voisin"),
    ),
]


@pytest.mark.parametrize(("text", "edge"), DEMONSTRATIVE_DESCRIPTIONS)
def test_a_demonstrative_description_states_the_previous_subjects_tie(extractor, text, edge):
    assert edge in edges(extractor, text)


# Traps: a past tie, two subjects either of whom could be meant, a gender that fits nobody
# there, and a description that names its own holder right after it.
DEMONSTRATIVE_TRAPS = [
    (
        "Armand Touvenel a été nommé au gouvernement. "
        "Cet ancien proche de Claire Voisin était jusqu'ici député.",
        ("Armand Touvenel", "Claire Voisin"),
    ),
    (
        "Armand Touvenel et Gaspard Lemoine ont été nommés au gouvernement. "
        "Ce proche de Claire Voisin était jusqu'ici député.",
        ("Armand Touvenel", "Claire Voisin"),
    ),
    (
        "Armand Touvenel et Gaspard Lemoine ont été nommés au gouvernement. "
        "Ce proche de Claire Voisin était jusqu'ici député.",
        ("Gaspard Lemoine", "Claire Voisin"),
    ),
    (
        "Odile Farge a été nommée au gouvernement. "
        "Ce proche de Claire Voisin était jusqu'ici député.",
        ("Odile Farge", "Claire Voisin"),
    ),
    (
        "Armand Touvenel a été nommé au gouvernement. "
        "Ce proche de Claire Voisin, Gaspard Lemoine, reste pourtant député.",
        ("Armand Touvenel", "Claire Voisin"),
    ),
]


@pytest.mark.parametrize(("text", "pair"), DEMONSTRATIVE_TRAPS)
def test_a_demonstrative_with_no_single_antecedent_ties_nobody(extractor, text, pair):
    found = edges(extractor, text)
    assert not {edge for edge in found if (edge[0], edge[2]) == pair}, found


# A possessed noun of allegiance given its name by a copula or a naming verb ("Sa colistière
# sera Y", "Son bras droit s'appelle Y") in a sentence of its own: the possessor is the one
# person the sentence before named.
POSSESSED_NAMED = [
    (
        "Dans l'Indre, c'est Armand Touvenel qui conduira la liste du PS. "
        "Sa colistière se nomme Claire Voisin.",
        ("Claire Voisin", "SUPPORTS", "Armand Touvenel"),
    ),
    (
        "Armand Touvenel mènera la liste de la droite à Châteauroux. "
        "Sa colistière sera Odile Farge, adjointe aux sports.",
        ("Odile Farge", "SUPPORTS", "Armand Touvenel"),
    ),
    (
        "Odile Farge brigue la mairie de Bourges pour la deuxième fois. "
        "Son directeur de campagne est Bertrand Quillet.",
        ("Bertrand Quillet", "SUPPORTS", "Odile Farge"),
    ),
    (
        "Odile Farge a ouvert sa permanence. Son bras droit s'appelle Bertrand Quillet.",
        ("Bertrand Quillet", "SUPPORTS", "Odile Farge"),
    ),
    (
        "Gaspard Lemoine conduira la liste de la majorité en Auvergne. "
        "Son arrivée dans la région a pourtant surpris jusque dans son propre camp. "
        "Sa colistière sera Odile Farge.",
        ("Odile Farge", "SUPPORTS", "Gaspard Lemoine"),
    ),
]


@pytest.mark.parametrize(("text", "edge"), POSSESSED_NAMED)
def test_a_possessed_ally_named_by_a_predicate_backs_the_previous_person(extractor, text, edge):
    assert edge in edges(extractor, text)


# Traps: two persons the possessive could stand for, a negated predicate, a past tie, a rival,
# a rumour in the conditional.
POSSESSED_TRAPS = [
    (
        "Odile Farge et Armand Touvenel briguent la mairie. Sa colistière sera Claire Voisin.",
        "Claire Voisin",
    ),
    ("Odile Farge brigue la mairie de Bourges. Son colistier n'est pas Bertrand Quillet.", None),
    ("Odile Farge brigue la mairie de Bourges. Son ancien bras droit est Bertrand Quillet.", None),
    ("Odile Farge brigue la mairie de Bourges. Son adversaire sera Bertrand Quillet.", None),
    ("Odile Farge brigue la mairie de Bourges. Son colistier serait Bertrand Quillet.", None),
]


@pytest.mark.parametrize(("text", "named"), POSSESSED_TRAPS)
def test_a_possessed_ally_with_no_single_possessor_ties_nobody(extractor, text, named):
    found = edges(extractor, text)
    subject = named or "Bertrand Quillet"
    assert not {edge for edge in found if edge[0] == subject and edge[1] == "SUPPORTS"}, found
