"""Stance vocabulary of French political news that no cue carried before the eleventh session.

The words were not read from any set's misses: they were listed by relation from what French
political writing commonly uses (verbs, light-verb idioms, nouns with an owner and a target)
next to what ``ontology/cues.toml`` already held, and added as data, one family at a time.
Every family is read here on several phrasings of our own (other verbs, tenses, passives and
word orders, persons we invent) and has traps that must give no edge or the right opposite: a
negation, a condition, a denial, a homonym that is no stance, a target that is nobody.
"""

from __future__ import annotations

import pytest
from fixtures_extract import assert_edges, claim_triples

MARLAND, FERRAT = "Hugues Marland", "Odile Ferrat"
SUPPORT = (MARLAND, "SUPPORTS", FERRAT)
REJECTION = (MARLAND, "REJECTS", FERRAT)
INVITATION = (MARLAND, "INVITED_TO_RALLY", FERRAT)
TEMPTATION = (MARLAND, "TEMPTED_BY", FERRAT)
EVERY_STANCE = (SUPPORT, REJECTION, INVITATION, TEMPTATION)


def edges(extractor, text: str) -> set[tuple[str, str, str]]:
    return claim_triples(extractor, text, "2019-06-01")


def check(extractor, text: str, expected, forbidden=()) -> None:
    assert_edges(edges(extractor, text), expected, forbidden)


def nothing_between_them(extractor, text: str) -> None:
    check(extractor, text, [], EVERY_STANCE)


# --- SUPPORTS --------------------------------------------------------------------------------

BACKING = [
    # at someone's side
    "Hugues Marland épaule Odile Ferrat dans sa campagne.",
    "Odile Ferrat est épaulée par Hugues Marland pour les municipales.",
    "Hugues Marland a épaulé Odile Ferrat jusqu'au second tour.",
    "Hugues Marland seconde Odile Ferrat depuis le début de la campagne.",
    # installed as a candidate
    "Hugues Marland a intronisé Odile Ferrat.",
    "Odile Ferrat a été intronisée par Hugues Marland.",
    "Hugues Marland intronise Odile Ferrat comme tête de liste.",
    # in someone's service, to their rescue
    "Hugues Marland s'est mis au service d'Odile Ferrat.",
    "Hugues Marland se place au service d'Odile Ferrat.",
    "Hugues Marland est venu au secours d'Odile Ferrat face aux critiques.",
    "Hugues Marland a volé à la rescousse d'Odile Ferrat.",
]


@pytest.mark.parametrize("text", BACKING)
def test_backing_someone_supports_them(extractor, text):
    check(extractor, text, [SUPPORT], [REJECTION])


SURETY = [
    "Hugues Marland a accepté de servir de caution à Odile Ferrat.",
    "Hugues Marland a apporté sa caution à Odile Ferrat.",
    "Hugues Marland a donné son aval à Odile Ferrat.",
    "Hugues Marland donnera son aval à la candidature d'Odile Ferrat.",
]


@pytest.mark.parametrize("text", SURETY)
def test_standing_surety_for_someone_supports_them(extractor, text):
    check(extractor, text, [SUPPORT], [REJECTION])


def test_the_surety_noun_names_the_one_backed_after_de(extractor):
    check(
        extractor,
        "La maire Odile Ferrat sera la caution de Hugues Marland auprès des électeurs de gauche.",
        [(FERRAT, "SUPPORTS", MARLAND)],
        [(MARLAND, "SUPPORTS", FERRAT)],
    )


@pytest.mark.parametrize(
    "text",
    [
        "Hugues Marland ne servira pas de caution à Odile Ferrat.",
        "Hugues Marland refuse de servir de caution à Odile Ferrat.",
    ],
)
def test_a_surety_refused_is_a_rejection(extractor, text):
    check(extractor, text, [REJECTION], [SUPPORT])


