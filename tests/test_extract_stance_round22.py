"""Stances with both ends in one sentence, round 22 (seventeenth session, second round).

Families of news phrasing the base (7f4ea29) misread or missed:

- what befalls someone, told with a participle and « par »: « X a dénoncé les menaces reçues
  par Y », « les attaques subies par Y », « les insultes essuyées par Y »: Y is the victim of
  what X denounces, never its owner, so no X REJECTS Y (the base read the participle's agent as
  the owner: ``rules._owner``, ``cues.toml`` ``undergo_verbs``). The agent of an act
  (« les menaces proférées par Z », « la réforme défendue par Z ») is still rejected;
- « X a exclu de voter pour Y », « avait toujours exclu de soutenir Y »: a refusal, REJECTS; the
  base also read the participle « exclu » as the impersonal « (il est) exclu de … » and so as a
  negation of the refusal, which left nothing (``negation._active_perfect``). Traps: « n'a pas
  exclu de … » (a temptation), a condition;
- an invitation answered in a relative after a comma: « X a pressé Y de la rejoindre, ce qu'il
  a refusé », « …, une offre qu'elle a déclinée »: Y REJECTS X (``rules._refused_in_relative``);
  traps: a negated refusal, an acceptance, a refusal by someone else;
- an order to rally: « X a sommé Y de rejoindre sa majorité », « X presse Y de franchir le
  pas » (``cues.toml``: « sommer » and the forms « somme », « presse » among the invitation
  verbs, with a rallying word required); traps: an order to do anything else, the nouns « la
  presse », « une somme ».

Eighteenth session (x18-stance), families from real16/blind16's misses:

- a joint list between a party and a person is the party's support of the person, whichever
  is the subject (« X conduira une liste d'union avec Les Écologistes et le PCF », « les
  communistes, qui ont fait liste commune avec X »): the gold's convention in every set (6
  party-to-person edges required, none person-to-party; ``cues.toml`` ``joint_list``). Traps: a
  refusal stays the refuser's own, a list of two people binds both;
- an object relative whose subject follows its verb (« X, que soutenaient les communistes et
  les Verts », « X, qu'appuie le PS »): each listed subject holds the stance toward the
  antecedent (``arguments.inverted_relative``), never toward one another. Traps: a relative on
  a thing (« le programme que soutiennent … »), a negated one, a name past a comma that opens
  the main clause.
- a party's investiture told actively is its support of the candidate (« LR a investi contre
  lui X », « le PS a investi en urgence une conseillère régionale, X »): gold of all sets, 2
  required, 1 not annotated. A party keeping its candidate or its list in the race is read as
  nothing (the gold has it both ways: « maintient le sortant, X » required once, « maintient sa
  liste conduite par X » unannotated once). Told passively (« X, investi par P ») the gold has
  the membership only (5 sentences against 1), so the active cue is ``active_only``. Short
  adjuncts before a direct object (« contre lui », « en urgence ») no longer hide it
  (``arguments._passing_adjuncts``).
  Traps: a negated, hoped-for, withdrawn or passive investiture, « se maintient face à »;
- support told by the votes or the help that carried someone (« réélu avec l'appoint décisif
  des élus du FN », « grâce aux voix du FN », « grâce au soutien des Verts »): the party
  SUPPORTS the one elected (``rules._party_body_holder``). Traps: « sans l'appoint de »,
  « 40 % des voix », a hope.
- a sanction of a counted group, then its names (« LR ont voté l'exclusion de trois de leurs
  membres : A, B et C », « le PS a exclu trois conseillers municipaux : A, B et C »): the party
  REJECTS each person listed (``arguments.counted_list``). Traps: a count with no names, names
  past a finite verb.
- a pact one would not join (« X, qui n'avait pas voulu signer l'accord de la Nupes »: X
  REJECTS it) and a place taken on someone's list (« a accepté une place éligible chez Y »: X
  SUPPORTS Y). Traps: wanting the pact, commenting on it, a place refused, not obtained or
  only a rank.

Every sentence is our own; the names are invented.
"""

from __future__ import annotations

import pytest
from fixtures_extract import assert_edges, claim_triples


def edges(extractor, text: str) -> set[tuple[str, str, str]]:
    return claim_triples(extractor, text, "2024-03-10")


