"""Stances with both ends in one sentence, as news writes them (round 15, thirteenth session).

Families read from the aggregate of the twenty tuned sets' one-sentence misses, each written
anew with invented names and checked to fail on the session's base (129e188) before its rule:

- a desertion told by the deserter's title of allegiance after "par" ("lâché par son bras
  droit, Y", "désavoué par son plus proche allié Y", "par son n°2, Y"): Y REJECTS X; the title
  must not make Y a supporter (``rules._follower_agent``, ``agent_title_modifiers``, ``ranks``);
- a verb of joining whose object is brought to the subject's own cause ("X a rallié Y à sa
  candidature", "a rallié à sa cause Y et Z"): Y SUPPORTS X, not the reverse; a failure to win
  over says nothing (``rules._won_over``, ``won_over``);
- support received: with no giver named ("engrange les soutiens") no edge at all; a giver on a
  stand-in ("un soutien de poids : celui de Y") is Y SUPPORTS X; "mais pas celui de Y" nothing
  (``rules._received_noun``, ``rules._stand_in_holder``);
- listed subjects joined by "puis" ("A, B puis C ont appelé à voter pour D"): each subject
  (``list_glue``);
- not a single vote ("ne donnera aucune voix à X", "n'accordera pas une seule voix au RN"):
  REJECTS; one vote of a margin is no cue;
- a second pair told by a demonstrative after a stance noun ("le ralliement de A à B et celui
  de C à D"): C SUPPORTS D; "mais pas celui de C à D" nothing (``rules._elliptic_pairs``,
  ``ellipsis_glue``);
- an adjective of allegiance set off by a comma after a negated clause ("n'a donné aucune
  consigne, fidèle à la ligne de X"): a support, the clause's "ne" is not its own
  (``negation._detached_adjective``); "n'est pas fidèle à X" stays a refusal;
- a relative clause whose subject is a description with its name between commas ("X, que sa
  tête de liste, Y, accuse de trahison", "X, que la maire, Y, a soutenu"): the antecedent is
  the object (``arguments._subject_apposition``); a "de" complement the parser called an
  object is none;
- pressing for someone's sanction ("a demandé des sanctions contre X", "réclame une sanction à
  l'encontre de X"): REJECTS; not asked, or sanctions opposed, nothing.

Every sentence is our own; the names are invented.
"""

from __future__ import annotations

import pytest
from fixtures_extract import assert_edges, claim_triples


def edges(extractor, text: str) -> set[tuple[str, str, str]]:
    return claim_triples(extractor, text, "2023-05-10")


def check(extractor, text: str, expected, forbidden=()) -> None:
    assert_edges(edges(extractor, text), expected, forbidden)


# --- a desertion told by the deserter's title: a rejection, never a support ------------------

DESERTIONS = [
    "Le maire de Vernange, Odile Farge, a été lâché par son bras droit, Bertrand Quillet.",
    "Odile Farge a été lâchée lundi par son bras droit, Bertrand Quillet.",
    "Odile Farge, lâchée par son fidèle lieutenant Bertrand Quillet, a renoncé.",
    "Odile Farge a été désavouée par son plus proche allié, Bertrand Quillet.",
    "Son retrait était attendu depuis qu'Odile Farge avait été lâchée par son n°2, Bertrand "
    "Quillet, en mars.",
]


@pytest.mark.parametrize("text", DESERTIONS)
def test_a_deserter_named_by_his_title_rejects(extractor, text):
    check(
        extractor,
        text,
        [("Bertrand Quillet", "REJECTS", "Odile Farge")],
        [("Bertrand Quillet", "SUPPORTS", "Odile Farge")],
    )


def test_a_title_after_par_of_a_support_stays_support(extractor):
    check(
        extractor,
        "Odile Farge a été soutenue par son bras droit, Bertrand Quillet.",
        [("Bertrand Quillet", "SUPPORTS", "Odile Farge")],
        [("Bertrand Quillet", "REJECTS", "Odile Farge")],
    )


