"""Argument finding and deciding, round 10: mechanisms read from the parse, not from a cue's
wording, each with a trap that must keep its edge out. Every sentence is our own.

1. A complement clause dated by words of time ("a déclaré dimanche soir qu'elle voterait pour
   X"): the parser hangs the clause as a relative of "soir"; the speech verb still reports it,
   so its conditional is a future told in the past, and its negation stays the clause's own.
2. A condition that is not opened by "si" ("en cas de", "au cas où", "à condition que"): the
   stance it governs is a hypothesis, in reported speech too.
3. "avec le soutien de Y" / "grâce à l'appui de Y" completing any verb: Y supports that verb's
   subject ("X a été réélu avec l'appui de Y", "X, investi mardi avec le soutien de Y, …"), as
   far as the verb asserts it (not an election dated years before the article, not one hoped
   for); the owner of that support is not the owner of a list named before it.
4. A description whose complement is a person, then the name it describes ("le proche de X
   Y"): Y is the subject (two names side by side are split when the second opens on a known
   first name).
5. Coordinated subjects, each with its description and a gloss in brackets.
6. A factual "si" ("si X a rallié Y, d'autres …"): the clause's own stance is asserted.
7. A party then a comma describes nobody ("a claqué la porte du PS, X est resté …").
"""

from __future__ import annotations

import pytest
from fixtures_extract import claim_triples

DATE = "2019-05-01"


def edges(extractor, text: str, date: str = DATE) -> set[tuple[str, str, str]]:
    return claim_triples(extractor, text, date)


# --- 1. a complement clause dated by words of time -----------------------------------------

DATED_REPORTS = [
    ("Hélène Garnier a déclaré dimanche soir qu'elle voterait sans hésiter pour Bruno Carrel "
     "au second tour.", ("Hélène Garnier", "SUPPORTS", "Bruno Carrel")),
    ("Lucien Morel a expliqué mardi matin qu'il rejoindrait la liste d'Hélène Garnier.",
     ("Lucien Morel", "SUPPORTS", "Hélène Garnier")),
    ("Bruno Carrel a confirmé samedi soir qu'il ferait campagne pour Hélène Garnier.",
     ("Bruno Carrel", "SUPPORTS", "Hélène Garnier")),
    ("Hélène Garnier a déclaré lundi matin qu'elle ne voterait pas pour Bruno Carrel.",
     ("Hélène Garnier", "REJECTS", "Bruno Carrel")),
]


@pytest.mark.parametrize("text, edge", DATED_REPORTS)
def test_a_clause_after_words_of_time_is_reported_by_the_verb_they_date(extractor, text, edge):
    assert edge in edges(extractor, text)


def test_a_negated_clause_after_words_of_time_gives_no_support(extractor):
    found = edges(extractor, "Hélène Garnier a déclaré lundi matin qu'elle ne voterait pas "
                             "pour Bruno Carrel.")
    assert ("Hélène Garnier", "SUPPORTS", "Bruno Carrel") not in found


@pytest.mark.parametrize("text", [
    # the report itself is denied
    "Hélène Garnier n'a pas déclaré dimanche qu'elle voterait pour Bruno Carrel.",
    # no report: a plain conditional, dated or not
    "Hélène Garnier voterait dimanche soir pour Bruno Carrel, selon ses proches.",
])
def test_a_denied_report_or_a_plain_conditional_after_words_of_time_gives_nothing(
    extractor, text
):
    assert ("Hélène Garnier", "SUPPORTS", "Bruno Carrel") not in edges(extractor, text)


# --- 2. conditions other than "si" ---------------------------------------------------------

CONDITIONS = [
    "Bruno Carrel a indiqué qu'en cas de duel avec Lucien Morel, il voterait pour Hélène "
    "Garnier.",
    "Bruno Carrel a assuré qu'au cas où Lucien Morel serait qualifié, il voterait pour Hélène "
    "Garnier.",
    "Bruno Carrel voterait pour Hélène Garnier à condition qu'elle retire sa liste.",
    "Bruno Carrel soutiendra Hélène Garnier pourvu qu'elle renonce à son alliance.",
]


@pytest.mark.parametrize("text", CONDITIONS)
def test_a_stance_under_a_condition_is_not_taken(extractor, text):
    assert ("Bruno Carrel", "SUPPORTS", "Hélène Garnier") not in edges(extractor, text)


def test_a_reported_future_without_a_condition_is_taken(extractor):
    found = edges(extractor, "Bruno Carrel a indiqué qu'au second tour, il voterait pour "
                             "Hélène Garnier.")
    assert ("Bruno Carrel", "SUPPORTS", "Hélène Garnier") in found


# --- 3. "avec le soutien de Y" on any verb -------------------------------------------------

