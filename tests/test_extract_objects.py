"""The object of a cue that fires, found through the structures news sentences use, whatever
the cue: a person's description before the name (with a party label, a fused article, a place
complement), phrases that stand for the person ("la liste de la maire X", "celle de X"), a
person's party ("le parti de X"), words of time between cue and object, relative pronouns
before the cue ("X, que Y accuse …", "X, dont Y critique la stratégie"), a demonstrative
completed by a party before the name ("vote pour celle du PS, X"), pacts whose "entre"
comes after a participle, and possessive relationship nouns next to a relative clause.

Every family has sentences of our own wording and traps that must not give the edge.
"""

from __future__ import annotations

import pytest
from fixtures_extract import assert_edges, claim_triples


def edges(extractor, text: str, date: str = "2020-06-01") -> set[tuple[str, str, str]]:
    return claim_triples(extractor, text, date)


def check(extractor, text: str, expected, forbidden=(), date: str = "2020-06-01") -> None:
    assert_edges(edges(extractor, text, date), expected, forbidden)


SUPPORT = ("Marc Petit", "SUPPORTS", "Claire Dumas")
REJECTION = ("Marc Petit", "REJECTS", "Claire Dumas")

# --- a description of the person before the name ----------------------------------------------

DESCRIBED = [
    # a party label inside the description
    "Marc Petit a apporté son soutien à la candidate LR Claire Dumas.",
    "Marc Petit soutient la candidate LR Claire Dumas.",
    # a preposition fused with the article
    "Marc Petit a annoncé qu'il se ralliait au président Claire Dumas.",
    # a place complement inside the description
    "Marc Petit votera pour la maire écologiste de Nantes Claire Dumas.",
    # a long description closed by a comma before the name
    "Marc Petit annonce qu'il votera pour la candidate investie par le PS dans la 3e "
    "circonscription, Claire Dumas, sans quitter LR.",
]


@pytest.mark.parametrize("text", DESCRIBED)
def test_a_description_before_the_name_leads_to_the_name(extractor, text):
    check(extractor, text, [SUPPORT])


def test_a_negated_vote_for_a_described_person_is_a_rejection(extractor):
    check(
        extractor,
        "Marc Petit ne votera pas pour la maire sortante Claire Dumas.",
        [REJECTION],
        [SUPPORT],
    )


def test_the_party_of_a_description_is_not_the_object(extractor):
    """ "la candidate investie par le PS …, X": the party only describes X."""
    found = edges(
        extractor,
        "Marc Petit votera pour la candidate investie par le PS dans la 3e circonscription, "
        "Claire Dumas.",
    )
    assert SUPPORT in found
    assert ("Marc Petit", "SUPPORTS", "Parti socialiste") not in found


def test_the_agent_after_a_description_is_the_supporter(extractor):
    """ "soutenu par la maire … X": the description sits between "par" and the name, which
    still introduces the one who supports."""
    found = edges(
        extractor,
        "Marc Petit, soutenu par la maire socialiste de Nantes Claire Dumas, est candidat.",
    )
    assert ("Claire Dumas", "SUPPORTS", "Marc Petit") in found
    assert SUPPORT not in found


DESCRIPTION_TRAPS = [
    # a past tie in the subject's own apposition
    "Marc Petit, ancien ministre du gouvernement de Claire Dumas, a rejoint le PS.",
    # a hypothetical vote
    "Marc Petit voterait pour la candidate LR Claire Dumas si elle se maintenait.",
    # the description is of someone else: "l'adjoint de X", "le fils du maire X"
    "Marc Petit soutient l'adjoint de Claire Dumas.",
    "Marc Petit soutient le fils de la maire Claire Dumas.",
    # another clause's object
    "Marc Petit soutient la réforme, mais la candidate LR Claire Dumas la combat.",
]


@pytest.mark.parametrize("text", DESCRIPTION_TRAPS)
def test_a_description_of_someone_else_is_no_object(extractor, text):
    check(extractor, text, [], [SUPPORT])


# --- phrases standing for the person, with a description inside ------------------------------

STAND_INS = [
    "Marc Petit a choisi de rallier la liste de la maire sortante Claire Dumas.",
    "Marc Petit a rejoint l'équipe de campagne de l'écologiste Claire Dumas.",
    "Marc Petit retire sa liste au profit de celle de la socialiste Claire Dumas.",
    "Marc Petit soutient la liste conduite par la députée Claire Dumas.",
    "Marc Petit a rejoint la majorité de Claire Dumas.",
    # a proposal noun completed by a described person
    "Marc Petit soutient le projet de la maire sortante Claire Dumas.",
]


@pytest.mark.parametrize("text", STAND_INS)
def test_a_phrase_standing_for_the_person_leads_to_the_person(extractor, text):
    check(extractor, text, [SUPPORT])


