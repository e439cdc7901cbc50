"""Stance ties that run across sentences: one end named, the other an object pronoun or a
description whose holder the article's date decides.

News follows one person for a few sentences and then reports what others did to that person
with « lui », « le », « la »: the sentence before may name a second person (the one the
followed person backs, attacks or met), and a pronoun that could stand for either used to
give nothing. When the followed person is the one subject of the sentence before, and was
already the subject of the nearest sentence before that (or the subject the story keeps
coming back to), the pronoun is that person. Traps: two subjects joined, a subject that
changed from one sentence to the next, another candidate named in the pronoun's own
sentence, an « il » the parse left unbound, a subject that must stay who speaks, and a
description of an office holder (« le président sortant ») that the article's date gives to
someone other than the former holder named before. Sentences of our own, invented names.
"""

from __future__ import annotations

import pytest
from fixtures_extract import assert_edges, claim_triples


def edges(extractor, text: str, date: str) -> set[tuple[str, str, str]]:
    return claim_triples(extractor, text, date)


# The followed person, subject of two sentences in a row, then the object pronoun of a third
# sentence whose subject is set off by an incise, a relative clause or a fronted adjunct.
FOLLOWED_PERSON = [
    (
        "2023-03-10",
        "Armand Touvenel siège au conseil régional depuis 2015. Mardi, il a annoncé qu'il "
        "voterait pour Emmanuel Macron. Le président des Républicains, Éric Ciotti, lui a "
        "aussitôt demandé de quitter le parti.",
        ("Éric Ciotti", "REJECTS", "Armand Touvenel"),
    ),
    (
        "2026-02-10",
        "La maire sortante Claire Voisin brigue un deuxième mandat. Elle a écarté toute "
        "alliance avec Odile Farge. L'insoumis Bertrand Quillet, arrivé troisième, lui tend "
        "pourtant la main.",
        ("Bertrand Quillet", "INVITED_TO_RALLY", "Claire Voisin"),
    ),
    (
        "2022-06-10",
        "Odile Farge conduit la liste d'union de la gauche. Elle affronte au second tour la "
        "candidate du RN, Claire Voisin. Le député socialiste de la circonscription, Bertrand "
        "Quillet, la soutient sans réserve.",
        ("Bertrand Quillet", "SUPPORTS", "Odile Farge"),
    ),
    (
        "2009-05-10",
        "Odile Farge a pris la tête de la liste écologiste. Elle refuse pour l'heure de "
        "choisir entre Claire Voisin et la droite. Le communiste Armand Touvenel, qui emmène "
        "une liste soutenue par le PCF, lui a proposé à plusieurs reprises de faire liste "
        "commune.",
        ("Armand Touvenel", "INVITED_TO_RALLY", "Odile Farge"),
    ),
]


# The same, past a sentence that names nobody between the followed person and the pronoun.
FOLLOWED_PAST_A_NAMELESS_SENTENCE = [
    (
        "2009-05-10",
        "Odile Farge conduit la liste écologiste. Elle a sévèrement critiqué Claire Voisin. "
        "Avec les communistes, le dialogue est plus cordial. Le communiste Armand Touvenel lui "
        "a proposé de faire liste commune.",
        ("Armand Touvenel", "INVITED_TO_RALLY", "Odile Farge"),
    ),
    (
        "2017-05-10",
        "Bertrand Quillet a quitté Les Républicains en mars. Il a rallié Emmanuel Macron dans "
        "la foulée. La décision a surpris la fédération. Le secrétaire départemental, Armand "
        "Touvenel, lui a demandé de quitter le parti.",
        ("Armand Touvenel", "REJECTS", "Bertrand Quillet"),
    ),
    (
        "2020-03-10",
        "Claire Voisin brigue la mairie de Vernac. Elle a distancé Lucie Marchal au premier "
        "tour. Selon nos informations, rien n'est encore signé. L'écologiste Bertrand Quillet "
        "la soutient depuis lundi.",
        ("Bertrand Quillet", "SUPPORTS", "Claire Voisin"),
    ),
    (
        "2021-06-10",
        "Armand Touvenel préside le groupe centriste. Il a longtemps combattu Bertrand Quillet. "
        "Le vote aura lieu jeudi. La tête de liste socialiste, Odile Farge, l'a invité à "
        "rejoindre sa majorité.",
        ("Odile Farge", "INVITED_TO_RALLY", "Armand Touvenel"),
    ),
]