@pytest.mark.parametrize(
    "text",
    [
        "Hugues Marland n'a jamais épaulé Odile Ferrat.",
        "Hugues Marland pourrait épauler Odile Ferrat.",
        "Hugues Marland s'est blessé à l'épaule avant le meeting d'Odile Ferrat.",
        "Hugues Marland serait prêt à servir de caution à Odile Ferrat.",
        "En aval du conseil municipal, Hugues Marland a reçu Odile Ferrat.",
        "Hugues Marland se met au service de la ville, a dit Odile Ferrat.",
    ],
)
def test_backing_not_given_or_not_political_is_no_edge(extractor, text):
    nothing_between_them(extractor, text)


LOYALISTS = [
    "Hugues Marland, homme lige d'Odile Ferrat, a pris la parole.",
    "Hugues Marland, porte-flingue d'Odile Ferrat, a pris la parole.",
    "Hugues Marland, compagnon de route d'Odile Ferrat, a pris la parole.",
    "Hugues Marland, un inconditionnel d'Odile Ferrat, a pris la parole.",
    "Les lieutenants d'Odile Ferrat, Hugues Marland et Paul Vasseur, ont pris la parole.",
]


@pytest.mark.parametrize("text", LOYALISTS)
def test_a_loyalist_noun_supports_its_complement(extractor, text):
    check(extractor, text, [SUPPORT], [(FERRAT, "SUPPORTS", MARLAND)])


@pytest.mark.parametrize(
    "text",
    [
        "Hugues Marland, qui n'a jamais été un inconditionnel d'Odile Ferrat, a voté le budget.",
        "Hugues Marland n'est pas l'homme lige d'Odile Ferrat.",
    ],
)
def test_a_loyalist_noun_denied_is_no_support(extractor, text):
    check(extractor, text, [], [SUPPORT])


@pytest.mark.parametrize(
    "text",
    [
        "Hugues Marland n'est pas la caution d'Odile Ferrat.",
        "Hugues Marland ne sera jamais la caution d'Odile Ferrat.",
    ],
)
def test_a_surety_denied_with_a_copula_is_a_rejection(extractor, text):
    check(extractor, text, [REJECTION], [SUPPORT])


def test_not_being_someones_guarantor_is_no_stance(extractor):
    nothing_between_them(extractor, "Hugues Marland n'est pas le garant d'Odile Ferrat.")


# --- REJECTS ---------------------------------------------------------------------------------

REBUFFS = [
    # sending someone away
    "Hugues Marland a éconduit Odile Ferrat.",
    "Hugues Marland a rabroué Odile Ferrat en séance.",
    "Hugues Marland a rembarré Odile Ferrat.",
    "Hugues Marland a envoyé promener Odile Ferrat.",
    "Hugues Marland a envoyé paître Odile Ferrat.",
    "Hugues Marland a remis Odile Ferrat à sa place.",
    # contempt and stigma
    "Hugues Marland méprise Odile Ferrat.",
    "Odile Ferrat est détestée par Hugues Marland.",
    "Hugues Marland stigmatise Odile Ferrat et ses amis.",
    # a rebuff inflicted, a pillory
    "Hugues Marland a infligé un camouflet à Odile Ferrat.",
    "Hugues Marland a infligé un désaveu à Odile Ferrat.",
    "Hugues Marland a cloué au pilori Odile Ferrat.",
    "Hugues Marland a cloué Odile Ferrat au pilori.",
    "Hugues Marland a mis Odile Ferrat au ban du parti.",
    "Hugues Marland fait le procès de la gestion d'Odile Ferrat.",
]


@pytest.mark.parametrize("text", REBUFFS)
def test_a_rebuff_rejects_the_one_rebuffed(extractor, text):
    check(extractor, text, [REJECTION], [SUPPORT, (FERRAT, "REJECTS", MARLAND)])


STANDING_APART = [
    "Hugues Marland se dissocie d'Odile Ferrat.",
    "Hugues Marland s'est distancié d'Odile Ferrat.",
    "Hugues Marland se distancie d'Odile Ferrat.",
    "Hugues Marland prend le contre-pied d'Odile Ferrat.",
    "Hugues Marland prenait le contre-pied d'Odile Ferrat sur chaque dossier.",
    "Hugues Marland tient tête à Odile Ferrat.",
]


