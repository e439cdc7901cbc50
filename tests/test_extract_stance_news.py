"""Stances as news writes them, second round: list mergers and blocs, support received,
trust, refused offers, and persuading as inviting.

Every family has several phrasings of our own and a trap that must not produce the edge. The
words live in ``ontology/cues.toml``; these tests say what they mean.
"""

from __future__ import annotations

import pytest
from fixtures_extract import assert_edges, claim_triples


def edges(extractor, text: str) -> set[tuple[str, str, str]]:
    return claim_triples(extractor, text, "2019-06-01")


def check(extractor, text: str, expected, forbidden=()) -> None:
    assert_edges(edges(extractor, text), expected, forbidden)


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


# --- third round: verbs the tagger misses, partners of one another, refusals of someone's
# offer, support received with modifiers, trust and hostility nouns ---------------------------

MISTAGGED = [
    (
        "Européennes : Marc Delorme soutiendra Claire Fontanel.",
        ("Marc Delorme", "SUPPORTS", "Claire Fontanel"),
    ),
    (
        "Sophie Lemoine étrille Paul Arnaud dans une tribune.",
        ("Sophie Lemoine", "REJECTS", "Paul Arnaud"),
    ),
    (
        "Législatives : Paul Arnaud fustige Sophie Lemoine.",
        ("Paul Arnaud", "REJECTS", "Sophie Lemoine"),
    ),
    (
        "Primaire : Claire Fontanel votera Marc Delorme.",
        ("Claire Fontanel", "SUPPORTS", "Marc Delorme"),
    ),
]


@pytest.mark.parametrize(("text", "edge"), MISTAGGED)
def test_a_cue_verb_tagged_foreign_after_a_name_is_still_read(extractor, text, edge):
    check(extractor, text, [edge])


def test_a_mistagged_cue_verb_keeps_its_negation(extractor):
    check(
        extractor,
        "Européennes : Marc Delorme ne soutiendra pas Claire Fontanel.",
        [],
        [("Marc Delorme", "SUPPORTS", "Claire Fontanel")],
    )


MUTUAL = [
    "Anne Ricard et Hugo Lestrade ont fusionné leurs listes.",
    "Anne Ricard et Hugo Lestrade feront liste commune.",
    "Anne Ricard et Hugo Lestrade ont scellé une alliance.",
    "Anne Ricard et Hugo Lestrade se sont alliés pour le second tour.",
]


@pytest.mark.parametrize("text", MUTUAL)
def test_partners_of_an_alliance_with_no_object_support_each_other(extractor, text):
    check(
        extractor,
        text,
        [
            ("Anne Ricard", "SUPPORTS", "Hugo Lestrade"),
            ("Hugo Lestrade", "SUPPORTS", "Anne Ricard"),
        ],
    )


@pytest.mark.parametrize(
    "text",
    [
        "Anne Ricard et Hugo Lestrade ont fusionné leurs listes avec celle de Paul Arnaud.",
        "Anne Ricard et Hugo Lestrade pourraient fusionner leurs listes.",
        "Anne Ricard et Hugo Lestrade n'ont pas fusionné leurs listes.",
    ],
)
def test_partners_with_a_third_party_or_in_doubt_are_not_each_others(extractor, text):
    check(extractor, text, [], [("Anne Ricard", "SUPPORTS", "Hugo Lestrade")])


OFFER_REFUSED = [
    (
        "Sophie Lemoine a dit non au gouvernement d'union proposé par Paul Arnaud.",
        ("Sophie Lemoine", "REJECTS", "Paul Arnaud"),
    ),
    (
        "Marc Delorme a dit non à la liste commune que lui proposait Claire Fontanel.",
        ("Marc Delorme", "REJECTS", "Claire Fontanel"),
    ),
    (
        "Anne Ricard a opposé une fin de non-recevoir au projet de Hugo Lestrade.",
        ("Anne Ricard", "REJECTS", "Hugo Lestrade"),
    ),
    (
        "Hugo Lestrade a dit non à l'accord défendu par Anne Ricard.",
        ("Hugo Lestrade", "REJECTS", "Anne Ricard"),
    ),
]


@pytest.mark.parametrize(("text", "edge"), OFFER_REFUSED)
def test_saying_no_to_someones_proposal_rejects_its_author(extractor, text, edge):
    check(extractor, text, [edge])


