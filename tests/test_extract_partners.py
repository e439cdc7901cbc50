"""Subject pairs the parser does not coordinate: two actors wrapped in descriptions and incises
that share one verb cue (« X, arrivé deuxième, et Y, qui menait la liste divers gauche,
soutiennent Z »), the two partners of a pact written as its subject (« X, qui avait obtenu
18 %, et Y, arrivée troisième, ont déposé une liste commune »), and the owners of the lists
that merge (« la liste de X et celle de Y ont fusionné », « Y, dont la liste a fusionné avec
celle de X »).

These pairs are read on the surface (``loaders/pacts.py``: ``coordinated_subjects``,
``list_owner_subject``). Every sentence here is our own, and each phrasing gave no edge (or
only one of the pair's) before these readings; the traps must not produce the edge.
"""

from __future__ import annotations

import pytest
from fixtures_extract import assert_edges, claim_triples

DATE = "2020-06-20"
BOTH_WAYS = [
    ("Gwenaël Kerbrat", "SUPPORTS", "Solène Ardouin"),
    ("Solène Ardouin", "SUPPORTS", "Gwenaël Kerbrat"),
]


def edges(extractor, text: str) -> set[tuple[str, str, str]]:
    return claim_triples(extractor, text, DATE)


# --- two coordinated subjects of one cue --------------------------------------------------------

SHARED = [
    ("Gwenaël Kerbrat, arrivé deuxième, et Marc Blanc, qui menait la liste divers gauche, "
     "soutiennent Solène Ardouin.", "SUPPORTS"),
    ("Gwenaël Kerbrat (PS) et Marc Blanc (PCF) ont rallié Solène Ardouin dès lundi.", "SUPPORTS"),
    ("Gwenaël Kerbrat, qui avait obtenu 12 %, et Marc Blanc, arrivé quatrième, se sont rangés "
     "derrière Solène Ardouin.", "SUPPORTS"),
    ("Gwenaël Kerbrat, arrivé deuxième, et Marc Blanc, qui menait la liste divers gauche, "
     "lorgnent vers Solène Ardouin.", "TEMPTED_BY"),
]


@pytest.mark.parametrize(("text", "relation"), SHARED)
def test_both_coordinated_subjects_hold_the_cue(extractor, text, relation):
    both = [(name, relation, "Solène Ardouin") for name in ("Gwenaël Kerbrat", "Marc Blanc")]
    assert_edges(edges(extractor, text), both)


def test_a_name_inside_the_first_subject_description_is_no_subject(extractor):
    found = edges(extractor, "Gwenaël Kerbrat, proche de Marc Blanc, et Julie Roux soutiennent "
                             "Solène Ardouin.")
    assert_edges(found, [("Julie Roux", "SUPPORTS", "Solène Ardouin")],
                 forbidden=[("Marc Blanc", "SUPPORTS", "Solène Ardouin")])


def test_names_before_a_singular_verb_are_not_its_subjects(extractor):
    found = edges(extractor, "Avec Gwenaël Kerbrat et Marc Blanc, qui menait la liste, Julie Roux "
                             "soutient Solène Ardouin.")
    assert_edges(found, forbidden=[("Gwenaël Kerbrat", "SUPPORTS", "Solène Ardouin"),
                                   ("Marc Blanc", "SUPPORTS", "Solène Ardouin")])


# --- two coordinated partners of a pact, each with a description or an incise -------------------

COORDINATED = [
    "Gwenaël Kerbrat, qui avait obtenu 18 % au premier tour, et Solène Ardouin, arrivée "
    "troisième, ont déposé une liste commune.",
    "La tête de liste de Lutte ouvrière, Gwenaël Kerbrat, et celle du Nouveau Parti "
    "anticapitaliste, Solène Ardouin, ont officialisé une liste commune.",
    "Gwenaël Kerbrat (Les Républicains) et Solène Ardouin, dont la liste avait recueilli 11 %, "
    "ont scellé leur alliance mardi.",
    "Soulagés, Gwenaël Kerbrat, arrivé deuxième, et Solène Ardouin, qui menait au premier tour "
    "la liste du MoDem, ont annoncé la fusion de leurs listes.",
]


