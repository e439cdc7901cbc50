"""Membership as news writes it, second round: a party in apposition to someone's party noun,
a label in parentheses with a score, investiture, heading a party's list, leadership of "le
parti" once the party is named, plural roles with a party adjective, the party adjectives the
gazetteer lacked, and the subject noun whose complement is a name ("le fils de X"). Each
family has its traps: a miss is better than a wrong edge."""

from __future__ import annotations

import pytest
from fixtures_extract import claim_triples


def edges(extractor, text: str, date: str = "2019-06-01") -> set[tuple[str, str, str]]:
    return claim_triples(extractor, text, date)


def members(extractor, text: str) -> set[tuple[str, str]]:
    return {(s, o) for s, r, o in edges(extractor, text) if r == "MEMBER_OF"}


PS, LR, RN = "Parti socialiste", "Les Républicains", "Front national"
LFI, PCF, EELV = "La France insoumise", "Parti communiste français", "Europe Écologie Les Verts"


@pytest.mark.parametrize(
    ("text", "member"),
    [
        ("Le parti de Julien Mercadier, Les Républicains, a tranché.", ("Julien Mercadier", LR)),
        ("Julien Mercadier a réuni son parti, le PS, à Lyon.", ("Julien Mercadier", PS)),
        (
            "Claire Dufay a consulté sa formation, Europe Écologie Les Verts, avant de répondre.",
            ("Claire Dufay", EELV),
        ),
        (
            "Julien Mercadier, qui dirige son propre parti, Debout la France, a répondu.",
            ("Julien Mercadier", "Debout la France"),
        ),
    ],
)
def test_a_party_in_apposition_to_a_persons_party_noun_is_theirs(extractor, text, member):
    assert member in members(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        "Julien Mercadier a quitté son ancien parti, le PS, en 2017.",
        "L'ancien parti de Julien Mercadier, le PS, a perdu.",
        "Julien Mercadier a critiqué Claire Dufay et son parti, le PS.",  # whose party?
    ],
)
def test_a_former_or_ambiguous_party_noun_binds_nobody(extractor, text):
    assert members(extractor, text) == set()


@pytest.mark.parametrize(
    ("text", "member"),
    [
        ("Julien Mercadier (LR, 23 %) devance ses rivaux.", ("Julien Mercadier", LR)),
        ("Claire Dufay (EELV, 12,4 %) se maintient.", ("Claire Dufay", EELV)),
        ("Claire Dufay (PS), maire de Rennes, a réagi.", ("Claire Dufay", PS)),
    ],
)
def test_a_label_in_parentheses_with_a_score_is_a_membership(extractor, text, member):
    assert member in members(extractor, text)


def test_a_former_label_in_parentheses_is_none(extractor):
    assert members(extractor, "Julien Mercadier (ex-PS) a réagi.") == set()


@pytest.mark.parametrize(
    ("text", "member"),
    [
        ("Julien Mercadier, investi par LR, a lancé sa campagne.", ("Julien Mercadier", LR)),
        (
            "La candidate investie par le PS, Claire Dufay, a lancé sa campagne.",
            ("Claire Dufay", PS),
        ),
        (
            "Claire Dufay, investie par La France insoumise dans la 3e circonscription, "
            "fait campagne.",
            ("Claire Dufay", LFI),
        ),
        (
            "Le candidat adoubé par le RN, Julien Mercadier, a tenu meeting.",
            ("Julien Mercadier", RN),
        ),
    ],
)
def test_investiture_by_a_party_is_a_membership(extractor, text, member):
    assert member in members(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        "Battu par la candidate investie par le PS, Julien Mercadier a réagi.",
        "Julien Mercadier, non investi par LR, se présente.",
    ],
)
def test_someone_elses_or_a_denied_investiture_is_none(extractor, text):
    assert members(extractor, text) == set()


@pytest.mark.parametrize(
    ("text", "member"),
    [
        ("La liste LFI menée par Claire Dufay arrive troisième.", ("Claire Dufay", LFI)),
        ("La liste du PS conduite par Julien Mercadier a obtenu 12 %.", ("Julien Mercadier", PS)),
        ("La liste écologiste emmenée par Claire Dufay a obtenu 9 %.", ("Claire Dufay", EELV)),
        ("Les listes du RN conduites par Julien Mercadier progressent.", ("Julien Mercadier", RN)),
        ("Julien Mercadier, tête de liste du RN, a tenu meeting.", ("Julien Mercadier", RN)),
    ],
)
def test_heading_one_partys_list_is_a_membership(extractor, text, member):
    assert member in members(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        "La liste LR-UDI menée par Julien Mercadier arrive en tête.",  # which of the two?
        "La liste LFI a battu celle menée par Claire Dufay.",
    ],
)
def test_a_joint_list_or_another_list_says_nothing_of_its_leader(extractor, text):
    assert members(extractor, text) == set()