def test_saying_no_to_a_bill_rejects_nobody_met_later(extractor):
    check(
        extractor,
        "Paul Arnaud a dit non à la proposition de loi avant de rencontrer Sophie Lemoine.",
        [],
        [("Paul Arnaud", "REJECTS", "Sophie Lemoine")],
    )


RECEIVED_WITH_MODIFIERS = [
    "Hugo Lestrade a reçu un soutien de poids, celui d'Anne Ricard.",
    "Hugo Lestrade a reçu le soutien appuyé d'Anne Ricard.",
    "Hugo Lestrade a obtenu le soutien officiel d'Anne Ricard.",
    "Hugo Lestrade engrange un soutien de taille, celui d'Anne Ricard.",
]


@pytest.mark.parametrize("text", RECEIVED_WITH_MODIFIERS)
def test_support_received_with_modifiers_is_the_givers(extractor, text):
    check(extractor, text, [("Anne Ricard", "SUPPORTS", "Hugo Lestrade")])


@pytest.mark.parametrize(
    "text",
    [
        "Hugo Lestrade a perdu le soutien officiel d'Anne Ricard.",
        "Hugo Lestrade n'a pas obtenu le soutien espéré d'Anne Ricard.",
        "Hugo Lestrade a reçu le soutien du maire, proche d'Anne Ricard.",
    ],
)
def test_support_lost_denied_or_someone_elses_is_not_the_givers(extractor, text):
    check(extractor, text, [], [("Anne Ricard", "SUPPORTS", "Hugo Lestrade")])


CONFIDANTS_AND_FOES = [
    (
        "Marc Delorme, un des hommes de confiance de Claire Fontanel, a parlé.",
        ("Marc Delorme", "SUPPORTS", "Claire Fontanel"),
    ),
    (
        "Anne Ricard, femme de confiance de Hugo Lestrade, dirigera la campagne.",
        ("Anne Ricard", "SUPPORTS", "Hugo Lestrade"),
    ),
    (
        "Marc Delorme n'a jamais caché son hostilité envers Claire Fontanel.",
        ("Marc Delorme", "REJECTS", "Claire Fontanel"),
    ),
    (
        "Anne Ricard affiche son hostilité à Hugo Lestrade.",
        ("Anne Ricard", "REJECTS", "Hugo Lestrade"),
    ),
    (
        "L'hostilité de Sophie Lemoine à l'égard de Paul Arnaud est connue.",
        ("Sophie Lemoine", "REJECTS", "Paul Arnaud"),
    ),
]


@pytest.mark.parametrize(("text", "edge"), CONFIDANTS_AND_FOES)
def test_trust_and_hostility_nouns_carry_a_stance(extractor, text, edge):
    check(extractor, text, [edge])


def test_hostility_denied_is_no_rejection(extractor):
    check(
        extractor,
        "Marc Delorme dit ne ressentir aucune hostilité envers Claire Fontanel.",
        [],
        [("Marc Delorme", "REJECTS", "Claire Fontanel")],
    )


VOTE_TRANSFERS_AND_BACKING = [
    (
        "Marc Delorme a appelé ses électeurs à se reporter sur Claire Fontanel.",
        ("Marc Delorme", "SUPPORTS", "Claire Fontanel"),
    ),
    (
        "Anne Ricard reportera ses voix sur Hugo Lestrade au second tour.",
        ("Anne Ricard", "SUPPORTS", "Hugo Lestrade"),
    ),
    (
        "Depuis des mois, Marc Delorme roule pour Claire Fontanel.",
        ("Marc Delorme", "SUPPORTS", "Claire Fontanel"),
    ),
    (
        "Claire Fontanel a reçu mardi le renfort de Marc Delorme.",
        ("Marc Delorme", "SUPPORTS", "Claire Fontanel"),
    ),
    (
        "Claire Fontanel a reçu la bénédiction de Marc Delorme.",
        ("Marc Delorme", "SUPPORTS", "Claire Fontanel"),
    ),
    (
        "Hugo Lestrade a obtenu l'onction d'Anne Ricard.",
        ("Anne Ricard", "SUPPORTS", "Hugo Lestrade"),
    ),
]


@pytest.mark.parametrize(("text", "edge"), VOTE_TRANSFERS_AND_BACKING)
def test_vote_transfers_and_backing_received_are_support(extractor, text, edge):
    check(extractor, text, [edge])


