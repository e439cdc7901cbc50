"""Resolution across the article as news writes it: comma-glued roles, party possessives,
descriptions that are a clause's subject, roles with several candidates, "l'intéressé"."""

from __future__ import annotations

import pytest
from fixtures_extract import claim_triples


def edges(extractor, text: str, date: str = "2019-06-01") -> set[tuple[str, str, str]]:
    return claim_triples(extractor, text, date)


# A membership role glued by a comma to a name, after a short opener or inside a clause.
COMMA_ROLES = [
    (
        "Dans l'Aisne, la tête de liste communiste, Léon Barbier, a présenté ses colistiers.",
        ("Léon Barbier", "MEMBER_OF", "Parti communiste français"),
    ),
    (
        "Hier soir, la porte-parole du PS, Anne Morel, a commenté les résultats.",
        ("Anne Morel", "MEMBER_OF", "Parti socialiste"),
    ),
    (
        "La maire a obtenu l'appui du secrétaire fédéral des Républicains, Paul Verdier.",
        ("Paul Verdier", "MEMBER_OF", "Les Républicains"),
    ),
]


@pytest.mark.parametrize(("text", "edge"), COMMA_ROLES)
def test_a_comma_glued_role_is_a_membership(extractor, text, edge):
    assert edge in edges(extractor, text)


def test_a_noun_that_is_not_a_role_gives_no_membership(extractor):
    found = edges(extractor, "Il a déjeuné avec le fils du maire socialiste, Paul Verdier, mardi.")
    assert ("Paul Verdier", "MEMBER_OF", "Parti socialiste") not in found


# "Leur chef de file, X": the one party named in the sentence before.
POSSESSIVES = [
    (
        "Le maire n'a pas convaincu les écologistes. Leur chef de file, Solène Ardan, "
        "conduira sa propre liste.",
        ("Solène Ardan", "MEMBER_OF", "Europe Écologie Les Verts"),
    ),
    (
        "Le Rassemblement national n'a pas encore de candidat. Son délégué départemental, "
        "Paul Verdier, a proposé une liste commune.",
        ("Paul Verdier", "MEMBER_OF", "Front national"),
    ),
    (
        "La réunion des Républicains a tourné court. Leur président, Christian Jacob, est parti.",
        ("Christian Jacob", "MEMBER_OF", "Les Républicains"),
    ),
]


@pytest.mark.parametrize(("text", "edge"), POSSESSIVES)
def test_a_possessive_role_belongs_to_the_party_just_named(extractor, text, edge):
    assert edge in edges(extractor, text)


def test_a_possessive_after_a_person_is_not_a_party_role(extractor):
    text = (
        "Marine Le Pen a parlé devant le Rassemblement national. Son porte-parole, Paul "
        "Verdier, a répondu aux journalistes."
    )
    assert ("Paul Verdier", "MEMBER_OF", "Front national") not in edges(extractor, text)


def test_two_parties_before_leave_a_possessive_unbound(extractor):
    text = "Les socialistes et les écologistes discutent. Leur porte-parole, Anne Morel, sourit."
    assert not {e for e in edges(extractor, text) if e[0] == "Anne Morel" and e[1] == "MEMBER_OF"}


# "Après un entretien avec X, le président du parti a renoncé": the role is the subject.
def test_a_description_followed_by_its_verb_is_not_an_apposition(extractor):
    text = (
        "Après un entretien avec Jean Castex, le président des Républicains a renoncé à "
        "sanctionner le sortant."
    )
    found = edges(extractor, text, "2021-05-04")
    assert ("Jean Castex", "MEMBER_OF", "Les Républicains") not in found
    assert ("Christian Jacob", "MEMBER_OF", "Les Républicains") in found


def test_a_description_between_commas_is_still_an_apposition(extractor):
    text = "Jean Castex, le président des Républicains, a renoncé."  # the text says so
    assert ("Jean Castex", "MEMBER_OF", "Les Républicains") in edges(extractor, text, "2021-05-04")


def test_a_topic_opener_keeps_the_apposition(extractor):
    text = "Quant à Alain Juppé, le fondateur de l'UMP a proposé une médiation."
    assert ("Alain Juppé", "MEMBER_OF", "Les Républicains") in edges(extractor, text, "2012-11-21")


def test_a_role_the_gazetteer_gives_to_no_one_named_stays_unbound(extractor):
    # Ciotti is the only subject before, but the gazetteer makes him deputy elsewhere.
    text = (
        "Éric Ciotti a retiré à Aurélien Pradié ses fonctions. Le député LR du Lot n'est plus "
        "le numéro deux de la formation."
    )
    found = edges(extractor, text, "2023-02-07")
    assert ("Éric Ciotti", "MEMBER_OF", "Les Républicains") not in found


INTERESTED = [
    (
        "Éric Ciotti a retiré ses fonctions à Aurélien Pradié. L'intéressé a répliqué : "
        "« Je ne soutiendrai pas Élisabeth Borne. »",
        "Aurélien Pradié",
    ),
    (
        "Yves Kerbrat a fait une offre à Armelle Le Guen. L'intéressée a répondu : "
        "« Je soutiens Yves Kerbrat. »",
        "Armelle Le Guen",
    ),
    (
        "Paul Verdier a proposé un accord à Nadia Karim. L'intéressée a répliqué : "
        "« Je rejoins Paul Verdier. »",
        "Nadia Karim",
    ),
]


@pytest.mark.parametrize(("text", "speaker"), INTERESTED)
def test_l_interesse_is_the_person_acted_upon(extractor, text, speaker):
    assert any(e[0] == speaker for e in edges(extractor, text, "2023-02-07"))


def test_l_interesse_never_takes_the_actor(extractor):
    text = (
        "Éric Ciotti a retiré ses fonctions à Aurélien Pradié. L'intéressé a répliqué : "
        "« Je ne soutiendrai pas Élisabeth Borne. »"
    )
    assert not any(e[0] == "Éric Ciotti" for e in edges(extractor, text, "2023-02-07"))


def test_a_bill_of_the_government_is_not_the_government(extractor):
    text = (
        "La Première ministre, Élisabeth Borne, négocie. Aurélien Pradié votera contre le "
        "texte du gouvernement."
    )
    found = edges(extractor, text, "2023-02-07")
    assert ("Aurélien Pradié", "SUPPORTS", "Élisabeth Borne") not in found