FARGE_QUILLET = ("Odile Farge", "REJECTS", "Bertrand Quillet")
FARGE_VOISIN = ("Odile Farge", "REJECTS", "Claire Voisin")


# --- the victim of what is denounced is not rejected ------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Odile Farge a dénoncé les menaces reçues par Bertrand Quillet.",
        "Odile Farge a condamné les attaques subies par Bertrand Quillet.",
        "Odile Farge s'est indignée des menaces reçues par Bertrand Quillet, le maire de Tours.",
        "La députée Odile Farge a fustigé mardi les insultes essuyées par le sénateur Bertrand "
        "Quillet.",
        "Odile Farge a condamné les violences endurées par Bertrand Quillet lors du meeting.",
        "Odile Farge a dénoncé les pressions exercées sur Bertrand Quillet.",
        "Odile Farge a condamné les menaces proférées contre Bertrand Quillet.",
    ],
)
def test_the_victim_of_what_is_denounced_is_not_rejected(extractor, text: str) -> None:
    assert_edges(edges(extractor, text), [], [FARGE_QUILLET])


@pytest.mark.parametrize(
    "text",
    [
        "Odile Farge a condamné les menaces proférées par Claire Voisin contre Bertrand Quillet.",
        "Odile Farge a condamné les menaces lancées par Claire Voisin.",
        "Odile Farge a dénoncé la réforme défendue par Claire Voisin.",
    ],
)
def test_the_agent_of_what_is_denounced_is_rejected(extractor, text: str) -> None:
    assert_edges(edges(extractor, text), [FARGE_VOISIN], [FARGE_QUILLET])


# --- « a exclu de soutenir X »: a refusal, not the impersonal « il est exclu de » ---------------


@pytest.mark.parametrize(
    "text",
    [
        "Odile Farge a exclu de voter pour Bertrand Quillet.",
        "Odile Farge a toujours exclu de voter pour Bertrand Quillet.",
        "La sénatrice Odile Farge avait exclu, dès l'automne, de soutenir Bertrand Quillet au "
        "second tour.",
        "Odile Farge, qui a catégoriquement exclu de s'allier avec Bertrand Quillet, tiendra "
        "meeting samedi.",
    ],
)
def test_having_ruled_out_a_support_rejects(extractor, text: str) -> None:
    assert_edges(edges(extractor, text), [FARGE_QUILLET])


@pytest.mark.parametrize(
    "text",
    [
        "Odile Farge n'a pas exclu de voter pour Bertrand Quillet.",
        "Odile Farge n'a jamais exclu de soutenir Bertrand Quillet.",
        "Odile Farge a exclu de voter pour Bertrand Quillet si la droite s'y rallie.",
    ],
)
def test_a_support_not_ruled_out_or_conditioned_rejects_nobody(extractor, text: str) -> None:
    assert_edges(edges(extractor, text), [], [FARGE_QUILLET])


# --- an invitation answered in a relative after it -------------------------------------------

QUILLET_REJECTS_FARGE = ("Bertrand Quillet", "REJECTS", "Odile Farge")


@pytest.mark.parametrize(
    "text",
    [
        "Odile Farge a pressé Bertrand Quillet de la rejoindre, ce qu'il a refusé.",
        "Odile Farge a proposé à Bertrand Quillet de rejoindre sa liste, une offre qu'il a "
        "déclinée.",
        "Odile Farge a invité Bertrand Quillet à rejoindre sa liste, ce qu'il a aussitôt refusé.",
        "Odile Farge a invité Bertrand Quillet à rejoindre sa liste, ce que Bertrand Quillet a "
        "refusé.",
    ],
)
def test_an_invitation_refused_in_a_relative_rejects_the_inviter(extractor, text: str) -> None:
    assert_edges(
        edges(extractor, text),
        [("Odile Farge", "INVITED_TO_RALLY", "Bertrand Quillet"), QUILLET_REJECTS_FARGE],
    )


@pytest.mark.parametrize(
    "text",
    [
        "Odile Farge a invité Bertrand Quillet à rejoindre sa liste, ce qu'il n'a pas refusé.",
        "Odile Farge a invité Bertrand Quillet à rejoindre sa liste, ce qu'il a accepté.",
        "Odile Farge a invité Bertrand Quillet à rejoindre sa liste, une offre que Claire Voisin "
        "a refusée.",
    ],
)
def test_an_invitation_not_refused_by_its_invitee_rejects_nobody(extractor, text: str) -> None:
    assert_edges(edges(extractor, text), [], [QUILLET_REJECTS_FARGE])