def test_a_candidacy_opposed_stays_a_rejection(extractor):
    """ "s'oppose à la candidature de X": the stand-in keeps the cue's own relation."""
    check(
        extractor,
        "Marc Petit s'oppose à la candidature de la maire sortante Claire Dumas.",
        [REJECTION],
        [SUPPORT],
    )


# --- a demonstrative completed by a party, before the name ---------------------------------------

PARTY_DEMONSTRATIVES = [
    "Au second tour, Marc Petit votera pour celle des Républicains, Claire Dumas.",
    "Marc Petit a apporté son soutien à celle du PS, Claire Dumas.",
    "Entre les deux finalistes, Marc Petit a choisi de soutenir celle des Écologistes, "
    "Claire Dumas.",
    # the tagger takes the party into the name ("MoDem Claire Dumas" as one person)
    "Marc Petit se rallie à celle du MoDem Claire Dumas.",
]


@pytest.mark.parametrize("text", PARTY_DEMONSTRATIVES)
def test_a_demonstrative_of_a_party_describes_the_name_after_it(extractor, text):
    """ "celle du PS, X": the pronoun and its party are a description of X, as "la candidate
    du PS, X" would be."""
    check(extractor, text, [SUPPORT])


def test_a_negated_vote_for_a_party_s_demonstrative_is_a_rejection(extractor):
    check(
        extractor,
        "Marc Petit ne votera pas pour celle des Républicains, Claire Dumas.",
        [REJECTION],
        [SUPPORT],
    )


PARTY_DEMONSTRATIVE_TRAPS = [
    # the name after the comma is the subject of a clause of its own
    (
        "Marc Petit critique le programme du PS et celui des Républicains, Claire Dumas le défend.",
        REJECTION,
    ),
    # a tie of the past
    ("Marc Petit avait soutenu en 2015 celle des Écologistes, Claire Dumas.", SUPPORT),
]


@pytest.mark.parametrize(("text", "edge"), PARTY_DEMONSTRATIVE_TRAPS)
def test_a_party_s_demonstrative_in_a_trap_gives_no_edge(extractor, text, edge):
    """Another clause's subject after the comma, or a tie of the past: no edge."""
    check(extractor, text, [], [edge])


# --- a person's party --------------------------------------------------------------------------

PARTY_OF = [
    ("Marc Petit a exclu tout rapprochement avec le parti de Marine Le Pen.", "REJECTS"),
    ("Marc Petit refuse toute alliance avec le mouvement de Marine Le Pen.", "REJECTS"),
    ("Marc Petit a tourné le dos à la formation de Marine Le Pen.", "REJECTS"),
    ("Marc Petit s'oppose au parti de Marine Le Pen.", "REJECTS"),
]


@pytest.mark.parametrize(("text", "relation"), PARTY_OF)
def test_the_party_of_a_person_stands_for_that_party(extractor, text, relation):
    found = edges(extractor, text, "2017-03-01")
    assert ("Marc Petit", relation, "Front national") in found, found


def test_a_person_of_no_known_party_gives_no_party(extractor):
    """Without a party for the person (gazetteer or text), nothing is guessed."""
    found = edges(extractor, "Marc Petit refuse toute alliance avec le parti de Claire Dumas.")
    assert not any(edge[0] == "Marc Petit" and edge[1] == "REJECTS" for edge in found), found


# --- words of time between the cue and its object ---------------------------------------------

TIMED = [
    "Marc Petit a rallié hier soir Claire Dumas.",
    "Marc Petit rallie dimanche Claire Dumas.",
    "Marc Petit a appelé ce matin à voter pour Claire Dumas.",
    "Marc Petit soutient désormais Claire Dumas.",
]


@pytest.mark.parametrize("text", TIMED)
def test_a_word_of_time_between_cue_and_object_is_skipped(extractor, text):
    check(extractor, text, [SUPPORT])


def test_a_word_of_time_keeps_the_negation(extractor):
    check(
        extractor,
        "Marc Petit ne soutiendra pas dimanche Claire Dumas.",
        [],
        [SUPPORT],
    )


# --- listed objects with descriptions, appositions and glosses ----------------------------------

BOTH = [("Marc Petit", "SUPPORTS", "Jean Roux"), SUPPORT]

LISTED = [
    "Marc Petit a rallié le socialiste Jean Roux et l'écologiste Claire Dumas.",
    "Marc Petit soutient Jean Roux, le maire sortant, et Claire Dumas.",
    "Marc Petit soutient Jean Roux, 58 ans, et Claire Dumas.",
    "Marc Petit a rallié Jean Roux et la candidate LR Claire Dumas.",
    "Marc Petit soutient Jean Roux (32 %) et Claire Dumas (12 %).",
]


@pytest.mark.parametrize("text", LISTED)
def test_every_listed_object_is_read(extractor, text):
    check(extractor, text, BOTH)


