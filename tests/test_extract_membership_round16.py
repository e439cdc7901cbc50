"""Membership as news writes it, round 16: the party mentions and member titles of long
journalistic sentences, where the short form of the same construction already worked.

Families, each with sentences of our own (invented persons, several parties, word orders) that
failed on 3204cc8, and traps that must give nothing or not the tempting edge:

- party names and labels as news writes them: a party's full name of three words or more with
  a lower-case inner word (« le Nouveau parti anticapitaliste »), a member label written with a
  capital before a name (« le Républicain X », « la Verte X »), « conseiller/conseillère » with
  a party label (``loaders/mentions.py``, ``descriptions._adjective_label``);
- a title behind a noun of one person's act (« le retour du président de l'UMP, X, … »,
  « Réplique du secrétaire fédéral communiste, X : ») and « celui de P, X » after a title
  (``descriptions._holder_event``, ``descriptions._elided_role``);
- a party that speaks or fields: « P, dont le responsable, X, … », « P, par la voix de (son
  président,) X », « celle des Verts, emmenée par X », « la présence de X en tête de liste P »
  (``descriptions._whose_role``, ``descriptions._list_leader``, ``loaders/affiliation.py``);
- a move to a party: « X, passé au RN l'an dernier », « parti chez P », « le départ de X vers le
  parti P », « l'arrivée de X au MoDem » (``affiliation._moved``).
"""

from __future__ import annotations

import pytest
from fixtures_extract import claim_triples

MODEM, LR, PS, PCF = (
    "Mouvement démocrate",
    "Les Républicains",
    "Parti socialiste",
    "Parti communiste français",
)
EELV, RN, LFI, UDF = (
    "Europe Écologie Les Verts",
    "Front national",
    "La France insoumise",
    "Union pour la démocratie française",
)
NPA, UDI, NC, RPR = (
    "Nouveau Parti anticapitaliste",
    "Union des démocrates et indépendants",
    "Nouveau Centre",
    "Rassemblement pour la République",
)


def members(extractor, text: str, date: str) -> set[tuple[str, str]]:
    return {(s, o) for s, r, o in claim_triples(extractor, text, date) if r == "MEMBER_OF"}


# --- party names and labels --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "date", "member"),
    [
        (
            "Il dit vouloir discuter avec le Nouveau parti anticapitaliste (NPA) de Claire "
            "Voisin et avec les communistes.",
            "2008-11-20",
            ("Claire Voisin", NPA),
        ),
        (
            "Au congrès, le Nouveau parti anticapitaliste de Claire Voisin a refusé toute "
            "alliance avec le PS.",
            "2009-02-10",
            ("Claire Voisin", NPA),
        ),
        (
            "Le Républicain Bertrand Quillet, 68 ans, part favori pour un quatrième mandat.",
            "2023-09-20",
            ("Bertrand Quillet", LR),
        ),
        (
            "Au conseil, la Verte Odile Farge, quatrième adjointe, prend les mobilités.",
            "2008-03-22",
            ("Odile Farge", EELV),
        ),
        (
            "Dans la salle, l'Insoumise Maëva Castagné applaudit debout.",
            "2019-05-10",
            ("Maëva Castagné", LFI),
        ),
        (
            "La conseillère communiste Odile Farge a voté contre le budget, comme chaque année.",
            "2016-11-28",
            ("Odile Farge", PCF),
        ),
        (
            "Seul le conseiller MoDem, Armand Touvenel, a pris la défense du maire.",
            "2016-11-28",
            ("Armand Touvenel", MODEM),
        ),
    ],
)
def test_party_names_and_labels(extractor, text, date, member):
    assert member in members(extractor, text, date)