@pytest.mark.parametrize(
    ("text", "edge"),
    [
        (
            "Anne Ricard ne roule pas pour Hugo Lestrade.",
            ("Anne Ricard", "SUPPORTS", "Hugo Lestrade"),
        ),
        (
            "Sophie Lemoine a reporté sa réunion avec Paul Arnaud.",
            ("Sophie Lemoine", "SUPPORTS", "Paul Arnaud"),
        ),
        (
            "Claire Fontanel attend toujours la bénédiction de Marc Delorme.",
            ("Marc Delorme", "SUPPORTS", "Claire Fontanel"),
        ),
        (
            "Claire Fontanel n'a pas obtenu la bénédiction de Marc Delorme.",
            ("Marc Delorme", "SUPPORTS", "Claire Fontanel"),
        ),
        (
            "Claire Fontanel a réclamé des renforts de police à Marc Delorme.",
            ("Claire Fontanel", "SUPPORTS", "Marc Delorme"),
        ),
    ],
)
def test_backing_denied_awaited_or_of_another_kind_is_no_support(extractor, text, edge):
    check(extractor, text, [], [edge])


@pytest.mark.parametrize(
    "text",
    [
        "Anne Ricard est entrée en dissidence contre Hugo Lestrade.",
        "Anne Ricard est en rébellion ouverte contre Hugo Lestrade.",
        "Anne Ricard est entrée en guerre contre Hugo Lestrade.",
    ],
)
def test_dissent_against_someone_rejects_them(extractor, text):
    check(extractor, text, [("Anne Ricard", "REJECTS", "Hugo Lestrade")])


AGREEMENTS = [
    (
        "Sophie Lemoine a trouvé un accord avec Paul Arnaud.",
        ("Sophie Lemoine", "SUPPORTS", "Paul Arnaud"),
    ),
    (
        "Sophie Lemoine et Paul Arnaud ont trouvé un accord pour le second tour.",
        ("Sophie Lemoine", "SUPPORTS", "Paul Arnaud"),
    ),
    (
        "Sophie Lemoine s'est entendue avec Paul Arnaud pour le second tour.",
        ("Sophie Lemoine", "SUPPORTS", "Paul Arnaud"),
    ),
    (
        "Paul Arnaud a reçu l'accord de Sophie Lemoine pour fusionner les listes.",
        ("Sophie Lemoine", "SUPPORTS", "Paul Arnaud"),
    ),
    (
        "L'accord de Sophie Lemoine avec Paul Arnaud a été signé hier.",
        ("Sophie Lemoine", "SUPPORTS", "Paul Arnaud"),
    ),
]


@pytest.mark.parametrize(("text", "edge"), AGREEMENTS)
def test_an_agreement_found_or_given_is_support(extractor, text, edge):
    check(extractor, text, [edge])


@pytest.mark.parametrize(
    "text",
    [
        "Sophie Lemoine n'a pas trouvé d'accord avec Paul Arnaud.",
        "Sophie Lemoine est d'accord avec Paul Arnaud sur le budget.",
        "Sophie Lemoine ne s'entend pas avec Paul Arnaud.",
        "Sophie Lemoine a évoqué un accord avec Paul Arnaud.",
        "Sophie Lemoine a entendu Paul Arnaud avec attention.",
    ],
)
def test_no_agreement_an_opinion_shared_or_a_mention_is_no_stance(extractor, text):
    found = edges(extractor, text)
    assert not {e for e in found if e[0] == "Sophie Lemoine" and e[2] == "Paul Arnaud"}, found


OPENINGS_AND_DEAF_EARS = [
    (
        "Anne Ricard multiplie les appels du pied à Hugo Lestrade.",
        ("Anne Ricard", "INVITED_TO_RALLY", "Hugo Lestrade"),
    ),
    (
        "Anne Ricard a renouvelé ses offres de service à Hugo Lestrade.",
        ("Anne Ricard", "INVITED_TO_RALLY", "Hugo Lestrade"),
    ),
    (
        "Anne Ricard a ouvert sa liste à Hugo Lestrade.",
        ("Anne Ricard", "INVITED_TO_RALLY", "Hugo Lestrade"),
    ),
    (
        "Anne Ricard ouvrira ses listes aux écologistes et à Hugo Lestrade.",
        ("Anne Ricard", "INVITED_TO_RALLY", "Hugo Lestrade"),
    ),
    (
        "Hugo Lestrade reste sourd aux appels d'Anne Ricard.",
        ("Hugo Lestrade", "REJECTS", "Anne Ricard"),
    ),
    (
        "Hugo Lestrade fait la sourde oreille aux appels d'Anne Ricard.",
        ("Hugo Lestrade", "REJECTS", "Anne Ricard"),
    ),
    (
        "Hugo Lestrade est resté sourd à l'offre d'Anne Ricard.",
        ("Hugo Lestrade", "REJECTS", "Anne Ricard"),
    ),
]