def test_a_desertion_by_someone_else_leaves_the_follower_alone(extractor):
    found = edges(
        extractor,
        "Odile Farge a été lâchée par son bras droit ; Bertrand Quillet, lui, reste discret.",
    )
    assert ("Bertrand Quillet", "REJECTS", "Odile Farge") not in found
    assert ("Bertrand Quillet", "SUPPORTS", "Odile Farge") not in found


# --- winning someone over to one's own cause: the one won over joins -------------------------

WON_OVER = [
    (
        "Bertrand Quillet a rallié Claire Voisin à sa candidature.",
        ["Claire Voisin"],
    ),
    (
        "En quelques semaines, Bertrand Quillet a rallié à sa cause Claire Voisin et Armand "
        "Touvenel.",
        ["Claire Voisin", "Armand Touvenel"],
    ),
    (
        "Le maire sortant, Bertrand Quillet, qui a rallié l'écologiste Claire Voisin à son "
        "projet, part favori.",
        ["Claire Voisin"],
    ),
    (
        "Bertrand Quillet est parvenu à rallier Claire Voisin à sa liste.",
        ["Claire Voisin"],
    ),
]


@pytest.mark.parametrize(("text", "joiners"), WON_OVER)
def test_the_one_won_over_supports_the_subject(extractor, text, joiners):
    found = edges(extractor, text)
    for name in joiners:
        assert (name, "SUPPORTS", "Bertrand Quillet") in found, found
        assert ("Bertrand Quillet", "SUPPORTS", name) not in found, found


@pytest.mark.parametrize(
    "text",
    [
        "Bertrand Quillet a rallié Claire Voisin.",
        "Bertrand Quillet a rallié Claire Voisin à la surprise générale.",
        "Bertrand Quillet a rallié Claire Voisin au second tour.",
    ],
)
def test_rallying_someone_with_no_cause_of_ones_own_is_joining_them(extractor, text):
    check(
        extractor,
        text,
        [("Bertrand Quillet", "SUPPORTS", "Claire Voisin")],
        [("Claire Voisin", "SUPPORTS", "Bertrand Quillet")],
    )


def test_failing_to_win_someone_over_says_nothing(extractor):
    found = edges(
        extractor, "Bertrand Quillet n'a pas réussi à rallier Claire Voisin à sa candidature."
    )
    assert not {e for e in found if e[1] in {"SUPPORTS", "REJECTS"}}, found


# --- support received: the giver, when named, supports the one who receives -----------------

RECEIVED = [
    "Bertrand Quillet engrange un soutien de poids : celui d'Odile Farge.",
    "À gauche, Bertrand Quillet engrange lui aussi un soutien, et pas n'importe lequel : celui "
    "d'Odile Farge, l'ancienne candidate dissidente.",
]


@pytest.mark.parametrize("text", RECEIVED)
def test_a_giver_named_on_a_stand_in_supports(extractor, text):
    check(
        extractor,
        text,
        [("Odile Farge", "SUPPORTS", "Bertrand Quillet")],
        [("Bertrand Quillet", "SUPPORTS", "Odile Farge")],
    )


def test_support_received_from_nobody_named_makes_no_supporter(extractor):
    found = edges(
        extractor,
        "Claire Voisin a présidé la séance. De son côté, Bertrand Quillet engrangeait les "
        "soutiens publics parmi les poids lourds du parti.",
    )
    assert ("Bertrand Quillet", "SUPPORTS", "Claire Voisin") not in found, found


def test_the_support_that_is_missing_is_none(extractor):
    found = edges(extractor, "Bertrand Quillet a reçu des soutiens, mais pas celui d'Odile Farge.")
    assert ("Odile Farge", "SUPPORTS", "Bertrand Quillet") not in found, found


# --- subjects listed with "puis" ---------------------------------------------------------------

LISTED_WITH_PUIS = [
    "Odile Farge, Claire Voisin puis Armand Touvenel ont appelé leurs électeurs à voter pour "
    "Bertrand Quillet.",
    "Odile Farge, Claire Voisin puis Armand Touvenel ont rejoint Bertrand Quillet.",
]