# --- an order to rally is an invitation -------------------------------------------------------

FARGE_INVITES_QUILLET = ("Odile Farge", "INVITED_TO_RALLY", "Bertrand Quillet")


@pytest.mark.parametrize(
    "text",
    [
        "Odile Farge a sommé Bertrand Quillet de rejoindre sa majorité.",
        "La maire Odile Farge presse le sénateur Bertrand Quillet de franchir le pas.",
        "Odile Farge presse Bertrand Quillet de franchir le pas.",
        "Odile Farge, la présidente du groupe, a sommé mardi Bertrand Quillet de choisir son camp "
        "et de rallier sa liste.",
    ],
)
def test_an_order_to_rally_invites(extractor, text: str) -> None:
    assert_edges(edges(extractor, text), [FARGE_INVITES_QUILLET])


@pytest.mark.parametrize(
    "text",
    [
        "Odile Farge a sommé Bertrand Quillet de s'expliquer devant la presse.",
        "La presse régionale a interrogé Bertrand Quillet sur son ralliement à Odile Farge.",
        "Odile Farge a versé une somme importante à Bertrand Quillet pour rejoindre sa liste.",
    ],
)
def test_an_order_to_do_anything_else_invites_nobody(extractor, text: str) -> None:
    assert_edges(edges(extractor, text), [], [FARGE_INVITES_QUILLET])


# --- a joint list: the party backs the person ---------------------------------------------------

PCF_QUILLET = ("Parti communiste français", "SUPPORTS", "Bertrand Quillet")
EELV_QUILLET = ("Europe Écologie Les Verts", "SUPPORTS", "Bertrand Quillet")


@pytest.mark.parametrize(
    "text",
    [
        "Le conseiller départemental Bertrand Quillet, socialiste, conduira une liste d'union "
        "avec Les Écologistes et le PCF.",
        "À gauche, Bertrand Quillet mènera une liste commune avec le PCF et Les Écologistes.",
        "Chez les communistes, qui ont fait liste commune avec Bertrand Quillet dès le premier "
        "tour, on se tait. Les Écologistes ont fait liste commune avec lui aussi.",
        "Bertrand Quillet et le PCF ont fait liste commune. Bertrand Quillet fera aussi liste "
        "commune avec Les Écologistes.",
    ],
)
def test_a_joint_list_is_the_partys_support_of_the_person(extractor, text: str) -> None:
    found = edges(extractor, text)
    assert_edges(
        found,
        [PCF_QUILLET],
        [
            ("Bertrand Quillet", "SUPPORTS", "Parti communiste français"),
            ("Bertrand Quillet", "SUPPORTS", "Europe Écologie Les Verts"),
        ],
    )


@pytest.mark.parametrize(
    ("text", "expected", "forbidden"),
    [
        (
            "Bertrand Quillet ne fera pas liste commune avec le PCF.",
            [("Bertrand Quillet", "REJECTS", "Parti communiste français")],
            [("Parti communiste français", "REJECTS", "Bertrand Quillet"), PCF_QUILLET],
        ),
        (
            "Bertrand Quillet fera liste commune avec Odile Farge aux municipales.",
            [("Bertrand Quillet", "SUPPORTS", "Odile Farge")],
            [],
        ),
        (
            "Bertrand Quillet a fait cause commune avec le PCF contre la réforme.",
            [],
            [PCF_QUILLET],
        ),
    ],
)
def test_a_refused_list_or_a_list_of_two_people_keeps_its_subject(
    extractor, text: str, expected, forbidden
) -> None:
    assert_edges(edges(extractor, text), expected, forbidden)


# --- an object relative with its subject after the verb -----------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Le centriste Armand Touvenel l'a emporté face au socialiste Bertrand Quillet, que "
        "soutenaient les communistes et les Verts.",
        "Bertrand Quillet, que soutiennent le PCF et les Verts, arrive en tête.",
        "Le sortant a devancé Bertrand Quillet (PS), qu'appuyaient aussi les communistes et "
        "les écologistes.",
        "Au second tour, le socialiste Bertrand Quillet, qu'ont rallié dimanche les Verts et le "
        "PCF, affrontera le maire.",
        "Bertrand Quillet, que soutiennent le PCF, les radicaux et les Verts, mène la liste.",
    ],
)
def test_each_postposed_subject_of_an_object_relative_backs_its_antecedent(
    extractor, text: str
) -> None:
    assert_edges(
        edges(extractor, text),
        [PCF_QUILLET, EELV_QUILLET],
        [
            ("Parti communiste français", "SUPPORTS", "Europe Écologie Les Verts"),
            ("Europe Écologie Les Verts", "SUPPORTS", "Parti communiste français"),
        ],
    )


