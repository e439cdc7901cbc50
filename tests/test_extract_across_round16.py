"""Stance ties whose two ends are never named together: a possessed noun that names the ally
of the person the story follows, alone or as a list; a candidate named by a side (« la
candidate de gauche »); « le sortant » for the person described as outgoing.

News introduces a candidate, then names the candidate's camp through a possessive: a
spokesperson or a campaign director set off after a reporting verb (« …, fait valoir son
porte-parole, X. »), after « selon » or « d'après », or a list of supporters after a colon,
a list verb or a fronted « Parmi ses … » (« elle compte sur ses soutiens : A, B et C »), or a
single ally (« l'un de ses fidèles, X »). Each named ally is tied to the one person the
possessive can stand for: named before it in its sentence, or the one person of the sentence
before. Traps: two possible possessors, a party and its leader, opponents or past
supporters listed, a verb that loses the camp, a negation, a colon that opens a quotation or
a clause, an unbound description as possessor, a party's allies. Sentences of our own,
invented names; every positive case gave nothing on the session's base (3204cc8).
"""

from __future__ import annotations

import pytest
from fixtures_extract import claim_triples


def stances(extractor, text: str, date: str = "2024-03-10") -> set[tuple[str, str, str]]:
    """Every claim but memberships (the labels the sentences give are not under test)."""
    return {e for e in claim_triples(extractor, text, date) if e[1] != "MEMBER_OF"}


CANDIDATE = "Odile Farge (PS) brigue la mairie de Castelvieux. "

# A possessed role in apposition to the name, the pair set off after a reporting verb, a
# « selon » / « d'après », or with two persons in the sentence before (the nearest counts).
POSSESSED_ROLE = [
    (
        CANDIDATE + "« Nous irons jusqu'au bout », fait valoir son porte-parole, Bertrand Quillet.",
        ("Bertrand Quillet", "SPOKESPERSON_OF", "Odile Farge"),
    ),
    (
        CANDIDATE + "« Nous irons jusqu'au bout », assure sa directrice de campagne, Claire "
        "Voisin.",
        ("Claire Voisin", "SUPPORTS", "Odile Farge"),
    ),
    (
        CANDIDATE + "Selon son porte-parole, Bertrand Quillet, la liste sera complète lundi.",
        ("Bertrand Quillet", "SPOKESPERSON_OF", "Odile Farge"),
    ),
    (
        CANDIDATE + "D'après sa porte-parole, Claire Voisin, la candidate ne se retirera pas.",
        ("Claire Voisin", "SPOKESPERSON_OF", "Odile Farge"),
    ),
    (
        CANDIDATE + "Armand Touvenel (LR) a réagi mardi. « Nous irons jusqu'au bout », fait "
        "valoir son porte-parole, Bertrand Quillet.",
        ("Bertrand Quillet", "SPOKESPERSON_OF", "Armand Touvenel"),
    ),
]


@pytest.mark.parametrize(("text", "edge"), POSSESSED_ROLE)
def test_a_possessed_role_set_off_by_commas_ties_the_name_to_the_possessor(extractor, text, edge):
    assert edge in stances(extractor, text)


# A possessor's allies listed: after a colon (a quoted list, labels, appositions and
# descriptions between the names), after a list verb, after « Parmi ses … , », or one ally.
POSSESSED_LIST = [
    (
        CANDIDATE + "Elle compte sur ses soutiens : Bertrand Quillet, Claire Voisin, Armand "
        "Touvenel et Paul Rivière.",
        ["Bertrand Quillet", "Claire Voisin", "Armand Touvenel", "Paul Rivière"],
        "Odile Farge",
    ),
    (
        CANDIDATE + "Parmi ses soutiens, Bertrand Quillet et Claire Voisin.",
        ["Bertrand Quillet", "Claire Voisin"],
        "Odile Farge",
    ),
    (
        CANDIDATE + "Parmi ses proches figurent Bertrand Quillet et Claire Voisin.",
        ["Bertrand Quillet", "Claire Voisin"],
        "Odile Farge",
    ),
    (
        "L'eurodéputée Odile Farge peut compter sur ses alliés au sein du parti : « Bertrand "
        "Quillet, Claire Voisin, […] et Paul Rivière, le patron des jeunes ».",
        ["Bertrand Quillet", "Claire Voisin", "Paul Rivière"],
        "Odile Farge",
    ),
    (
        "Candidate à sa succession, la maire sortante Odile Farge peut compter sur ses "
        "fidèles : Bertrand Quillet, premier adjoint, et Claire Voisin.",
        ["Bertrand Quillet", "Claire Voisin"],
        "Odile Farge",
    ),
    (
        CANDIDATE + "Parmi ses premiers soutiens, l'ancien ministre Bertrand Quillet et la "
        "sénatrice Claire Voisin.",
        ["Bertrand Quillet", "Claire Voisin"],
        "Odile Farge",
    ),
    (
        CANDIDATE + "Parmi ses soutiens, on trouve Bertrand Quillet (PS) et Claire Voisin (PCF).",
        ["Bertrand Quillet", "Claire Voisin"],
        "Odile Farge",
    ),
    (
        "Odile Farge a nommé l'un de ses fidèles, Bertrand Quillet, à la tête de son cabinet.",
        ["Bertrand Quillet"],
        "Odile Farge",
    ),
]