@pytest.mark.parametrize(
    ("text", "member"),
    [
        ("Julien Mercadier a été élu à la tête des Républicains.", ("Julien Mercadier", LR)),
        (
            "Les Républicains ont choisi leur chef. Julien Mercadier a été élu à la tête du parti.",
            ("Julien Mercadier", LR),
        ),
        (
            "Le PCF a tenu congrès. Claire Dufay, élue à la tête du parti, a parlé.",
            ("Claire Dufay", PCF),
        ),
    ],
)
def test_leading_the_party_just_named_is_a_membership(extractor, text, member):
    assert member in members(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        "Le PS et LR ont voté. Julien Mercadier a été élu à la tête du parti.",  # which one?
        "Le PCF a tenu congrès. Claire Dufay n'a pas été élue à la tête du parti.",
        "Le PCF a tenu congrès. Claire Dufay a quitté la tête du parti.",
    ],
)
def test_leading_an_unclear_party_or_leaving_it_is_none(extractor, text):
    assert not {m for m in members(extractor, text) if m[0] in {"Julien Mercadier", "Claire Dufay"}}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Les députés insoumis Julien Mercadier et Claire Dufay ont quitté l'hémicycle.",
            {("Julien Mercadier", LFI), ("Claire Dufay", LFI)},
        ),
        (
            "Les sénateurs communistes Julien Mercadier, Claire Dufay et Paul Verdier ont voté.",
            {("Julien Mercadier", PCF), ("Claire Dufay", PCF), ("Paul Verdier", PCF)},
        ),
        (
            "La députée insoumise Claire Dufay a interpellé le gouvernement.",
            {("Claire Dufay", LFI)},
        ),
        ("L'eurodéputé écologiste Julien Mercadier a réagi.", {("Julien Mercadier", EELV)}),
    ],
)
def test_a_role_with_a_party_adjective_before_names(extractor, text, expected):
    assert expected <= members(extractor, text)


def test_a_plural_role_not_before_the_names_labels_nobody(extractor):
    text = "Les députés insoumis ont reçu Julien Mercadier et Claire Dufay."
    assert members(extractor, text) == set()


@pytest.mark.parametrize(
    ("text", "member"),
    [
        ("Le maire lepéniste Julien Mercadier a réagi.", ("Julien Mercadier", RN)),
        ("La porte-parole mélenchoniste Claire Dufay a répondu.", ("Claire Dufay", LFI)),
        (
            "Le militant anticapitaliste Julien Mercadier a répondu.",
            ("Julien Mercadier", "Nouveau Parti anticapitaliste"),
        ),
        ("Le député umpiste Julien Mercadier a réagi.", ("Julien Mercadier", LR)),
    ],
)
def test_party_adjectives_the_gazetteer_lacked(extractor, text, member):
    assert member in members(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        "Le fils de Julien Mercadier a rejoint le PS.",
        "La sœur de Claire Dufay a adhéré à LFI.",
    ],
)
def test_a_name_completing_the_subject_noun_is_not_the_subject(extractor, text):
    assert members(extractor, text) == set()


@pytest.mark.parametrize(
    ("text", "edge"),
    [
        ("Julien Mercadier a adhéré au PS en 2005.", ("Julien Mercadier", "MEMBER_OF", PS)),
        (
            "Claire Dufay a rejoint Emmanuel Macron.",
            ("Claire Dufay", "SUPPORTS", "Emmanuel Macron"),
        ),
        (
            "Julien Mercadier, porte-parole du PCF, a réagi.",
            ("Julien Mercadier", "SPOKESPERSON_OF", PCF),
        ),
        (
            "Claire Dufay, co-secrétaire nationale d'EELV, a répondu.",
            ("Claire Dufay", "MEMBER_OF", EELV),
        ),
    ],
)
def test_joining_a_party_is_membership_and_joining_a_person_is_support(extractor, text, edge):
    assert edge in edges(extractor, text)


@pytest.mark.parametrize(
    ("text", "member"),
    [
        ("Claire Dufay, du PS, a répondu.", ("Claire Dufay", PS)),
        ("Julien Mercadier, de Reconquête, a réagi.", ("Julien Mercadier", "Reconquête")),
        (
            "Julien Mercadier a tendu la main à Claire Dufay, de La France insoumise (LFI).",
            ("Claire Dufay", LFI),
        ),
    ],
)
def test_a_party_alone_in_apposition_after_de_is_a_membership(extractor, text, member):
    assert member in members(extractor, text)


def test_more_than_a_party_in_the_apposition_is_none(extractor):
    assert members(extractor, "Julien Mercadier, du côté du PS, a réagi.") == set()


