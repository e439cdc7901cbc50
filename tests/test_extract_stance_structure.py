"""Stances as news writes them, fifth round: pacts named between two actors, calls to rally
behind a candidate, dismissals, supports asserted beside a refusal, and support stated by the
article's layout ("qui soutient qui" pages).

Every family has several phrasings of our own and traps that must not produce the edge. The
words live in ``ontology/cues.toml``; these tests say what they mean.
"""

from __future__ import annotations

import pytest
from fixtures_extract import assert_edges, claim_triples

from alliancegraph.model import Article


def edges(extractor, text: str, date: str = "2020-06-01") -> set[tuple[str, str, str]]:
    return claim_triples(extractor, text, date)


def check(extractor, text: str, expected, forbidden=()) -> None:
    assert_edges(edges(extractor, text), expected, forbidden)


BOTH_WAYS = [
    ("Paul Vernier", "SUPPORTS", "Claire Dumas"),
    ("Claire Dumas", "SUPPORTS", "Paul Vernier"),
]

# --- a pact named between two actors: each supports the other ---------------------------------

PACTS = [
    "Un accord électoral entre Paul Vernier et Claire Dumas a été conclu dans la nuit.",
    "La droite officialise une alliance entre le centriste Paul Vernier, arrivé troisième, "
    "et la candidate LR Claire Dumas.",
    "À Nantes, une entente de dernière minute entre le maire sortant Paul Vernier, qui a "
    "recueilli 21 % des voix au premier tour, et l'écologiste, Claire Dumas (14 %), change "
    "la donne du second tour.",
    "Le tandem entre Paul Vernier (MoDem) et Claire Dumas conduira la liste.",
]


@pytest.mark.parametrize("text", PACTS)
def test_a_pact_between_two_actors_is_mutual_support(extractor, text):
    check(extractor, text, BOTH_WAYS)


PACT_TRAPS = [
    # only possible, never made
    "Un accord entre Paul Vernier et Claire Dumas aurait pu faire basculer la ville.",
    # undone
    "L'alliance entre Paul Vernier et Claire Dumas a volé en éclats dimanche.",
    # refused, wished for, asked about
    "Il n'y aura pas d'alliance entre Paul Vernier et Claire Dumas.",
    "Marc Petit plaide pour une union entre Paul Vernier et Claire Dumas.",
    "Une coalition entre Paul Vernier et Claire Dumas est-elle encore possible ?",
    # a contest, not a pact
    "Le duel entre Paul Vernier et Claire Dumas s'annonce serré.",
]


@pytest.mark.parametrize("text", PACT_TRAPS)
def test_a_pact_undone_wished_or_only_possible_is_no_support(extractor, text):
    check(extractor, text, [], BOTH_WAYS)


def test_a_pact_of_three_reads_no_pair(extractor):
    """ "entre A, B et C" is a list: no pair of it is read as the pact's two ends."""
    found = edges(
        extractor, "Une entente entre Paul Vernier, Claire Dumas et Marc Petit a été trouvée."
    )
    assert ("Paul Vernier", "SUPPORTS", "Claire Dumas") not in found


# --- calling one's voters to rally behind someone: support of that someone --------------------

RALLY_BEHIND = [
    "Battue, Claire Dumas a appelé ses électeurs à se rassembler derrière Paul Vernier.",
    "Éliminée dès le premier tour, Claire Dumas a reconnu sa défaite et appelé ses électeurs "
    "à se rassembler derrière le candidat socialiste Paul Vernier, arrivé deuxième.",
    "Claire Dumas appelle la gauche à se regrouper derrière Paul Vernier.",
    "Claire Dumas se range derrière le maire sortant Paul Vernier.",
]


@pytest.mark.parametrize("text", RALLY_BEHIND)
def test_a_call_to_rally_behind_someone_is_support(extractor, text):
    check(extractor, text, [("Claire Dumas", "SUPPORTS", "Paul Vernier")])


def test_gathering_behind_a_place_or_oneself_is_no_support(extractor):
    for text in (
        "Les militants de Claire Dumas se sont rassemblés derrière la mairie.",
        "Claire Dumas a rassemblé ses troupes derrière elle avant le vote.",
    ):
        found = edges(extractor, text)
        assert not {e for e in found if e[1] == "SUPPORTS"}, found