@pytest.mark.parametrize(
    ("text", "forbidden"),
    [
        (
            "Le programme que soutiennent les communistes et les Verts a été présenté par "
            "Bertrand Quillet.",
            [PCF_QUILLET, ("Parti communiste français", "SUPPORTS", "Europe Écologie Les Verts")],
        ),
        (
            "Face à Bertrand Quillet, qu'ont rallié les écologistes, Armand Touvenel a perdu.",
            [("Armand Touvenel", "SUPPORTS", "Bertrand Quillet")],
        ),
        (
            "Bertrand Quillet, que ne soutiennent pas les communistes, fait cavalier seul.",
            [PCF_QUILLET],
        ),
        (
            "Le candidat Bertrand Quillet, que n'a jamais soutenu le PCF, se présente seul.",
            [("Bertrand Quillet", "REJECTS", "Parti communiste français"), PCF_QUILLET],
        ),
    ],
)
def test_an_object_relative_on_a_thing_or_negated_backs_nobody(
    extractor, text: str, forbidden
) -> None:
    assert_edges(edges(extractor, text), [], forbidden)


# --- an investiture, or a candidate kept in the race, is the party's support --------------------

LR_FARGE = ("Les Républicains", "SUPPORTS", "Odile Farge")
PS_FARGE = ("Parti socialiste", "SUPPORTS", "Odile Farge")


@pytest.mark.parametrize(
    ("text", "edge"),
    [
        (
            "La fédération des Républicains a investi contre lui une ancienne adjointe, Odile "
            "Farge.",
            LR_FARGE,
        ),
        ("Le PS a investi en urgence une conseillère régionale, Odile Farge.", PS_FARGE),
        ("Les Républicains ont investi Odile Farge dans la 3e circonscription.", LR_FARGE),
    ],
)
def test_an_active_investiture_is_the_partys_support(extractor, text: str, edge) -> None:
    assert_edges(edges(extractor, text), [edge])


@pytest.mark.parametrize(
    "text",
    [
        "Odile Farge n'a pas été investie par le PS.",
        "Odile Farge, investie par le PS en mars, mène campagne.",
        "Cette ancienne militante socialiste a été investie par le PS en mai.",
        "Odile Farge espère être investie par le PS.",
        "Le PS n'a pas investi Odile Farge.",
        "Le PS ne maintient pas Odile Farge.",
        "Crédité de 11 % au premier tour, le PS maintient sa liste conduite par Odile Farge.",
        "Odile Farge se maintient face au Parti socialiste.",
        "Les socialistes ont voté contre lui, comme Odile Farge.",
    ],
)
def test_an_investiture_refused_hoped_or_withdrawn_is_no_support(extractor, text: str) -> None:
    assert_edges(edges(extractor, text), [], [PS_FARGE])


# --- the votes or the help that carried someone ------------------------------------------------

FN_TOUVENEL = ("Front national", "SUPPORTS", "Armand Touvenel")


@pytest.mark.parametrize(
    "text",
    [
        "Armand Touvenel a été réélu avec l'appoint décisif des élus du Front national.",
        "Armand Touvenel a été réélu vendredi avec l'appoint des quinze élus du Front national, "
        "au grand dam de ses alliés.",
        "Armand Touvenel a été réélu grâce aux voix du Front national.",
        "Armand Touvenel a conservé la présidence grâce au soutien du Front national.",
    ],
)
def test_the_votes_that_carried_someone_are_their_support(extractor, text: str) -> None:
    assert_edges(edges(extractor, text), [FN_TOUVENEL])


@pytest.mark.parametrize(
    "text",
    [
        "Armand Touvenel a été réélu sans l'appoint des élus du Front national.",
        "Armand Touvenel a obtenu 40 % des voix face au Front national.",
        "Armand Touvenel espère être réélu grâce aux voix du Front national.",
    ],
)
def test_votes_refused_counted_or_hoped_for_are_no_support(extractor, text: str) -> None:
    assert_edges(edges(extractor, text), [], [FN_TOUVENEL])


