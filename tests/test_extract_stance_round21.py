"""Stances with both ends in one sentence, round 21 (seventeenth session).

Families of news phrasing the base (0bbe395) missed or misread, each phrasing below failing
there:

- blame of an act whose doer is told with « par »: « X dénonce la destruction de la gauche
  par Y », « X a fustigé la mise au pas de la fédération par Y », « X regrette la gestion du
  budget par Y »: X REJECTS Y (``rules._act_agent``). The base drew nothing, or, in a compound
  tense, read « a condamné … par Y » as a passive (Y REJECTS X: ``rules._active_compound``).
  Traps: a doer who is no actor (« l'agression de Y par des militants » blames no Y), a
  participle on a noun (« la main tendue lundi par Y »), a negation, a real passive;
- « dire oui à X », « répondre oui à X »: SUPPORTS, as « dire non » is a refusal; traps: a
  yes to a thing (« au référendum »), a negation, a question;
- a relative on a noun apposed to a name: « X, la libraire qui a dit oui à Y », « X, une élue
  discrète qui a rallié Y »: the relative's subject is X (``arguments.
  _person_before_apposed_noun``); the name before the comma is the one described (« A a
  rencontré B, la militante qui soutient Y »: B);
- an invitation to an idiom of crossing over (« a invité X à « franchir le pas » », « à sauter
  le pas », « de changer de camp »): ``cues.toml`` ``rally_phrases``; trap: hesitating to
  cross over oneself invites no one.

Every sentence is our own; the names are invented.
"""

from __future__ import annotations

import pytest
from fixtures_extract import assert_edges, claim_triples


def edges(extractor, text: str) -> set[tuple[str, str, str]]:
    return claim_triples(extractor, text, "2024-03-10")


QUILLET_FARGE = ("Bertrand Quillet", "REJECTS", "Odile Farge")
FARGE_QUILLET = ("Odile Farge", "REJECTS", "Bertrand Quillet")


# --- blame of an act done by someone ----------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Bertrand Quillet dénonce la destruction de la gauche par Odile Farge.",
        "Bertrand Quillet a fustigé la mise au pas de la fédération par Odile Farge.",
        "Bertrand Quillet a condamné le sabotage de l'accord par Odile Farge.",
        "Bertrand Quillet regrette la destruction de la gauche par Odile Farge.",
        "Bertrand Quillet, le maire de Vierzon, a vivement critiqué mardi la gestion du budget "
        "départemental par Odile Farge.",
    ],
)
def test_blaming_an_act_rejects_its_doer(extractor, text: str) -> None:
    assert_edges(edges(extractor, text), [QUILLET_FARGE], [FARGE_QUILLET])


def test_blaming_an_act_of_a_party_rejects_the_party(extractor) -> None:
    text = "Bertrand Quillet a déploré la mise à l'écart des élus ruraux par le Parti socialiste."
    assert_edges(edges(extractor, text), [("Bertrand Quillet", "REJECTS", "Parti socialiste")])


@pytest.mark.parametrize(
    "text",
    [
        "Bertrand Quillet a dénoncé l'agression d'Odile Farge par des militants.",
        "Bertrand Quillet ne dénonce pas la destruction de la gauche par Odile Farge.",
        "Bertrand Quillet salue la reconstruction de la gauche par Odile Farge.",
        "Bertrand Quillet regrette le départ d'Odile Farge.",
    ],
)
def test_no_blame_of_the_victim_nor_under_negation(extractor, text: str) -> None:
    assert_edges(edges(extractor, text), forbidden=[QUILLET_FARGE, FARGE_QUILLET])


@pytest.mark.parametrize(
    "text",
    [
        "Bertrand Quillet a été critiqué par Odile Farge.",
        "Bertrand Quillet, critiqué par Odile Farge, ne se représentera pas.",
    ],
)
def test_a_real_passive_keeps_its_agent(extractor, text: str) -> None:
    assert_edges(edges(extractor, text), [FARGE_QUILLET], [QUILLET_FARGE])


