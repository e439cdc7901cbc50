"""Stances with both ends in one sentence, round 23 (eighteenth session, second stance round).

Families of news phrasing the base (fdc5573) misread:

- a fronted description whose complement names a person, then the described person's own
  name set off by commas (« Le conseiller de la présidente de région X, Y, rejette … », « La
  porte-parole du ministre X, Y, votera pour Z »): Y is the subject, X only completes the
  noun (``arguments._set_off_after_possessor``, ``arguments._possessor``). The base gave X the
  stance. Traps: a place as the complement, a name with no comma after it;
- a relative whose subject follows its verb, inside the subject's noun phrase (« Les
  électeurs que soutiennent les Républicains se mobilisent pour Y », « Les associations qu'a
  soutenues X rejettent Y »): the name belongs to the relative, the main verb's subject is the
  noun (``arguments._inverted_relative_subject``; a group's words stop at a relative:
  ``arguments.GROUP_RELATIVES``). The base gave the party or the person the stance. Traps:
  a list « que conduit X » (a list acts through its leader), « les élus du RN », an
  antecedent name (« X, que soutiennent les Verts, appelle … »);
- a seat refused in someone's executive (« X ne siégera pas dans l'exécutif de Y », « refuse
  de siéger dans l'exécutif de Y », « ne participeront pas à l'exécutif de Y »): X REJECTS Y,
  like a seat refused in Y's government or majority (``cues.toml``; the gold of blind16 has
  it required). Traps: a seat taken, an executive of no one;
- a verb of wanting before the cue in an inverted object relative (« X, que comptaient
  soutenir les communistes », « qu'entendaient soutenir les socialistes »): read through like
  « a décidé de soutenir » (``arguments._controls_infinitive``, ``grammar.toml``
  ``relative_control_verbs``), as « les communistes comptaient soutenir X » already was. Traps:
  a relative on a thing, a negated wish, « que » as a conjunction before an infinitive.

Every sentence is our own; the names are invented.
"""

from __future__ import annotations

import pytest
from fixtures_extract import assert_edges, claim_triples


def edges(extractor, text: str) -> set[tuple[str, str, str]]:
    return claim_triples(extractor, text, "2024-03-10")


QUILLET = "Bertrand Quillet"


# --- « Le conseiller de la ministre X, Y, … »: Y, not X ------------------------------------------


@pytest.mark.parametrize(
    ("text", "edge", "possessor"),
    [
        (
            "Le conseiller spécial de la présidente de région Hélène Garrigue, Armand Touvenel, "
            "rejette la candidature de Bertrand Quillet.",
            ("Armand Touvenel", "REJECTS", QUILLET),
            "Hélène Garrigue",
        ),
        (
            "La porte-parole du ministre Gaston Merle, Odile Farge, votera pour Bertrand Quillet.",
            ("Odile Farge", "SUPPORTS", QUILLET),
            "Gaston Merle",
        ),
        (
            "Le directeur de campagne de la candidate Hélène Garrigue, Armand Touvenel, a rallié "
            "Bertrand Quillet.",
            ("Armand Touvenel", "SUPPORTS", QUILLET),
            "Hélène Garrigue",
        ),
        (
            "Le chef de cabinet de la maire Hélène Garrigue, Armand Touvenel, appelle à voter "
            "pour Bertrand Quillet.",
            ("Armand Touvenel", "SUPPORTS", QUILLET),
            "Hélène Garrigue",
        ),
        (
            "La suppléante du député Gaston Merle, Claire Voisin, soutiendra Bertrand Quillet.",
            ("Claire Voisin", "SUPPORTS", QUILLET),
            "Gaston Merle",
        ),
    ],
)
def test_the_name_set_off_after_a_possessor_is_the_subject(
    extractor, text: str, edge: tuple[str, str, str], possessor: str
) -> None:
    assert_edges(edges(extractor, text), [edge], [(possessor, edge[1], QUILLET)])


@pytest.mark.parametrize(
    ("text", "edge"),
    [
        (
            "La maire de Lille, Claire Voisin, soutient Bertrand Quillet.",
            ("Claire Voisin", "SUPPORTS", QUILLET),
        ),
        (
            "L'ex-directrice de campagne du parti de Gaston Merle, Odile Farge, soutient "
            "désormais Bertrand Quillet.",
            ("Odile Farge", "SUPPORTS", QUILLET),
        ),
        (
            "L'ancienne collaboratrice du député Gaston Merle, Claire Voisin, dénonce Bertrand "
            "Quillet.",
            ("Claire Voisin", "REJECTS", QUILLET),
        ),
    ],
)
def test_apposed_names_still_hold_their_stance(
    extractor, text: str, edge: tuple[str, str, str]
) -> None:
    assert_edges(edges(extractor, text), [edge], [("Gaston Merle", edge[1], QUILLET)])


# --- « Les électeurs que soutient P se mobilisent pour Y »: not P's stance -----------------------


