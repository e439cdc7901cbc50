"""Claims one sentence states in news words, round 24 (nineteenth session's stance round).

Families of news phrasing the base (2a5824d) read nothing from:

- a membership kept (« X est resté au PS », « X a gardé sa carte des Républicains », « X n'a
  jamais rendu sa carte du PCF »): X is the party's member, as with « a pris sa carte ». Only a
  fact: an infinitive (« peut rester au PS ») is a possibility. Traps: a distance kept (« resté
  à l'écart du PS »), a card handed back, a stay denied, a stay possible;
- a party going to the polls alone behind someone (« le PCF part seul derrière X », « les
  socialistes font liste à part derrière X »): X is its own member. Trap: « part derrière X »
  with no « seul », said of a union behind an ally;
- a ballot named by its candidate (« glissera un bulletin X dans l'urne », « a recommandé le
  bulletin X »): SUPPORTS X; never putting it in is a refusal. A gerund is not read (its
  subject is whatever the parser hangs it on);
- a signature given (« a signé pour X », « signe l'appel en faveur de X », « a signé l'appel
  pour X »): SUPPORTS X; a signature not yet given says nothing;
- a government named by its head, the name right after the noun (« votera la confiance au
  gouvernement X », « a voté la censure du gouvernement X »), as « du gouvernement de X » was
  read. Trap: the name of someone else after the vote;
- a suspension pressed for (« a demandé la suspension de X », « exige la « suspension » de
  X »): REJECTS X, like an exclusion. Trap: the suspension of a sitting;
- a list named by its head, then backed (« la liste de X, soutenue par le PS et le PCF »): each
  agent backs X, as a list acts through its leader (``arguments._list_owner``). Traps: a list
  of no one, a list of a body (« la liste de la majorité »).

Every sentence is our own; the names are invented.
"""

from __future__ import annotations

import pytest
from fixtures_extract import assert_edges, claim_triples


def edges(extractor, text: str) -> set[tuple[str, str, str]]:
    return claim_triples(extractor, text, "2024-03-10")


QUILLET = "Bertrand Quillet"
PS = "Parti socialiste"
LR = "Les Républicains"
PCF = "Parti communiste français"
EELV = "Europe Écologie Les Verts"


# --- « X est resté au PS », « a gardé sa carte de P »: a membership kept -------------------------


@pytest.mark.parametrize(
    ("text", "member"),
    [
        (
            "Gaston Merle est resté au PS malgré les offres répétées de la majorité.",
            ("Gaston Merle", PS),
        ),
        (
            "Odile Farge, qui a gardé sa carte des Républicains, vote pourtant les textes du "
            "gouvernement.",
            ("Odile Farge", LR),
        ),
        (
            "Armand Touvenel n'a jamais rendu sa carte du Parti communiste.",
            ("Armand Touvenel", PCF),
        ),
        (
            "Claire Voisin demeure chez les Verts, quoi qu'en disent ses adversaires.",
            ("Claire Voisin", EELV),
        ),
        ("Hélène Garrigue conserve sa carte du PS et son franc-parler.", ("Hélène Garrigue", PS)),
    ],
)
def test_a_membership_kept_is_a_membership(extractor, text: str, member: tuple[str, str]) -> None:
    assert_edges(edges(extractor, text), [(member[0], "MEMBER_OF", member[1])])


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("Gaston Merle est resté à l'écart du PS pendant toute la campagne.", ("Gaston Merle", PS)),
        ("Odile Farge a rendu sa carte des Républicains en janvier.", ("Odile Farge", LR)),
        ("Armand Touvenel n'est pas resté au PS après la défaite.", ("Armand Touvenel", PS)),
        (
            "Pour Gaston Merle, Odile Farge peut rester au PS si elle le souhaite.",
            ("Odile Farge", PS),
        ),
    ],
)
def test_a_distance_a_card_returned_or_a_stay_denied_is_no_membership(
    extractor, text: str, absent: tuple[str, str]
) -> None:
    assert_edges(edges(extractor, text), [], [(absent[0], "MEMBER_OF", absent[1])])