LIST_TRAPS = [
    # the second name is the object of another verb
    "Marc Petit soutient Jean Roux, candidat du PS, et critique Claire Dumas.",
    # the second is a complement of someone else
    "Marc Petit soutient Jean Roux et l'adjoint de Claire Dumas.",
]


@pytest.mark.parametrize("text", LIST_TRAPS)
def test_a_name_outside_the_list_is_not_listed(extractor, text):
    check(extractor, text, [BOTH[0]], [SUPPORT])


def test_a_civil_title_before_the_name_is_part_of_it(extractor):
    """ "a voté pour M. Roux": the title is no word of the gap."""
    found = edges(
        extractor,
        "Le socialiste Jean Roux a été élu maire. Claire Dumas a voté pour M. Roux sans "
        "hésiter.",
    )
    assert ("Claire Dumas", "SUPPORTS", "Jean Roux") in found, found


# --- an adverbial incise between commas --------------------------------------------------------

INCISES = [
    ("Marc Petit critique, dans un entretien au journal local, Claire Dumas.", REJECTION),
    ("Marc Petit a apporté, dès lundi, son soutien à Claire Dumas.", SUPPORT),
    ("Marc Petit soutient, sans surprise aucune, Claire Dumas.", SUPPORT),
]


@pytest.mark.parametrize(("text", "edge"), INCISES)
def test_an_adverbial_incise_between_cue_and_object_is_skipped(extractor, text, edge):
    check(extractor, text, [edge])


INCISE_TRAPS = [
    # the incise names someone: whose words they are is not settled
    "Marc Petit soutient, selon Jean Roux, Claire Dumas.",
    # the incise holds a clause of its own
    "Marc Petit soutient, dit-on, la réforme que Claire Dumas combat.",
]


@pytest.mark.parametrize("text", INCISE_TRAPS)
def test_an_incise_that_names_someone_or_holds_a_clause_stops_the_object(extractor, text):
    check(extractor, text, [], [SUPPORT])


# --- relative pronouns before the cue ----------------------------------------------------------

RELATIVES = [
    ("Claire Dumas, que Marc Petit accuse de trahison, a répondu.", REJECTION),
    ("Claire Dumas, que le maire Marc Petit soutient depuis des mois, arrive en tête.", SUPPORT),
    ("Claire Dumas, dont Marc Petit désapprouve la stratégie, a perdu.", REJECTION),
    ("Claire Dumas, dont Marc Petit soutient la candidature, a gagné.", SUPPORT),
]


@pytest.mark.parametrize(("text", "edge"), RELATIVES)
def test_a_relative_pronoun_before_the_cue_is_its_object(extractor, text, edge):
    check(extractor, text, [edge])


RELATIVE_FAMILY = [
    # a cleft puts the object first
    ("C'est Claire Dumas que Marc Petit soutiendra au second tour.", SUPPORT),
    # a control verb between the relative's subject and the cue
    ("Claire Dumas, que Marc Petit a décidé de rallier, mène la liste.", SUPPORT),
    # a preposition the cue allows, before "qui" or "lequel"
    ("Claire Dumas, à qui Marc Petit a apporté son soutien, mène la liste.", SUPPORT),
    ("Claire Dumas, avec laquelle Marc Petit refuse toute alliance, mène la liste.", REJECTION),
    ("Claire Dumas, pour qui Marc Petit votera dimanche, mène la liste.", SUPPORT),
]


@pytest.mark.parametrize(("text", "edge"), RELATIVE_FAMILY)
def test_a_relative_object_through_cleft_control_verb_or_preposition(extractor, text, edge):
    check(extractor, text, [edge])


RELATIVE_PREPOSITION_TRAPS = [
    # a preposition the cue does not take
    "Claire Dumas, chez qui Marc Petit a apporté son soutien à Jean Roux, mène la liste.",
    # "qui" with no preposition is the relative's subject
    "Claire Dumas, qui soutient Marc Petit, mène la liste.",
    # a past tie told in the pluperfect or the imperfect: background, no stance of the day
    "Claire Dumas, avec laquelle Marc Petit s'était allié en 2017, refuse toute liste commune.",
    "Claire Dumas, que Marc Petit soutenait jusque-là, mène une autre liste.",
]


@pytest.mark.parametrize("text", RELATIVE_PREPOSITION_TRAPS)
def test_a_relative_the_cue_does_not_govern_is_no_object(extractor, text):
    check(extractor, text, [], [SUPPORT])


def test_a_negated_relative_keeps_its_negation(extractor):
    """ "la maire sortante, X, qu'il n'a pas soutenue": not supported."""
    check(
        extractor,
        "La maire sortante, Claire Dumas, que Marc Petit n'a pas soutenue, a perdu.",
        [REJECTION],
        [SUPPORT],
    )


