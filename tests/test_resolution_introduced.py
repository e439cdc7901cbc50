"""Roles the article itself introduces: "le maire sortant RPR, X" (or "la présidente
sortante, la centriste X") makes a later "le maire sortant", "le maire RPR" or "la
présidente" stand for X, before the gazetteer or the salience of the sentence before is
tried; a description that the text completes with a name ("son ancien adjoint aux finances,
X") is that name's, never another person's."""

from __future__ import annotations

import pytest
from fixtures_extract import claim_triples


def edges(extractor, text: str, date: str = "1995-06-14") -> set[tuple[str, str, str]]:
    return claim_triples(extractor, text, date)


INTRODUCED = [
    (
        "Le maire sortant UDF, Hervé Lambrecq, brigue un troisième mandat. Paul Verdier a "
        "obtenu 12 % au premier tour. Le maire sortant a écarté toute alliance avec le Front "
        "national.",
        ("Hervé Lambrecq", "REJECTS", "Front national"),
    ),
    (
        "La présidente sortante, la centriste Odile Marchetti, a présenté sa liste lundi. "
        "Nadia Berthet a présenté la sienne mardi. Jeudi, Marc Dupertuis a dit qu'il voterait "
        "pour la présidente sortante.",
        ("Marc Dupertuis", "SUPPORTS", "Odile Marchetti"),
    ),
    (
        "À Vernon, la conseillère régionale écologiste, Claire Vassal, mène la liste. Lucie "
        "Ferrat, élue sans étiquette, est arrivée seconde. La conseillère régionale, de son "
        "côté, a reçu le soutien de Nadia Berthet.",
        ("Nadia Berthet", "SUPPORTS", "Claire Vassal"),
    ),
    (
        "Le maire sortant RPR, Hervé Lambrecq, est en ballottage. Lucien Ferrat a annoncé "
        "mardi son retrait. Le maire RPR a aussitôt proposé une alliance au Front national.",
        ("Hervé Lambrecq", "INVITED_TO_RALLY", "Front national"),
    ),
]


@pytest.mark.parametrize(("text", "edge"), INTRODUCED)
def test_a_role_the_article_introduced_stands_for_that_person(extractor, text, edge):
    assert edge in edges(extractor, text)


def test_the_introduced_person_wins_over_the_subject_of_the_sentence_before(extractor):
    text = (
        "Le maire sortant RPR, Hervé Lambrecq, est en ballottage. Son premier adjoint, "
        "Lucien Ferrat, lui reste fidèle. Le chef de file des écologistes, Nadia Berthet, n'a "
        "pas appelé à voter pour le maire sortant."
    )
    found = edges(extractor, text)
    assert not {e for e in found if e[0] == "Nadia Berthet" and e[2] == "Lucien Ferrat"}


def test_another_qualifier_or_party_is_not_the_introduced_person(extractor):
    text = (
        "Le maire sortant RPR, Hervé Lambrecq, est en ballottage. Le maire PS de Vernon a "
        "soutenu Paul Verdier. Le maire de Sarzac a rejoint Paul Verdier."
    )
    found = edges(extractor, text)
    assert ("Hervé Lambrecq", "SUPPORTS", "Paul Verdier") not in found


def test_a_possessive_description_completed_by_a_name_is_not_someone_else(extractor):
    text = (
        "Lucien Ferrat a retiré sa liste. Paul Verdier a proposé à son ancien adjoint aux "
        "finances, Marc Dupertuis, de le rejoindre."
    )
    found = edges(extractor, text)
    assert not {e for e in found if "Lucien Ferrat" in (e[0], e[2])}


# A role labelled with a party's name stands for the one person the article tied to that
# party, however far back, rather than for the person of the sentence before.
PARTY_NAMED = [
    (
        "Paul Verdier (LR) a obtenu 18 % au premier tour. La participation a reculé de six "
        "points. Marc Dupertuis, sans étiquette, a réuni 9 % des voix. Dimanche soir, Anne "
        "Morel a apporté son soutien au candidat LR.",
        ("Anne Morel", "SUPPORTS", "Paul Verdier"),
    ),
    (
        "La socialiste Claire Vassal conduira la liste de gauche. Le scrutin aura lieu en "
        "mars. Nadia Berthet a déposé sa liste mardi. Marc Dupertuis a rejoint la candidate "
        "du PS dès lundi.",
        ("Marc Dupertuis", "SUPPORTS", "Claire Vassal"),
    ),
    (
        "Nadia Berthet, élue de La République en marche, hésite encore. Les discussions "
        "reprendront jeudi. Lucie Ferrat a quitté la réunion avant la fin. Hervé Lambrecq "
        "refuse toute alliance avec la candidate de La République en marche.",
        ("Hervé Lambrecq", "REJECTS", "Nadia Berthet"),
    ),
]


@pytest.mark.parametrize(("text", "edge"), PARTY_NAMED)
def test_a_role_labelled_with_a_party_name_stands_for_its_one_member(extractor, text, edge):
    assert edge in edges(extractor, text, "2019-03-01")


def test_two_members_of_the_party_leave_its_labelled_role_unbound(extractor):
    text = (
        "Paul Verdier (LR) et Hervé Lambrecq (LR) sont en lice. Anne Morel soutient le "
        "candidat LR."
    )
    found = edges(extractor, text, "2019-03-01")
    assert not {e for e in found if e[0] == "Anne Morel" and e[1] == "SUPPORTS"}


def test_a_feminine_labelled_role_is_not_a_man_of_that_party(extractor):
    text = "Paul Verdier (PS) est arrivé second. Anne Morel soutient la candidate du PS."
    found = edges(extractor, text, "2019-03-01")
    assert ("Anne Morel", "SUPPORTS", "Paul Verdier") not in found


# "Les deux candidats" after a sentence that names exactly two persons, however it names them.
COUNTED = [
    (
        "Le comité a validé une alliance entre Paul Verdier, arrivé deuxième, et Claire Vassal, "
        "troisième du scrutin. Les deux candidats ont scellé un accord mardi.",
        ("Paul Verdier", "SUPPORTS", "Claire Vassal"),
    ),
    (
        "Marc Dupertuis a longtemps ignoré Hervé Lambrecq, son voisin de circonscription. Les "
        "deux hommes ont finalement conclu une alliance.",
        ("Hervé Lambrecq", "SUPPORTS", "Marc Dupertuis"),
    ),
    (
        "Au premier tour, Nadia Berthet a devancé de peu Lucie Ferrat, élue du canton. Les deux "
        "candidates ont trouvé un accord jeudi.",
        ("Nadia Berthet", "SUPPORTS", "Lucie Ferrat"),
    ),
]


@pytest.mark.parametrize(("text", "edge"), COUNTED)
def test_a_counted_group_is_every_person_the_sentence_before_names(extractor, text, edge):
    assert edge in edges(extractor, text, "2019-03-01")


def test_a_count_that_disagrees_binds_nobody(extractor):
    text = (
        "Paul Verdier a reçu Claire Vassal et Hervé Lambrecq, arrivé troisième. Les deux "
        "candidats ont scellé un accord mardi."
    )
    found = edges(extractor, text, "2019-03-01")
    assert not {e for e in found if e[1] == "SUPPORTS"}