@pytest.mark.parametrize("text", STANDING_APART)
def test_standing_apart_from_someone_rejects_them(extractor, text):
    check(extractor, text, [REJECTION], [SUPPORT])


OFFENSIVES = [
    "Hugues Marland a déclaré la guerre à Odile Ferrat.",
    "Hugues Marland fait la guerre à Odile Ferrat depuis des mois.",
    "Hugues Marland est monté au créneau contre Odile Ferrat.",
    "Hugues Marland fait front contre Odile Ferrat.",
    "Hugues Marland est parti à l'assaut contre Odile Ferrat.",
    "Hugues Marland a croisé le fer avec Odile Ferrat.",
    "Hugues Marland règle ses comptes avec Odile Ferrat.",
    "Hugues Marland a soldé ses comptes avec Odile Ferrat.",
    # a tirade as a noun, its owner named by "de"
    "Le réquisitoire de Hugues Marland contre Odile Ferrat a surpris.",
    "La diatribe de Hugues Marland contre Odile Ferrat a choqué ses colistiers.",
    "Hugues Marland a lancé une violente diatribe contre Odile Ferrat.",
    "Hugues Marland a multiplié les sorties contre Odile Ferrat.",
    "L'attaque de Hugues Marland contre Odile Ferrat a choqué.",
    "Les critiques de Hugues Marland contre Odile Ferrat ont redoublé.",
]


@pytest.mark.parametrize("text", OFFENSIVES)
def test_an_offensive_rejects_its_target(extractor, text):
    check(extractor, text, [REJECTION], [SUPPORT])


@pytest.mark.parametrize(
    "text",
    [
        "Odile Ferrat a dénoncé la diatribe contre Hugues Marland.",
        "Odile Ferrat a regretté le réquisitoire contre Hugues Marland.",
        "Odile Ferrat a dénoncé les attaques contre Hugues Marland.",
    ],
)
def test_a_tirade_commented_on_is_not_the_commenters(extractor, text):
    check(extractor, text, [], [(FERRAT, "REJECTS", MARLAND)])


@pytest.mark.parametrize(
    "text",
    [
        "Odile Ferrat a répondu à la diatribe contre Hugues Marland.",
        "Odile Ferrat a répondu aux sorties contre Hugues Marland.",
        "Odile Ferrat a réagi à la charge contre Hugues Marland.",
        "Odile Ferrat a riposté aux attaques contre Hugues Marland.",
        "Odile Ferrat s'est émue des critiques contre Hugues Marland.",
    ],
)
def test_a_tirade_reacted_to_is_not_the_one_who_reacts(extractor, text):
    check(extractor, text, [], [(FERRAT, "REJECTS", MARLAND)])


@pytest.mark.parametrize("verb", ["a dénoncé", "a répondu à"])
def test_a_tirade_commented_on_or_answered_is_its_owners(extractor, verb):
    check(
        extractor,
        f"Odile Ferrat {verb} la diatribe de Paul Vasseur contre Hugues Marland.",
        [("Paul Vasseur", "REJECTS", MARLAND)],
        [(FERRAT, "REJECTS", MARLAND)],
    )


def test_crossing_swords_together_is_each_against_the_other(extractor):
    check(
        extractor,
        "Hugues Marland et Odile Ferrat ont croisé le fer lors du débat.",
        [REJECTION, (FERRAT, "REJECTS", MARLAND)],
    )