@pytest.mark.parametrize(
    ("text", "date", "name", "party"),
    [
        # a foreign party, whatever its case
        ("Claire Voisin a salué le parti communiste chinois.", "2008-11-20", "Claire Voisin", PCF),
        (
            "Claire Voisin, figure du Parti communiste chinois, est arrivée à Paris.",
            "2008-11-20",
            "Claire Voisin",
            PCF,
        ),
        # a newspaper whose title holds a member label
        (
            "Selon Le Républicain lorrain, Bertrand Quillet est favori.",
            "2023-09-20",
            "Bertrand Quillet",
            LR,
        ),
        # an adviser of a person is no member of a party by that
        (
            "Le conseiller de Claire Voisin, Armand Touvenel, a démenti.",
            "2016-11-28",
            "Armand Touvenel",
            PS,
        ),
    ],
)
def test_party_names_and_labels_traps(extractor, text, date, name, party):
    assert (name, party) not in members(extractor, text, date)


def test_a_common_word_is_still_no_person(extractor):
    found = claim_triples(
        extractor, "Le maire Armand Touvenel rejoint le Nouveau Centre.", "2010-09-24"
    )
    assert not any("Le Maire" in s or "Le Maire" in o for s, _, o in found)


# --- titles behind an act noun, « celui de P, X » ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "date", "member"),
    [
        (
            "Il critique le retour du président de l'UMP, Bertrand Quillet, au gouvernement.",
            "2005-05-31",
            ("Bertrand Quillet", LR),
        ),
        (
            "Cela correspond à un lâchage de la présidente du Nouveau Centre, Odile Farge, en "
            "conflit ouvert avec Armand Touvenel.",
            "2012-06-20",
            ("Odile Farge", NC),
        ),
        (
            "Réplique du secrétaire fédéral communiste, Bertrand Quillet : « Nous n'avons pas "
            "de leçon à recevoir. »",
            "2019-10-08",
            ("Bertrand Quillet", PCF),
        ),
        (
            "Le bureau a salué l'élection de la secrétaire départementale du PS, Odile Farge, "
            "au conseil régional.",
            "2015-12-15",
            ("Odile Farge", PS),
        ),
        (
            "Le président de Démocratie libérale s'est rallié à l'UMP mais celui de l'UDF, "
            "Claire Voisin, fait de la résistance.",
            "2002-05-20",
            ("Claire Voisin", UDF),
        ),
        (
            "La présidente du MoDem a signé, mais celle de l'UDI, Odile Farge, refuse toujours.",
            "2014-02-11",
            ("Odile Farge", UDI),
        ),
    ],
)
def test_title_behind_an_act(extractor, text, date, member):
    assert member in members(extractor, text, date)


@pytest.mark.parametrize(
    ("text", "date", "name", "party"),
    [
        # a fronted adjunct's comma: the name is its clause's own subject
        (
            "Après le départ de la candidate RN, Odile Farge a gagné.",
            "2019-10-08",
            "Odile Farge",
            RN,
        ),
        (
            "Après le départ de la candidate RN, Odile Farge, maire de Vire, a gagné.",
            "2019-10-08",
            "Odile Farge",
            RN,
        ),
        # a person's kin: the title is the mayor's
        (
            "Il a présenté le fils du maire socialiste, Bertrand Quillet, hier soir.",
            "2019-10-08",
            "Bertrand Quillet",
            PS,
        ),
        # « celui » standing for something other than a title
        (
            "Le soutien du PS est acquis mais celui de l'UDF, Claire Voisin, se fait attendre.",
            "2002-05-20",
            "Claire Voisin",
            UDF,
        ),
        (
            "Le programme du PS plaît, mais celui de l'UDF, selon Claire Voisin, reste flou.",
            "2002-05-20",
            "Claire Voisin",
            UDF,
        ),
    ],
)
def test_title_behind_an_act_traps(extractor, text, date, name, party):
    assert (name, party) not in members(extractor, text, date)