@pytest.mark.parametrize(
    ("text", "tempting"),
    [
        (
            "Les électeurs que soutiennent les Républicains se mobilisent pour Bertrand Quillet.",
            ("Les Républicains", "SUPPORTS", QUILLET),
        ),
        (
            "Les militants qu'encadre le Parti socialiste votent pour Claire Voisin.",
            ("Parti socialiste", "SUPPORTS", "Claire Voisin"),
        ),
        (
            "Les jeunes que forme La France insoumise soutiennent Armand Touvenel.",
            ("La France insoumise", "SUPPORTS", "Armand Touvenel"),
        ),
        (
            "Les élus que finance le Rassemblement national dénoncent Bertrand Quillet.",
            ("Front national", "REJECTS", QUILLET),
        ),
        (
            "Les associations qu'a soutenues Odile Farge rejettent la candidature de Bertrand "
            "Quillet.",
            ("Odile Farge", "REJECTS", QUILLET),
        ),
        (
            "Les sympathisants qu'a réunis Odile Farge samedi se mobilisent pour Bertrand Quillet.",
            ("Odile Farge", "SUPPORTS", QUILLET),
        ),
    ],
)
def test_the_inverted_subject_of_a_relative_holds_no_stance(
    extractor, text: str, tempting: tuple[str, str, str]
) -> None:
    assert_edges(edges(extractor, text), [], [tempting])


@pytest.mark.parametrize(
    ("text", "edge"),
    [
        (
            "La liste que conduit Armand Touvenel soutient Claire Voisin.",
            ("Armand Touvenel", "SUPPORTS", "Claire Voisin"),
        ),
        (
            "Les élus du Rassemblement national dénoncent Bertrand Quillet.",
            ("Front national", "REJECTS", QUILLET),
        ),
        (
            "Odile Farge, que soutiennent les Verts, appelle à voter pour Bertrand Quillet.",
            ("Odile Farge", "SUPPORTS", QUILLET),
        ),
    ],
)
def test_a_leader_a_group_and_an_antecedent_keep_their_stance(
    extractor, text: str, edge: tuple[str, str, str]
) -> None:
    assert_edges(edges(extractor, text), [edge])


# --- « ne siégera pas dans l'exécutif de X »: a refusal of X's executive -------------------------


@pytest.mark.parametrize(
    ("text", "edge"),
    [
        (
            "Claire Voisin ne siégera pas dans l'exécutif d'Armand Touvenel.",
            ("Claire Voisin", "REJECTS", "Armand Touvenel"),
        ),
        (
            "Les élus communistes ne siégeront pas dans l'exécutif de Claire Voisin.",
            ("Parti communiste français", "REJECTS", "Claire Voisin"),
        ),
        (
            "Odile Farge a annoncé qu'elle ne siégerait pas dans l'exécutif de Bertrand Quillet.",
            ("Odile Farge", "REJECTS", QUILLET),
        ),
        (
            "Odile Farge refuse de siéger dans l'exécutif de Bertrand Quillet.",
            ("Odile Farge", "REJECTS", QUILLET),
        ),
        (
            "Les écologistes ne participeront pas à l'exécutif de Bertrand Quillet.",
            ("Europe Écologie Les Verts", "REJECTS", QUILLET),
        ),
    ],
)
def test_refusing_a_seat_in_an_executive_rejects_its_head(
    extractor, text: str, edge: tuple[str, str, str]
) -> None:
    assert_edges(edges(extractor, text), [edge])


@pytest.mark.parametrize(
    "text",
    [
        "Odile Farge siégera dans l'exécutif de Bertrand Quillet.",
        "Odile Farge ne siégera pas dans l'exécutif régional, a confirmé Bertrand Quillet.",
    ],
)
def test_a_seat_taken_or_an_executive_of_no_one_rejects_no_one(extractor, text: str) -> None:
    assert_edges(edges(extractor, text), [], [("Odile Farge", "REJECTS", QUILLET)])


# --- « X, que voulaient soutenir les Verts »: a control verb inside an inverted relative ---------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Claire Voisin, que comptaient soutenir les communistes, se retire.",
            [("Parti communiste français", "SUPPORTS", "Claire Voisin")],
        ),
        (
            "Armand Touvenel, que voulaient appuyer les écologistes, renonce à se présenter.",
            [("Europe Écologie Les Verts", "SUPPORTS", "Armand Touvenel")],
        ),
        (
            "La maire sortante, Claire Voisin, que comptaient soutenir les Verts et le PCF, a "
            "jeté l'éponge.",
            [
                ("Europe Écologie Les Verts", "SUPPORTS", "Claire Voisin"),
                ("Parti communiste français", "SUPPORTS", "Claire Voisin"),
            ],
        ),
        (
            "Odile Farge, qu'entendaient soutenir les socialistes, a finalement renoncé.",
            [("Parti socialiste", "SUPPORTS", "Odile Farge")],
        ),
    ],
)
def test_a_wanted_support_in_an_inverted_relative(
    extractor, text: str, expected: list[tuple[str, str, str]]
) -> None:
    reversed_edges = [(obj, rel, subj) for subj, rel, obj in expected]  # the base's reading
    assert_edges(edges(extractor, text), expected, reversed_edges)


@pytest.mark.parametrize(
    "text",
    [
        "Le programme que voulaient soutenir les communistes et les Verts a été abandonné.",
        "Claire Voisin, que ne voulaient pas soutenir les communistes, se retire.",
        "Claire Voisin estime que soutenir les communistes serait une faute.",
    ],
)
def test_a_thing_a_refusal_or_a_conjunction_supports_no_one(extractor, text: str) -> None:
    found = edges(extractor, text)
    assert ("Parti communiste français", "SUPPORTS", "Claire Voisin") not in found, found
    assert ("Europe Écologie Les Verts", "SUPPORTS", "Parti communiste français") not in found