# --- « P part seul derrière X »: a party's own candidate -----------------------------------------


@pytest.mark.parametrize(
    ("text", "member"),
    [
        ("Le Parti communiste part seul derrière Armand Touvenel.", ("Armand Touvenel", PCF)),
        (
            "Les écologistes, eux, partent seuls derrière l'adjointe Claire Voisin.",
            ("Claire Voisin", EELV),
        ),
        ("Les socialistes font liste à part derrière Odile Farge.", ("Odile Farge", PS)),
        (
            "Les Républicains feront cavalier seul derrière Gaston Merle aux municipales.",
            ("Gaston Merle", LR),
        ),
        (
            "Les communistes ont décidé de partir seuls derrière l'adjoint Armand Touvenel.",
            ("Armand Touvenel", PCF),
        ),
    ],
)
def test_a_party_going_alone_behind_someone_fields_its_member(
    extractor, text: str, member: tuple[str, str]
) -> None:
    assert_edges(edges(extractor, text), [(member[0], "MEMBER_OF", member[1])])


def test_a_party_behind_an_ally_fields_no_member(extractor) -> None:
    found = edges(extractor, "Le PCF part derrière le socialiste Armand Touvenel.")
    assert_edges(
        found, [("Armand Touvenel", "MEMBER_OF", PS)], [("Armand Touvenel", "MEMBER_OF", PCF)]
    )


# --- « glissera un bulletin X dans l'urne »: a ballot named by its candidate ---------------------


@pytest.mark.parametrize(
    "text",
    [
        "Odile Farge glissera un bulletin Bertrand Quillet dans l'urne dimanche.",
        "Armand Touvenel a recommandé le bulletin Bertrand Quillet à ses électeurs.",
        "Claire Voisin a confié qu'elle mettrait un bulletin Bertrand Quillet dans l'urne.",
    ],
)
def test_a_ballot_named_by_its_candidate_supports_him(extractor, text: str) -> None:
    subject = next(
        name for name in ("Odile Farge", "Armand Touvenel", "Claire Voisin") if name in text
    )
    assert_edges(edges(extractor, text), [(subject, "SUPPORTS", QUILLET)])


def test_a_ballot_never_cast_is_a_refusal(extractor) -> None:
    found = edges(
        extractor, "Odile Farge ne glissera jamais un bulletin Bertrand Quillet dans l'urne."
    )
    assert_edges(
        found, [("Odile Farge", "REJECTS", QUILLET)], [("Odile Farge", "SUPPORTS", QUILLET)]
    )


def test_a_ballot_in_a_gerund_is_not_lent_to_another_actor(extractor) -> None:
    found = edges(
        extractor,
        "Claire Voisin appelle à faire barrage au RN en glissant un bulletin Bertrand Quillet "
        "dans l'urne.",
    )
    assert_edges(found, [], [("Front national", "SUPPORTS", QUILLET)])


def test_a_blank_ballot_supports_no_one(extractor) -> None:
    found = edges(
        extractor, "Odile Farge a glissé un bulletin blanc dans l'urne, a raconté Bertrand Quillet."
    )
    assert_edges(found, [], [("Odile Farge", "SUPPORTS", QUILLET)])


# --- « a signé pour X », « signe l'appel en faveur de X »: a signature given ---------------------


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        (
            "Le maire de Castelnau, Armand Touvenel, a signé pour Bertrand Quillet.",
            "Armand Touvenel",
        ),
        ("Odile Farge signe l'appel en faveur de Bertrand Quillet.", "Odile Farge"),
        ("Claire Voisin a signé l'appel pour Bertrand Quillet.", "Claire Voisin"),
    ],
)
def test_a_signature_given_supports_the_candidate(extractor, text: str, subject: str) -> None:
    assert_edges(edges(extractor, text), [(subject, "SUPPORTS", QUILLET)])