# --- a party that speaks or fields -------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "date", "member"),
    [
        (
            "Il n'a pas obtenu celui du MoDem local, dont le responsable, Bertrand Quillet, "
            "laisse chacun libre.",
            "2020-06-02",
            ("Bertrand Quillet", MODEM),
        ),
        (
            "Il a le soutien de Place publique, dont la référente locale, Odile Farge, occupe la "
            "deuxième place.",
            "2026-02-17",
            ("Odile Farge", "Place publique"),
        ),
        (
            "Quant à l'UDI, dont un cadre local, Bertrand Quillet, avait figuré sur ses listes, "
            "elle n'a rien dit.",
            "2015-03-25",
            ("Bertrand Quillet", UDI),
        ),
        (
            "Le Mouvement des citoyens de Claire Voisin, dont le candidat, l'instituteur "
            "Bertrand Quillet, a recueilli 4,1 %, hésite encore.",
            "1996-03-18",
            ("Bertrand Quillet", "Mouvement des citoyens"),
        ),
        (
            "La France insoumise, par la voix de Bertrand Quillet, a déjà décliné.",
            "2019-10-08",
            ("Bertrand Quillet", LFI),
        ),
        (
            "Le RPR, partenaire de l'UDF dans la majorité, s'est félicité par la voix de son "
            "secrétaire départemental, Armand Touvenel, d'un « résultat clair ».",
            "1998-03-27",
            ("Armand Touvenel", RPR),
        ),
        (
            "Le PCF s'est exprimé mardi par la voix de Bertrand Quillet.",
            "2019-10-08",
            ("Bertrand Quillet", PCF),
        ),
        (
            "Le vieux maire a reçu le soutien de l'UDF locale, par la voix de son président, "
            "Armand Touvenel.",
            "2000-10-14",
            ("Armand Touvenel", UDF),
        ),
        (
            "La liste de la maire Odile Farge (PS) et celle des Verts conduite par Bertrand "
            "Quillet ont fusionné pour le second tour.",
            "2001-03-13",
            ("Bertrand Quillet", EELV),
        ),
        (
            "La liste socialiste a fusionné lundi avec celle des Verts, emmenée par le "
            "conseiller régional Bertrand Quillet (9,8 %).",
            "2001-03-13",
            ("Bertrand Quillet", EELV),
        ),
        (
            "Point de blocage : la présence de Bertrand Quillet en tête de liste UMP.",
            "2015-05-16",
            ("Bertrand Quillet", LR),
        ),
        (
            "Avec Bertrand Quillet, en tête de la liste du PS, la gauche espère l'emporter.",
            "2015-05-16",
            ("Bertrand Quillet", PS),
        ),
    ],
)
def test_party_speaks_or_fields(extractor, text, date, member):
    assert member in members(extractor, text, date)


@pytest.mark.parametrize(
    ("text", "date", "name", "party"),
    [
        (
            "Le PS a répondu par la voix de son allié, Bertrand Quillet.",
            "2019-10-08",
            "Bertrand Quillet",
            PS,
        ),
        (
            "Le PS a été critiqué par la voix de Bertrand Quillet, élu LR.",
            "2019-10-08",
            "Bertrand Quillet",
            PS,
        ),
        # another clause's speaker
        (
            "Le PS a critiqué le MoDem, qui a répondu par la voix de Bertrand Quillet.",
            "2019-10-08",
            "Bertrand Quillet",
            PS,
        ),
        (
            "Le PS, dont le candidat a dit non, Odile Farge, hésite encore.",
            "2019-10-08",
            "Odile Farge",
            PS,
        ),
        (
            "Le PS, dont l'ancien trésorier, Armand Touvenel, a claqué la porte, hésite.",
            "2019-10-08",
            "Armand Touvenel",
            PS,
        ),
        (
            "Bertrand Quillet arrive en tête des sondages devant le PS.",
            "2015-05-16",
            "Bertrand Quillet",
            PS,
        ),
        (
            "Bertrand Quillet, en tête de la liste d'union PS-PCF, espère l'emporter.",
            "2015-05-16",
            "Bertrand Quillet",
            PCF,
        ),
        # a list headed by someone else: the one placed second gets no other party
        (
            "En tête de liste UMP, Odile Farge a placé Bertrand Quillet en deuxième position, "
            "devant le PS.",
            "2015-05-16",
            "Bertrand Quillet",
            PS,
        ),
    ],
)
def test_party_speaks_or_fields_traps(extractor, text, date, name, party):
    assert (name, party) not in members(extractor, text, date)