@pytest.mark.parametrize(("text", "allies", "possessor"), POSSESSED_LIST)
def test_each_ally_a_possessive_lists_supports_the_possessor(extractor, text, allies, possessor):
    found = stances(extractor, text)
    for ally in allies:
        assert (ally, "SUPPORTS", possessor) in found, found


# Where the possessive may stand for several persons, for nobody named, or where the noun or
# the verb does not tell a present camp: no tie at all from the names listed.
TRAPS = [
    (  # two persons of the same gender before: either could own « sa »
        "Odile Farge et Claire Voisin ont débattu mardi soir. « Nous irons jusqu'au bout », "
        "fait valoir sa porte-parole, Lucie Marchal.",
        {"Lucie Marchal"},
    ),
    (  # a party and its leader before: the party's spokesperson, or the leader's
        "Le PS, dirigé par Odile Farge, a réagi mardi. « Nous irons jusqu'au bout », fait "
        "valoir son porte-parole, Bertrand Quillet.",
        {"Bertrand Quillet"},
    ),
    (  # opponents listed
        CANDIDATE + "Elle affronte ses adversaires : Bertrand Quillet et Claire Voisin.",
        {"Bertrand Quillet", "Claire Voisin"},
    ),
    (  # a verb that loses the camp
        CANDIDATE + "Elle a perdu ses soutiens : Bertrand Quillet et Claire Voisin.",
        {"Bertrand Quillet", "Claire Voisin"},
    ),
    (  # past supporters
        CANDIDATE + "Elle a retrouvé ses soutiens d'hier : Bertrand Quillet et Claire Voisin.",
        {"Bertrand Quillet", "Claire Voisin"},
    ),
    (  # past supporters, by a year
        CANDIDATE + "Elle a retrouvé ses soutiens de 2017 : Bertrand Quillet et Claire Voisin.",
        {"Bertrand Quillet", "Claire Voisin"},
    ),
    (  # a negation and « anciens »
        CANDIDATE + "Elle ne compte plus sur ses anciens alliés : Bertrand Quillet et Claire "
        "Voisin.",
        {"Bertrand Quillet", "Claire Voisin"},
    ),
    (  # a colon that opens a quotation, not a list
        CANDIDATE + "Ses proches le répètent : « Bertrand Quillet ne passera pas ».",
        {"Bertrand Quillet"},
    ),
    (  # a clause after the colon: what the names do, not a list
        CANDIDATE + "Elle a reçu ses soutiens : Bertrand Quillet et Claire Voisin ont promis "
        "de faire campagne.",
        {"Bertrand Quillet", "Claire Voisin"},
    ),
    (  # two persons in the sentence before a fronted « Parmi ses … »
        "Odile Farge et Claire Voisin ont débattu mardi. Parmi ses soutiens, Bertrand Quillet "
        "et Paul Rivière.",
        {"Bertrand Quillet", "Paul Rivière"},
    ),
    (  # a possessor the text describes but nothing binds: never the woman named before
        CANDIDATE + "Le député sortant a choisi l'une de ses fidèles, Claire Voisin, comme "
        "suppléante.",
        {"Claire Voisin"},
    ),
    (  # a party's allies: no person to support
        "Le Parti socialiste peut compter sur ses alliés : Bertrand Quillet et Claire Voisin.",
        {"Bertrand Quillet", "Claire Voisin"},
    ),
]


@pytest.mark.parametrize(("text", "subjects"), TRAPS)
def test_a_possessive_with_no_single_present_possessor_ties_nobody(extractor, text, subjects):
    found = stances(extractor, text)
    assert not {edge for edge in found if edge[0] in subjects}, found