def test_no_call_to_rally_is_no_support(extractor):
    check(
        extractor,
        "Claire Dumas n'appellera pas ses électeurs à se rassembler derrière Paul Vernier.",
        [],
        [("Claire Dumas", "SUPPORTS", "Paul Vernier")],
    )


# --- dismissals: the one who dismisses rejects the dismissed ----------------------------------

DISMISSALS = [
    "Claire Dumas limogée par Paul Vernier",
    "Paul Vernier a limogé Claire Dumas de son poste de vice-présidente du parti.",
    "Claire Dumas, congédiée par Paul Vernier, quitte la direction.",
    "Paul Vernier a destitué Claire Dumas de la présidence de la fédération.",
]


@pytest.mark.parametrize("text", DISMISSALS)
def test_a_dismissal_is_a_rejection(extractor, text):
    check(extractor, text, [("Paul Vernier", "REJECTS", "Claire Dumas")])


def test_a_dismissal_not_made_or_only_possible_is_no_rejection(extractor):
    for text in (
        "Paul Vernier n'a pas limogé Claire Dumas.",
        "Paul Vernier pourrait limoger Claire Dumas.",
    ):
        check(extractor, text, [], [("Paul Vernier", "REJECTS", "Claire Dumas")])


# --- a support asserted beside a refusal is still a support ----------------------------------

BESIDE_A_REFUSAL = [
    "Paul Vernier a refusé le ministère de l'Intérieur, apportant toutefois son soutien à "
    "Claire Dumas.",
    "Paul Vernier a décliné la présidence du groupe, réaffirmant néanmoins son appui à "
    "Claire Dumas.",
    "Paul Vernier a refusé la vice-présidence, apportant son soutien à Claire Dumas.",
]


@pytest.mark.parametrize("text", BESIDE_A_REFUSAL)
def test_a_support_beside_a_refusal_is_support(extractor, text):
    check(
        extractor,
        text,
        [("Paul Vernier", "SUPPORTS", "Claire Dumas")],
        [("Paul Vernier", "REJECTS", "Claire Dumas")],
    )


def test_refusing_to_support_stays_a_refusal(extractor):
    check(
        extractor,
        "Paul Vernier a quitté le bureau, refusant de soutenir Claire Dumas.",
        [],
        [("Paul Vernier", "SUPPORTS", "Claire Dumas")],
    )


# --- "les soutiens de A et B": a noun, not "je soutiens" ---------------------------------------


def test_the_supporters_of_two_rivals_are_no_tie_between_them(extractor):
    found = edges(extractor, "Le tour des soutiens de Paul Vernier et Claire Dumas.")
    assert not {e for e in found if e[1] == "SUPPORTS"}, found


# --- support stated by the article's layout ---------------------------------------------------

ROSTER = """Primaire : le point sur les ralliements

Le tour des soutiens de Claire Dumas et de Paul Vernier, à trois semaines du vote.

Les soutiens de Claire Dumas

Parmi les fidèles : Marc Petit, Anne Roux et des élus moins connus comme Jean Lemoine, Sylvie Caron.

L'ancien ministre Henri Blanc a apporté son soutien la semaine dernière.

Lucie Perrin n'a pas encore apporté son soutien.

Ils soutiennent Paul Vernier

Parmi ses proches : Louis Garnier et Hélène Morel.

Les indécis

Parmi les élus : Robert Favier et Nadia Brun.

Bernard Lacoste a apporté son soutien hier.
"""


def roster_edges(extractor, text: str) -> set[tuple[str, str, str]]:
    article = Article(id="roster", date="2021-10-20", title="", text=text)
    return {(c.subject, c.relation, c.object) for c in extractor.run(article).claims}


def test_a_heading_names_whose_supporters_the_list_and_the_section_give(extractor):
    found = roster_edges(extractor, ROSTER)
    for name in ("Marc Petit", "Anne Roux", "Jean Lemoine", "Sylvie Caron", "Henri Blanc"):
        assert (name, "SUPPORTS", "Claire Dumas") in found, (name, found)
    for name in ("Louis Garnier", "Hélène Morel"):
        assert (name, "SUPPORTS", "Paul Vernier") in found, (name, found)