def test_nobody_speaks_for_a_government(extractor):
    text = "Le gouvernement, par la voix de sa porte-parole, Odile Farge, a démenti."
    assert members(extractor, text, "2019-10-08") == set()


# --- moves to a party ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "date", "member"),
    [
        (
            "L'ancien adjoint aux finances, Bertrand Quillet, passé au Rassemblement national "
            "l'an dernier, mènera la liste.",
            "2025-11-19",
            ("Bertrand Quillet", RN),
        ),
        (
            "Son ancienne suppléante, Odile Farge, passée chez Horizons l'an dernier, n'était pas "
            "là.",
            "2022-06-19",
            ("Odile Farge", "Horizons"),
        ),
        (
            "Aucune n'a commenté le départ de leur ancien collègue, Bertrand Quillet, parti chez "
            "Debout la France.",
            "2018-06-22",
            ("Bertrand Quillet", "Debout la France"),
        ),
        (
            "Le groupe n'a plus de sénateur depuis le départ de Bertrand Quillet vers le parti "
            "Reconquête lors de la campagne.",
            "2023-09-22",
            ("Bertrand Quillet", "Reconquête"),
        ),
        (
            "L'arrivée d'Odile Farge au MoDem a surpris jusque dans sa majorité.",
            "2019-05-02",
            ("Odile Farge", MODEM),
        ),
        (
            "Le passage de Bertrand Quillet chez Horizons a surpris ses anciens amis.",
            "2022-03-02",
            ("Bertrand Quillet", "Horizons"),
        ),
        (
            "Armand Touvenel, passé du PS au RN en quelques mois, siège désormais à droite.",
            "2024-06-26",
            ("Armand Touvenel", RN),
        ),
    ],
)
def test_moves(extractor, text, date, member):
    assert member in members(extractor, text, date)


@pytest.mark.parametrize(
    ("text", "date", "name", "party"),
    [
        (
            "Bertrand Quillet a passé six ans au PS avant de fonder son mouvement.",
            "2023-09-22",
            "Bertrand Quillet",
            PS,
        ),
        ("Bertrand Quillet n'est jamais passé au RN.", "2023-09-22", "Bertrand Quillet", RN),
        (
            "Le départ de Bertrand Quillet vers le RN serait imminent.",
            "2023-09-22",
            "Bertrand Quillet",
            RN,
        ),
        (
            "L'arrivée de Bertrand Quillet au second tour a surpris le PS.",
            "2023-09-22",
            "Bertrand Quillet",
            PS,
        ),
        (
            "Bertrand Quillet est parti au second tour avec le soutien du PS.",
            "2023-09-22",
            "Bertrand Quillet",
            PS,
        ),
        (
            "L'éventuel départ de Bertrand Quillet vers LR inquiète ses amis.",
            "2023-09-22",
            "Bertrand Quillet",
            LR,
        ),
        # a departure that is a defeat: from a post, to no party
        (
            "Le départ de Bertrand Quillet de la mairie réjouit le PS.",
            "2023-09-22",
            "Bertrand Quillet",
            PS,
        ),
    ],
)
def test_moves_traps(extractor, text, date, name, party):
    assert (name, party) not in members(extractor, text, date)


def test_a_move_is_no_support(extractor):
    found = claim_triples(
        extractor, "Le passage de Bertrand Quillet chez Horizons a surpris.", "2022-03-02"
    )
    assert ("Bertrand Quillet", "SUPPORTS", "Horizons") not in found


# --- a party's presidency run for or won; a party noun with qualifiers ---------------------------