@pytest.mark.parametrize(
    ("text", "member"),
    [
        (
            "Julien Mercadier fera liste commune avec l'écologiste Claire Dufay.",
            ("Claire Dufay", EELV),
        ),
        ("La socialiste Claire Dufay a répondu.", ("Claire Dufay", PS)),
        ("Julien Mercadier a débattu avec le communiste Paul Verdier.", ("Paul Verdier", PCF)),
    ],
)
def test_a_singular_party_adjective_before_a_name_labels_it(extractor, text, member):
    assert member in members(extractor, text)


def test_a_former_party_adjective_labels_nobody(extractor):
    assert members(extractor, "L'ancien socialiste Julien Mercadier a rejoint Horizons.") == {
        ("Julien Mercadier", "Horizons")
    }


def test_a_plural_role_with_a_party_name_before_names_labels_each(extractor):
    text = "Les sénateurs LR Julien Mercadier, Claire Dufay et Paul Verdier ont voté contre."
    assert {(n, LR) for n in ("Julien Mercadier", "Claire Dufay", "Paul Verdier")} <= members(
        extractor, text
    )


def test_a_party_listed_with_names_labels_nobody(extractor):
    assert members(extractor, "Le PS, Julien Mercadier et Claire Dufay ont signé.") == set()


# --- membership stated in an enumeration after a party-labelled group ---------------------------

ENUMERATED = [
    (
        "Selon nos informations, Michel Barnier a retenu plusieurs membres de sa famille Les "
        "Républicains (LR), à savoir Anne Morel au Logement, Paul Girard aux Transports, et "
        "Julie Brun à la Culture.",
        "Les Républicains",
        {"Anne Morel", "Paul Girard", "Julie Brun"},
    ),
    (
        "Le Premier ministre a aussi nommé des ministres MoDem, avec Claire Fontaine, chargée "
        "de l'Europe, et Marc Leroy à la Défense.",
        "Mouvement démocrate",
        {"Claire Fontaine", "Marc Leroy"},
    ),
    (
        "Plusieurs élus socialistes, dont Anne Morel et Paul Girard, ont signé la tribune.",
        "Parti socialiste",
        {"Anne Morel", "Paul Girard"},
    ),
    (
        "Le gouvernement compte trois personnalités insoumises : Anne Morel, Paul Girard et "
        "Julie Brun.",
        "La France insoumise",
        {"Anne Morel", "Paul Girard", "Julie Brun"},
    ),
]


@pytest.mark.parametrize(("text", "party", "members"), ENUMERATED)
def test_names_enumerated_after_a_labelled_group_are_members(extractor, text, party, members):
    found = claim_triples(extractor, text, "2024-09-20")
    # the possessor of "sa famille Les Républicains" is a member too (test_membership_round7)
    possessor = {"Michel Barnier"}
    assert {s for s, r, o in found if r == "MEMBER_OF" and o == party} - possessor == members


ENUMERATION_TRAPS = [
    "Plusieurs anciens élus socialistes, dont Anne Morel et Paul Girard, ont rejoint la liste.",
    "Les ministres LR ont dîné avec Paul Girard et Anne Morel.",
    "Des élus LR, avec le soutien de Paul Girard, ont voté le texte.",
    "Le PS a réuni ses cadres, dont Anne Morel et Paul Girard.",
]


@pytest.mark.parametrize("text", ENUMERATION_TRAPS)
def test_no_membership_from_a_former_group_or_a_mere_companion(extractor, text):
    found = claim_triples(extractor, text, "2024-09-20")
    assert not {e for e in found if e[1] == "MEMBER_OF" and e[0] in {"Anne Morel", "Paul Girard"}}


# --- a role before a party whose name has a hyphen or a bracketed abbreviation ------------------

HYPHENATED_PARTIES = [
    (
        "Le président du Parti chrétien-démocrate (PCD) Paul Girard a rejoint la liste.",
        ("Paul Girard", "MEMBER_OF", "Parti chrétien-démocrate"),
    ),
    (
        "La secrétaire nationale d'Europe Écologie-Les Verts (EELV) Anne Morel a parlé.",
        ("Anne Morel", "MEMBER_OF", "Europe Écologie Les Verts"),
    ),
    (
        "Le porte-parole du Parti radical de gauche (PRG) Marc Leroy a parlé.",
        ("Marc Leroy", "SPOKESPERSON_OF", "Parti radical de gauche"),
    ),
]


@pytest.mark.parametrize(("text", "edge"), HYPHENATED_PARTIES)
def test_a_role_reads_across_a_hyphenated_party_and_its_abbreviation(extractor, text, edge):
    assert edge in claim_triples(extractor, text, "2018-09-23")