def test_a_roster_reads_nothing_past_its_section_or_under_a_negation(extractor):
    found = roster_edges(extractor, ROSTER)
    assert ("Lucie Perrin", "SUPPORTS", "Claire Dumas") not in found  # not yet given
    for name in ("Robert Favier", "Nadia Brun", "Bernard Lacoste"):  # under "Les indécis"
        assert not {e for e in found if e[0] == name and e[1] == "SUPPORTS"}, (name, found)
    assert ("Claire Dumas", "SUPPORTS", "Paul Vernier") not in found


INLINE_LISTS = [
    "Parmi les soutiens de Claire Dumas : Marc Petit, Anne Roux et Jean Lemoine.",
    "Parmi les fidèles de Claire Dumas figurent Marc Petit, Anne Roux et Jean Lemoine.",
    "Parmi les partisans de Claire Dumas, on trouve Marc Petit, Anne Roux et Jean Lemoine.",
]


@pytest.mark.parametrize("text", INLINE_LISTS)
def test_a_list_sentence_names_its_own_target(extractor, text):
    found = edges(extractor, text)
    for name in ("Marc Petit", "Anne Roux", "Jean Lemoine"):
        assert (name, "SUPPORTS", "Claire Dumas") in found, (name, found)


def test_former_supporters_and_opponents_are_no_roster(extractor):
    for text in (
        "Parmi les anciens soutiens de Claire Dumas : Marc Petit et Anne Roux.",
        "Parmi les opposants de Claire Dumas : Marc Petit et Anne Roux.",
    ):
        found = edges(extractor, text)
        assert ("Marc Petit", "SUPPORTS", "Claire Dumas") not in found, (text, found)


def test_a_step_back_repeats_nobodys_stance(extractor):
    """ "emboîter le pas" echoes the latest stance; "faire un pas en arrière" does not."""
    found = edges(
        extractor,
        "Claire Dumas soutient Paul Vernier. Le soir même, Marc Petit a fait un pas en arrière.",
    )
    assert not {e for e in found if e[0] == "Marc Petit"}, found


def test_a_pact_of_a_person_with_a_party_ties_the_person_only(extractor):
    found = edges(
        extractor, "L'accord entre Paul Vernier et La République en marche divise la droite."
    )
    assert ("Paul Vernier", "SUPPORTS", "En Marche") in found, found
    assert ("En Marche", "SUPPORTS", "Paul Vernier") not in found, found


# --- support received from several givers, or "avec le soutien de" a statement ----------------

RECEIVED_FROM_MANY = [
    "Claire Dumas a reçu le soutien de Paul Vernier, de Marc Petit et d'Anne Roux.",
    "« Cette décision est une faute », a déclaré Claire Dumas, avec le soutien de Paul "
    "Vernier, Marc Petit et Anne Roux.",
    "Claire Dumas a annoncé sa candidature avec le soutien de Paul Vernier, Marc Petit "
    "et Anne Roux.",
    "Le soutien de Paul Vernier, de Marc Petit et d'Anne Roux à Claire Dumas ne faiblit pas.",
]


@pytest.mark.parametrize("text", RECEIVED_FROM_MANY)
def test_each_giver_of_a_listed_support_supports_the_receiver(extractor, text):
    found = edges(extractor, text)
    for name in ("Paul Vernier", "Marc Petit", "Anne Roux"):
        assert (name, "SUPPORTS", "Claire Dumas") in found, (name, found)


def test_an_old_election_won_with_a_support_is_no_current_tie(extractor):
    found = edges(
        extractor,
        "Claire Dumas, élue en 2002 avec le soutien de Paul Vernier, a fait savoir qu'elle "
        "voterait blanc.",
    )
    assert ("Paul Vernier", "SUPPORTS", "Claire Dumas") not in found, found


def test_a_giver_list_ends_with_its_clause(extractor):
    found = edges(
        extractor, "Claire Dumas a reçu le soutien de Paul Vernier et a critiqué Marc Petit."
    )
    assert ("Paul Vernier", "SUPPORTS", "Claire Dumas") in found, found
    assert ("Marc Petit", "SUPPORTS", "Claire Dumas") not in found, found


# --- an aside between the verb and its object --------------------------------------------------