@pytest.mark.parametrize("text", LISTED_WITH_PUIS)
def test_each_subject_listed_with_puis_supports(extractor, text):
    found = edges(extractor, text)
    for name in ("Odile Farge", "Claire Voisin", "Armand Touvenel"):
        assert (name, "SUPPORTS", "Bertrand Quillet") in found, found


# --- not a single vote ------------------------------------------------------------------------

NO_VOTE = [
    ("Odile Farge ne donnera pas une seule voix à Bertrand Quillet.", "Bertrand Quillet"),
    ("Odile Farge n'apportera aucune voix au Rassemblement national.", "Front national"),
    (
        "Au second tour, Odile Farge n'accordera aucun suffrage à Bertrand Quillet.",
        "Bertrand Quillet",
    ),
    ("Odile Farge, qui ne donnera aucune voix au RN, votera blanc.", "Front national"),
]


@pytest.mark.parametrize(("text", "rejected"), NO_VOTE)
def test_not_a_single_vote_is_a_refusal(extractor, text, rejected):
    check(
        extractor,
        text,
        [("Odile Farge", "REJECTS", rejected)],
        [("Odile Farge", "SUPPORTS", rejected)],
    )


@pytest.mark.parametrize(
    "text",
    [
        "Odile Farge n'a pas donné une voix d'avance à Bertrand Quillet.",
        "Odile Farge a donné une voix à Bertrand Quillet.",
    ],
)
def test_one_vote_is_no_refusal(extractor, text):
    assert ("Odile Farge", "REJECTS", "Bertrand Quillet") not in edges(extractor, text)


# --- a second pair told by a demonstrative after a stance noun -------------------------------

ELLIPTIC = [
    "Avec le ralliement d'Odile Farge à Bertrand Quillet et celui d'Armand Touvenel à Claire "
    "Voisin, le congrès est joué.",
    "Le soutien d'Odile Farge à Bertrand Quillet, puis celui d'Armand Touvenel à Claire Voisin, "
    "ont surpris.",
    "Après le ralliement, mardi, d'Odile Farge à Bertrand Quillet et celui d'Armand Touvenel à "
    "Claire Voisin, les forces sont connues.",
    "Le ralliement d'Odile Farge à Bertrand Quillet, et celui d'Armand Touvenel à Claire Voisin, "
    "ont clarifié le paysage.",
]


@pytest.mark.parametrize("text", ELLIPTIC)
def test_a_demonstrative_after_a_stance_noun_tells_a_second_pair(extractor, text):
    check(
        extractor,
        text,
        [
            ("Odile Farge", "SUPPORTS", "Bertrand Quillet"),
            ("Armand Touvenel", "SUPPORTS", "Claire Voisin"),
        ],
        [("Armand Touvenel", "SUPPORTS", "Bertrand Quillet")],
    )


@pytest.mark.parametrize(
    "text",
    [
        "Le soutien d'Odile Farge à Bertrand Quillet, mais pas celui d'Armand Touvenel à Claire "
        "Voisin, est acquis.",
        "Le ralliement d'Odile Farge à Bertrand Quillet et celui d'Armand Touvenel au printemps "
        "ont surpris.",
    ],
)
def test_a_demonstrative_denied_or_without_its_object_tells_nothing(extractor, text):
    found = edges(extractor, text)
    assert ("Armand Touvenel", "SUPPORTS", "Claire Voisin") not in found, found
    assert ("Armand Touvenel", "SUPPORTS", "Bertrand Quillet") not in found, found


# --- an adjective set off by a comma is not under the clause's negation ----------------------

DETACHED = [
    "Éliminée au premier tour, Odile Farge n'a donné aucune consigne, fidèle à la ligne fixée "
    "par Bertrand Quillet.",
    "Odile Farge n'a fait aucun commentaire, fidèle à Bertrand Quillet.",
    "Battue dimanche, Odile Farge n'a donné aucune consigne de vote, fidèle à la ligne de "
    "Bertrand Quillet.",
    "Odile Farge ne fera aucune déclaration, fidèle à la stratégie de Bertrand Quillet.",
]