def test_a_former_role_across_a_hyphenated_party_is_no_membership(extractor):
    text = "L'ancien président du Parti chrétien-démocrate (PCD) Paul Girard a rejoint la liste."
    assert not {e for e in claim_triples(extractor, text, "2018-09-23") if e[1] == "MEMBER_OF"}


# --- deputy mayors and local referents as membership roles -------------------------------------

LOCAL_ROLES = [
    ("Le premier adjoint LR, Paul Girard, regrette une campagne solitaire.", "Les Républicains"),
    ("La première adjointe écologiste Anne Morel votera contre.", "Europe Écologie Les Verts"),
    ("Marc Leroy, adjoint PCF, soutient la liste.", "Parti communiste français"),
    ("Le RN a parlé. Sa référente départementale, Claire Fontaine, attend.", "Front national"),
    ("Paul Girard, référent LFI de la circonscription, a parlé.", "La France insoumise"),
]


@pytest.mark.parametrize(("text", "party"), LOCAL_ROLES)
def test_a_deputy_mayor_or_referent_with_a_party_is_a_member(extractor, text, party):
    found = claim_triples(extractor, text, "2020-03-10")
    assert any(r == "MEMBER_OF" and o == party for _, r, o in found)


@pytest.mark.parametrize(
    "text",
    [
        "Anne Morel, adjointe au maire socialiste de Valbourg, a salué ce retrait.",
        "Anne Morel, ancienne adjointe socialiste, a salué ce retrait.",
        "Anne Morel, l'adjointe du maire socialiste, a salué ce retrait.",
    ],
)
def test_no_membership_from_the_mayors_party_or_a_former_post(extractor, text):
    found = claim_triples(extractor, text, "2020-03-10")
    assert ("Anne Morel", "MEMBER_OF", "Parti socialiste") not in found


# --- a party led or represented by a titled person ----------------------------------------------

REPRESENTED = [
    (
        "Le Rassemblement national sera représenté par Paul Girard, un cadre de 38 ans.",
        "Paul Girard",
        "Front national",
    ),
    (
        "Les Républicains seront représentés par Anne Morel dans la 3e circonscription.",
        "Anne Morel",
        "Les Républicains",
    ),
    (
        "Les insoumis, emmenés par le député Marc Leroy, présenteront leur liste.",
        "Marc Leroy",
        "La France insoumise",
    ),
]


@pytest.mark.parametrize(("text", "person", "party"), REPRESENTED)
def test_a_party_represented_or_led_by_a_person_has_them_as_member(extractor, text, person, party):
    assert (person, "MEMBER_OF", party) in claim_triples(extractor, text, "2026-02-18")


@pytest.mark.parametrize(
    "text",
    [
        "Le PS, représenté par son avocat Paul Girard, a porté plainte.",
        "Le candidat sera représenté par Paul Girard au débat.",
        "Le PS a été battu par le député Paul Girard.",
    ],
)
def test_no_membership_from_a_lawyer_a_stand_in_or_a_winner(extractor, text):
    found = claim_triples(extractor, text, "2026-02-18")
    assert not {e for e in found if e[0] == "Paul Girard" and e[1] == "MEMBER_OF"}


# --- a role in a "dont" relative on a party -----------------------------------------------------

PARTY_RELATIVES = [
    (
        "Elle refuse toute alliance avec le MoDem, dont la candidate, Anne Morel, courtise les "
        "électeurs.",
        ("Anne Morel", "MEMBER_OF", "Mouvement démocrate"),
    ),
    (
        "Le PS, dont le premier secrétaire Paul Girard a parlé, hésite.",
        ("Paul Girard", "MEMBER_OF", "Parti socialiste"),
    ),
    (
        "Les écologistes hésitent. Ils négocient avec le PCF, dont la tête de liste, Julie Brun, "
        "est arrivée deuxième.",
        ("Julie Brun", "MEMBER_OF", "Parti communiste français"),
    ),
]


@pytest.mark.parametrize(("text", "edge"), PARTY_RELATIVES)
def test_a_role_in_a_relative_on_a_party_is_a_membership(extractor, text, edge):
    assert edge in claim_triples(extractor, text, "2009-05-20")


@pytest.mark.parametrize(
    "text",
    [
        "Le PS, dont l'ancien maire Paul Girard a claqué la porte, hésite.",
        "Le PS, dont Paul Girard critique la ligne, hésite.",
    ],
)
def test_no_membership_from_a_former_role_or_a_critic_in_the_relative(extractor, text):
    found = claim_triples(extractor, text, "2009-05-20")
    assert ("Paul Girard", "MEMBER_OF", "Parti socialiste") not in found


# --- "the party (ABBR) of X" --------------------------------------------------------------------