ASIDES = [
    "Claire Dumas soutient pour sa part Paul Vernier.",
    "Claire Dumas votera de son côté pour Paul Vernier.",
    "Claire Dumas soutient, quant à elle, Paul Vernier.",
]


@pytest.mark.parametrize("text", ASIDES)
def test_an_aside_before_the_object_keeps_the_support(extractor, text):
    check(extractor, text, [("Claire Dumas", "SUPPORTS", "Paul Vernier")])


def test_an_aside_does_not_lift_a_negation(extractor):
    check(
        extractor,
        "Claire Dumas ne soutient pas pour sa part Paul Vernier.",
        [],
        [("Claire Dumas", "SUPPORTS", "Paul Vernier")],
    )


# --- a quotation condemning what someone said or decided --------------------------------------

OWNED_MOVES = [
    "« La déclaration de Paul Vernier n'a aucune valeur », a déclaré Claire Dumas.",
    "« La décision de Paul Vernier est une faute politique », a lancé Claire Dumas.",
    "« Les propos de Paul Vernier sont indignes », a lancé Claire Dumas.",
]


@pytest.mark.parametrize("text", OWNED_MOVES)
def test_condemning_someones_move_in_a_quote_rejects_them(extractor, text):
    check(extractor, text, [("Claire Dumas", "REJECTS", "Paul Vernier")])


def test_deploring_what_befell_someone_is_no_rejection(extractor):
    for text in (
        "« La défaite de Paul Vernier est un scandale », a lancé Claire Dumas.",
        "« La décision de Paul Vernier n'est pas une erreur », a estimé Claire Dumas.",
    ):
        check(extractor, text, [], [("Claire Dumas", "REJECTS", "Paul Vernier")])


# --- interest shown in someone's move: temptation ----------------------------------------------

INTEREST = [
    "Paul Vernier dit regarder « avec intérêt » la candidature de Claire Dumas.",
    "Paul Vernier observe avec un grand intérêt la démarche de Claire Dumas.",
    "Paul Vernier accueille avec intérêt la proposition de Claire Dumas.",
]


@pytest.mark.parametrize("text", INTEREST)
def test_interest_in_someones_move_is_temptation(extractor, text):
    check(extractor, text, [("Paul Vernier", "TEMPTED_BY", "Claire Dumas")])


def test_interest_denied_or_in_a_debate_is_no_temptation(extractor):
    for text in (
        "Paul Vernier ne regarde pas avec intérêt la candidature de Claire Dumas.",
        "Le public a suivi avec intérêt le débat entre Paul Vernier et Claire Dumas.",
    ):
        found = edges(extractor, text)
        assert not {e for e in found if e[1] == "TEMPTED_BY"}, (text, found)


GIVERS_DESCRIBED = [
    "Claire Dumas a reçu un soutien appuyé du patron des Verts Paul Vernier, venu la veille, "
    "et du maire (EELV) de Grenoble Marc Petit.",
    "Claire Dumas a reçu le soutien du maire de Nantes Paul Vernier et de la députée "
    "socialiste Marc Petit.",
    "Claire Dumas a reçu le soutien de Paul Vernier, arrivé la veille, et du sénateur Marc Petit.",
]


@pytest.mark.parametrize("text", GIVERS_DESCRIBED)
def test_givers_written_with_their_roles_and_incises_each_support(extractor, text):
    found = edges(extractor, text)
    for name in ("Paul Vernier", "Marc Petit"):
        assert (name, "SUPPORTS", "Claire Dumas") in found, (name, found)


def test_an_incise_naming_someone_else_ends_the_givers(extractor):
    found = edges(
        extractor,
        "Claire Dumas a reçu le soutien de Paul Vernier, qui critique Marc Petit, et de ses amis.",
    )
    assert ("Paul Vernier", "SUPPORTS", "Claire Dumas") in found, found
    assert ("Marc Petit", "SUPPORTS", "Claire Dumas") not in found, found


def test_the_replacement_named_after_a_dismissal_is_not_dismissed(extractor):
    found = edges(
        extractor,
        "Claire Dumas a été nommée vice-présidente en janvier. Paul Vernier l'a limogée hier, "
        "la remplaçant par Marc Petit, maire de Vannes.",
    )
    assert ("Paul Vernier", "REJECTS", "Marc Petit") not in found, found