@pytest.mark.parametrize("text", COORDINATED)
def test_coordinated_partners_of_a_pact_support_each_other(extractor, text):
    assert_edges(edges(extractor, text), BOTH_WAYS)


def test_a_partner_named_only_by_a_description_gives_no_pact_with_its_party(extractor):
    found = edges(
        extractor,
        "Gwenaël Kerbrat, qui avait obtenu 18 %, et la déléguée locale du MoDem ont déposé une "
        "liste commune.",
    )
    assert not {e for e in found if e[1] == "SUPPORTS"}, found


def test_an_incise_naming_a_third_person_breaks_the_pair(extractor):
    found = edges(
        extractor,
        "Gwenaël Kerbrat, proche de Marc Blanc, et Solène Ardouin, arrivée troisième, ont "
        "déposé une liste commune.",
    )
    assert_edges(
        found,
        forbidden=[
            ("Marc Blanc", "SUPPORTS", "Solène Ardouin"),
            ("Solène Ardouin", "SUPPORTS", "Marc Blanc"),
            ("Marc Blanc", "SUPPORTS", "Gwenaël Kerbrat"),
        ],
    )


@pytest.mark.parametrize(
    "text",
    [
        "Gwenaël Kerbrat, qui avait obtenu 18 %, et Solène Ardouin, arrivée troisième, "
        "pourraient déposer une liste commune.",
        "Gwenaël Kerbrat, qui avait obtenu 18 %, et Solène Ardouin, arrivée troisième, refusent "
        "de faire liste commune.",
    ],
)
def test_a_pact_only_possible_or_refused_is_no_support(extractor, text):
    assert_edges(edges(extractor, text), forbidden=BOTH_WAYS)


# --- the owners of the lists that merge --------------------------------------------------------

OWNERS = [
    "Dans la nuit, la liste du maire sortant Gwenaël Kerbrat (LR) et celle du MoDem conduite "
    "par Solène Ardouin ont fusionné.",
    "La liste de Gwenaël Kerbrat et celle de la centriste Solène Ardouin ont fusionné dimanche.",
    "Solène Ardouin, dont la liste a fusionné mardi avec celle de Gwenaël Kerbrat, mène "
    "désormais la campagne de la gauche.",
    "À l'aube, la liste de la maire sortante Solène Ardouin (LR) et celle du MoDem conduite "
    "par Gwenaël Kerbrat ont fusionné.",
    "La liste de la conseillère sortante Solène Ardouin et celle de l'adjoint démissionnaire "
    "Gwenaël Kerbrat ont fusionné.",
]


@pytest.mark.parametrize("text", OWNERS)
def test_the_owners_of_merged_lists_support_each_other(extractor, text):
    assert_edges(edges(extractor, text), BOTH_WAYS)


def test_a_party_list_merged_with_a_person_ties_the_person_only(extractor):
    found = edges(extractor, "La liste de Gwenaël Kerbrat et celle des Verts ont fusionné.")
    assert_edges(
        found,
        [("Gwenaël Kerbrat", "SUPPORTS", "Europe Écologie Les Verts")],
        forbidden=[("Europe Écologie Les Verts", "SUPPORTS", "Gwenaël Kerbrat")],
    )


@pytest.mark.parametrize(
    "text",
    [
        "Solène Ardouin, dont la liste refuse de fusionner avec celle de Gwenaël Kerbrat, se "
        "maintient.",
        "Solène Ardouin, dont la liste ne fusionnera pas avec celle de Gwenaël Kerbrat, se "
        "maintient.",
    ],
)
def test_a_merger_refused_in_the_relative_is_no_support(extractor, text):
    assert_edges(edges(extractor, text), forbidden=BOTH_WAYS)