# --- saying yes -------------------------------------------------------------------------------

MOREAU_TOUVENEL = ("Gisèle Moreau", "SUPPORTS", "Armand Touvenel")


@pytest.mark.parametrize(
    "text",
    [
        "Gisèle Moreau a dit oui à Armand Touvenel.",
        "Longtemps courtisée, la conseillère régionale Gisèle Moreau a finalement dit oui mardi "
        "à Armand Touvenel.",
        "Gisèle Moreau, qui a dit oui à Armand Touvenel, tient boutique à Dole.",
        "Portrait : Gisèle Moreau, la libraire qui a dit oui à Armand Touvenel",
    ],
)
def test_saying_yes_to_someone_supports_them(extractor, text: str) -> None:
    assert_edges(edges(extractor, text), [MOREAU_TOUVENEL])


def test_saying_yes_to_a_party(extractor) -> None:
    text = "Gisèle Moreau répond oui au Parti socialiste."
    assert_edges(edges(extractor, text), [("Gisèle Moreau", "SUPPORTS", "Parti socialiste")])


@pytest.mark.parametrize(
    "text",
    [
        "Gisèle Moreau n'a pas dit oui à Armand Touvenel.",
        "Gisèle Moreau dira-t-elle oui à Armand Touvenel ?",
        "Gisèle Moreau a dit oui au référendum, comme Armand Touvenel.",
    ],
)
def test_no_yes_denied_asked_or_to_a_thing(extractor, text: str) -> None:
    assert_edges(edges(extractor, text), forbidden=[MOREAU_TOUVENEL])


# --- a relative on a noun apposed to a name ---------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Gisèle Moreau, la libraire qui soutient Armand Touvenel, tient boutique à Dole.",
        "Gisèle Moreau, une élue discrète qui a rallié Armand Touvenel, siège à Dole.",
    ],
)
def test_relative_on_an_apposed_noun_is_the_names(extractor, text: str) -> None:
    assert_edges(edges(extractor, text), [MOREAU_TOUVENEL])


def test_relative_on_an_apposed_noun_is_the_nearest_names(extractor) -> None:
    text = "Odile Farge a rencontré Claire Voisin, la militante qui soutient Armand Touvenel."
    assert_edges(
        edges(extractor, text),
        [("Claire Voisin", "SUPPORTS", "Armand Touvenel")],
        [("Odile Farge", "SUPPORTS", "Armand Touvenel")],
    )


# --- invitations to cross over ----------------------------------------------------------------

VOISIN_TOUVENEL = ("Claire Voisin", "INVITED_TO_RALLY", "Armand Touvenel")


@pytest.mark.parametrize(
    "text",
    [
        "Claire Voisin a invité Armand Touvenel à « franchir le pas ».",
        "Claire Voisin a invité Armand Touvenel à « sauter le pas ».",
        "Claire Voisin, la présidente de la fédération RN, a appelé le sénateur Armand Touvenel "
        "à « franchir le Rubicon ».",
        "Claire Voisin a demandé à Armand Touvenel de changer de camp.",
    ],
)
def test_an_invitation_to_cross_over(extractor, text: str) -> None:
    assert_edges(edges(extractor, text), [VOISIN_TOUVENEL])


@pytest.mark.parametrize(
    "text",
    [
        "Claire Voisin n'a pas invité Armand Touvenel à franchir le pas.",
        "Armand Touvenel hésite à franchir le pas, dit Claire Voisin.",
    ],
)
def test_no_invitation_denied_or_hesitation(extractor, text: str) -> None:
    assert_edges(edges(extractor, text), forbidden=[VOISIN_TOUVENEL])


