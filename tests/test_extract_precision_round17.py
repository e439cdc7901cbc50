"""False edges on our own traps (round 17, fourteenth session).

A stance noun and its holder in the adjunct that opens a sentence: « Visée par les critiques
de X, Y se défend », « Face aux attaques de X, Y hausse le ton ». The holder is no subject of
the main clause, yet the subject-pair repair (``pacts.coordinated_subjects``) read « X, Y » as
two coordinated subjects, and the clause's subject Y then took X as the owner of the
criticism: **Y REJECTS X, the wrong direction**. Now a holder coordinates nothing, and the
main clause's subject is the one who gets the stance when the adjunct opens with a word of
receiving (``rules._fronted_receivers``: « fort de », « avec », « grâce à », « malgré », « en
dépit de », « face à », « sous le feu de », a participle + « par »), never with one that only
dates a move (« après », « au lendemain de »), and never when the noun names its own target
(« face aux critiques de X contre la réforme »).

A refusal over a temptation: « refuse d'envisager un soutien à X », « se refuse à envisager un
ralliement à X » gave Y TEMPTED_BY X (the temptation verb was read before the refusal that
governs it). A refusal now cancels the temptation found below it (``negation.modality``); a
refusal denied (« ne refuse pas d'envisager ») leaves the temptation.

« sans » before a noun: « candidate sans étiquette soutenue par le PS » gave PS REJECTS the
candidate (the parse-error backup read « sans » two words before « soutenue » as its negation);
the backup now needs « sans » to open the verb group (« sans le soutenir »), not a noun.

A party not yet born: « le parti de François Bayrou » in a 2002 article gave the Mouvement
démocrate (founded 2007), because a gazetteer membership written without a start held at any
date. Parties now carry their founding date (``founded`` in the gazetteer) and a membership
holds no earlier than its party (``gazetteer._since_founded``); Bayrou's UDF years are data.

Organisations the gazetteer does not know: any ORG whose name opened on a party head
(« Fédération », « Union », « Rassemblement », …) was a party, so « présidente de la Fédération
française du bâtiment » gave a membership (real9's and real10's false edges, real7's local
list). Now only « Parti … » is a party by its head alone; the other heads need a word of
politics or a party's adjective in the name (``mentions._unknown_party``).

A plural noun of support read as the verb « (je) soutiens »: « Parmi ses anciens soutiens, A et
B ont rejoint C » gave B SUPPORTS A, because the determiner that makes « soutiens » a noun was
looked for right before it only; it is now looked for before the noun's adjectives and before
the noun the parser hangs it on (``rules._noun_form``).

A mayor without a town: « le maire RPR » in a 2001 headline was bound to Jean-François Copé,
the one RPR mayor the gazetteer lists then (blind9's false edge once his RPR years were
recorded). An office held once per place binds to the gazetteer's only holder only with its
place (« la maire de Paris »); otherwise only to a person the article names (``place_roles``).

Every sentence is our own; the names are invented (but the party leaders' and mayors' own).
"""

from __future__ import annotations

import pytest
from fixtures_extract import claim_triples


def edges(extractor, text: str) -> set[tuple[str, str, str]]:
    return claim_triples(extractor, text, "2026-03-10")


@pytest.mark.parametrize(
    "text",
    [
        "Visée par les critiques de Bertrand Quillet, Odile Farge se défend.",
        "Face aux critiques de Bertrand Quillet, Odile Farge a haussé le ton.",
        "En dépit des attaques de Bertrand Quillet, Odile Farge garde le cap.",
        "Sous le feu des critiques de Bertrand Quillet, Odile Farge tient bon.",
        "Ciblée par les attaques de Bertrand Quillet, Odile Farge a riposté.",
        "Irritée par les attaques de Bertrand Quillet, Odile Farge a répliqué.",
    ],
)
def test_a_criticism_received_in_an_opening_adjunct_goes_to_the_subject(extractor, text):
    found = edges(extractor, text)
    assert ("Odile Farge", "REJECTS", "Bertrand Quillet") not in found
    assert ("Bertrand Quillet", "REJECTS", "Odile Farge") in found


@pytest.mark.parametrize(
    ("text", "giver", "receiver"),
    [
        (
            "Fort du soutien de Bertrand Quillet, Armand Touvenel se lance.",
            "Bertrand Quillet",
            "Armand Touvenel",
        ),
        (
            "Avec le soutien de Claire Voisin, Odile Farge présente sa liste.",
            "Claire Voisin",
            "Odile Farge",
        ),
        (
            "Malgré l'hostilité de Bertrand Quillet, la maire Odile Farge maintient sa liste.",
            "Bertrand Quillet",
            "Odile Farge",
        ),
        (
            "Grâce à l'appui de Claire Voisin, le député Armand Touvenel a été réélu.",
            "Claire Voisin",
            "Armand Touvenel",
        ),
    ],
)
def test_a_stance_received_in_an_opening_adjunct(extractor, text, giver, receiver):
    found = edges(extractor, text)
    assert {(a, c) for a, _, c in found} == {(giver, receiver)}