@pytest.mark.parametrize(
    ("date", "text", "edge"), FOLLOWED_PERSON + FOLLOWED_PAST_A_NAMELESS_SENTENCE
)
def test_an_object_pronoun_takes_up_the_person_the_story_follows(extractor, date, text, edge):
    assert edge in edges(extractor, text, date)


# Where the pronoun could stand for more than one person, or for someone left unnamed.
FOLLOWED_TRAPS = [
    (  # two subjects joined: either could be meant
        "Odile Farge et Claire Voisin ont rencontré les militants samedi. Elles ont dîné "
        "ensemble. Bertrand Quillet lui tend la main.",
        "Bertrand Quillet",
    ),
    (  # the subject changed: the story follows nobody in particular
        "Odile Farge a battu Claire Voisin au premier tour. Lucie Marchal a félicité Claire "
        "Voisin dimanche. Bertrand Quillet lui tend la main.",
        "Bertrand Quillet",
    ),
    (  # another candidate named in the pronoun's own sentence
        "Odile Farge conduit la liste de gauche. Elle a rencontré Claire Voisin samedi. Après "
        "avoir reçu Lucie Marchal, Bertrand Quillet lui a proposé une fusion.",
        "Bertrand Quillet",
    ),
    (  # an « il » the parse leaves unbound: the one named beside him is not the one meant
        "Armand Touvenel a quitté le MoDem en 2019. Depuis, il siège parmi les non-inscrits "
        "aux côtés de Bertrand Quillet. En mai, la présidente du groupe centriste, Claire "
        "Voisin, l'a invité à rejoindre son groupe.",
        "Claire Voisin",
    ),
    (  # the same further back: « Elle juge … » parsed with « juge » a noun
        "Odile Farge conduit la liste écologiste. Elle juge sévèrement Claire Voisin. Avec "
        "les communistes, le dialogue est plus cordial. Le communiste Armand Touvenel lui a "
        "proposé de faire liste commune.",
        "Armand Touvenel",
    ),
]


@pytest.mark.parametrize(("text", "subject"), FOLLOWED_TRAPS)
def test_an_object_pronoun_with_no_single_followed_person_ties_nobody(extractor, text, subject):
    found = edges(extractor, text, "2026-02-10")
    assert not {edge for edge in found if edge[0] == subject and edge[1] != "MEMBER_OF"}, found


def test_the_one_who_proposed_stays_the_subject(extractor):
    found = edges(
        extractor,
        "Bertrand Quillet conduira sa propre liste aux européennes. Il a lancé dimanche un "
        "appel à l'union des droites. Claire Voisin lui avait proposé en mai de faire liste "
        "commune.",
        "2018-09-10",
    )
    assert_edges(
        found,
        expected=[("Claire Voisin", "INVITED_TO_RALLY", "Bertrand Quillet")],
        forbidden=[("Bertrand Quillet", "INVITED_TO_RALLY", "Claire Voisin")],
    )


# « le président sortant », « la maire sortante »: the holder at the article's date, never a
# person the gazetteer records as having left that office, however salient.
OUTGOING_TRAPS = [
    (
        "2022-04-12",
        "Armand Touvenel a été le collaborateur de Nicolas Sarkozy. Il a annoncé qu'il "
        "apporterait sa voix au président sortant.",
        ("Armand Touvenel", "SUPPORTS", "Nicolas Sarkozy"),
    ),
    (
        "2021-11-03",
        "Odile Farge a longtemps travaillé auprès de François Hollande. Elle a confié qu'elle "
        "ne voterait pas pour le président sortant.",
        ("Odile Farge", "REJECTS", "François Hollande"),
    ),
]


@pytest.mark.parametrize(("date", "text", "edge"), OUTGOING_TRAPS)
def test_an_outgoing_holder_is_never_a_former_one(extractor, date, text, edge):
    assert edge not in edges(extractor, text, date)