@pytest.mark.parametrize(
    "text",
    [
        "Hugues Marland n'a pas éconduit Odile Ferrat.",
        "Hugues Marland n'a jamais méprisé Odile Ferrat.",
        "Hugues Marland n'a pas envoyé promener Odile Ferrat.",
        "Hugues Marland n'a pas infligé de désaveu à Odile Ferrat.",
        "Hugues Marland ne se dissocie pas d'Odile Ferrat.",
        "Hugues Marland n'a jamais déclaré la guerre à Odile Ferrat.",
        "Hugues Marland tiendrait tête à Odile Ferrat si elle revenait.",
    ],
)
def test_a_rebuff_denied_or_conditional_is_no_edge(extractor, text):
    nothing_between_them(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        # homonyms: the same words with no stance in them
        "Odile Ferrat a pris la tête de la liste de Hugues Marland.",
        "Hugues Marland a envoyé une lettre à Odile Ferrat.",
        "Hugues Marland a remis un rapport à Odile Ferrat.",
        "Hugues Marland a croisé Odile Ferrat au marché.",
        "Hugues Marland a rencontré Odile Ferrat à la sortie du conseil.",
        "La sortie de Hugues Marland contre la réforme a surpris Odile Ferrat.",
        "Hugues Marland a fait la guerre en Algérie avec Odile Ferrat.",
    ],
)
def test_the_same_words_without_a_stance_give_no_edge(extractor, text):
    found = edges(extractor, text)
    assert_edges(found, [], [REJECTION, (FERRAT, "REJECTS", MARLAND), SUPPORT])


# --- INVITED_TO_RALLY and TEMPTED_BY ---------------------------------------------------------

OPENINGS = [
    "Hugues Marland tend la perche à Odile Ferrat.",
    "Hugues Marland a déroulé le tapis rouge à Odile Ferrat.",
    "Hugues Marland déroule le tapis rouge devant Odile Ferrat.",
    "Hugues Marland ouvre les bras à Odile Ferrat.",
    "Hugues Marland ouvre grand les bras à Odile Ferrat.",
]


@pytest.mark.parametrize("text", OPENINGS)
def test_an_opening_offered_invites_its_addressee(extractor, text):
    check(extractor, text, [INVITATION], [SUPPORT, (FERRAT, "SUPPORTS", MARLAND)])


STEPS_AND_CHARMS = [
    "Hugues Marland fait un pas vers Odile Ferrat.",
    "Hugues Marland a esquissé un pas en direction d'Odile Ferrat.",
    "Hugues Marland a fait le premier pas vers Odile Ferrat.",
    "Hugues Marland est tombé sous le charme d'Odile Ferrat.",
    "Hugues Marland a succombé au charme d'Odile Ferrat.",
    "Hugues Marland a succombé aux sirènes d'Odile Ferrat.",
]


@pytest.mark.parametrize("text", STEPS_AND_CHARMS)
def test_a_step_toward_someone_or_their_charm_is_a_temptation(extractor, text):
    check(extractor, text, [TEMPTATION], [SUPPORT])


@pytest.mark.parametrize(
    "text",
    [
        "Hugues Marland n'a pas tendu la perche à Odile Ferrat.",
        "Hugues Marland a ouvert les portes de la mairie aux habitants, dont Odile Ferrat.",
        "Hugues Marland a fait un pas vers la victoire face à Odile Ferrat.",
        "Hugues Marland n'est pas tombé sous le charme d'Odile Ferrat.",
        "Hugues Marland n'est pas sous le charme d'Odile Ferrat.",
        "Hugues Marland dément être tombé sous le charme d'Odile Ferrat.",
    ],
)
def test_an_opening_or_a_charm_denied_or_aimed_at_no_one_is_no_edge(extractor, text):
    nothing_between_them(extractor, text)


# --- second batch: undermining, breaking off, closing ranks, contact, openings ---------------

UNDERMINING = [
    "Hugues Marland a savonné la planche d'Odile Ferrat.",
    "Hugues Marland savonne la planche à Odile Ferrat.",
    "Hugues Marland tire dans les pattes d'Odile Ferrat.",
    "Hugues Marland met des bâtons dans les roues d'Odile Ferrat.",
    "Hugues Marland a planté un couteau dans le dos d'Odile Ferrat.",
    "Odile Ferrat a été poignardée dans le dos par Hugues Marland.",
    "Hugues Marland a taillé un costard à Odile Ferrat.",
    "Hugues Marland a dit ses quatre vérités à Odile Ferrat.",
    "Hugues Marland a sonné la charge contre Odile Ferrat.",
]


@pytest.mark.parametrize("text", UNDERMINING)
def test_undermining_someone_rejects_them(extractor, text):
    check(extractor, text, [REJECTION], [SUPPORT, (FERRAT, "REJECTS", MARLAND)])