RECEIVED = [
    "Bruno Carrel a été réélu avec l'appui d'Hélène Garnier.",
    "Le candidat du PS, Bruno Carrel, investi le 3 mai avec le soutien d'Hélène Garnier, a "
    "lancé sa campagne.",
    "Bruno Carrel, élu en mars avec le soutien d'Hélène Garnier, a présenté son équipe.",
    "Bruno Carrel a remporté la primaire avec le ralliement d'Hélène Garnier.",
    "Bruno Carrel a été réélu grâce au soutien d'Hélène Garnier.",
    "Bruno Carrel a conquis la mairie grâce à l'appui d'Hélène Garnier.",
    "Bruno Carrel a présenté sa liste avec le soutien d'Hélène Garnier.",
]


@pytest.mark.parametrize("text", RECEIVED)
def test_support_received_with_any_act_is_given_to_its_subject(extractor, text):
    found = edges(extractor, text)
    assert ("Hélène Garnier", "SUPPORTS", "Bruno Carrel") in found
    assert ("Bruno Carrel", "SUPPORTS", "Hélène Garnier") not in found


@pytest.mark.parametrize("text", [
    # an election won years before the article: a tie of the past
    "Bruno Carrel a été élu en 2008 avec le soutien d'Hélène Garnier.",
    # hoped for, not received
    "Bruno Carrel espère être élu avec le soutien d'Hélène Garnier.",
    # denied
    "Bruno Carrel n'a pas été élu avec le soutien d'Hélène Garnier.",
    # without it, or in spite of it
    "Bruno Carrel a été élu sans le soutien d'Hélène Garnier.",
    "Bruno Carrel a été élu malgré le soutien d'Hélène Garnier à son rival.",
])
def test_support_of_a_past_hoped_for_or_denied_act_is_not_given(extractor, text):
    assert ("Hélène Garnier", "SUPPORTS", "Bruno Carrel") not in edges(extractor, text)


# --- 4. a description whose complement is a person, then the name it describes -------------
# "le proche de X Y", "la conseillère de X Y": the model tags the two names side by side as
# one person, or the parser hangs Y on X; Y is the subject, X only completes the noun.

COMPLEMENT_THEN_NAME = [
    ("Le sénateur et proche de Bruno Carrel Paul Girard a rejoint Hélène Garnier.",
     ("Paul Girard", "SUPPORTS", "Hélène Garnier")),
    ("La conseillère de Bruno Carrel Claire Vidal a rejoint Hélène Garnier.",
     ("Claire Vidal", "SUPPORTS", "Hélène Garnier")),
    ("L'ancien bras droit de Bruno Carrel Daniel Vidal a rejoint Hélène Garnier.",
     ("Daniel Vidal", "SUPPORTS", "Hélène Garnier")),
    ("Le proche de Bruno Carrel Daniel Vidal critique Hélène Garnier.",
     ("Daniel Vidal", "REJECTS", "Hélène Garnier")),
]


@pytest.mark.parametrize("text, edge", COMPLEMENT_THEN_NAME)
def test_the_name_after_a_person_complement_is_the_subject(extractor, text, edge):
    found = edges(extractor, text)
    assert edge in found
    assert ("Bruno Carrel", edge[1], edge[2]) not in found


@pytest.mark.parametrize("text, name", [
    # a first name then a compound first name and a surname: one person
    ("Jean Pierre Roux a rejoint Hélène Garnier.", "Jean Pierre Roux"),
    ("Marie Claude Vidal a rejoint Hélène Garnier.", "Marie Claude Vidal"),
])
def test_a_compound_first_name_is_not_split_into_two_persons(extractor, text, name):
    assert (name, "SUPPORTS", "Hélène Garnier") in edges(extractor, text)


def test_a_person_noun_completed_by_a_person_alone_names_nobody(extractor):
    found = edges(extractor, "La conseillère de Bruno Carrel a rejoint Hélène Garnier.")
    assert ("Bruno Carrel", "SUPPORTS", "Hélène Garnier") not in found


# --- 5. coordinated subjects, each with its description and a gloss in brackets -------------

GLOSSED_PAIRS = [
    "Le maire sortant, Bruno Carrel (divers gauche), et la tête de liste du MoDem, Paul "
    "Girard, ont déposé une liste commune.",
    "La maire sortante, Hélène Garnier (PS, 41 %), et le candidat du MoDem, Paul Girard "
    "(12 %), ont fusionné leurs listes.",
    "Bruno Carrel (PS) et Paul Girard (MoDem) ont déposé une liste commune.",
]