@pytest.mark.parametrize(
    "text",
    [
        # a move dated, not received: the rally may be to anyone
        "Après le ralliement de Bertrand Quillet, Odile Farge a remercié ses militants.",
        "Au lendemain du soutien de Bertrand Quillet, Odile Farge a tenu meeting.",
        # the noun names its own target
        "Face aux critiques de Bertrand Quillet contre la réforme, Odile Farge a haussé le ton.",
        # support absent
        "Sans le soutien de Bertrand Quillet, Odile Farge se lance quand même.",
    ],
)
def test_no_stance_between_holder_and_subject_when_nothing_is_received(extractor, text):
    found = edges(extractor, text)
    persons = {"Odile Farge", "Bertrand Quillet"}
    assert not {e for e in found if {e[0], e[2]} == persons}


@pytest.mark.parametrize(
    "text",
    [
        "Odile Farge refuse d'envisager un soutien à Bertrand Quillet.",
        "Odile Farge refuse d'envisager le moindre rapprochement avec Bertrand Quillet.",
        "Odile Farge se refuse à envisager un ralliement à Bertrand Quillet.",
        "Odile Farge refuse d'envisager de soutenir Bertrand Quillet.",
    ],
)
def test_a_refusal_over_a_temptation_is_no_temptation(extractor, text):
    # the refusal governs "envisager": what is refused is the support, never a temptation
    found = edges(extractor, text)
    assert ("Odile Farge", "TEMPTED_BY", "Bertrand Quillet") not in found
    assert ("Odile Farge", "REJECTS", "Bertrand Quillet") in found


@pytest.mark.parametrize(
    "text",
    [
        "Odile Farge ne refuse pas d'envisager un soutien à Bertrand Quillet.",
        "Odile Farge envisage de soutenir Bertrand Quillet.",
        "Odile Farge n'exclut pas d'envisager une alliance avec Bertrand Quillet.",
    ],
)
def test_a_temptation_not_refused_stays_one(extractor, text):
    assert edges(extractor, text) == {("Odile Farge", "TEMPTED_BY", "Bertrand Quillet")}


@pytest.mark.parametrize(
    ("text", "party"),
    [
        (
            "Odile Farge, candidate sans étiquette soutenue par le PS, affronte Bertrand Quillet.",
            "Parti socialiste",
        ),
        (
            "Odile Farge, élue sans étiquette soutenue par le PS, affronte Bertrand Quillet.",
            "Parti socialiste",
        ),
        (
            "Odile Farge, tête de liste sans étiquette appuyée par Les Républicains, affronte "
            "Bertrand Quillet.",
            "Les Républicains",
        ),
    ],
)
def test_sans_before_a_noun_negates_no_participle_after_it(extractor, text, party):
    # « sans étiquette » qualifies the candidate; the support after it is asserted
    found = edges(extractor, text)
    assert (party, "REJECTS", "Odile Farge") not in found
    assert (party, "SUPPORTS", "Odile Farge") in found


@pytest.mark.parametrize(
    "text",
    [
        "Odile Farge, sans soutenir Bertrand Quillet, salue son courage.",
        "Odile Farge salue Bertrand Quillet sans le soutenir.",
    ],
)
def test_sans_before_the_verb_still_negates_it(extractor, text):
    assert ("Odile Farge", "SUPPORTS", "Bertrand Quillet") not in edges(extractor, text)


@pytest.mark.parametrize(
    ("date", "party"),
    [
        ("2002-12-05", "Union pour la démocratie française"),
        ("2004-06-14", "Union pour la démocratie française"),
        ("2012-05-02", "Mouvement démocrate"),
    ],
)
def test_the_party_of_a_leader_is_the_one_that_existed_at_the_article_date(extractor, date, party):
    text = "Le succès du parti de François Bayrou inquiète la majorité."
    found = claim_triples(extractor, text, date)
    assert {e for e in found if e[1] == "MEMBER_OF"} == {("François Bayrou", "MEMBER_OF", party)}


