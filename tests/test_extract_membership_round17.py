"""Membership as news writes it, round 17: a known member named right next to the party.

A journalist often states a membership by setting the person's name beside the party's with
no cue word at all (« X, de l'aile gauche du PS », « le président par intérim du RN, X », « la
figure de proue du parti P (…) X », « derrière le président du parti P X »). The co-mention
rule (``loaders/co_mention.py``) reads these for persons the gazetteer knows to be members of
that party at the article's date, and only when nothing else in the sentence could claim the
party or deny the membership.

The persons here are invented and added to a copy of the gazetteer with their memberships
(the rule never guesses a party the gazetteer does not give). Each positive phrasing gave no
membership on a5c326c; the traps must give none: the party of another person in the sentence,
a person as a complement (« soutien à X », « la demande de X »), a departure, a negation, a
fronted adjunct (« Arrivée troisième de la primaire organisée par P, X … »), a quotation, a
former label, a membership the gazetteer ended before the article's date.
"""

from __future__ import annotations

import pytest
from fixtures_extract import claim_triples

from alliancegraph.ontology.gazetteer import Gazetteer, Period, PersonEntry, load_gazetteer

PS, LR, RN, MODEM, EELV = (
    "Parti socialiste",
    "Les Républicains",
    "Front national",
    "Mouvement démocrate",
    "Europe Écologie Les Verts",
)

INVENTED = [
    PersonEntry("Odile Farge", "f", memberships=(Period(PS, "1995-01-01"),)),
    PersonEntry("Bertrand Quillet", "m", memberships=(Period(LR, "2015-05-30"),)),
    PersonEntry("Armand Touvenel", "m", memberships=(Period(RN, "2010-01-01"),)),
    PersonEntry("Sylvain Marmande", "m", memberships=(Period(MODEM, "2008-01-01"),)),
    PersonEntry("Claire Voisin", "f", memberships=(Period(EELV, "2010-01-01", "2019-06-30"),)),
]


@pytest.fixture(scope="module")
def known(extractor):
    """The real extractor with the invented members added to the shipped gazetteer."""
    from alliancegraph.loaders.extractor import Extractor

    base = load_gazetteer()
    gazetteer = Gazetteer(
        parties=base.parties, persons=[*base.persons, *INVENTED], first_names=base.first_names
    )
    return Extractor(nlp=extractor.nlp, gazetteer=gazetteer)


def members(extractor, text: str, date: str) -> set[tuple[str, str]]:
    return {(s, o) for s, r, o in claim_triples(extractor, text, date) if r == "MEMBER_OF"}


@pytest.mark.parametrize(
    ("text", "date", "member"),
    [
        (
            "Lors du débat de jeudi, Odile Farge, de l'aile gauche du PS, a défendu la hausse "
            "du salaire minimum devant les militants.",
            "2021-03-11",
            ("Odile Farge", PS),
        ),
        (
            "La permanence de Saint-Lô a reçu lundi la visite du président par intérim du RN, "
            "Armand Touvenel.",
            "2022-09-05",
            ("Armand Touvenel", RN),
        ),
        (
            "Au Sénat, Sylvain Marmande, du courant majoritaire du MoDem, a voté la motion "
            "avec l'opposition.",
            "2012-11-20",
            ("Sylvain Marmande", MODEM),
        ),
        (
            "La voix la plus écoutée des Républicains (droite, LR) Bertrand Quillet a réclamé "
            "un débat au Parlement.",
            "2019-02-14",
            ("Bertrand Quillet", LR),
        ),
        (
            "Bertrand Quillet, ex-numéro deux du parti LR, paraissait tout près du but mardi.",
            "2018-06-02",
            ("Bertrand Quillet", LR),
        ),
    ],
)
def test_member_named_beside_the_party(known, text, date, member):
    assert member in members(known, text, date)


@pytest.mark.parametrize(
    ("text", "date", "absent"),
    [
        # a departure: the sentence ends the membership the gazetteer still records
        (
            "L'ancienne ministre Odile Farge quitte le PS après l'accord signé avec les insoumis.",
            "2022-05-06",
            ("Odile Farge", PS),
        ),
        # a negation: no seat with the party's group
        (
            "Armand Touvenel dit qu'il ne siégera pas avec le groupe RN s'il est réélu.",
            "2024-07-03",
            ("Armand Touvenel", RN),
        ),
        # a complement: the support given to the person, the party's presidency a goal
        (
            "J'ai apporté mon soutien à Bertrand Quillet pour la présidence de LR en 2017.",
            "2019-10-01",
            ("Bertrand Quillet", LR),
        ),
        # the party of another person named nearer
        (
            "Le maire a fait alliance avec le candidat MoDem Gaspard Ollier, soutenu par "
            "Sylvain Marmande.",
            "2020-06-20",
            ("Sylvain Marmande", MODEM),
        ),
        # a fronted adjunct: the primary is the party's, the subject's place in it is told
        (
            "Arrivée troisième de la primaire organisée par le PS, Odile Farge a annoncé "
            "dimanche qu'elle voterait pour son ancien rival.",
            "2017-01-23",
            ("Odile Farge", PS),
        ),
        # a quotation: a militant's words about the person and the party
        (
            "« Armand Touvenel et le RN, c'est une vieille histoire », s'amuse un militant.",
            "2023-04-02",
            ("Armand Touvenel", RN),
        ),
        # a former label glued to the party
        (
            "Le rapporteur, l'ex-MoDem Sylvain Marmande, a présenté ses conclusions.",
            "2016-04-02",
            ("Sylvain Marmande", MODEM),
        ),
        # a membership the gazetteer ended before the article's date
        (
            "Claire Voisin, longtemps figure d'EELV, a présenté son livre à Lyon.",
            "2021-09-14",
            ("Claire Voisin", EELV),
        ),
        # a coordination: the person and the party side by side, the tie ended
        (
            "Au meeting de Lens, on l'a compris : Armand Touvenel et le RN, c'est fini.",
            "2023-04-02",
            ("Armand Touvenel", RN),
        ),
        # a stance noun between: a tie to the party, not a card
        (
            "Au Sénat, Odile Farge, proche du PS, a voté le texte.",
            "2021-03-11",
            ("Odile Farge", PS),
        ),
        # a minister « de X »: the person is the complement of another's title
        (
            "Le secrétaire d'État, proche du PS et ancien collaborateur d'Odile Farge, a "
            "démissionné.",
            "2016-02-11",
            ("Odile Farge", PS),
        ),
    ],
)
def test_no_membership_from_a_mere_neighbour(known, text, date, absent):
    assert absent not in members(known, text, date)