# A candidate named by a side (« la candidate de gauche », « le candidat de la droite », « au
# candidat d'extrême droite »): the one person of that side the article named before, by a
# label or by the role it gave them (« au candidat du RN, X »).
DUEL = "Le second tour opposera le socialiste Armand Touvenel au candidat "
SIDE_CANDIDATE = [
    (
        "Le second tour opposera l'insoumise Claire Voisin à la candidate du Rassemblement "
        "national, Odile Farge. Bertrand Quillet a annoncé qu'il voterait pour la candidate de "
        "gauche.",
        ("Bertrand Quillet", "SUPPORTS", "Claire Voisin"),
    ),
    (
        DUEL + "des Républicains, Paul Rivière. Bertrand Quillet appelle à voter pour le "
        "candidat de la droite.",
        ("Bertrand Quillet", "SUPPORTS", "Paul Rivière"),
    ),
    (
        DUEL + "du RN, Paul Rivière. La maire de Vernac, Claire Voisin, appelle à faire barrage "
        "au candidat d'extrême droite.",
        ("Claire Voisin", "REJECTS", "Paul Rivière"),
    ),
    (
        DUEL + "du RN, Paul Rivière. Claire Voisin votera pour le candidat de gauche.",
        ("Claire Voisin", "SUPPORTS", "Armand Touvenel"),
    ),
]


@pytest.mark.parametrize(("text", "edge"), SIDE_CANDIDATE)
def test_a_candidate_named_by_a_side_is_the_one_person_of_that_side(extractor, text, edge):
    assert edge in stances(extractor, text, "2022-06-14")


# Two persons of the side, a gender that fits nobody, a side nobody was given (« droite » is
# not the far right), a rival of the candidate, a former candidate: nobody.
SIDE_TRAPS = [
    "Le socialiste Armand Touvenel et l'écologiste Paul Rivière se disputent l'investiture. "
    "Claire Voisin votera pour le candidat de gauche.",
    DUEL + "du RN, Paul Rivière. Claire Voisin votera pour la candidate de gauche.",
    DUEL + "du RN, Paul Rivière. Claire Voisin votera pour le candidat de la droite.",
    DUEL + "du RN, Paul Rivière. Claire Voisin a longtemps été la rivale du candidat de gauche.",
    DUEL + "du RN, Paul Rivière. Claire Voisin soutenait l'ancien candidat de gauche.",
]


@pytest.mark.parametrize("text", SIDE_TRAPS)
def test_a_side_with_no_single_candidate_names_nobody(extractor, text):
    found = stances(extractor, text, "2022-06-14")
    assert not {edge for edge in found if edge[0] == "Claire Voisin"}, found


# « le sortant », « la sortante »: the one person the article described as outgoing before
# (a role before the name, an apposition), gender agreeing.
OUTGOING = [
    (
        "2022-06-10",
        "Le député sortant Armand Touvenel (LR) affronte Odile Farge (LFI) au second tour. Le "
        "maire de Vernac, Bertrand Quillet, a appelé à battre le sortant.",
        ("Bertrand Quillet", "REJECTS", "Armand Touvenel"),
    ),
    (
        "2022-06-10",
        "Armand Touvenel, député sortant, affronte Claire Voisin (LFI). Bertrand Quillet "
        "dénonce la politique du sortant.",
        ("Bertrand Quillet", "REJECTS", "Armand Touvenel"),
    ),
    (
        "2026-03-10",
        "Claire Voisin, maire sortante de Vernac, affronte Armand Touvenel. Le socialiste "
        "Bertrand Quillet soutient la sortante.",
        ("Bertrand Quillet", "SUPPORTS", "Claire Voisin"),
    ),
    (
        "2024-06-20",
        "Le député sortant, Armand Touvenel, affronte au second tour Claire Voisin (RN). "
        "Éliminé dimanche, l'écologiste Bertrand Quillet appelle à voter pour le sortant.",
        ("Bertrand Quillet", "SUPPORTS", "Armand Touvenel"),
    ),
    (
        "2026-03-10",
        "La maire sortante, Claire Voisin, brigue un second mandat face à Armand Touvenel. "
        "L'opposant Bertrand Quillet votera contre la sortante.",
        ("Bertrand Quillet", "REJECTS", "Claire Voisin"),
    ),
]


@pytest.mark.parametrize(("date", "text", "edge"), OUTGOING)
def test_the_outgoing_one_is_the_person_described_as_outgoing(extractor, date, text, edge):
    assert edge in stances(extractor, text, date)


# Two outgoing persons, or none of the gender the word says: nobody.
OUTGOING_TRAPS = [
    "Claire Voisin, maire sortante de Vernac, affronte Odile Farge, conseillère "
    "départementale sortante. Bertrand Quillet soutient la sortante.",
    "Claire Voisin, maire sortante de Vernac, affronte Armand Touvenel. Bertrand Quillet "
    "soutient le sortant.",
]


@pytest.mark.parametrize("text", OUTGOING_TRAPS)
def test_an_outgoing_word_with_no_single_holder_names_nobody(extractor, text):
    found = stances(extractor, text, "2026-03-10")
    assert not {edge for edge in found if edge[0] == "Bertrand Quillet"}, found
