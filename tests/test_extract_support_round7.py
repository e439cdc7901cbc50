"""Support, alliances and invitations as news writes them, seventh round: mechanisms of argument
finding that do not depend on the cue's wording, and two cue families.

- A subject noun whose description ends on a name ("la présidente du MoDem X a appelé …") is
  that name, wherever the parser hung it; a fronted adjective ("Fidèle à Z, X …") is never a
  subject; an aside whose closing comma the journalist left out ("X, arrivée troisième avec
  8 % des voix soutient Y") still has its name for subject.
- Givers of support listed after a plural label ("le soutien des députés A et B", "de X et
  des sénateurs A et B", "X et les élus A et B ont apporté leur soutien …"), and an aside
  between the support noun and its givers ("le soutien, exprimé dans une tribune, de X").
- A pact told with a partner binds both when it is made ("X s'est allié avec Y", "a décidé
  de fusionner sa liste avec celle de Y", "X a confirmé qu'un accord a été passé avec Y"), not
  when it is only wished, proposed or refused.
- Invitations: proposing a rally to several people ("propose une primaire commune à A et
  B", "un rapprochement avec A"), asking someone to rally ("a demandé à A de rejoindre …").
"""

from __future__ import annotations

import pytest
from fixtures_extract import claim_triples


def edges(extractor, text: str, relation: str) -> set[tuple[str, str]]:
    return {(s, o) for s, r, o in claim_triples(extractor, text, "2015-03-01") if r == relation}


@pytest.mark.parametrize(
    ("text", "edge"),
    [
        (
            "Mais après ses propos sur la fiscalité, la présidente du MoDem Anne Vidal a appelé "
            "lundi ses élus à se ranger derrière la candidature de Paul Roux.",
            ("Anne Vidal", "Paul Roux"),
        ),
        (
            "Après un long silence, la secrétaire nationale du PS Anne Vidal a apporté son "
            "soutien à Paul Roux.",
            ("Anne Vidal", "Paul Roux"),
        ),
        (
            "Dans un communiqué publié lundi, le porte-parole des Verts Marc Lenoir soutient la "
            "candidature de Paul Roux.",
            ("Marc Lenoir", "Paul Roux"),
        ),
    ],
)
def test_a_subject_description_ending_on_a_name_is_that_name(extractor, text, edge):
    assert edge in edges(extractor, text, "SUPPORTS")


def test_a_description_without_a_name_leaves_the_named_object_an_object(extractor):
    text = "La présidente du MoDem a appelé Anne Vidal à soutenir Paul Roux."
    assert ("Anne Vidal", "Paul Roux") not in edges(extractor, text, "SUPPORTS")


@pytest.mark.parametrize(
    ("text", "edge"),
    [
        (
            "Proche du maire sortant, Anne Vidal, arrivée troisième avec 8 % des voix soutient "
            "désormais Paul Roux.",
            ("Anne Vidal", "Paul Roux"),
        ),
        (
            "Fidèle à Paul Roux, Anne Vidal votera pour lui au second tour.",
            ("Anne Vidal", "Paul Roux"),
        ),
        (
            "Marc Lenoir, candidat malheureux dans la troisième circonscription appelle à voter "
            "pour Paul Roux.",
            ("Marc Lenoir", "Paul Roux"),
        ),
    ],
)
def test_a_name_before_an_aside_left_open_is_the_subject(extractor, text, edge):
    assert edge in edges(extractor, text, "SUPPORTS")


def test_a_name_after_a_finite_verb_is_not_taken_for_the_subject_of_the_next_one(extractor):
    text = (
        "Le maire a félicité Anne Vidal, arrivée troisième avec 8 % des voix et soutient Paul Roux."
    )
    assert ("Anne Vidal", "Paul Roux") not in edges(extractor, text, "SUPPORTS")


@pytest.mark.parametrize(
    ("text", "givers"),
    [
        (
            "Paul Roux a reçu le soutien, manifesté par une lettre ouverte, de Marie Lenoir et "
            "des députés Jean Vidal et Luc Moreau.",
            {"Marie Lenoir", "Jean Vidal", "Luc Moreau"},
        ),
        (
            "Paul Roux a reçu le soutien des anciens ministres Jean Vidal et Luc Moreau.",
            {"Jean Vidal", "Luc Moreau"},
        ),
        ("Paul Roux a obtenu le soutien, inattendu, de Marie Lenoir.", {"Marie Lenoir"}),
        (
            "Marie Lenoir et les sénateurs Jean Vidal et Luc Moreau ont apporté leur soutien à "
            "Paul Roux.",
            {"Marie Lenoir", "Jean Vidal", "Luc Moreau"},
        ),
    ],
)
def test_givers_listed_after_a_label_or_an_aside_all_support(extractor, text, givers):
    assert {(g, "Paul Roux") for g in givers} <= edges(extractor, text, "SUPPORTS")


@pytest.mark.parametrize(
    "text",
    [
        "Marie Lenoir et les proches de Jean Vidal ont apporté leur soutien à Paul Roux.",
        "Paul Roux a salué le soutien des militants de Jean Vidal.",
    ],
)
def test_a_name_completing_the_label_is_no_giver(extractor, text):
    assert ("Jean Vidal", "Paul Roux") not in edges(extractor, text, "SUPPORTS")