# --- a party led by a person: the party noun as an anaphor, a title set off, a relative ------


@pytest.mark.parametrize(
    ("text", "date", "member"),
    [
        (
            "Les Républicains ont réuni leur bureau politique samedi. Le parti, présidé par "
            "Gaspard Ollier, a adopté son projet pour les régionales.",
            "2021-05-04",
            ("Gaspard Ollier", LR),
        ),
        (
            "Le RN a perdu son président. En attendant l'élection d'un successeur, le parti "
            "sera conduit par le vice-président délégué, Maxence Roubaud.",
            "2021-05-04",
            ("Maxence Roubaud", RN),
        ),
        (
            "Le MoDem a réuni ses cadres dimanche à Pau. La formation, que dirige Hortense "
            "Villiard depuis l'automne, entend peser aux municipales.",
            "2021-05-04",
            ("Hortense Villiard", MODEM),
        ),
        (
            "Le PS, dirigé depuis 2019 par Eudes Castagnier, a présenté son contre-budget.",
            "2021-05-04",
            ("Eudes Castagnier", PS),
        ),
        (
            "Les Républicains, conduits depuis juin par leur secrétaire général, Gaspard "
            "Ollier, préparent les européennes.",
            "2019-06-03",
            ("Gaspard Ollier", LR),
        ),
        (
            "Dès la rentrée, Les Verts seront conduits par la trésorière, Maryse Delorme.",
            "2019-06-03",
            ("Maryse Delorme", EELV),
        ),
        (
            "Le Parti communiste a tenu son congrès. Le parti présidé par Léonce Arbogast veut "
            "peser à gauche.",
            "2021-05-04",
            ("Léonce Arbogast", "Parti communiste français"),
        ),
    ],
)
def test_party_led_by(extractor, text, date, member):
    assert member in members(extractor, text, date)


@pytest.mark.parametrize(
    ("text", "date", "absent"),
    [
        # two parties named just before: the party noun stands for neither with certainty
        (
            "Le PS et les Verts ont signé un accord. Le parti, présidé par Gaspard Ollier, "
            "s'en félicite.",
            "2021-05-04",
            ("Gaspard Ollier", PS),
        ),
        # a list, not a party
        (
            "Le PS a désigné ses candidats. La liste, conduite par Hortense Villiard, part "
            "favorite.",
            "2021-05-04",
            ("Hortense Villiard", PS),
        ),
        # a former party noun
        (
            "Le PS a désigné ses candidats. Son ancien parti, présidé par Eudes Castagnier, "
            "ne l'a pas soutenu.",
            "2021-05-04",
            ("Eudes Castagnier", PS),
        ),
        # a movement not named yet, as a complement, founded by the person
        (
            "Le PS a lancé un appel. Des discussions sont prévues avec le mouvement créé par "
            "Gaspard Ollier.",
            "2018-10-04",
            ("Gaspard Ollier", PS),
        ),
        # a founding participle: the movement founded is a new one, not the party named
        (
            "Le PS a lancé un appel. Le mouvement, fondé par Gaspard Ollier, veut peser.",
            "2018-10-04",
            ("Gaspard Ollier", PS),
        ),
        # a past leadership in a relative
        (
            "Le MoDem, que dirigeait alors Léonce Arbogast, avait refusé l'alliance.",
            "2021-05-04",
            ("Léonce Arbogast", MODEM),
        ),
    ],
)
def test_party_led_by_traps(extractor, text, date, absent):
    assert absent not in members(extractor, text, date)


# --- « la cheffe de file du RN » -----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "member"),
    [
        ("La cheffe de file du RN, Odile Farge, a dénoncé le projet.", ("Odile Farge", RN)),
        ("Maryse Delorme, cheffe de file du PS, a été reçue à Matignon.", ("Maryse Delorme", PS)),
        (
            "Reçue à l'Élysée, la cheffe de file des Républicains Maryse Delorme a plaidé "
            "pour une baisse des impôts.",
            ("Maryse Delorme", LR),
        ),
        (
            "Selon la cheffe de file d'EELV au conseil régional, Maryse Delorme, le budget est "
            "insincère.",
            ("Maryse Delorme", EELV),
        ),
    ],
)
def test_cheffe_de_file(extractor, text, member):
    assert member in members(extractor, text, "2021-05-04")


def test_cheffe_de_file_of_another_person(extractor):
    """« la cheffe de file de X »: a list's or a camp's, not a party's."""
    found = members(
        extractor,
        "La cheffe de file de Gaspard Ollier, Maryse Delorme, a démissionné.",
        "2021-05-04",
    )
    assert not any(subject == "Maryse Delorme" for subject, _ in found)
