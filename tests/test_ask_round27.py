"""How `ask` reads the wordings of the nineteenth session's second question round (round 6 of
issue 12), written after the failures of fresh24, grouped by cause.

Wordings of a kind rather than single questions:

- what the graph holds none of (where someone studied, a town hall run, the part of the country
  a seat stands for, voting intentions, turnout at the polling stations, the sum a measure costs,
  an opinion on a treaty): refused with the closest readings, never answered and never an
  unknown name;
- a chatty framing before the question, ended by an exclamation, a dash or, when it is a clause
  of its own, a comma ("Morning! Prepping a note — who ...", "Hey, reading up on the primary
  for a piece, who ..."): passed over, and a date inside it sets no window.

None of the questions is one of the fresh sets; every case failed on main before this round,
and the guards marked so held before and still hold."""

from __future__ import annotations

import pytest
from fixtures_graph import (
    CHAIBI,
    HAMON_BACKERS,
    HANOTIN,
    LONCLE,
    MELENCHON,
    MONTEBOURG,
    PS,
    VALLS,
    VALLS_BACKERS,
    answer_names,
)

from alliancegraph.queries import ask
from alliancegraph.queries.errors import NoMatchError

HAMON_CRITICS = {LONCLE, MELENCHON, CHAIBI, VALLS}


# -- what the graph holds none of ---------------------------------------------------------------


@pytest.mark.parametrize(  # answered, or refused as an unknown name, on main
    "question",
    [
        "What school did Jadot go to?",
        "Rossignol sits for which region?",
        "Quelles étaient les intentions de vote pour Hamon en janvier ?",
        "Combien de monde dans les bureaux de vote dimanche ?",
        "Montebourg est élu de quel territoire ?",
        "Que pense Jadot des traités de libre-échange ?",
    ],
)
def test_what_the_graph_holds_none_of_is_refused_with_the_closest_readings(store, question):
    with pytest.raises(NoMatchError, match="closest: "):
        ask(store, question)


@pytest.mark.parametrize(  # guards: a relation asked plainly beside a place or a sum
    ("question", "expected"),
    [
        ("Who backed Valls in the primary?", VALLS_BACKERS),
        ("Qui a soutenu Hamon au second tour ?", HAMON_BACKERS),
    ],
)
def test_a_relation_asked_plainly_keeps_its_reading(store, question, expected):
    assert answer_names(store, question) == expected


# -- a chatty framing before the question -------------------------------------------------------


@pytest.mark.parametrize(  # refused as an unknown name, or windowed by the framing, on main
    ("question", "expected"),
    [
        ("Hi, reading up on the primary for a long piece, who laid into Hamon?", HAMON_CRITICS),
        ("Salut ! Bouclage d'un papier pour demain — qui a soutenu Valls ?", VALLS_BACKERS),
        ("Bonsoir, je prépare une fiche sur la primaire pour ma rédaction, qui a critiqué "
         "Hamon ?", HAMON_CRITICS),
    ],
)
def test_a_chatty_framing_is_passed_over(store, question, expected):
    assert answer_names(store, question) == expected


@pytest.mark.parametrize(  # guards: a short clause before a comma, a date opening or closing
    # one, a dash between two dates, a clause naming someone are the question's own; a short
    # greeting was passed over
    ("question", "expected"),
    [
        ("Dans tout le mois de janvier 2017, qui a critiqué Hamon ?", HAMON_CRITICS - {MELENCHON}),
        ("Entre le 20 janvier – et le 24 février 2017, qui a soutenu Hamon ?",
         HAMON_BACKERS - {HANOTIN}),
        ("Sans compter Valls, qui a critiqué Hamon ?", {LONCLE, MELENCHON, CHAIBI}),
        ("In the PS, who criticised Hamon?", {LONCLE, VALLS}),
        ("Si on met de côté Montebourg dans ce décompte, qui soutient Hamon ?",
         HAMON_BACKERS - {MONTEBOURG}),
        ("Evening! Putting together a note for the news desk — who laid into Hamon?",
         HAMON_CRITICS),
    ],
)
def test_a_short_clause_before_a_comma_still_filters(store, question, expected):
    assert answer_names(store, question) == expected


def test_a_framing_date_sets_no_window_but_a_date_alone_does(store):
    chatty = "Hey, doing research on the primary for a paper, who backed Hamon?"
    assert answer_names(store, chatty) == HAMON_BACKERS
    assert ask(store, "In the second half of January 2017, who backed Hamon?").interpretation \
        .since == "2017-01-16"
    assert PS not in answer_names(store, chatty)