RELATIVE_TRAPS = [
    # the relative's antecedent is a thing, not the person named later
    "La réforme, que Marc Petit critique, divise Claire Dumas.",
    # a clitic object in the relative: "qu'il le soutient" is about someone else
    "Claire Dumas, qui sait que Marc Petit le soutient, se tait.",
]


@pytest.mark.parametrize("text", RELATIVE_TRAPS)
def test_a_relative_that_is_not_the_object_gives_nothing(extractor, text):
    check(extractor, text, [], [REJECTION, SUPPORT])


def test_dont_with_a_proposal_of_someone_else_is_about_that_someone(extractor):
    """ "X, dont Y critique la stratégie de la présidente Z": the strategy is Z's."""
    check(
        extractor,
        "Jean Roux, dont Marc Petit critique la stratégie de la présidente Claire Dumas, hésite.",
        [REJECTION],
        [("Marc Petit", "REJECTS", "Jean Roux")],
    )


def test_a_relative_after_a_party_complement_is_about_the_noun(extractor):
    """ "au cofondateur de P, qu'il accuse …": the cofounder is accused, not P."""
    found = edges(
        extractor,
        "Marc Petit oppose une fin de non-recevoir au cofondateur de Place publique, qu'il "
        "accuse de recycler les socialistes.",
        "2019-03-01",
    )
    assert ("Marc Petit", "REJECTS", "Place publique") not in found, found


# --- pacts told with a participle before "entre" ----------------------------------------------

BOTH_WAYS = [SUPPORT, ("Claire Dumas", "SUPPORTS", "Marc Petit")]

PACTS = [
    "Un accord a été conclu dans la nuit entre Marc Petit et Claire Dumas.",
    "Accord scellé samedi entre Marc Petit et Claire Dumas pour le second tour.",
    "Un accord électoral a finalement été trouvé mardi entre Marc Petit et Claire Dumas.",
]


@pytest.mark.parametrize("text", PACTS)
def test_a_pact_made_before_entre_is_mutual_support(extractor, text):
    check(extractor, text, BOTH_WAYS)


PACT_TRAPS = [
    "Un accord a été rejeté dans la nuit entre Marc Petit et Claire Dumas.",
    "Un accord aurait été négocié entre Marc Petit et Claire Dumas.",
]


@pytest.mark.parametrize("text", PACT_TRAPS)
def test_a_pact_refused_or_rumoured_before_entre_is_no_support(extractor, text):
    check(extractor, text, [], BOTH_WAYS)


# --- campaigning beside someone ----------------------------------------------------------------

BESIDE = [
    "Marc Petit a fait campagne aux côtés de Claire Dumas.",
    "Marc Petit fera campagne derrière Claire Dumas.",
    "Marc Petit fait campagne pour Claire Dumas.",
]


@pytest.mark.parametrize("text", BESIDE)
def test_campaigning_beside_someone_is_support(extractor, text):
    check(extractor, text, [SUPPORT])


STEPPING_ASIDE = [
    "Marc Petit a annoncé son retrait au profit de Claire Dumas.",
    "Le désistement de Marc Petit en faveur de Claire Dumas a surpris ses colistiers.",
    "Marc Petit a confirmé son retrait au profit de celle de l'écologiste Claire Dumas.",
]


@pytest.mark.parametrize("text", STEPPING_ASIDE)
def test_stepping_aside_for_someone_as_a_noun_is_support(extractor, text):
    check(extractor, text, [SUPPORT])


def test_a_withdrawal_from_a_race_is_no_support(extractor):
    check(
        extractor,
        "Marc Petit a annoncé son retrait de la course, au grand dam de Claire Dumas.",
        [],
        [SUPPORT],
    )


def test_campaigning_with_someone_is_no_support(extractor):
    """ "faire campagne avec X" may be a past tie or a shared tour: not read."""
    check(extractor, "Marc Petit a fait campagne avec Claire Dumas en 2012.", [], [SUPPORT])


# --- a possessive relationship noun after a relative clause -----------------------------------


def test_the_subject_of_a_relative_may_be_the_possessive_s_referent(extractor):
    """ "X, que Y avait écartée de sa liste, votera pour son ancien patron": Y, the one other
    person, is the patron (the relative's subject is not a possessor)."""
    check(
        extractor,
        "Claire Dumas, ancienne adjointe que Marc Petit avait écartée de sa liste, a annoncé "
        "qu'elle voterait pour son ancien patron.",
        [("Claire Dumas", "SUPPORTS", "Marc Petit")],
    )


def test_a_possessive_with_two_candidates_binds_nobody(extractor):
    found = edges(
        extractor,
        "Le maire Jean Roux a perdu. Claire Dumas, que Marc Petit avait recrutée, votera pour "
        "son ancien patron.",
    )
    assert ("Marc Petit", "SUPPORTS", "Jean Roux") not in found, found