@pytest.mark.parametrize(
    ("text", "date", "member"),
    [
        (
            "Le favori Bertrand Quillet a très largement remporté dimanche la course à la "
            "présidence des Républicains face à Armand Touvenel.",
            "2025-05-18",
            ("Bertrand Quillet", LR),
        ),
        (
            "C'est soit Bertrand Quillet -qui s'est officiellement déclaré candidat à la "
            "présidence de l'UMP fin juin- ou Armand Touvenel.",
            "2012-10-24",
            ("Bertrand Quillet", LR),
        ),
        ("Odile Farge brigue la présidence du PS.", "2012-10-24", ("Odile Farge", PS)),
        (
            "Odile Farge, candidate à la présidence de l'UDI, a déposé ses parrainages.",
            "2014-10-04",
            ("Odile Farge", UDI),
        ),
        (
            "Il critique le retour annoncé du chef du parti majoritaire de droite UMP Bertrand "
            "Quillet dans le gouvernement.",
            "2005-05-31",
            ("Bertrand Quillet", LR),
        ),
        (
            "La présidente du parti d'extrême droite RN, Odile Farge, a réagi dans la soirée.",
            "2024-06-10",
            ("Odile Farge", RN),
        ),
    ],
)
def test_party_race_and_qualified_party(extractor, text, date, member):
    assert member in members(extractor, text, date)


@pytest.mark.parametrize(
    ("text", "date", "name", "party"),
    [
        ("Odile Farge ne brigue pas la présidence du PS.", "2012-10-24", "Odile Farge", PS),
        ("Odile Farge pourrait briguer la présidence du PS.", "2012-10-24", "Odile Farge", PS),
        (
            "Odile Farge, qui briguerait la présidence du PS, se tait.",
            "2012-10-24",
            "Odile Farge",
            PS,
        ),
        (
            "Odile Farge a soutenu Bertrand Quillet pour la présidence de l'UMP.",
            "2012-10-24",
            "Odile Farge",
            LR,
        ),
        (
            "Odile Farge a remporté la présidence de la région face au PS.",
            "2012-10-24",
            "Odile Farge",
            PS,
        ),
        (
            "Le président du parti de droite, Armand Touvenel, a réagi face au PS.",
            "2024-06-10",
            "Armand Touvenel",
            PS,
        ),
    ],
)
def test_party_race_traps(extractor, text, date, name, party):
    assert (name, party) not in members(extractor, text, date)


def test_a_compound_place_is_no_surname(extractor):
    text = (
        "Un accord a été passé avec la présidente LR de la métropole d'Aix-Marseille, Odile Farge."
    )
    found = members(extractor, text, "2024-06-17")
    assert ("Odile Farge", LR) in found
    assert not any(name == "Hervé Marseille" for name, _ in found)


# --- a live blog's time stamp before a party side; a wing or current of a party ----------------


@pytest.mark.parametrize(
    ("text", "date", "member"),
    [
        (
            "14h30 — Côté Verts, Bertrand Quillet, conseiller régional, appelle à voter contre "
            "l'extrême droite.",
            "2002-04-22",
            ("Bertrand Quillet", EELV),
        ),
        (
            "16h05 — Côté PS, la sénatrice Odile Farge engrange un soutien de poids.",
            "2022-06-15",
            ("Odile Farge", PS),
        ),
        (
            "Armand Touvenel, figure de l'aile droite du PS, obtient l'Intérieur.",
            "2012-05-16",
            ("Armand Touvenel", PS),
        ),
        (
            "Bertrand Quillet, cadre du courant social du PS, a voté contre.",
            "2004-03-10",
            ("Bertrand Quillet", PS),
        ),
    ],
)
def test_timestamp_and_wings(extractor, text, date, member):
    assert member in members(extractor, text, date)


@pytest.mark.parametrize(
    ("text", "date", "name", "party"),
    [
        ("16h05 — Côté PS, on attend Bertrand Quillet.", "2022-06-15", "Bertrand Quillet", PS),
        (
            "Armand Touvenel, figure de l'aile droite de la majorité, critique le PS.",
            "2012-05-16",
            "Armand Touvenel",
            PS,
        ),
    ],
)
def test_timestamp_and_wings_traps(extractor, text, date, name, party):
    assert (name, party) not in members(extractor, text, date)


def test_a_complement_name_is_not_the_one_who_moves(extractor):
    text = "L'ancien ministre de Claire Voisin, passé au RN il y a deux ans, ironise."
    assert ("Claire Voisin", RN) not in members(extractor, text, "2021-05-04")
