"""Stances with both ends in one sentence, round 19 (sixteenth session).

Precision first: two families of false edges the base (668da69) drew, each phrasing below
failing there.

- clauses coordinated around one object pronoun: « X la soutient et Y la combat » gave
  X SUPPORTS Y (the parser hangs Y on the first verb as a conjunct). An object clitic before a
  cue verb is that verb's object, so a bare name after it is the subject of another clause
  (``arguments._object_clitic_before``); a later name followed by its own clitic and verb («
  soutient A et B la combat ») opens a clause too (``arguments._clitic_clause``);
- a censure motion refused: « s'oppose à la motion de censure contre le gouvernement de X », «
  a rejeté la censure du gouvernement de X », « refuse de s'associer à la motion de défiance
  visant X » gave REJECTS X. Refusing the motion spares X: neither the refusing verb (through
  its object, its owner or the government's head) nor the motion's own noun makes the refuser
  reject X (``arguments._motion_refused``, ``censure_motion_in``; lemmas in ``grammar.toml``
  ``[arguments] motion_refusals``). Tabling or voting the motion still rejects X.

An end put to a support, whatever adjunct of time, place or manner stands in the verb group: «
a mis fin sur une radio locale à son soutien à X » gave SUPPORTS X (the adjunct broke the parse's
chain); the end is read on the surface too (``negation._end_put_before``). An end denied («
n'a pas mis fin à son soutien à X ») leaves the support standing (it gave TEMPTED_BY), and an end
put to something else (« a mis fin aux spéculations : elle apporte son soutien à X », which gave
REJECTS) leaves the support told (``negation._withdrawn``: the stance noun itself, with « à »).

Then a family the base missed (each phrasing failing at 668da69): not one vote, told without a
verb, mostly quoted (« Pas une voix pour X », « pas un bulletin pour le RN »): the speaker
rejects X (a noun cue of ``cues.toml`` needing its negation); a count of votes is no cue.

Every sentence is our own; the names are invented.
"""

from __future__ import annotations

import pytest
from fixtures_extract import assert_edges, claim_triples


def edges(extractor, text: str) -> set[tuple[str, str, str]]:
    return claim_triples(extractor, text, "2026-03-02")


# --- one object pronoun shared by coordinated clauses ----------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Odile Farge la soutient et Bertrand Quillet la combat.",
        "Sur cette réforme, Odile Farge la soutient, Bertrand Quillet la combat.",
        "Odile Farge les soutient et Bertrand Quillet les critique.",
        "Odile Farge la soutient et Bertrand Quillet aussi.",
        "Odile Farge, présidente du groupe, la défend et Bertrand Quillet la rejette.",
    ],
)
def test_a_shared_object_pronoun_is_no_object(extractor, text: str) -> None:
    assert_edges(
        edges(extractor, text),
        forbidden=[
            ("Odile Farge", "SUPPORTS", "Bertrand Quillet"),
            ("Odile Farge", "REJECTS", "Bertrand Quillet"),
        ],
    )


def test_a_later_name_with_its_own_clitic_opens_a_clause(extractor) -> None:
    found = edges(extractor, "Odile Farge soutient Lucie Marchal et Bertrand Quillet la combat.")
    assert_edges(
        found,
        expected=[("Odile Farge", "SUPPORTS", "Lucie Marchal")],
        forbidden=[("Odile Farge", "SUPPORTS", "Bertrand Quillet")],
    )


@pytest.mark.parametrize(
    "text, edge",
    [
        (  # a plain list of objects still gives each
            "Odile Farge soutient Lucie Marchal et Bertrand Quillet.",
            ("Odile Farge", "SUPPORTS", "Bertrand Quillet"),
        ),
        (  # a clitic with no name after the verb leaves the object named before
            "Odile Farge a longtemps combattu Bertrand Quillet ; elle le soutient désormais.",
            ("Odile Farge", "SUPPORTS", "Bertrand Quillet"),
        ),
        (  # no clitic: the name after the verb is its object
            "Odile Farge soutient Bertrand Quillet, et Claire Voisin aussi.",
            ("Odile Farge", "SUPPORTS", "Bertrand Quillet"),
        ),
    ],
)
def test_objects_without_a_shared_pronoun_stay(extractor, text: str, edge) -> None:
    assert_edges(edges(extractor, text), expected=[edge])