@pytest.mark.parametrize(
    "text",
    [
        "Claire Dubois s'est alliée avec Marc Bernier pour le second tour.",
        "Claire Dubois a décidé de fusionner sa liste avec celle de Marc Bernier.",
        "Claire Dubois a bâti une coalition avec Marc Bernier.",
        "Claire Dubois a confirmé qu'un accord local avait été passé avec Marc Bernier.",
    ],
)
def test_a_pact_made_with_a_partner_binds_both(extractor, text):
    found = edges(extractor, text, "SUPPORTS")
    assert {("Claire Dubois", "Marc Bernier"), ("Marc Bernier", "Claire Dubois")} <= found


@pytest.mark.parametrize(
    ("text", "relation"),
    [
        ("Le député Paul Roux veut former une alliance avec Claire Dubois.", "SUPPORTS"),
        ("Paul Roux propose de faire liste commune avec Claire Dubois.", "SUPPORTS"),
        ("Paul Roux refuse de s'allier avec Claire Dubois.", "REJECTS"),
    ],
)
def test_a_pact_wished_proposed_or_refused_binds_only_its_subject(extractor, text, relation):
    assert ("Claire Dubois", "Paul Roux") not in edges(extractor, text, relation)
    assert ("Paul Roux", "Claire Dubois") in edges(extractor, text, relation)


def test_a_pact_with_a_party_is_not_the_whole_party_backing_the_person(extractor):
    found = edges(extractor, "Claire Dubois s'est alliée avec le MoDem.", "SUPPORTS")
    assert found == {("Claire Dubois", "Mouvement démocrate")}


def test_a_pact_confirmed_by_nobody_named_binds_nobody(extractor):
    text = "Le préfet a confirmé qu'un accord avait été passé avec Marc Bernier."
    assert not edges(extractor, text, "SUPPORTS")


@pytest.mark.parametrize(
    ("text", "invited"),
    [
        (
            "Paul Roux propose une primaire commune à Claire Dubois et Marc Bernier.",
            {"Claire Dubois", "Marc Bernier"},
        ),
        (
            "Paul Roux propose un débat télévisé avec Claire Dubois et Marc Bernier sur la "
            "primaire de la gauche.",
            {"Claire Dubois", "Marc Bernier"},
        ),
        ("Paul Roux a demandé à Claire Dubois de rejoindre sa liste.", {"Claire Dubois"}),
        (
            "Paul Roux a demandé à Claire Dubois de se rapprocher de Marc Bernier.",
            {"Claire Dubois"},
        ),
        ("Paul Roux propose une place sur sa liste à Claire Dubois.", {"Claire Dubois"}),
    ],
)
def test_offering_or_asking_a_rally_invites_each_one_asked(extractor, text, invited):
    assert {("Paul Roux", name) for name in invited} <= edges(extractor, text, "INVITED_TO_RALLY")


@pytest.mark.parametrize(
    "text",
    [
        "Paul Roux a demandé à Claire Dubois de retirer sa liste.",
        "Paul Roux a demandé à Claire Dubois de quitter la liste.",
        "Paul Roux ne propose aucune alliance à Claire Dubois.",
    ],
)
def test_asking_to_leave_or_offering_nothing_is_no_invitation(extractor, text):
    assert not edges(extractor, text, "INVITED_TO_RALLY")


@pytest.mark.parametrize(
    "text",
    [
        "Marc Lenoir et Claire Dubois ont officialisé leur liste commune pour les municipales.",
        "Le conseiller municipal PS Marc Lenoir et la déléguée locale du MoDem, Claire Dubois, "
        "ont annoncé une liste commune.",
        "Marc Lenoir et Claire Dubois ont déposé une liste commune en préfecture.",
    ],
)
def test_a_joint_list_announced_by_two_binds_both(extractor, text):
    found = edges(extractor, text, "SUPPORTS")
    assert {("Marc Lenoir", "Claire Dubois"), ("Claire Dubois", "Marc Lenoir")} <= found


@pytest.mark.parametrize(
    ("text", "edge"),
    [
        (
            "Marc Lenoir multiplie les rapprochements avec Claire Dubois.",
            ("Marc Lenoir", "Claire Dubois"),
        ),
        (
            "Marc Lenoir a amorcé un rapprochement avec Claire Dubois.",
            ("Marc Lenoir", "Claire Dubois"),
        ),
        (
            "Les approches de Marc Lenoir en direction du MoDem inquiètent ses alliés.",
            ("Marc Lenoir", "Mouvement démocrate"),
        ),
    ],
)
def test_moves_towards_someone_named_by_a_noun_are_a_temptation(extractor, text, edge):
    assert edge in edges(extractor, text, "TEMPTED_BY")


@pytest.mark.parametrize(
    "text",
    [
        "Marc Lenoir a démenti tout rapprochement avec Claire Dubois.",
        "Marc Lenoir exclut tout rapprochement avec Claire Dubois.",
        "Marc Lenoir a balayé l'idée d'un rapprochement avec Claire Dubois.",
    ],
)
def test_a_move_denied_or_ruled_out_is_no_temptation(extractor, text):
    assert not edges(extractor, text, "TEMPTED_BY")


def test_a_vote_told_by_a_gerund_is_the_callers_support(extractor):
    text = (
        "À gauche, le socialiste Marc Lenoir, éliminé avec 8 %, a appelé à faire barrage en "
        "votant pour Claire Dubois."
    )
    assert ("Marc Lenoir", "Claire Dubois") in edges(extractor, text, "SUPPORTS")


def test_two_people_meeting_to_talk_of_a_pact_have_made_none(extractor):
    text = "Marc Lenoir et Claire Dubois se voient ce soir pour parler d'un accord à la métropole."
    assert not edges(extractor, text, "SUPPORTS")
