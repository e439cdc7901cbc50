"""Membership as news writes it, round 11: where a party label stands around a name when no
role noun carries it, and the standard-bearer verbs.

Families, each with sentences of our own (invented persons, several parties, nouns and
word orders) and traps that must not give the membership:

- standard-bearer: « porte les couleurs du P », « défendra l'étiquette P », « X (PCF)
  représente le Nouveau Front populaire » (cue data in ``ontology/cues.toml``);
- party complement: « X du P l'emporte », « X pour le P et Y pour le Q », « X, pour P, a
  déposé … » (``loaders/affiliation.py``);
- party side: « Côté P, X … », « Dans le camp P, X … »
  (``loaders/affiliation.py``, the ``side_openers``);
- a party's role just taken, after its possessive: « P a présenté sa nouvelle porte-parole, X »
  (``descriptions._party_owned_role``);
- heading a party's list, told in the imperfect of the same campaign, with words of time
  between the verb and the list or an adjective between the list and its party
  (``descriptions._heads_list``);
- at the head of a party or of its list: « X, à la tête de la liste LR », « X prend la tête de
  la liste du MoDem », « la nomination de X à la tête de la liste UDI »
  (``loaders/affiliation.py``);
- a party role given to a plural group of names: « a nommé porte-parole du PS les députés A
  et B » (``descriptions._plural_group_before``): every name listed, not the first.
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
LFI, EELV, RN = "La France insoumise", "Europe Écologie Les Verts", "Front national"
NFP, NUPES = "Nouveau Front populaire", "Nouvelle Union populaire écologique et sociale"


def members(extractor, text: str, date: str = "2019-06-01") -> set[tuple[str, str]]:
    return {(s, o) for s, r, o in claim_triples(extractor, text, date) if r == "MEMBER_OF"}


# --- standard-bearer ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "date", "member"),
    [
        (
            "Lucie Ferrand porte les couleurs du MoDem dans la 2e circonscription du Cher.",
            "2019-06-01",
            ("Lucie Ferrand", MODEM),
        ),
        (
            "Dans ce canton rural, Hugo Marchal défendra l'étiquette Les Républicains en mars.",
            "2019-06-01",
            ("Hugo Marchal", LR),
        ),
        (
            "Sarah Benali (PCF) représentera le Nouveau Front populaire dans la 4e"
            " circonscription du Doubs.",
            "2024-06-20",
            ("Sarah Benali", NFP),
        ),
        (
            "Bastien Roux arbore les couleurs de Reconquête pour ce scrutin.",
            "2019-06-01",
            ("Bastien Roux", "Reconquête"),
        ),
    ],
)
def test_who_carries_a_partys_colours_is_its_member(extractor, text, date, member):
    assert member in members(extractor, text, date)


@pytest.mark.parametrize(
    "text",
    [
        "Bastien Roux ne porte plus les couleurs du PS depuis l'automne.",  # negated, over
        "Bastien Roux pourrait porter les couleurs de LR en juin.",  # only possible
        "Bastien Roux représente un danger pour le MoDem.",  # a thing represented
        "Bastien Roux représente Lucie Ferrand au débat.",  # a person represented
    ],
)
def test_colours_not_carried_or_something_else_represented_give_no_membership(extractor, text):
    assert members(extractor, text) == set()


# --- party complement --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Inès Barthe du PCF l'emporte de justesse dans le canton de Nantes-3.",
            {("Inès Barthe", PCF)},
        ),
        (
            "Trois candidats sont en lice : Romain Guichard pour Reconquête, Éloïse Tanguy pour"
            " le MoDem, et la sortante.",
            {("Romain Guichard", "Reconquête"), ("Éloïse Tanguy", MODEM)},
        ),
        (
            "Yannick Leborgne, pour La France insoumise, a déposé sa liste mardi.",
            {("Yannick Leborgne", LFI)},
        ),
        ("Le sénateur Gilles Aubertin de LR votera contre le texte.", {("Gilles Aubertin", LR)}),
    ],
)
def test_a_party_right_after_a_free_name_is_its_label(extractor, text, expected):
    assert expected <= members(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        "L'exclusion d'Inès Barthe du PCF a été prononcée hier.",  # the name completes a noun
        "La fédération a exclu Romain Guichard du MoDem.",  # the name is a verb's object
        "Yannick Leborgne, pour La France insoumise, reste un adversaire.",  # the party's view
        "Romain Guichard, de LR à Reconquête, a changé trois fois de camp.",  # a route
    ],
)
def test_a_party_after_a_name_that_is_not_its_label_gives_nothing(extractor, text):
    assert members(extractor, text) == set()


# --- party side --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "date", "member"),
    [
        (
            "Côté MoDem, Lucie Ferrand réclame des garanties.",
            "2019-06-01",
            ("Lucie Ferrand", MODEM),
        ),
        (
            "Dans le camp LR, Maëlle Jourdan plaide pour l'union.",
            "2019-06-01",
            ("Maëlle Jourdan", LR),
        ),
        (
            "Du côté de la Nupes, l'écologiste Théo Vasseur revendique la circonscription.",
            "2022-06-01",
            ("Théo Vasseur", NUPES),
        ),
        (
            "Côté RN, Cyril Manceau ne cache pas sa satisfaction.",
            "2019-06-01",
            ("Cyril Manceau", RN),
        ),
    ],
)
def test_the_name_a_partys_side_opens_on_is_its_member(extractor, text, date, member):
    assert member in members(extractor, text, date)


@pytest.mark.parametrize(
    ("text", "not_member"),
    [
        ("Côté LR, on guette surtout Cyril Manceau.", ("Cyril Manceau", LR)),  # not the first
        ("Côté MoDem, l'ex-LR Cyril Manceau fait campagne.", ("Cyril Manceau", MODEM)),
        ("Au MoDem, Cyril Manceau a répondu par un communiqué.", ("Cyril Manceau", MODEM)),
        ("Chez les écologistes, Cyril Manceau a des soutiens.", ("Cyril Manceau", EELV)),
        (
            "Côté MoDem, Cyril Manceau, ancien délégué départemental, hésite.",
            ("Cyril Manceau", MODEM),
        ),
    ],
)
def test_a_name_further_in_a_former_label_or_an_addressee_is_no_side(extractor, text, not_member):
    assert not_member not in members(extractor, text)


# --- a party's role just taken -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "member"),
    [
        (
            "Le MoDem a présenté jeudi son nouveau délégué départemental, Ludovic Sarran.",
            ("Ludovic Sarran", MODEM),
        ),
        (
            "Reconquête a choisi sa nouvelle tête de liste, Margaux Pellerin, pour les"
            " municipales.",
            ("Margaux Pellerin", "Reconquête"),
        ),
        (
            "Les Verts ont présenté leur nouvelle porte-parole pour le Finistère, Anne Kerbrat.",
            ("Anne Kerbrat", EELV),
        ),
    ],
)
def test_a_new_role_after_a_partys_possessive_is_a_membership(extractor, member, text):
    assert member in members(extractor, text)


def test_a_new_spokesperson_of_a_party_speaks_for_it(extractor):
    text = "Les Verts ont présenté leur nouvelle porte-parole pour le Finistère, Anne Kerbrat."
    assert ("Anne Kerbrat", "SPOKESPERSON_OF", EELV) in claim_triples(extractor, text, "2019-06-01")


def test_a_former_role_after_a_partys_possessive_gives_nothing(extractor):
    assert members(extractor, "Le PS a remercié son ancien porte-parole, Ludovic Sarran.") == set()


# --- heading a party's list -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "member"),
    [
        (
            "Solène Martel, qui menait la liste régionale des Verts, appelle à l'union.",
            ("Solène Martel", EELV),
        ),
        (
            "Yves Carrel, qui conduisait la liste LR à Vierzon, refuse toute fusion.",
            ("Yves Carrel", LR),
        ),
        (
            "Gaëlle Rivière, qui menait dimanche la liste du MoDem, se range derrière Paul"
            " Vernier.",
            ("Gaëlle Rivière", MODEM),
        ),
    ],
)
def test_who_led_a_partys_list_in_this_campaign_is_its_member(extractor, text, member):
    assert member in members(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        "Thierry Lhomme, qui conduisait la liste du MoDem en 2014, soutient Paul Vernier.",
        "Thierry Lhomme, qui conduisait alors la liste du MoDem, soutient Paul Vernier.",
        "Thierry Lhomme, qui conduisait la liste commune PS-PCF, soutient Paul Vernier.",
        "Thierry Lhomme conduisait la liste du MoDem aux précédentes municipales.",
    ],
)
def test_a_list_led_before_or_a_joint_list_gives_no_membership(extractor, text):
    assert members(extractor, text) == set()


# --- at the head -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "member"),
    [
        ("Jeanne Castaing, à la tête de la liste LR, a répondu.", ("Jeanne Castaing", LR)),
        (
            "À Brest, Olivier Tréguer prend la tête de la liste du MoDem.",
            ("Olivier Tréguer", MODEM),
        ),
        (
            "La nomination de Damien Ferrat à la tête de la liste UDI a surpris ses rivaux.",
            ("Damien Ferrat", "Union des démocrates et indépendants"),
        ),
        ("Nora Belhadj reste à la tête de la liste socialiste.", ("Nora Belhadj", PS)),
        ("Nora Belhadj est à la tête du PCF depuis deux ans.", ("Nora Belhadj", PCF)),
    ],
)
def test_who_heads_a_party_or_its_list_is_its_member(extractor, text, member):
    assert member in members(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        "Damien Ferrat n'est plus à la tête de la liste LR.",  # over
        "Damien Ferrat veut prendre la tête de la liste LR.",  # wished
        "Damien Ferrat était à la tête de la liste LR en 2014.",  # an earlier campaign
        "Damien Ferrat doit-il rester à la tête du PCF ?",  # a question
        "Nora Belhadj, à la tête de la liste d'union PS-PCF, a répondu.",  # a joint list
        "Le départ de Damien Ferrat de la tête de la liste LR a surpris.",  # a departure
    ],
)
def test_a_head_given_up_wished_past_asked_or_joint_gives_no_membership(extractor, text):
    assert members(extractor, text) == set()


# --- a role given to a plural group -------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "relation", "party", "names"),
    [
        (
            "Le bureau national a nommé porte-parole du PS les députés Hugo Marchal et Inès"
            " Barthe.",
            "SPOKESPERSON_OF",
            PS,
            ("Hugo Marchal", "Inès Barthe"),
        ),
        (
            "Le bureau a désigné comme porte-parole de LR les sénatrices Maëlle Jourdan, Nora"
            " Belhadj et Lucie Ferrand.",
            "SPOKESPERSON_OF",
            LR,
            ("Maëlle Jourdan", "Nora Belhadj", "Lucie Ferrand"),
        ),
        (
            "La direction a nommé secrétaires nationaux du PCF les élus Romain Guichard et Théo"
            " Vasseur.",
            "MEMBER_OF",
            PCF,
            ("Romain Guichard", "Théo Vasseur"),
        ),
    ],
)
def test_a_party_role_given_to_a_plural_group_is_every_names(
    extractor, text, relation, party, names
):
    found = claim_triples(extractor, text, "2019-06-01")
    for name in names:
        assert (name, relation, party) in found


@pytest.mark.parametrize(
    "text",
    [
        "Le soutien de LR aux députés Hugo Marchal et Inès Barthe a surpris.",
        "Marc Lebon, député PS, a reçu les maires Hugo Marchal et Inès Barthe.",
    ],
)
def test_a_group_after_another_persons_or_partys_words_gets_no_membership(extractor, text):
    assert not {name for name, _ in members(extractor, text)} & {"Hugo Marchal", "Inès Barthe"}


def test_the_new_families_name_their_rule_in_the_trace(extractor):
    from alliancegraph.model import Article

    text = (
        "Côté MoDem, Lucie Ferrand réclame des garanties. Inès Barthe du PCF l'emporte."
        " Yves Carrel, qui conduisait la liste LR à Vierzon, refuse toute fusion."
        " Nora Belhadj reste à la tête de la liste socialiste."
    )
    extraction = extractor.run(Article(id="t", date="2019-06-01", title="", text=text))
    rules = {kept.rule for kept in extraction.kept}
    assert {
        "membership party side",
        "membership party complement",
        "membership list heading",
        "membership at the head",
    } <= rules