# --- a censure motion refused --------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Claire Voisin s'oppose à la motion de censure contre le gouvernement d'Armand Touvenel.",
        "Claire Voisin a rejeté la motion de censure contre le gouvernement d'Armand Touvenel.",
        "La députée Claire Voisin, elle, refuse de s'associer à la motion de censure déposée "
        "contre le gouvernement d'Armand Touvenel.",
        "Claire Voisin a dénoncé mardi la censure du gouvernement d'Armand Touvenel.",
        "Opposée à la motion de défiance visant le gouvernement d'Armand Touvenel, Claire "
        "Voisin ne la votera pas.",
        "Claire Voisin combat la motion de censure contre le gouvernement Touvenel.",
    ],
)
def test_refusing_a_censure_spares_the_government(extractor, text: str) -> None:
    assert_edges(
        edges(extractor, text), forbidden=[("Claire Voisin", "REJECTS", "Armand Touvenel")]
    )


@pytest.mark.parametrize(
    "text",
    [
        "Claire Voisin a déposé une motion de censure contre le gouvernement d'Armand Touvenel.",
        "Claire Voisin votera la censure du gouvernement d'Armand Touvenel.",
        "Claire Voisin s'oppose au gouvernement d'Armand Touvenel.",
        "Claire Voisin, qui combat la réforme, a déposé une motion de censure contre le "
        "gouvernement d'Armand Touvenel.",
    ],
)
def test_tabling_or_voting_a_censure_still_rejects(extractor, text: str) -> None:
    assert_edges(edges(extractor, text), expected=[("Claire Voisin", "REJECTS", "Armand Touvenel")])


# --- an end put to a support, whatever the adjunct ------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Claire Voisin a mis fin lundi à son soutien à Armand Touvenel.",
        "Claire Voisin a mis fin, lundi soir à Lyon, à son soutien à Armand Touvenel.",
        "Claire Voisin a brutalement mis fin à son soutien à Armand Touvenel.",
        "Claire Voisin a mis un terme, mardi, à son soutien à Armand Touvenel.",
        "Claire Voisin a mis fin sur une radio locale à son soutien à Armand Touvenel.",
        "Claire Voisin a mis fin avec fracas à son soutien à Armand Touvenel.",
    ],
)
def test_an_ended_support_is_no_support(extractor, text: str) -> None:
    assert_edges(
        edges(extractor, text), forbidden=[("Claire Voisin", "SUPPORTS", "Armand Touvenel")]
    )


@pytest.mark.parametrize(
    "text",
    [
        "Claire Voisin n'a pas mis fin, malgré la polémique, à son soutien à Armand Touvenel.",
        "Claire Voisin n'a pas mis fin sur une radio locale à son soutien à Armand Touvenel.",
        "Claire Voisin a mis fin aux spéculations : elle apporte son soutien à Armand Touvenel.",
    ],
)
def test_an_end_denied_or_put_to_something_else_is_no_rejection(extractor, text: str) -> None:
    assert_edges(
        edges(extractor, text), forbidden=[("Claire Voisin", "REJECTS", "Armand Touvenel")]
    )


# --- not one vote, told without a verb ------------------------------------------------------


@pytest.mark.parametrize(
    "text, edge",
    [
        (
            "Éliminée dimanche, Odile Farge prévient : « Pas une voix pour le Rassemblement "
            "national. »",
            ("Odile Farge", "REJECTS", "Front national"),
        ),
        (
            "Odile Farge prévient : « Pas une voix pour Bertrand Quillet. »",
            ("Odile Farge", "REJECTS", "Bertrand Quillet"),
        ),
        (
            "Odile Farge l'a redit lundi : pas une voix pour le RN.",
            ("Odile Farge", "REJECTS", "Front national"),
        ),
        (
            "Devant ses militants, Odile Farge a répété sa ligne : « Pas une voix pour La France "
            "insoumise. »",
            ("Odile Farge", "REJECTS", "La France insoumise"),
        ),
    ],
)
def test_not_one_vote_rejects(extractor, text: str, edge) -> None:
    assert_edges(edges(extractor, text), expected=[edge])


@pytest.mark.parametrize(
    "text, edge",
    [
        (
            "Odile Farge prévient : « Aucun bulletin pour le RN, pas un seul. »",
            ("Odile Farge", "REJECTS", "Front national"),
        ),
        (
            "Odile Farge prévient : « Aucun bulletin pour Bertrand Quillet. »",
            ("Odile Farge", "REJECTS", "Bertrand Quillet"),
        ),
        (
            "Odile Farge prévient : « Aucun soutien au RN. »",
            ("Odile Farge", "REJECTS", "Front national"),
        ),
    ],
)
def test_none_told_without_a_verb_rejects(extractor, text: str, edge) -> None:
    assert_edges(edges(extractor, text), expected=[edge])