BREAKING_OFF = [
    "Hugues Marland a coupé les ponts avec Odile Ferrat.",
    "Hugues Marland a consommé la rupture avec Odile Ferrat.",
    "Hugues Marland a acté son divorce avec Odile Ferrat.",
]


@pytest.mark.parametrize("text", BREAKING_OFF)
def test_breaking_off_with_someone_rejects_them(extractor, text):
    check(extractor, text, [REJECTION], [SUPPORT])


def test_breaking_off_with_a_party_rejects_the_party(extractor):
    check(
        extractor,
        "Hugues Marland a coupé les ponts avec le PS.",
        [(MARLAND, "REJECTS", "Parti socialiste")],
        [(MARLAND, "MEMBER_OF", "Parti socialiste")],
    )


@pytest.mark.parametrize(
    "text",
    [
        "Hugues Marland n'a jamais savonné la planche d'Odile Ferrat.",
        "Hugues Marland dément avoir planté un couteau dans le dos d'Odile Ferrat.",
        # the same verbs with no stance
        "Hugues Marland a coupé le ruban avec Odile Ferrat.",
        "Hugues Marland a coupé la parole à Odile Ferrat.",
        "Hugues Marland a dit la vérité à Odile Ferrat.",
        "Hugues Marland tire les leçons de la défaite d'Odile Ferrat.",
        "Hugues Marland a sonné la fin de la récréation pour Odile Ferrat.",
    ],
)
def test_undermining_denied_or_a_homonym_is_no_edge(extractor, text):
    nothing_between_them(extractor, text)


CLOSING_RANKS = [
    "Hugues Marland serre les rangs derrière Odile Ferrat.",
    "Hugues Marland et ses amis font corps derrière Odile Ferrat.",
]


@pytest.mark.parametrize("text", CLOSING_RANKS)
def test_closing_ranks_behind_someone_supports_them(extractor, text):
    check(extractor, text, [SUPPORT], [REJECTION])


CONTACT_AND_OPENINGS = [
    ("Hugues Marland a pris langue avec Odile Ferrat.", TEMPTATION),
    ("Hugues Marland a fait une ouverture en direction d'Odile Ferrat.", INVITATION),
    ("Hugues Marland a fait un geste d'ouverture envers Odile Ferrat.", INVITATION),
    (
        "L'ouverture d'Odile Ferrat en direction de Hugues Marland a surpris.",
        (FERRAT, "INVITED_TO_RALLY", MARLAND),
    ),
    ("Hugues Marland tend les bras à Odile Ferrat.", INVITATION),
]


@pytest.mark.parametrize(("text", "edge"), CONTACT_AND_OPENINGS)
def test_contact_and_openings(extractor, text, edge):
    check(extractor, text, [edge], [SUPPORT])


@pytest.mark.parametrize(
    "text",
    [
        "Hugues Marland refuse de prendre langue avec Odile Ferrat.",
        "Hugues Marland n'a jamais pris langue avec Odile Ferrat.",
    ],
)
def test_contact_refused_or_denied_is_no_temptation(extractor, text):
    check(extractor, text, [], [TEMPTATION, INVITATION, SUPPORT])


def test_an_opening_is_its_owners_not_the_one_who_greets_it(extractor):
    check(
        extractor,
        "Hugues Marland a salué l'ouverture d'Odile Ferrat envers les écologistes.",
        [],
        [(MARLAND, "INVITED_TO_RALLY", "Europe Écologie Les Verts")],
    )


# --- third batch: campaigning, hard hits, tone, grudges told by a negation, drawing in --------

CAMPAIGNING = [
    "Hugues Marland bat campagne pour Odile Ferrat.",
    "Hugues Marland s'affiche aux côtés d'Odile Ferrat.",
    "Hugues Marland prête main-forte à Odile Ferrat.",
    "Hugues Marland se porte garant d'Odile Ferrat.",
]


@pytest.mark.parametrize("text", CAMPAIGNING)
def test_campaigning_for_someone_in_other_words_supports_them(extractor, text):
    check(extractor, text, [SUPPORT], [REJECTION])