BRACKETED_PARTY_OF = [
    (
        "Le PS a approuvé l'alliance avec La France insoumise (LFI) de Jean-Luc Mélenchon.",
        ("Jean-Luc Mélenchon", "MEMBER_OF", "La France insoumise"),
    ),
    (
        "Les écologistes ont rejoint le Parti communiste français (PCF) de Fabien Roussel dans la "
        "rue.",
        ("Fabien Roussel", "MEMBER_OF", "Parti communiste français"),
    ),
    (
        "Le débat oppose le Rassemblement national (RN) de Jordan Bardella aux autres listes.",
        ("Jordan Bardella", "MEMBER_OF", "Front national"),
    ),
]


@pytest.mark.parametrize(("text", "edge"), BRACKETED_PARTY_OF)
def test_a_party_with_its_abbreviation_then_a_person_is_that_persons(extractor, text, edge):
    assert edge in claim_triples(extractor, text, "2022-05-06")


def test_the_exclusion_from_a_bracketed_party_of_a_person_is_no_membership(extractor):
    text = "La presse a relayé l'exclusion du Parti socialiste (PS) de Paul Girard."
    found = claim_triples(extractor, text, "2022-05-06")
    assert ("Paul Girard", "MEMBER_OF", "Parti socialiste") not in found


# --- twelfth session: one party written once for a list of names --------------------------------
# A plural title glued to a list ("les porte-parole du PS A et B") and a party represented by a
# list ("P sera représenté par A et B, …, C et D"): every name of the list, not only the first.

MODEM, PCF_ = "Mouvement démocrate", "Parti communiste français"