def test_a_party_written_with_its_local_leader_is_the_leaders_support(extractor) -> None:
    text = (
        "À gauche, Odile Farge a obtenu le renfort des Verts de Claire Voisin, qui figureront "
        "sur sa liste."
    )
    assert_edges(
        edges(extractor, text),
        [("Claire Voisin", "SUPPORTS", "Odile Farge")],
        [("Europe Écologie Les Verts", "SUPPORTS", "Odile Farge")],
    )


def test_votes_for_a_labelled_candidate_are_not_the_labels(extractor) -> None:
    text = "Le candidat UDF élu avec les voix du FN, la gauche crie au scandale."
    assert_edges(
        edges(extractor, text),
        [],
        [("Front national", "SUPPORTS", "Union pour la démocratie française")],
    )


# --- a sanction of a counted group, then its names ----------------------------------------------

EXCLUDED = ("Armand Touvenel", "Bertrand Quillet", "Odile Farge")


@pytest.mark.parametrize(
    ("text", "party"),
    [
        (
            "Les Républicains ont voté l'exclusion de trois de leurs membres : Armand Touvenel, "
            "Bertrand Quillet et Odile Farge.",
            "Les Républicains",
        ),
        (
            "Le PS a exclu trois conseillers municipaux : Armand Touvenel, Bertrand Quillet et "
            "Odile Farge.",
            "Parti socialiste",
        ),
        (
            "Après des semaines de disputes, les Républicains ont prononcé l'exclusion de trois "
            "élus pro-Macron : Armand Touvenel, Bertrand Quillet et Odile Farge.",
            "Les Républicains",
        ),
    ],
)
def test_a_counted_group_sanctioned_then_named_is_each_rejected(
    extractor, text: str, party: str
) -> None:
    assert_edges(edges(extractor, text), [(party, "REJECTS", name) for name in EXCLUDED])


@pytest.mark.parametrize(
    "text",
    [
        "Le PS a exclu trois militants pour des raisons obscures. Odile Farge s'en étonne.",
        "Le PS a exclu deux conseillers, qui ont rejoint Odile Farge.",
    ],
)
def test_a_counted_group_with_no_names_rejects_nobody_named(extractor, text: str) -> None:
    assert_edges(edges(extractor, text), [], [("Parti socialiste", "REJECTS", "Odile Farge")])


# --- a pact one would not join; a place taken on someone's list ---------------------------------

TOUVENEL_FARGE = ("Armand Touvenel", "SUPPORTS", "Odile Farge")
TOUVENEL_PS = ("Armand Touvenel", "REJECTS", "Parti socialiste")


@pytest.mark.parametrize(
    ("text", "edge"),
    [
        ("Armand Touvenel n'a pas voulu signer l'accord du Parti socialiste.", TOUVENEL_PS),
        (
            "Le dissident Armand Touvenel, qui n'avait pas voulu signer l'accord du PS, obtient "
            "9 %.",
            TOUVENEL_PS,
        ),
        (
            "L'ancien maire Armand Touvenel a surpris en acceptant une place éligible chez Odile "
            "Farge.",
            TOUVENEL_FARGE,
        ),
        ("Armand Touvenel a accepté une place sur la liste d'Odile Farge.", TOUVENEL_FARGE),
    ],
)
def test_a_pact_refused_or_a_place_taken_on_a_list(extractor, text: str, edge) -> None:
    assert_edges(edges(extractor, text), [edge])


@pytest.mark.parametrize(
    "text",
    [
        "Armand Touvenel a voulu signer l'accord du Parti socialiste.",
        "Armand Touvenel n'a pas voulu commenter l'accord du Parti socialiste.",
        "Armand Touvenel a refusé une place éligible chez Odile Farge.",
        "Armand Touvenel n'a pas obtenu de place sur la liste d'Odile Farge.",
        "Armand Touvenel a obtenu la troisième place, derrière Odile Farge.",
    ],
)
def test_a_pact_wanted_or_a_place_refused_or_ranked(extractor, text: str) -> None:
    assert_edges(edges(extractor, text), [], [TOUVENEL_PS, TOUVENEL_FARGE])