@pytest.mark.parametrize(
    "text",
    [
        "Hugues Marland n'a jamais battu campagne pour Odile Ferrat.",
        "Hugues Marland a battu Odile Ferrat au second tour.",
        "Hugues Marland a été battu par Odile Ferrat.",
        "Hugues Marland prête serment devant Odile Ferrat.",
        "Hugues Marland porte le dossier avec Odile Ferrat.",
    ],
)
def test_campaigning_denied_or_a_homonym_is_no_support(extractor, text):
    check(extractor, text, [], [SUPPORT, (FERRAT, "SUPPORTS", MARLAND)])


HARD_HITS = [
    "Hugues Marland canarde Odile Ferrat.",
    "Hugues Marland a pilonné Odile Ferrat.",
    "Hugues Marland accable Odile Ferrat.",
    "Hugues Marland se gausse d'Odile Ferrat.",
    "Hugues Marland prend pour cible Odile Ferrat.",
    "Hugues Marland prend Odile Ferrat pour cible.",
    "Hugues Marland a cloué le bec à Odile Ferrat.",
    "Hugues Marland a décoché un tacle à Odile Ferrat.",
    # the tone raised
    "Hugues Marland hausse le ton contre Odile Ferrat.",
    "Hugues Marland durcit le ton envers Odile Ferrat.",
    "Hugues Marland a la dent dure contre Odile Ferrat.",
]


@pytest.mark.parametrize("text", HARD_HITS)
def test_a_hard_hit_rejects_its_target(extractor, text):
    check(extractor, text, [REJECTION], [SUPPORT])


GRUDGES = [
    "Hugues Marland n'a pas de mots assez durs contre Odile Ferrat.",
    "Hugues Marland ne décolère pas contre Odile Ferrat.",
    "Hugues Marland ne supporte plus Odile Ferrat.",
    "Hugues Marland ne pardonne pas à Odile Ferrat.",
    "Hugues Marland ne pardonnera jamais à Odile Ferrat son départ.",
]


@pytest.mark.parametrize("text", GRUDGES)
def test_a_grudge_told_by_a_negation_rejects(extractor, text):
    check(extractor, text, [REJECTION], [SUPPORT])


@pytest.mark.parametrize(
    "text",
    [
        # affirmed, the same words tell no grudge
        "Hugues Marland pardonne à Odile Ferrat.",
        "Hugues Marland a pardonné à Odile Ferrat.",
        "Hugues Marland supporte Odile Ferrat depuis toujours.",
        "Hugues Marland a des mots assez durs contre Odile Ferrat.",
        "Hugues Marland ne hausse jamais le ton contre Odile Ferrat.",
        "Hugues Marland ne supporte pas la critique, a dit Odile Ferrat.",
        "Hugues Marland a haussé les épaules devant Odile Ferrat.",
    ],
)
def test_a_grudge_affirmed_or_a_tone_not_raised_is_no_edge(extractor, text):
    nothing_between_them(extractor, text)


DRAWING_IN = [
    ("Hugues Marland veut attirer Odile Ferrat dans son camp.", INVITATION),
    ("Hugues Marland cherche à attirer Odile Ferrat dans ses filets.", INVITATION),
    ("Hugues Marland est aimanté par Odile Ferrat.", TEMPTATION),
    ("Hugues Marland, charmé par Odile Ferrat, hésite encore.", TEMPTATION),
]


@pytest.mark.parametrize(("text", "edge"), DRAWING_IN)
def test_drawing_someone_in(extractor, text, edge):
    check(extractor, text, [edge], [SUPPORT])


@pytest.mark.parametrize(
    "text",
    [
        "Hugues Marland a attiré l'attention d'Odile Ferrat.",
        "Hugues Marland a ramené Odile Ferrat dans sa voiture.",
        "Hugues Marland n'est pas alléché par l'offre d'Odile Ferrat.",
    ],
)
def test_drawing_in_without_a_camp_or_denied_is_no_edge(extractor, text):
    nothing_between_them(extractor, text)


# --- fourth batch: sides taken, doors shut, dressings-down, parties joined again -------------