@pytest.mark.parametrize(("text", "edge"), OPENINGS_AND_DEAF_EARS)
def test_opening_ones_list_invites_and_a_deaf_ear_rejects_the_caller(extractor, text, edge):
    check(extractor, text, [edge])


def test_an_opening_refused_and_an_ear_not_deaf_give_neither(extractor):
    check(
        extractor,
        "Anne Ricard a refusé d'ouvrir sa liste à Hugo Lestrade.",
        [],
        [("Anne Ricard", "INVITED_TO_RALLY", "Hugo Lestrade")],
    )
    check(
        extractor,
        "Hugo Lestrade n'est pas resté sourd aux appels d'Anne Ricard.",
        [],
        [("Hugo Lestrade", "REJECTS", "Anne Ricard")],
    )


# --- fourth round: a green light received, snubs, a person's investiture, winning over --------

GREEN_LIGHTS = [
    (
        "Benoît Hamon a obtenu le feu vert de Martine Aubry pour se présenter.",
        ("Martine Aubry", "SUPPORTS", "Benoît Hamon"),
    ),
    (
        "Yannick Jadot a reçu le feu vert de Cécile Duflot.",
        ("Cécile Duflot", "SUPPORTS", "Yannick Jadot"),
    ),
    (
        "Clémentine Autain décroche le feu vert du Parti communiste.",
        ("Parti communiste français", "SUPPORTS", "Clémentine Autain"),
    ),
    (
        "François Hollande a donné son feu vert à Manuel Valls.",
        ("François Hollande", "SUPPORTS", "Manuel Valls"),
    ),
]


@pytest.mark.parametrize(("text", "edge"), GREEN_LIGHTS)
def test_a_green_light_received_is_the_givers_support(extractor, text, edge):
    check(extractor, text, [edge])


@pytest.mark.parametrize(
    "text",
    [
        "Manuel Valls attend toujours le feu vert de François Hollande.",
        "Manuel Valls n'a pas obtenu le feu vert de François Hollande.",
    ],
)
def test_a_green_light_awaited_or_not_obtained_is_no_support(extractor, text):
    check(extractor, text, [], [("François Hollande", "SUPPORTS", "Manuel Valls")])


SNUBS = [
    (
        "Marine Le Pen a refusé de serrer la main de Jean-Luc Mélenchon.",
        ("Marine Le Pen", "REJECTS", "Jean-Luc Mélenchon"),
    ),
    ("Valérie Pécresse snobe Éric Zemmour.", ("Valérie Pécresse", "REJECTS", "Éric Zemmour")),
    (
        "Xavier Bertrand a snobé Laurent Wauquiez lors du meeting.",
        ("Xavier Bertrand", "REJECTS", "Laurent Wauquiez"),
    ),
]


@pytest.mark.parametrize(("text", "edge"), SNUBS)
def test_a_snub_or_a_refused_handshake_rejects(extractor, text, edge):
    check(extractor, text, [edge])


@pytest.mark.parametrize(
    ("text", "edge"),
    [
        (
            "Marine Le Pen n'a pas refusé de serrer la main de Jean-Luc Mélenchon.",
            ("Marine Le Pen", "REJECTS", "Jean-Luc Mélenchon"),
        ),
        (
            "Xavier Bertrand n'a pas snobé Laurent Wauquiez.",
            ("Xavier Bertrand", "REJECTS", "Laurent Wauquiez"),
        ),
    ],
)
def test_a_handshake_not_refused_or_a_snub_denied_rejects_nobody(extractor, text, edge):
    check(extractor, text, [], [edge])


DESIGNATIONS = [
    (
        "Nicolas Sarkozy a désigné François Fillon comme son candidat.",
        ("Nicolas Sarkozy", "SUPPORTS", "François Fillon"),
    ),
    (
        "Martine Aubry a choisi Anne Hidalgo comme sa dauphine.",
        ("Martine Aubry", "SUPPORTS", "Anne Hidalgo"),
    ),
    ("François Hollande a adoubé Benoît Hamon.", ("François Hollande", "SUPPORTS", "Benoît Hamon")),
]