@pytest.mark.parametrize("text", GLOSSED_PAIRS)
def test_a_gloss_in_brackets_does_not_cut_a_coordinated_subject(extractor, text):
    found = edges(extractor, text)
    pact = {(a, r, b) for a, r, b in found if r == "SUPPORTS"}
    assert len(pact) == 2 and "Paul Girard" in {a for a, _, _ in pact}, found


def test_a_gloss_names_nobody_it_does_not_describe(extractor):
    found = edges(extractor, "La conseillère régionale, Hélène Garnier (divers gauche), et le "
                             "député du Tarn, Paul Girard, ont appelé à voter pour Bruno Carrel.")
    assert {("Hélène Garnier", "SUPPORTS", "Bruno Carrel"),
            ("Paul Girard", "SUPPORTS", "Bruno Carrel")} <= found


def test_the_complement_of_a_first_conjunct_is_not_a_subject(extractor):
    found = edges(extractor, "Le rival de Bruno Carrel (divers gauche), Paul Girard, et Hélène "
                             "Garnier ont déposé une liste commune.")
    assert not any(a == "Bruno Carrel" for a, _, _ in found), found


# --- 6. a factual "si": "si X a rallié Y, d'autres …" ----------------------------------------
# A plain "si" before a compound past contrasts two facts; a condition on the past takes the
# pluperfect, on the future the present. The clause's own stance is asserted; a main clause
# under any "si" clause stays conditioned.

FACTUAL_SI = [
    ("Si Bruno Carrel a rallié Paul Girard, ses adjoints sont restés neutres.",
     ("Bruno Carrel", "SUPPORTS", "Paul Girard")),
    ("Si la sénatrice Hélène Garnier a critiqué Paul Girard, le maire est resté silencieux.",
     ("Hélène Garnier", "REJECTS", "Paul Girard")),
    ("Si Bruno Carrel a décidé de faire alliance avec Paul Girard, une partie de ses élus "
     "auraient choisi une autre voie.", ("Bruno Carrel", "SUPPORTS", "Paul Girard")),
]


@pytest.mark.parametrize("text, edge", FACTUAL_SI)
def test_a_stance_in_a_factual_si_clause_is_asserted(extractor, text, edge):
    assert edge in edges(extractor, text)


@pytest.mark.parametrize("text", [
    "S'il est élu, Bruno Carrel soutiendra Paul Girard.",
    "Si Bruno Carrel ralliait Paul Girard, ses adjoints partiraient.",
    "S'il a perdu la primaire dimanche, Bruno Carrel soutiendra Paul Girard.",
    "Même s'il a soutenu Paul Girard, Bruno Carrel reste prudent.",
])
def test_a_real_condition_or_a_concession_still_gives_nothing(extractor, text):
    assert ("Bruno Carrel", "SUPPORTS", "Paul Girard") not in edges(extractor, text)


# --- 7. a party then a comma is no person's description --------------------------------------

def test_a_name_after_a_party_and_a_comma_is_not_the_object(extractor):
    found = edges(extractor, "Hélène Garnier a claqué la porte du PS, Bruno Carrel est resté "
                             "fidèle au parti.")
    assert ("Hélène Garnier", "REJECTS", "Bruno Carrel") not in found
    assert ("Hélène Garnier", "REJECTS", "Parti socialiste") in found


@pytest.mark.parametrize("text", [
    "Hélène Garnier soutient le LR Bruno Carrel.",
    "Hélène Garnier soutient le candidat du PS, Bruno Carrel.",
])
def test_a_party_or_a_role_before_a_name_still_describes_it(extractor, text):
    assert ("Hélène Garnier", "SUPPORTS", "Bruno Carrel") in edges(extractor, text)


# --- 8. an adjective after the noun of a long preposition ------------------------------------
# "avec la liste insoumise de X" is "avec la liste de X": the adjectives that follow a noun in
# the gap are left out when a preposition written with its noun is matched.

@pytest.mark.parametrize("text, edge", [
    ("Bruno Carrel a fusionné avec la liste insoumise de Paul Girard.",
     ("Bruno Carrel", "SUPPORTS", "Paul Girard")),
    ("Bruno Carrel a fusionné avec la liste écologiste d'Hélène Garnier.",
     ("Hélène Garnier", "SUPPORTS", "Bruno Carrel")),
    ("Hélène Garnier figure en cinquième position sur la liste écologiste de Paul Girard.",
     ("Hélène Garnier", "SUPPORTS", "Paul Girard")),
])
def test_an_adjective_after_the_noun_of_a_preposition_is_left_out(extractor, text, edge):
    assert edge in edges(extractor, text)


def test_a_refused_merger_with_an_adjective_is_still_refused(extractor):
    found = edges(extractor, "Bruno Carrel a refusé de fusionner avec la liste insoumise de "
                             "Paul Girard.")
    assert ("Bruno Carrel", "SUPPORTS", "Paul Girard") not in found