SIDES_TAKEN = [
    "Hugues Marland a pris le parti d'Odile Ferrat.",
    "Hugues Marland a épousé la cause d'Odile Ferrat.",
    "Hugues Marland a renvoyé l'ascenseur à Odile Ferrat.",
]


@pytest.mark.parametrize("text", SIDES_TAKEN)
def test_taking_someones_side_supports_them(extractor, text):
    check(extractor, text, [SUPPORT], [REJECTION])


SHUT_OUT = [
    "Hugues Marland a claqué la porte au nez d'Odile Ferrat.",
    "Hugues Marland a fermé la porte au nez d'Odile Ferrat.",
    "Hugues Marland a laissé tomber Odile Ferrat.",
    "Hugues Marland a renvoyé Odile Ferrat dans ses cordes.",
    "Hugues Marland a remonté les bretelles à Odile Ferrat.",
    "Hugues Marland a passé un savon à Odile Ferrat.",
    "Hugues Marland n'a pas de leçon à recevoir d'Odile Ferrat.",
]


@pytest.mark.parametrize("text", SHUT_OUT)
def test_shutting_someone_out_or_dressing_them_down_rejects_them(extractor, text):
    check(extractor, text, [REJECTION], [SUPPORT])


@pytest.mark.parametrize(
    "text",
    [
        "Hugues Marland a pris le parti d'en rire.",
        "Hugues Marland a pris la tête du parti d'Odile Ferrat.",
        "Hugues Marland n'a pas renvoyé l'ascenseur à Odile Ferrat.",
        "Hugues Marland a renvoyé la balle à Odile Ferrat.",
        "Hugues Marland a laissé tomber l'idée d'une alliance avec le maire.",
        "Hugues Marland n'a jamais laissé tomber Odile Ferrat.",
        "Hugues Marland a passé la soirée avec Odile Ferrat.",
    ],
)
def test_sides_and_doors_denied_or_homonyms_give_no_edge(extractor, text):
    nothing_between_them(extractor, text)


REJOINED = [
    "Hugues Marland est entré au PS en 1990.",
    "Hugues Marland a réintégré le PS.",
    "Hugues Marland est revenu au PS.",
]


@pytest.mark.parametrize("text", REJOINED)
def test_joining_a_party_again_is_a_membership(extractor, text):
    check(extractor, text, [(MARLAND, "MEMBER_OF", "Parti socialiste")])


@pytest.mark.parametrize(
    "text",
    [
        "Hugues Marland est entré au gouvernement en 2017.",
        "Hugues Marland est entré à l'Assemblée nationale.",
        "Hugues Marland est revenu à Lyon avec Odile Ferrat.",
    ],
)
def test_entering_an_institution_or_a_town_is_no_membership(extractor, text):
    found = edges(extractor, text)
    assert not {e for e in found if e[1] == "MEMBER_OF" and e[0] == MARLAND}, found


def test_a_party_never_rejoined_is_no_membership(extractor):
    check(
        extractor,
        "Hugues Marland n'est jamais revenu au PS.",
        [],
        [(MARLAND, "MEMBER_OF", "Parti socialiste")],
    )


# --- fifth batch: counted in a camp, support boasted of, harsh words, litotes, lures ---------

IN_THE_CAMP = [
    "Hugues Marland fait partie des soutiens d'Odile Ferrat.",
    "Hugues Marland fait partie des proches d'Odile Ferrat.",
    "Hugues Marland figure parmi les fidèles d'Odile Ferrat.",
    "Hugues Marland a signé une tribune de soutien à Odile Ferrat.",
    "Odile Ferrat se targue du soutien de Hugues Marland.",
    "Odile Ferrat jouit du soutien de Hugues Marland.",
]


@pytest.mark.parametrize("text", IN_THE_CAMP)
def test_being_counted_in_someones_camp_supports_them(extractor, text):
    check(extractor, text, [SUPPORT], [REJECTION, (FERRAT, "SUPPORTS", MARLAND)])


def test_not_counted_in_the_camp_is_no_support(extractor):
    check(
        extractor, "Hugues Marland ne fait pas partie des soutiens d'Odile Ferrat.", [], [SUPPORT]
    )