PLURAL_TITLES = [
    (
        "Dans un communiqué, les porte-parole du PCF Armand Touvenel et Claire Voisin ont dénoncé "
        "la réforme.",
        [
            ("Armand Touvenel", "MEMBER_OF", PCF_),
            ("Claire Voisin", "MEMBER_OF", PCF_),
            ("Armand Touvenel", "SPOKESPERSON_OF", PCF_),
            ("Claire Voisin", "SPOKESPERSON_OF", PCF_),
        ],
    ),
    (
        "Au congrès, les trois porte-parole du MoDem Odile Farge, Bertrand Quillet et Claire "
        "Voisin ont pris la parole.",
        [
            ("Bertrand Quillet", "MEMBER_OF", MODEM),
            ("Claire Voisin", "MEMBER_OF", MODEM),
            ("Claire Voisin", "SPOKESPERSON_OF", MODEM),
        ],
    ),
    (
        "Selon les députés du Rassemblement national Armand Touvenel, Odile Farge et Bertrand "
        "Quillet, le texte est mort-né.",
        [
            ("Armand Touvenel", "MEMBER_OF", RN),
            ("Odile Farge", "MEMBER_OF", RN),
            ("Bertrand Quillet", "MEMBER_OF", RN),
        ],
    ),
    (
        "Mardi, les coprésidents du groupe écologiste Claire Voisin et Armand Touvenel ont reçu "
        "le ministre.",
        [("Claire Voisin", "MEMBER_OF", EELV), ("Armand Touvenel", "MEMBER_OF", EELV)],
    ),
    (
        "Les élus du Parti radical Odile Farge et Bertrand Quillet ont quitté la séance.",
        [("Bertrand Quillet", "MEMBER_OF", "Parti radical")],
    ),
    (
        "Les Républicains ont désigné leur équipe. À Lille, les porte-parole du parti Gaspard "
        "Lemoine et Odile Farge ont défendu la ligne du bureau politique.",
        [
            ("Gaspard Lemoine", "SPOKESPERSON_OF", LR),
            ("Odile Farge", "SPOKESPERSON_OF", LR),
            ("Odile Farge", "MEMBER_OF", LR),
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), PLURAL_TITLES)
def test_a_plural_title_glued_to_a_list_gives_every_name_its_party(extractor, text, expected):
    found = claim_triples(extractor, text, "2019-06-01")
    for edge in expected:
        assert edge in found, (edge, found)


PLURAL_TITLE_TRAPS = [
    (  # a former title is no present membership
        "Les anciens porte-parole du PS Armand Touvenel et Claire Voisin ont rejoint Génération.s.",
        [("Claire Voisin", "MEMBER_OF", PS), ("Claire Voisin", "SPOKESPERSON_OF", PS)],
    ),
    (  # the role is the candidate's, not the party's
        "Les porte-parole du candidat socialiste Armand Touvenel et Claire Voisin ont répondu.",
        [("Claire Voisin", "MEMBER_OF", PS), ("Claire Voisin", "SPOKESPERSON_OF", PS)],
    ),
    (  # two parties named before: « du parti » is neither
        "Le PS et le PCF ont rompu. Les porte-parole du parti Armand Touvenel et Claire Voisin "
        "ont regretté la rupture.",
        [
            ("Claire Voisin", "MEMBER_OF", PS),
            ("Claire Voisin", "MEMBER_OF", PCF_),
            ("Armand Touvenel", "SPOKESPERSON_OF", PS),
            ("Armand Touvenel", "SPOKESPERSON_OF", PCF_),
        ],
    ),
    (  # no role noun: opponents of a party are not its members
        "Les adversaires du PS Armand Touvenel et Claire Voisin ont applaudi.",
        [("Claire Voisin", "MEMBER_OF", PS)],
    ),
    (  # the government's spokespeople speak for no party
        "Le PS a réagi. Les porte-parole du gouvernement Armand Touvenel et Claire Voisin ont "
        "répondu.",
        [("Claire Voisin", "SPOKESPERSON_OF", PS), ("Armand Touvenel", "SPOKESPERSON_OF", PS)],
    ),
]


@pytest.mark.parametrize(("text", "forbidden"), PLURAL_TITLE_TRAPS)
def test_a_plural_title_gives_nothing_when_it_is_former_or_another(extractor, text, forbidden):
    found = claim_triples(extractor, text, "2019-06-01")
    for edge in forbidden:
        assert edge not in found, (edge, found)


REPRESENTED_BY = [
    (
        "Reconquête sera représentée sur cette liste par la conseillère régionale Odile Farge, "
        "Bertrand Quillet (sixième) et Claire Voisin, avocate à Lyon, ainsi que par Armand "
        "Touvenel.",
        [
            ("Odile Farge", "Reconquête"),
            ("Bertrand Quillet", "Reconquête"),
            ("Claire Voisin", "Reconquête"),
            ("Armand Touvenel", "Reconquête"),
        ],
    ),
    (
        "Pour les sénatoriales, le PCF sera représenté dans la Somme par Odile Farge, conseillère "
        "régionale, et par Gaspard Lemoine.",
        [("Gaspard Lemoine", PCF_)],
    ),
    (
        "Le MoDem, allié de la majorité depuis 2017, est représenté par Claire Voisin et Gaspard "
        "Lemoine sur la liste commune.",
        [("Gaspard Lemoine", MODEM)],
    ),
    (
        "Dans la commission d'enquête, LR sera représenté par Armand Touvenel, Claire Voisin et "
        "Gaspard Lemoine.",
        [("Claire Voisin", LR), ("Gaspard Lemoine", LR)],
    ),
]


REPRESENTED_BY.append(
    (
        "Le MoDem sera représenté par Claire Voisin et Armand Touvenel ainsi que par Odile Farge.",
        [("Odile Farge", MODEM)],
    )
)


@pytest.mark.parametrize(("text", "expected"), REPRESENTED_BY)
def test_every_name_a_party_is_represented_by_is_its_member(extractor, text, expected):
    found = members(extractor, text)
    for member in expected:
        assert member in found, (member, found)


REPRESENTED_TRAPS = [
    ("Le MoDem ne sera pas représenté par Claire Voisin et Armand Touvenel.", "Armand Touvenel"),
    ("Le MoDem pourrait être représenté par Claire Voisin et Armand Touvenel.", "Armand Touvenel"),
    (  # a name inside a complement is no item of the list
        "Le MoDem sera représenté par Claire Voisin, soutenue par Armand Touvenel, et Odile Farge.",
        "Armand Touvenel",
    ),
    ("Le MoDem sera représenté par Claire Voisin et non par Armand Touvenel.", "Armand Touvenel"),
    # a name after the list that opens a clause of its own (lead, twelfth session)
    (
        "Le MoDem sera représenté par Claire Voisin et Odile Farge, Armand Touvenel étant "
        "candidat pour LR.",
        "Armand Touvenel",
    ),
    (
        "Le MoDem sera représenté par Claire Voisin et Odile Farge, Armand Touvenel se "
        "présentant sous d'autres couleurs.",
        "Armand Touvenel",
    ),
]


@pytest.mark.parametrize(("text", "outsider"), REPRESENTED_TRAPS)
def test_a_representation_denied_wished_or_past_a_complement_gives_nothing(
    extractor, text, outsider
):
    assert (outsider, MODEM) not in members(extractor, text)


# A role predicated by the subject relative right after a name: "X, qui devient trésorière du
# parti" reads like "X devient trésorière du parti".

RELATIVE_ROLES = [
    ("Claire Voisin, qui est députée PS, a voté contre le texte.", ("Claire Voisin", PS)),
    (
        "Le congrès a élu Claire Voisin, qui devient secrétaire nationale d'EELV.",
        ("Claire Voisin", EELV),
    ),
    (
        "On attend désormais Armand Touvenel, qui sera tête de liste du MoDem en juin.",
        ("Armand Touvenel", MODEM),
    ),
    (
        "Sur le plateau, Armand Touvenel, qui reste membre du bureau politique des Républicains, "
        "a défendu le texte.",
        ("Armand Touvenel", LR),
    ),
    (
        "Claire Voisin, avocate à Tulle, qui vient d'être nommée porte-parole du PCF, a répondu.",
        ("Claire Voisin", PCF_),
    ),
]


@pytest.mark.parametrize(("text", "member"), RELATIVE_ROLES)
def test_a_role_in_the_relative_after_a_name_is_that_names(extractor, text, member):
    assert member in members(extractor, text)


def test_a_spokesperson_in_the_relative_after_a_name_speaks_for_the_party(extractor):
    text = "Claire Voisin, qui reste porte-parole du PCF, a voté contre."
    assert ("Claire Voisin", "SPOKESPERSON_OF", PCF_) in claim_triples(
        extractor, text, "2019-06-01"
    )


RELATIVE_TRAPS = [
    ("Le mari de Claire Voisin, qui est député PS, a voté contre.", ("Claire Voisin", PS)),
    ("Armand Touvenel, qui était trésorier du MoDem, a voté contre.", ("Armand Touvenel", MODEM)),
    ("Armand Touvenel, qui n'est plus membre du MoDem, a voté contre.", ("Armand Touvenel", MODEM)),
    (
        "Armand Touvenel, qui serait le futur porte-parole du MoDem, a voté contre.",
        ("Armand Touvenel", MODEM),
    ),
    (
        "Armand Touvenel, qui a été député PS de 2002 à 2012, a voté contre.",
        ("Armand Touvenel", PS),
    ),
    ("Claire Voisin, qui est proche du PS, a voté contre.", ("Claire Voisin", PS)),
    ("Claire Voisin, qui est l'ancienne porte-parole du PS, a voté contre.", ("Claire Voisin", PS)),
    ("Claire Voisin, qui est la rivale du candidat PS, a voté contre.", ("Claire Voisin", PS)),
    ("Claire Voisin, qui est soutenue par le PS, a voté contre.", ("Claire Voisin", PS)),
]


@pytest.mark.parametrize(("text", "member"), RELATIVE_TRAPS)
def test_a_past_negated_unreal_or_anothers_role_in_a_relative_is_none(extractor, text, member):
    assert member not in members(extractor, text)


# A plural group labelled by a party, then a list opener or a bare comma, then names: each
# name is a member ("Une dizaine d'élus insoumis contestataires, dont A et B, …").

LABELLED_GROUPS = [
    (
        "Au conseil régional, les deux vice-présidents communistes, Claire Voisin aux Transports "
        "et Armand Touvenel à la Culture, ont claqué la porte.",
        [("Claire Voisin", PCF_), ("Armand Touvenel", PCF_)],
    ),
    (
        "Une dizaine d'élus insoumis contestataires, dont Claire Voisin et Armand Touvenel, ont "
        "boycotté la réunion.",
        [("Claire Voisin", LFI), ("Armand Touvenel", LFI)],
    ),
    (
        "Une dizaine de sénateurs communistes frondeurs, dont les anciennes ministres Claire "
        "Voisin et Odile Farge, ont voté contre le budget.",
        [("Claire Voisin", PCF_), ("Odile Farge", PCF_)],
    ),
    (
        "Plusieurs élus du PS, comme les députés Claire Voisin et Armand Touvenel, ont publié un "
        "texte.",
        [("Claire Voisin", PS), ("Armand Touvenel", PS)],
    ),
    (
        "Plusieurs maires insoumis, parmi lesquels Claire Voisin, Armand Touvenel ainsi qu'Odile "
        "Farge, ont signé la pétition.",
        [("Odile Farge", LFI)],
    ),
    (
        "Dans l'hémicycle, les trois ministres communistes du gouvernement Jospin, dont Claire "
        "Voisin et Armand Touvenel, ont défendu le texte.",
        [("Claire Voisin", PCF_), ("Armand Touvenel", PCF_)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), LABELLED_GROUPS)
def test_each_name_listed_after_a_labelled_group_is_a_member(extractor, text, expected):
    found = members(extractor, text)
    for member in expected:
        assert member in found, (member, found)


LABELLED_GROUP_TRAPS = [
    (  # a verb follows the name: "comme" compares, it lists nothing
        "Plusieurs élus du PS, comme Claire Voisin l'a rappelé, ont publié un texte.",
        ("Claire Voisin", PS),
    ),
    (  # expelled members are no longer members
        "Les élus PS exclus, dont Claire Voisin et Armand Touvenel, ont publié un texte.",
        ("Armand Touvenel", PS),
    ),
    (  # the names are the subject of the next clause, not an apposition
        "Après avoir rencontré les élus du PS, Claire Voisin et Armand Touvenel ont décidé de "
        "partir.",
        ("Armand Touvenel", PS),
    ),
    (  # the member is the son, not the name his noun is completed by
        "Des militants socialistes, dont le fils de Claire Voisin, ont manifesté.",
        ("Claire Voisin", PS),
    ),
    (  # dissidents may run against the party: nothing
        "Les candidats socialistes dissidents, dont Claire Voisin et Armand Touvenel, se "
        "maintiennent.",
        ("Armand Touvenel", PS),
    ),
]


@pytest.mark.parametrize(("text", "outsider"), LABELLED_GROUP_TRAPS)
def test_a_labelled_group_gives_nothing_past_a_verb_or_to_former_members(extractor, text, outsider):
    assert outsider not in members(extractor, text)


# An investiture in parentheses after a listed name, or before a name in apposition.

INVESTITURES = [
    (
        "La liste compte les eurodéputés Claire Voisin (investie par le MoDem) et Armand Touvenel.",
        ("Claire Voisin", MODEM),
    ),
    (
        "Le duel le plus serré oppose le maire sortant à celui investi par le Rassemblement "
        "national : Armand Touvenel.",
        ("Armand Touvenel", RN),
    ),
    (
        "Il affrontera au second tour la candidate investie par LFI, Claire Voisin, arrivée en "
        "tête.",
        ("Claire Voisin", LFI),
    ),
    (
        "Derrière la tête de liste viennent Bertrand Quillet (investi par le PCF), puis Odile "
        "Farge.",
        ("Bertrand Quillet", PCF_),
    ),
]


@pytest.mark.parametrize(("text", "member"), INVESTITURES)
def test_an_investiture_bracketed_or_before_an_apposed_name_is_a_membership(
    extractor, text, member
):
    assert member in members(extractor, text)


INVESTITURE_TRAPS = [
    ("Battu par le candidat investi par LR, Armand Touvenel se retire.", ("Armand Touvenel", LR)),
    (
        "La liste compte Claire Voisin (soutenue par le MoDem) et Armand Touvenel.",
        ("Claire Voisin", MODEM),
    ),
    (
        "La liste compte Claire Voisin (non investie par le MoDem) et Armand Touvenel.",
        ("Claire Voisin", MODEM),
    ),
    (
        "La liste compte Claire Voisin (investie par le MoDem en 2014) et Armand Touvenel.",
        ("Claire Voisin", MODEM),
    ),
]


@pytest.mark.parametrize(("text", "member"), INVESTITURE_TRAPS)
def test_no_membership_from_a_rivals_a_denied_or_a_dated_investiture(extractor, text, member):
    assert member not in members(extractor, text)


# A role description in a sentence that already stands for the salient person (by a name, a
# pronoun or an earlier description) is someone else's: never a membership of that person.

ALREADY_NAMED = [
    (
        "Armand Touvenel brigue un second mandat à Vannes. Dimanche, il a obtenu 48 % contre 21 % "
        "pour la conseillère régionale écologiste et 9 % pour le candidat frontiste.",
        ("Armand Touvenel", RN),
    ),
    (
        "Armand Touvenel brigue un second mandat à Vannes. Le maire sortant devance nettement le "
        "candidat RN.",
        ("Armand Touvenel", RN),
    ),
    (
        "Claire Voisin mène la liste du MoDem à Brest. Elle affronte le député LR et la candidate "
        "socialiste.",
        ("Claire Voisin", PS),
    ),
]


@pytest.mark.parametrize(("text", "member"), ALREADY_NAMED)
def test_a_role_after_the_salient_persons_own_mention_is_anothers(extractor, text, member):
    assert member not in members(extractor, text)


def test_a_role_opening_the_next_sentence_still_binds_the_salient_person(extractor):
    text = (
        "Claire Voisin mène la liste du MoDem à Brest. La candidate centriste a présenté son "
        "programme mardi."
    )
    assert ("Claire Voisin", MODEM) in members(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        "Plusieurs élus du PS, comme les députés Odile Farge et Claire Voisin, ont quitté le "
        "parti.",
        "Plusieurs élus du PS, comme les députés Odile Farge et Claire Voisin, ont claqué la porte "
        "du parti.",
        "Plusieurs élus du PCF, comme les conseillers Odile Farge et Claire Voisin, ont quitté "
        "la formation.",
    ],
)
def test_a_labelled_group_that_leaves_its_party_gives_no_membership(extractor, text):
    """A word of leaving after the list (lead, twelfth session): the group's members are on their
    way out, so its label is no present membership."""
    found = claim_triples(extractor, text, "2026-02-18")
    members = {e[0] for e in found if e[1] == "MEMBER_OF"}
    assert not members & {"Odile Farge", "Claire Voisin"}