@pytest.mark.parametrize(
    ("text", "date"),
    [
        # no membership dated before its party's founding ever reaches a claim
        ("Le parti de Jean-Luc Mélenchon progresse dans les sondages.", "2004-06-14"),
        ("Le mouvement d'Emmanuel Macron séduit à gauche comme à droite.", "2015-06-01"),
        ("Le parti d'Édouard Philippe recrute des maires.", "2019-03-01"),
    ],
)
def test_no_party_before_it_was_founded(extractor, text, date):
    assert not {e for e in claim_triples(extractor, text, date) if e[1] == "MEMBER_OF"}


@pytest.mark.parametrize(
    "text",
    [
        "Odile Farge, présidente de la Fédération française du bâtiment de l'Aveyron, soutient "
        "Bertrand Quillet.",
        "Claire Voisin, élue du Rassemblement lozérien, a rejoint Bertrand Quillet.",
        "Bertrand Quillet, secrétaire général de la Fédération nationale des chasseurs, appelle à "
        "voter Odile Farge.",
        "Armand Touvenel, vice-président de l'Union des artisans du Tarn, soutient Odile Farge.",
    ],
)
def test_a_trade_body_or_a_local_list_is_no_party(extractor, text):
    # an organisation the gazetteer does not know is a party only when its name says so
    found = edges(extractor, text)
    assert not {e for e in found if e[1] == "MEMBER_OF"}
    assert {e for e in found if e[1] == "SUPPORTS"}  # the stance is still read


@pytest.mark.parametrize(
    ("text", "party"),
    [
        (
            "Armand Touvenel, président de l'Union de la gauche républicaine, soutient Bertrand "
            "Quillet.",
            "Union de la gauche républicaine",
        ),
        (
            "Odile Farge, membre de la Fédération socialiste de l'Aveyron, soutient Bertrand "
            "Quillet.",
            "Fédération socialiste de l'Aveyron",
        ),
    ],
)
def test_an_unknown_organisation_named_as_political_is_still_a_party(extractor, text, party):
    assert any(e[1] == "MEMBER_OF" and e[2] == party for e in edges(extractor, text))


@pytest.mark.parametrize(
    "text",
    [
        "Parmi ses anciens soutiens, Bertrand Quillet et Claire Voisin ont rejoint Armand "
        "Touvenel.",
        "Ses fidèles soutiens, Bertrand Quillet et Claire Voisin, sont restés.",
        "Ses plus fidèles soutiens, Bertrand Quillet et Claire Voisin, ont quitté la salle.",
        "Ses vieux amis et soutiens, Bertrand Quillet et Claire Voisin, ont quitté la salle.",
    ],
)
def test_a_plural_noun_of_support_is_no_verb_between_the_names_it_lists(extractor, text):
    # « soutiens » after a determiner and adjectives is the noun, not « je soutiens »
    found = edges(extractor, text)
    listed = {"Bertrand Quillet", "Claire Voisin"}
    assert not {e for e in found if {e[0], e[2]} == listed}


@pytest.mark.parametrize(
    ("text", "edge"),
    [
        (
            "« Je soutiens Odile Farge », a dit Bertrand Quillet.",
            ("Bertrand Quillet", "SUPPORTS", "Odile Farge"),
        ),
        (
            "Les soutiens d'Odile Farge, Bertrand Quillet en tête, se mobilisent.",
            ("Bertrand Quillet", "SUPPORTS", "Odile Farge"),
        ),
    ],
)
def test_the_verb_and_the_holder_of_the_noun_still_read(extractor, text, edge):
    assert edge in edges(extractor, text)


@pytest.mark.parametrize(
    ("text", "date"),
    [
        (
            "Le maire RPR ferme la porte au FN. Le maire sortant, Hubert Lagrevol, refuse tout "
            "accord.",
            "2001-03-13",
        ),
        ("Le maire LR a rejoint Odile Farge.", "2019-03-13"),
        ("La maire socialiste soutient Odile Farge.", "2019-03-13"),
    ],
)
def test_a_mayor_without_a_town_is_none_of_the_gazetteers_mayors(extractor, text, date):
    # one of thousands: the one mayor of that party the gazetteer lists is not meant
    found = claim_triples(extractor, text, date)
    assert not {e for e in found if e[0] in {"Jean-François Copé", "Anne Hidalgo"}}


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("La maire de Paris a apporté son soutien à Odile Farge.", "Anne Hidalgo"),
        ("Le maire de Meaux a rejoint Odile Farge.", "Jean-François Copé"),
    ],
)
def test_a_mayor_with_a_town_is_its_mayor(extractor, text, person):
    assert (person, "SUPPORTS", "Odile Farge") in claim_triples(extractor, text, "2019-03-13")
