"""Stances as news writes them, second round: list mergers and blocs, support received,
trust, refused offers, and persuading as inviting.

Every family has several phrasings of our own and a trap that must not produce the edge. The
words live in ``ontology/cues.toml``; these tests say what they mean.
"""

from __future__ import annotations

import pytest

from alliancegraph.model import Article


def edges(extractor, text: str) -> set[tuple[str, str, str]]:
    article = Article(id="t", date="2019-06-01", title="", text=text)
    return {(c.subject, c.relation, c.object) for c in extractor.run(article).claims}


def check(extractor, text: str, expected, forbidden=()) -> None:
    found = edges(extractor, text)
    for edge in expected:
        assert edge in found, (edge, found)
    for edge in forbidden:
        assert edge not in found, (edge, found)


# --- merging lists, making a bloc, alliances concluded: support of the partner ---------------

ALLIANCES = [
    (
        "Le maire sortant Paul Vernier a fusionné sa liste avec celle de Claire Dumas.",
        [("Paul Vernier", "SUPPORTS", "Claire Dumas")],
    ),
    (
        "Entre les deux tours, Claire Dumas fusionnera sa liste avec la liste de Paul Vernier.",
        [("Claire Dumas", "SUPPORTS", "Paul Vernier")],
    ),
    (
        "Benoît Hamon a décidé de s'allier avec Yannick Jadot.",
        [("Benoît Hamon", "SUPPORTS", "Yannick Jadot")],
    ),
    (
        "Xavier Bertrand a conclu une alliance avec François Bayrou.",
        [("Xavier Bertrand", "SUPPORTS", "François Bayrou")],
    ),
    (
        "Fabien Roussel fait bloc derrière Anne Hidalgo.",
        [("Fabien Roussel", "SUPPORTS", "Anne Hidalgo")],
    ),
    (
        "Les élus communistes font bloc derrière Anne Hidalgo.",
        [("Parti communiste français", "SUPPORTS", "Anne Hidalgo")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), ALLIANCES)
def test_merging_lists_and_making_a_bloc_is_support(extractor, text, expected):
    check(extractor, text, expected)


def test_a_list_merger_refused_is_no_support(extractor):
    check(
        extractor,
        "Claire Dumas ne fusionnera pas sa liste avec celle de Paul Vernier.",
        [],
        [("Claire Dumas", "SUPPORTS", "Paul Vernier")],
    )


# --- support received: the giver supports the receiver ---------------------------------------

RECEIVED = [
    "Anne Hidalgo a reçu le soutien de Fabien Roussel.",
    "Anne Hidalgo peut compter sur Fabien Roussel.",
    "Forte du ralliement de Fabien Roussel, Anne Hidalgo maintient sa candidature.",
]


@pytest.mark.parametrize("text", RECEIVED)
def test_support_received_is_the_givers(extractor, text):
    check(
        extractor,
        text,
        [("Fabien Roussel", "SUPPORTS", "Anne Hidalgo")],
        [("Anne Hidalgo", "SUPPORTS", "Fabien Roussel")],
    )


# --- trust and rallying nouns -----------------------------------------------------------------

TRUST = [
    "Fabien Roussel a redit sa confiance en Anne Hidalgo.",
    "Fabien Roussel a affirmé son soutien indéfectible à Anne Hidalgo.",
    "Fabien Roussel, qui a appelé à voter pour Anne Hidalgo, reste discret.",
    "Fabien Roussel se range derrière Anne Hidalgo.",
]


@pytest.mark.parametrize("text", TRUST)
def test_trust_and_rallying_are_support(extractor, text):
    check(extractor, text, [("Fabien Roussel", "SUPPORTS", "Anne Hidalgo")])


def test_trust_withdrawn_is_no_support(extractor):
    check(
        extractor,
        "Fabien Roussel n'a plus confiance en Anne Hidalgo.",
        [],
        [("Fabien Roussel", "SUPPORTS", "Anne Hidalgo")],
    )


# --- offers declined: a refusal of whoever made the offer -------------------------------------

DECLINED = [
    "Fabien Roussel repousse l'offre de Anne Hidalgo.",
    "Fabien Roussel a repoussé l'offre d'alliance de Anne Hidalgo.",
    "Fabien Roussel a décliné l'invitation de Anne Hidalgo.",
    "Fabien Roussel dit non à la proposition de Anne Hidalgo.",
]


@pytest.mark.parametrize("text", DECLINED)
def test_declining_an_offer_rejects_who_made_it(extractor, text):
    check(
        extractor,
        text,
        [("Fabien Roussel", "REJECTS", "Anne Hidalgo")],
        [("Fabien Roussel", "SUPPORTS", "Anne Hidalgo")],
    )


# --- persuading someone to join is inviting them, never their support -------------------------

PERSUADE = [
    (
        "Anne Hidalgo entend convaincre Fabien Roussel, Yannick Jadot et Benoît Hamon de la "
        "rejoindre.",
        ["Fabien Roussel", "Yannick Jadot", "Benoît Hamon"],
    ),
    ("Anne Hidalgo a convaincu Fabien Roussel de la rejoindre.", ["Fabien Roussel"]),
    (
        "Pour élargir sa liste, Anne Hidalgo veut convaincre Yannick Jadot de la rejoindre.",
        ["Yannick Jadot"],
    ),
]


@pytest.mark.parametrize(("text", "invited"), PERSUADE)
def test_persuading_to_join_is_an_invitation_of_each(extractor, text, invited):
    found = edges(extractor, text)
    for name in invited:
        assert ("Anne Hidalgo", "INVITED_TO_RALLY", name) in found, found
        assert (name, "SUPPORTS", "Anne Hidalgo") not in found, found
    assert not any(r == "SUPPORTS" for _, r, _ in found), found


def test_persuading_of_an_idea_is_no_invitation(extractor):
    found = edges(
        extractor, "Anne Hidalgo a convaincu Fabien Roussel de la justesse de son programme."
    )
    assert ("Anne Hidalgo", "INVITED_TO_RALLY", "Fabien Roussel") not in found, found


def test_a_description_opening_the_sentence_is_its_subject_for_a_later_pronoun(extractor):
    """ "La conseillère d'opposition refuse …, prévient-elle. Elle entend convaincre …": the
    description is the subject, so "elle" is the councillor, not the mayor she refuses."""
    text = (
        "La maire sortante, Hélène Vasseur, brigue un troisième mandat. Leur chef de file, "
        "Solène Marquet, conduira sa propre liste. La conseillère municipale d'opposition "
        "refuse de se ranger derrière la sortante : « Nous resterons libres », prévient-elle. "
        "Elle entend convaincre Yannick Jadot de la rejoindre."
    )
    check(
        extractor,
        text,
        [("Solène Marquet", "INVITED_TO_RALLY", "Yannick Jadot")],
        [("Hélène Vasseur", "INVITED_TO_RALLY", "Yannick Jadot")],
    )


# --- issue 11 point 7: one-sentence behaviours as families of data ----------------------------

ALIKE = [
    "Fabien Roussel soutient Anne Hidalgo, tout comme Ian Brossat.",
    "À l'instar de Ian Brossat, Fabien Roussel soutient Anne Hidalgo.",
    "Fabien Roussel soutient Anne Hidalgo, de même que Ian Brossat.",
    "Fabien Roussel soutient Anne Hidalgo, comme l'a fait Ian Brossat.",
    "Fabien Roussel soutient Anne Hidalgo, au même titre que Ian Brossat.",
]


@pytest.mark.parametrize("text", ALIKE)
def test_someone_alike_takes_the_same_stance(extractor, text):
    check(
        extractor,
        text,
        [
            ("Fabien Roussel", "SUPPORTS", "Anne Hidalgo"),
            ("Ian Brossat", "SUPPORTS", "Anne Hidalgo"),
        ],
    )


def test_a_second_object_is_not_someone_alike(extractor):
    check(
        extractor,
        "Fabien Roussel critique Ian Brossat tout autant que Anne Hidalgo.",
        [("Fabien Roussel", "REJECTS", "Ian Brossat")],
        [("Anne Hidalgo", "REJECTS", "Ian Brossat")],
    )


OPTION = [
    "« Yannick Jadot reste une option », a confié Anne Hidalgo.",
    "« Yannick Jadot est une possibilité », a confié Anne Hidalgo.",
    "« Yannick Jadot constitue une piste sérieuse », a confié Anne Hidalgo.",
    "« Yannick Jadot restera une hypothèse », a confié Anne Hidalgo.",
    "« Yannick Jadot devient une solution », a confié Anne Hidalgo.",
]


@pytest.mark.parametrize("text", OPTION)
def test_a_name_called_an_option_tempts_the_speaker(extractor, text):
    check(extractor, text, [("Anne Hidalgo", "TEMPTED_BY", "Yannick Jadot")])


def test_a_name_holding_an_option_tempts_nobody(extractor):
    check(
        extractor,
        "« Yannick Jadot a une option sur la présidence », a confié Anne Hidalgo.",
        [],
        [("Anne Hidalgo", "TEMPTED_BY", "Yannick Jadot")],
    )


ECHO = [
    ("Fabien Roussel soutient Anne Hidalgo. Ian Brossat a fait de même.", "SUPPORTS"),
    ("Fabien Roussel critique Anne Hidalgo. Ian Brossat a fait de même.", "REJECTS"),
    ("Fabien Roussel critique Anne Hidalgo. Ian Brossat a emboîté le pas.", "REJECTS"),
]


@pytest.mark.parametrize(("text", "relation"), ECHO)
def test_doing_the_same_repeats_the_latest_stance(extractor, text, relation):
    check(extractor, text, [("Ian Brossat", relation, "Anne Hidalgo")])


def test_doing_the_same_with_nothing_before_is_no_stance(extractor):
    assert edges(extractor, "Anne Hidalgo a fait de même.") == set()


OWN_CAMP = [
    "« Je conseille à Yannick Jadot de rassembler d'abord son propre camp », a répliqué Anne "
    "Hidalgo.",
    "« Je suggère à Yannick Jadot de balayer devant sa porte », a lancé Anne Hidalgo.",
    "Anne Hidalgo recommande à Yannick Jadot de s'occuper avant tout de ses propres troupes.",
]


@pytest.mark.parametrize("text", OWN_CAMP)
def test_sending_someone_back_to_their_own_camp_rejects_them(extractor, text):
    check(extractor, text, [("Anne Hidalgo", "REJECTS", "Yannick Jadot")])


def test_advice_to_join_is_no_rejection(extractor):
    check(
        extractor,
        "Anne Hidalgo conseille à Yannick Jadot de rejoindre sa liste.",
        [],
        [("Anne Hidalgo", "REJECTS", "Yannick Jadot")],
    )


# --- an offer written as a noun: "la proposition de X à Y de rejoindre …" -------------------

OFFER_NOUNS = [
    (
        "La proposition d'Anne Hidalgo à Fabien Roussel de rejoindre sa liste est restée sans "
        "réponse.",
        ("Anne Hidalgo", "INVITED_TO_RALLY", "Fabien Roussel"),
    ),
    (
        "L'offre de Yannick Jadot aux communistes de fusionner les listes a surpris.",
        ("Yannick Jadot", "INVITED_TO_RALLY", "Parti communiste français"),
    ),
    (
        "L'invitation d'Anne Hidalgo à Yannick Jadot de rallier sa majorité a été déclinée.",
        ("Anne Hidalgo", "INVITED_TO_RALLY", "Yannick Jadot"),
    ),
]


@pytest.mark.parametrize(("text", "edge"), OFFER_NOUNS)
def test_an_offer_noun_is_its_authors_invitation(extractor, text, edge):
    subject, _, invited = edge
    check(extractor, text, [edge], [(invited, "INVITED_TO_RALLY", subject)])


def test_a_proposal_about_something_else_is_no_invitation(extractor):
    check(
        extractor,
        "La proposition d'Anne Hidalgo à Fabien Roussel sur le budget a été adoptée.",
        [],
        [("Anne Hidalgo", "INVITED_TO_RALLY", "Fabien Roussel")],
    )