@pytest.mark.parametrize(
    "text",
    [
        "Odile Farge a recueilli 312 voix pour Bertrand Quillet.",
        "Il a manqué une voix à Odile Farge pour battre Bertrand Quillet.",
        "Odile Farge n'a pas obtenu une voix de plus que Bertrand Quillet.",
        "Odile Farge n'a pas oublié les voix données à Bertrand Quillet en 2020.",
        "« Pas une voix pour Bertrand Quillet ? Je n'ai jamais dit ça », proteste Odile Farge.",
    ],
)
def test_a_count_of_votes_is_no_refusal(extractor, text: str) -> None:
    assert_edges(edges(extractor, text), forbidden=[("Odile Farge", "REJECTS", "Bertrand Quillet")])


@pytest.mark.parametrize(
    "text",
    [
        "Odile Farge prévient : « Une alliance avec Bertrand Quillet. »",
        "Odile Farge a commenté l'alliance avec Bertrand Quillet.",
        "Odile Farge n'a commenté aucune alliance avec Bertrand Quillet.",
        "Odile Farge salue l'accord avec Bertrand Quillet.",
    ],
)
def test_a_quoted_noun_or_a_comment_is_no_stance(extractor, text: str) -> None:
    found = edges(extractor, text)
    assert_edges(
        found,
        forbidden=[
            ("Odile Farge", "REJECTS", "Bertrand Quillet"),
            ("Odile Farge", "SUPPORTS", "Bertrand Quillet"),
        ],
    )


# --- a joint ticket told as a team ----------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Bertrand Quillet fera équipe avec Odile Farge aux régionales.",
        "Pour les municipales, Bertrand Quillet a choisi de faire équipe avec l'écologiste Odile "
        "Farge.",
        "Bertrand Quillet, maire sortant, fait équipe avec Odile Farge depuis le premier tour.",
        "Bertrand Quillet a accepté de faire équipe avec Odile Farge, qui sera sa numéro deux.",
    ],
)
def test_teaming_up_is_a_mutual_support(extractor, text: str) -> None:
    assert_edges(
        edges(extractor, text),
        expected=[
            ("Bertrand Quillet", "SUPPORTS", "Odile Farge"),
            ("Odile Farge", "SUPPORTS", "Bertrand Quillet"),
        ],
    )


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Bertrand Quillet est prêt à faire équipe avec Odile Farge.",
            ("Bertrand Quillet", "TEMPTED_BY", "Odile Farge"),
        ),
        (
            "Bertrand Quillet a refusé de faire équipe avec Odile Farge.",
            ("Bertrand Quillet", "REJECTS", "Odile Farge"),
        ),
        (
            "Bertrand Quillet ne fera jamais équipe avec Odile Farge.",
            ("Bertrand Quillet", "REJECTS", "Odile Farge"),
        ),
        ("Bertrand Quillet aurait pu faire équipe avec Odile Farge.", None),
        ("Bertrand Quillet avait fait équipe avec Odile Farge en 2014.", None),
        ("Faire équipe avec Odile Farge ? Bertrand Quillet n'y songe pas.", None),
    ],
)
def test_a_team_wished_refused_or_past_is_no_support(extractor, text: str, expected) -> None:
    found = edges(extractor, text)
    assert_edges(
        found,
        expected=[expected] if expected else [],
        forbidden=[("Bertrand Quillet", "SUPPORTS", "Odile Farge")],
    )


# --- a support one can count on, « sans faille » ---------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Bertrand Quillet peut compter sur le soutien sans faille d'Odile Farge.",
        "Candidat à sa succession, Bertrand Quillet sait pouvoir compter sur l'appui sans faille "
        "de la maire, Odile Farge.",
        "Bertrand Quillet pourra compter, dès le premier tour, sur le soutien sans condition "
        "d'Odile Farge.",
    ],
)
def test_an_unreserved_support_counted_on(extractor, text: str) -> None:
    assert_edges(
        edges(extractor, text),
        expected=[("Odile Farge", "SUPPORTS", "Bertrand Quillet")],
        forbidden=[("Bertrand Quillet", "SUPPORTS", "Odile Farge")],
    )


@pytest.mark.parametrize(
    "text",
    [
        "Bertrand Quillet ne peut pas compter sur le soutien sans faille d'Odile Farge.",
        "Bertrand Quillet espère pouvoir compter sur le soutien sans faille d'Odile Farge.",
    ],
)
def test_a_support_hoped_for_or_denied_is_none(extractor, text: str) -> None:
    assert_edges(
        edges(extractor, text), forbidden=[("Odile Farge", "SUPPORTS", "Bertrand Quillet")]
    )