@pytest.mark.parametrize(("text", "edge"), DESIGNATIONS)
def test_an_investiture_given_by_a_person_is_support(extractor, text, edge):
    check(extractor, text, [edge])


def test_a_successor_not_designated_is_no_support(extractor):
    text = "Nicolas Sarkozy n'a pas désigné François Fillon comme son successeur."
    check(extractor, text, [], [("Nicolas Sarkozy", "SUPPORTS", "François Fillon")])


WINNING_OVER = [
    ("Anne Hidalgo tente de rallier Yannick Jadot.", "Anne Hidalgo", ["Yannick Jadot"]),
    (
        "Benoît Hamon a tenté de rallier Yannick Jadot et Jean-Luc Mélenchon.",
        "Benoît Hamon",
        ["Yannick Jadot", "Jean-Luc Mélenchon"],
    ),
    (
        "Valérie Pécresse essaie de rallier Xavier Bertrand à sa candidature.",
        "Valérie Pécresse",
        ["Xavier Bertrand"],
    ),
    ("Emmanuel Macron cherche à rallier François Bayrou.", "Emmanuel Macron", ["François Bayrou"]),
]


@pytest.mark.parametrize(("text", "subject", "invited"), WINNING_OVER)
def test_trying_to_win_someone_over_invites_them(extractor, text, subject, invited):
    for name in invited:
        check(
            extractor,
            text,
            [(subject, "INVITED_TO_RALLY", name)],
            [(subject, "SUPPORTS", name), (subject, "TEMPTED_BY", name)],
        )


def test_tempted_to_rally_and_not_trying_are_no_invitation(extractor):
    check(
        extractor,
        "Manuel Valls est tenté de rallier Emmanuel Macron.",
        [("Manuel Valls", "TEMPTED_BY", "Emmanuel Macron")],
        [("Manuel Valls", "INVITED_TO_RALLY", "Emmanuel Macron")],
    )
    assert not edges(extractor, "Anne Hidalgo n'a pas tenté de rallier Yannick Jadot.")


DECLINED_BEFORE_TOLD = [
    (
        "Fabien Roussel a décliné l'invitation. "
        "Jean-Luc Mélenchon lui avait proposé de rejoindre sa liste.",
        "Fabien Roussel",
        "Jean-Luc Mélenchon",
    ),
    (
        "Clémentine Autain a refusé. Yannick Jadot lui avait offert de rejoindre sa liste.",
        "Clémentine Autain",
        "Yannick Jadot",
    ),
    (
        "Anne Hidalgo a poliment décliné l'offre. Olivier Faure lui avait proposé une alliance.",
        "Anne Hidalgo",
        "Olivier Faure",
    ),
]


@pytest.mark.parametrize(("text", "refuser", "inviter"), DECLINED_BEFORE_TOLD)
def test_an_invitation_told_after_its_refusal_is_what_was_refused(
    extractor, text, refuser, inviter
):
    check(
        extractor,
        text,
        [(refuser, "REJECTS", inviter), (inviter, "INVITED_TO_RALLY", refuser)],
    )


@pytest.mark.parametrize(
    "text",
    [
        "Fabien Roussel a décliné l'invitation. "
        "Jean-Luc Mélenchon lui propose désormais de rejoindre sa liste.",
        "Fabien Roussel n'a pas décliné l'invitation. "
        "Jean-Luc Mélenchon lui avait proposé de rejoindre sa liste.",
    ],
)
def test_a_new_offer_or_an_invitation_not_declined_is_not_rejected(extractor, text):
    check(
        extractor,
        text,
        [("Jean-Luc Mélenchon", "INVITED_TO_RALLY", "Fabien Roussel")],
        [("Fabien Roussel", "REJECTS", "Jean-Luc Mélenchon")],
    )


def test_explain_says_a_rally_was_read_as_an_invitation_to_win_someone_over(tmp_path, extractor):
    from alliancegraph.pipeline import explain

    path = tmp_path / "rallier.txt"
    path.write_text("date 2019-03-02\nTitre\n\nAnne Hidalgo tente de rallier Yannick Jadot.\n")
    [explanation] = explain([path], extractor=extractor)
    [sentence] = [s for s in explanation.sentences if s.text.startswith("Anne")]
    dropped = [(c.relation, c.reason, c.detail) for c in sentence.candidates if not c.kept]
    assert ("SUPPORTS", "attempt to win over", "read as INVITED_TO_RALLY") in dropped