HARSH_WORDS = [
    "Hugues Marland tire à vue sur Odile Ferrat.",
    "Hugues Marland a eu des mots très durs envers Odile Ferrat.",
    # litotes: only the negation says it
    "Hugues Marland ne mâche pas ses mots contre Odile Ferrat.",
    "Hugues Marland ne fait pas de cadeau à Odile Ferrat.",
    "Hugues Marland n'a pas épargné Odile Ferrat.",
    "Odile Ferrat n'a pas été épargnée par Hugues Marland.",
]


@pytest.mark.parametrize("text", HARSH_WORDS)
def test_harsh_words_reject_their_target(extractor, text):
    check(extractor, text, [REJECTION], [SUPPORT, (FERRAT, "REJECTS", MARLAND)])


@pytest.mark.parametrize(
    "text",
    [
        "Hugues Marland a épargné Odile Ferrat.",
        "Hugues Marland mâche ses mots contre Odile Ferrat.",
        "Hugues Marland fait un cadeau à Odile Ferrat.",
        "Hugues Marland a eu des mots durs pour la réforme du maire.",
    ],
)
def test_litotes_affirmed_or_harsh_words_for_no_one_give_no_edge(extractor, text):
    nothing_between_them(extractor, text)


LURES = [
    ("Hugues Marland fait miroiter un poste d'adjoint à Odile Ferrat.", INVITATION),
    ("Hugues Marland a proposé l'investiture à Odile Ferrat.", INVITATION),
    ("Hugues Marland a pris contact avec Odile Ferrat.", TEMPTATION),
]


@pytest.mark.parametrize(("text", "edge"), LURES)
def test_lures_and_contacts(extractor, text, edge):
    check(extractor, text, [edge], [SUPPORT])


@pytest.mark.parametrize(
    "text",
    [
        "Hugues Marland a fait miroiter des baisses d'impôts aux électeurs d'Odile Ferrat.",
        "Hugues Marland n'a jamais pris contact avec Odile Ferrat.",
    ],
)
def test_a_lure_for_no_actor_or_a_contact_denied_is_no_edge(extractor, text):
    nothing_between_them(extractor, text)


# --- sixth batch: thanks for a support, a revolt led against someone --------------------------

THANKS = [
    "Odile Ferrat a remercié Hugues Marland de son soutien.",
    "Odile Ferrat a tenu à remercier Hugues Marland pour son soutien.",
    "Odile Ferrat, elle, remercie Hugues Marland pour son soutien.",
    "Odile Ferrat a salué Hugues Marland pour son ralliement.",
]


@pytest.mark.parametrize("text", THANKS)
def test_thanks_for_a_support_tell_the_support(extractor, text):
    check(extractor, text, [SUPPORT], [(FERRAT, "SUPPORTS", MARLAND)])


@pytest.mark.parametrize(
    "text",
    [
        "Odile Ferrat ne remercie pas Hugues Marland pour son soutien.",
        "Odile Ferrat a remercié Hugues Marland pour son accueil.",
    ],
)
def test_thanks_withheld_or_for_no_support_tell_nothing(extractor, text):
    check(extractor, text, [], [SUPPORT, (FERRAT, "SUPPORTS", MARLAND)])


REVOLTS = [
    "Hugues Marland mène la fronde contre Odile Ferrat.",
    "Hugues Marland a pris la tête de la fronde contre Odile Ferrat.",
    "Hugues Marland a pris la tête de la rébellion contre Odile Ferrat.",
    "Hugues Marland mène campagne contre Odile Ferrat.",
]


@pytest.mark.parametrize("text", REVOLTS)
def test_leading_a_revolt_against_someone_rejects_them(extractor, text):
    check(extractor, text, [REJECTION], [SUPPORT])


@pytest.mark.parametrize(
    "text",
    [
        "Hugues Marland a pris la tête de la liste contre Odile Ferrat.",
        "Hugues Marland n'a jamais mené la fronde contre Odile Ferrat.",
    ],
)
def test_heading_a_list_or_a_revolt_denied_is_no_rejection(extractor, text):
    check(extractor, text, [], [REJECTION])