def test_a_signature_not_yet_given_says_nothing(extractor) -> None:
    found = edges(extractor, "Odile Farge n'a pas encore signé pour Bertrand Quillet.")
    assert_edges(
        found, [], [("Odile Farge", "SUPPORTS", QUILLET), ("Odile Farge", "REJECTS", QUILLET)]
    )


# --- « la confiance au gouvernement X »: a government named by its head --------------------------

PREMIER = "Bertrand Quillet, nommé Premier ministre en mars, présente son budget. "


@pytest.mark.parametrize(
    ("text", "edge"),
    [
        (
            PREMIER + "Armand Touvenel votera la confiance au gouvernement Quillet.",
            ("Armand Touvenel", "SUPPORTS", QUILLET),
        ),
        (
            PREMIER + "Odile Farge a voté la censure du gouvernement Quillet.",
            ("Odile Farge", "REJECTS", QUILLET),
        ),
        (
            PREMIER + "Claire Voisin votera la motion de censure contre le gouvernement Quillet.",
            ("Claire Voisin", "REJECTS", QUILLET),
        ),
    ],
)
def test_a_vote_on_a_government_named_by_its_head(
    extractor, text: str, edge: tuple[str, str, str]
) -> None:
    assert_edges(edges(extractor, text), [edge])


def test_a_name_after_the_vote_heads_no_government(extractor) -> None:
    found = edges(
        extractor,
        "Armand Touvenel votera la confiance au gouvernement, a confirmé Bertrand Quillet.",
    )
    assert_edges(found, [], [("Armand Touvenel", "SUPPORTS", QUILLET)])


# --- « a demandé la suspension de X »: an ouster pressed for -------------------------------------


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("Odile Farge a demandé la suspension de Bertrand Quillet.", "Odile Farge"),
        ("Armand Touvenel exige la « suspension » de Bertrand Quillet.", "Armand Touvenel"),
        ("Claire Voisin réclame depuis lundi la suspension de Bertrand Quillet.", "Claire Voisin"),
    ],
)
def test_a_suspension_pressed_for_rejects_its_target(extractor, text: str, subject: str) -> None:
    assert_edges(edges(extractor, text), [(subject, "REJECTS", QUILLET)])


def test_the_suspension_of_a_sitting_rejects_no_one(extractor) -> None:
    found = edges(
        extractor, "Odile Farge a demandé la suspension de la séance présidée par Bertrand Quillet."
    )
    assert_edges(found, [], [("Odile Farge", "REJECTS", QUILLET)])


# --- « la liste de X, soutenue par P »: a list backed through its head ------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "La liste de Claire Voisin, soutenue par le PS, arrive en tête.",
            [(PS, "SUPPORTS", "Claire Voisin")],
        ),
        (
            "La liste de l'écologiste Odile Farge, soutenue par le PS, le PCF et Génération.s, "
            "l'emporte largement.",
            [
                (PS, "SUPPORTS", "Odile Farge"),
                (PCF, "SUPPORTS", "Odile Farge"),
                ("Génération.s", "SUPPORTS", "Odile Farge"),
            ],
        ),
        (
            "La liste d'Armand Touvenel, soutenue par les communistes, obtient 12 %.",
            [(PCF, "SUPPORTS", "Armand Touvenel")],
        ),
    ],
)
def test_a_list_backed_is_its_head_backed(
    extractor, text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert_edges(edges(extractor, text), expected)


@pytest.mark.parametrize(
    "text",
    [
        "La liste soutenue par le PS devance nettement Claire Voisin.",
        "La liste de la majorité, soutenue par le PS, devance Claire Voisin.",
    ],
)
def test_a_list_of_no_one_named_backs_no_one(extractor, text: str) -> None:
    assert_edges(edges(extractor, text), [], [(PS, "SUPPORTS", "Claire Voisin")])