@pytest.mark.parametrize("text", DETACHED)
def test_a_detached_adjective_of_allegiance_is_support(extractor, text):
    check(
        extractor,
        text,
        [("Odile Farge", "SUPPORTS", "Bertrand Quillet")],
        [("Odile Farge", "REJECTS", "Bertrand Quillet")],
    )


@pytest.mark.parametrize(
    "text",
    [
        "Odile Farge n'est pas fidèle à Bertrand Quillet.",
        "Odile Farge ne restera pas fidèle à Bertrand Quillet.",
        "Odile Farge n'a jamais été fidèle à Bertrand Quillet.",
    ],
)
def test_an_adjective_under_its_own_negation_stays_a_refusal(extractor, text):
    check(
        extractor,
        text,
        [("Odile Farge", "REJECTS", "Bertrand Quillet")],
        [("Odile Farge", "SUPPORTS", "Bertrand Quillet")],
    )


def test_a_detached_hostile_adjective_stays_a_refusal(extractor):
    check(
        extractor,
        "Odile Farge n'a signé aucun appel, hostile à Bertrand Quillet.",
        [("Odile Farge", "REJECTS", "Bertrand Quillet")],
        [("Odile Farge", "SUPPORTS", "Bertrand Quillet")],
    )


# --- a relative clause's subject apposed between commas ---------------------------------------

RELATIVE_APPOSED = [
    (
        "Bertrand Quillet, que sa tête de liste, Odile Farge, accuse de trahison, se tait.",
        "REJECTS",
    ),
    (
        "Bertrand Quillet, que la présidente du groupe, Odile Farge, soutient depuis mars, se "
        "tait.",
        "SUPPORTS",
    ),
    (
        "Bertrand Quillet, que son adjointe, Odile Farge, critique ouvertement, se tait.",
        "REJECTS",
    ),
    ("Bertrand Quillet, que la maire, Odile Farge, a soutenu, se tait.", "SUPPORTS"),
    (
        "Bertrand Quillet, que son ancienne adjointe, Odile Farge, accuse de trahison, se tait.",
        "REJECTS",
    ),
]


@pytest.mark.parametrize(("text", "relation"), RELATIVE_APPOSED)
def test_the_antecedent_is_the_object_past_an_apposed_subject(extractor, text, relation):
    check(extractor, text, [("Odile Farge", relation, "Bertrand Quillet")])


def test_an_apposed_subject_with_a_relative_of_its_own_is_left_alone(extractor):
    found = edges(
        extractor,
        "Bertrand Quillet, que sa rivale, Odile Farge, qui soutient Claire Voisin, attaque, se "
        "tait.",
    )
    assert ("Odile Farge", "SUPPORTS", "Bertrand Quillet") not in found, found


def test_dont_before_an_apposed_subject_owns_the_subject_not_the_object(extractor):
    found = edges(
        extractor,
        "Il vise ouvertement Debout la France, dont le candidat local, Armand Touvenel, a "
        "refusé dès mars toute liste commune.",
    )
    assert ("Armand Touvenel", "REJECTS", "Debout la France") not in found, found


# --- pressing for someone's sanction -----------------------------------------------------------

SANCTIONS = [
    "Odile Farge a demandé des sanctions contre Bertrand Quillet.",
    "En réponse, la ministre Odile Farge avait exigé la saisie de la commission et demandé des "
    "sanctions contre Bertrand Quillet.",
    "Odile Farge réclame une sanction à l'encontre de Bertrand Quillet.",
    "Odile Farge a plaidé pour des sanctions contre Bertrand Quillet.",
]


@pytest.mark.parametrize("text", SANCTIONS)
def test_pressing_for_a_sanction_is_a_refusal(extractor, text):
    check(extractor, text, [("Odile Farge", "REJECTS", "Bertrand Quillet")])


@pytest.mark.parametrize(
    "text",
    [
        "Odile Farge n'a pas demandé de sanctions contre Bertrand Quillet.",
        "Odile Farge s'est opposée aux sanctions demandées contre Bertrand Quillet.",
    ],
)
def test_a_sanction_not_asked_or_opposed_is_no_refusal(extractor, text):
    assert ("Odile Farge", "REJECTS", "Bertrand Quillet") not in edges(extractor, text)