# --- a list of agents with a plural title before names ----------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Odile Farge était soutenue par Bertrand Quillet, Claire Voisin et Armand Touvenel, et "
        "les anciens maires Lucien Ferrand et Gisèle Moreau.",
        "Odile Farge est soutenue par Bertrand Quillet et les conseillers régionaux Lucien "
        "Ferrand et Gisèle Moreau.",
        "Odile Farge était soutenue par Bertrand Quillet et Claire Voisin, les présidents des "
        "deux groupes, et les anciens maires Lucien Ferrand et Gisèle Moreau.",
    ],
)
def test_every_agent_after_a_plural_title_supports(extractor, text: str) -> None:
    found = edges(extractor, text)
    assert_edges(
        found,
        [
            ("Bertrand Quillet", "SUPPORTS", "Odile Farge"),
            ("Lucien Ferrand", "SUPPORTS", "Odile Farge"),
            ("Gisèle Moreau", "SUPPORTS", "Odile Farge"),
        ],
    )


def test_names_of_a_clause_of_their_own_are_no_agents(extractor) -> None:
    """ "et les anciens maires B et C la combattent": B and C are the subjects of another
    verb; the list of agents stops before them."""
    text = (
        "Odile Farge est soutenue par Bertrand Quillet et les anciens maires Lucien Ferrand et "
        "Gisèle Moreau la combattent."
    )
    assert_edges(
        edges(extractor, text),
        [("Bertrand Quillet", "SUPPORTS", "Odile Farge")],
        [
            ("Lucien Ferrand", "SUPPORTS", "Odile Farge"),
            ("Gisèle Moreau", "SUPPORTS", "Odile Farge"),
        ],
    )


# --- a role never replaces the name written after it ------------------------------------------


def test_the_name_after_a_role_is_the_object(extractor) -> None:
    """ "le sénateur divers droite X": the role bound to another senator of the article never
    replaces X, written in the same noun phrase."""
    text = (
        "Paul Sirvent, sénateur de l'Orne, a quitté le PS. Claire Voisin, elle, a invité le "
        "sénateur divers droite Armand Touvenel à nous rejoindre."
    )
    assert_edges(
        edges(extractor, text),
        [VOISIN_TOUVENEL],
        [("Claire Voisin", "INVITED_TO_RALLY", "Paul Sirvent")],
    )


# --- a bare refusal quoted in answer to an invitation -----------------------------------------

TOUVENEL_VOISIN = ("Armand Touvenel", "REJECTS", "Claire Voisin")
INVITATION = "Claire Voisin a invité Armand Touvenel à nous rejoindre. "


@pytest.mark.parametrize(
    "answer",
    [
        "Ce dernier a répondu : « Non merci. »",
        "Ce dernier a répondu par un communiqué laconique : « Non. Et ne m'appelez plus. »",
        "« Non merci », a répondu l'intéressé.",
        "Ce dernier a répondu : « Très peu pour moi ! »",
    ],
)
def test_a_bare_refusal_answers_the_invitation(extractor, answer: str) -> None:
    assert_edges(edges(extractor, INVITATION + answer), [VOISIN_TOUVENEL, TOUVENEL_VOISIN])


@pytest.mark.parametrize(
    "text",
    [
        INVITATION + "Ce dernier a répondu : « Non, je vais y réfléchir. »",
        "Claire Voisin a soutenu Armand Touvenel. Ce dernier a répondu : « Non merci. »",
        INVITATION + "Gisèle Moreau a répondu : « Jamais. »",
    ],
)
def test_no_refusal_read_from_an_answer_that_goes_on_or_answers_nothing(extractor, text) -> None:
    assert_edges(edges(extractor, text), forbidden=[TOUVENEL_VOISIN])


def test_a_relative_after_a_closed_apposition_is_left_to_the_parse(extractor) -> None:
    """A guard: "X, le maire de la commune, qui lui avait ouvert …" (a comma before "qui")
    is not read by the apposed-noun rule, which takes only "X, la libraire qui …"."""
    text = (
        "Gisèle Moreau est pharmacienne. Longtemps, elle a été la protégée de Paul Sirvent, le "
        "maire de la commune, qui lui avait ouvert les portes du conseil."
    )
    assert_edges(
        edges(extractor, text), forbidden=[("Paul Sirvent", "INVITED_TO_RALLY", "Gisèle Moreau")]
    )
