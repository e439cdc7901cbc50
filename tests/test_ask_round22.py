"""How `ask` reads the mechanisms of the sixteenth session's question round, written after the
blind failures of fresh19 (a tuning set from then on): each family is a way of writing that
fails whatever the names and words in it, tested with several wordings of its own. None is a
question of the fresh sets, and every case failed on main before this round (the guards marked
so held before and still hold).

Dates first: a window read wrong and answered is worse than a refusal, so every date expression
here is either read whole or refused with what was not read; then a word of its own taken for a
slip of a wording (the same kind of confident wrong answer), then the relations' wordings the
set found missing, as families of several wordings each."""

from __future__ import annotations

import pytest
from fixtures_graph import (
    AUBRY,
    CHAIBI,
    HAMON,
    HAMON_BACKERS,
    JADOT,
    LONCLE,
    MACRON,
    MELENCHON,
    MONTEBOURG,
    VALLS,
    VALLS_BACKERS,
)

from alliancegraph.queries import ask, interpret
from alliancegraph.queries.errors import NoMatchError

HAMON_CRITICS = {VALLS, LONCLE, MELENCHON, CHAIBI}


def window(store, question: str) -> tuple[str | None, str | None]:
    got = interpret(store, question)
    return got.since, got.until


# -- dates: a number of days, weeks or months at one end of a month or a year --------------------


@pytest.mark.parametrize(
    ("question", "since", "until"),
    [
        ("Who praised Aubry in the last seven days of January 2017?", "2017-01-25", "2017-01-31"),
        ("Over the final 3 days of January 2017, who praised Aubry?", "2017-01-29", "2017-01-31"),
        (
            "Who praised Aubry during the first ten days of February 2017?",
            "2017-02-01",
            "2017-02-10",
        ),
        ("Who praised Aubry in the first two weeks of February 2017?", "2017-02-01", "2017-02-14"),
        ("Who praised Aubry in the closing two weeks of January 2017?", "2017-01-18", "2017-01-31"),
        (
            "Qui a soutenu Aubry pendant les cinq derniers jours de janvier 2017 ?",
            "2017-01-27",
            "2017-01-31",
        ),
        (
            "Qui a soutenu Aubry lors des quatre premiers jours de février 2017 ?",
            "2017-02-01",
            "2017-02-04",
        ),
        (
            "Qui a soutenu Aubry au cours des deux dernières semaines de janvier 2017 ?",
            "2017-01-18",
            "2017-01-31",
        ),
        (
            "Qui a soutenu Aubry durant les trois premières semaines de février 2017 ?",
            "2017-02-01",
            "2017-02-21",
        ),
        ("Who praised Aubry in the first three months of 2017?", "2017-01-01", "2017-03-31"),
        ("Who praised Aubry in the last two months of 2016?", "2016-11-01", "2016-12-31"),
        ("Qui a soutenu Aubry dans les quatre premiers mois de 2017 ?", "2017-01-01", "2017-04-30"),
    ],
)
def test_a_counted_part_of_a_month_or_a_year_is_its_days(store, question, since, until):
    assert window(store, question) == (since, until)


@pytest.mark.parametrize(
    ("question", "since", "until"),
    [
        ("Who praised Aubry in the closing week of January 2017?", "2017-01-25", "2017-01-31"),
        ("Who praised Aubry in the opening week of February 2017?", "2017-02-01", "2017-02-07"),
        ("Who praised Aubry in the dying days of January 2017?", "2017-01-21", "2017-01-31"),
        ("Across the final days of January 2017, who praised Aubry?", "2017-01-21", "2017-01-31"),
        ("Who praised Aubry in the latter part of January 2017?", "2017-01-21", "2017-01-31"),
        (
            "Qui a soutenu Aubry dans la dernière quinzaine de janvier 2017 ?",
            "2017-01-16",
            "2017-01-31",
        ),
    ],
)
def test_a_named_part_of_a_month_is_its_days(store, question, since, until):
    assert window(store, question) == (since, until)


# -- dates: the words that bound a window by a day -----------------------------------------------


@pytest.mark.parametrize(
    ("question", "since", "until"),
    [
        ("Passé le 10 février 2017, qui a soutenu Aubry ?", "2017-02-11", None),
        ("Qui a soutenu Aubry passé le 3 février 2017 ?", "2017-02-04", None),
        ("Qui a soutenu Aubry au-delà du 25 janvier 2017 ?", "2017-01-26", None),
        ("Qui a soutenu Aubry ultérieurement au 25 janvier 2017 ?", "2017-01-26", None),
        ("Qui a soutenu Aubry postérieurement au 25 janvier 2017 ?", "2017-01-26", None),
        ("Qui a soutenu Aubry à l'issue du 25 janvier 2017 ?", "2017-01-26", None),
        ("Who praised Aubry beyond 25 January 2017?", "2017-01-26", None),
        ("Who praised Aubry following 25 January 2017?", "2017-01-26", None),
        ("Who praised Aubry once 25 January 2017 was over?", "2017-01-26", None),
        ("Who praised Aubry no sooner than 25 January 2017?", "2017-01-25", None),
        ("Who praised Aubry up to and including 25 January 2017?", None, "2017-01-25"),
        ("Who praised Aubry up until and including 25 January 2017?", None, "2017-01-25"),
        ("Qui a soutenu Aubry jusqu'au terme de janvier 2017 ?", None, "2017-01-31"),
    ],
)
def test_a_word_bounding_by_a_day_sets_one_end_of_the_window(store, question, since, until):
    assert window(store, question) == (since, until)


# -- dates: what is only partly read is refused, not widened -------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "Who praised Aubry in the closing stretch of January 2017?",
        "Who praised Aubry in the last forty days of January 2017?",
        "Who praised Aubry in the last 40 days of 2016?",
        "Who praised Aubry in the last few days of January 2017?",
        "Who praised Aubry the week before 25 January 2017?",
        "Who praised Aubry in the days preceding 25 January 2017?",
        "Who praised Aubry in the 12 last days of January 2017?",
        "Qui a soutenu Aubry dans la dernière ligne droite de janvier 2017 ?",
        "Qui a soutenu Aubry dans les quarante derniers jours de janvier 2017 ?",
        "Qui a soutenu Aubry dans les quelques derniers jours de janvier 2017 ?",
        "Qui a soutenu Aubry la semaine précédant le 25 janvier 2017 ?",
    ],
)
def test_a_date_only_partly_read_is_refused_with_what_was_not_read(store, question):
    with pytest.raises(NoMatchError, match="only partly understood; closest: "):
        interpret(store, question)


@pytest.mark.parametrize(
    ("question", "since", "until"),
    [
        # guards: these held before and still hold
        ("Who praised Aubry in 2016-2017?", "2016-01-01", "2017-12-31"),
        ("Who praised Aubry in February or March 2017?", "2017-02-01", "2017-03-31"),
        ("Qui a soutenu Aubry au lendemain de la primaire ?", "2017-01-30", "2017-01-30"),
        (
            "Le soir du second tour, le 29 janvier 2017, qui a soutenu Aubry ?",
            "2017-01-29",
            "2017-01-29",
        ),
        ("Who praised Aubry in the first half of February 2017?", "2017-02-01", "2017-02-15"),
        ("Qui a soutenu Aubry à la mi-janvier 2017 ?", "2017-01-11", "2017-01-20"),
        ("Qui a soutenu Aubry en janvier 2017 ?", "2017-01-01", "2017-01-31"),
        ("Who praised Aubry at the very start of February 2017?", "2017-02-01", "2017-02-10"),
        ("Qui a soutenu Aubry à la toute fin de janvier 2017 ?", "2017-01-21", "2017-01-31"),
        ("Qui a soutenu Aubry jusqu'à la fin de janvier 2017 ?", None, "2017-01-31"),
    ],
)
def test_dates_read_whole_keep_their_window(store, question, since, until):
    assert window(store, question) == (since, until)


def reading(store, question: str) -> list[tuple[str, str, str | None]]:
    """Each condition understood: its relation, the end asked about and the other actor."""
    return [(c.relation, c.asked, c.actor) for c in interpret(store, question).conditions]


# -- a word of its own is no typing slip of a wording --------------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "Who has Valls decided on?",  # "decided" was read as "derided"
        "Who decided for Hamon?",
        "Who hacked Hamon?",  # "hacked" was read as "backed"
    ],
)
def test_an_ordinary_word_is_not_corrected_into_a_wording(store, question):
    with pytest.raises(NoMatchError, match="closest: "):
        interpret(store, question)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # guards: slips that are no words still read as the wording they miss
        ("who suports valls", [("SUPPORTS", "subject", VALLS)]),
        ("Who critisized Hamon?", [("REJECTS", "subject", HAMON)]),
        ("Qui a critiqé Hamon ?", [("REJECTS", "subject", HAMON)]),
        # a word of its own only in its ending or a doubled letter: a slip all the same
        ("which candidate does Aubry suport", [("SUPPORTS", "object", AUBRY)]),
        ("Par qui Valls se laisse-t-il séduire ?", [("TEMPTED_BY", "object", VALLS)]),
    ],
)
def test_a_slip_that_is_no_word_is_still_corrected(store, question, expected):
    assert reading(store, question) == expected


# -- the relations' wordings: idioms of the press, by family -------------------------------------


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # campaigning hard for someone, standing aside in their favour
        ("Who bangs the drum for Aubry?", [("SUPPORTS", "subject", AUBRY)]),
        ("Which activists carry the torch for Jadot?", [("SUPPORTS", "subject", JADOT)]),
        ("Who pledged herself to Hamon?", [("SUPPORTS", "subject", HAMON)]),
        ("Whom has Montebourg pinned his hopes on?", [("SUPPORTS", "object", MONTEBOURG)]),
        ("Qui se met en quatre pour Valls ?", [("SUPPORTS", "subject", VALLS)]),
        ("Qui s'est rangé sous la bannière de Valls ?", [("SUPPORTS", "subject", VALLS)]),
        # running someone down
        ("Whom does Mélenchon needle?", [("REJECTS", "object", MELENCHON)]),
        ("Who slated Macron?", [("REJECTS", "subject", MACRON)]),
        ("Who has an issue with Valls?", [("REJECTS", "subject", VALLS)]),
        ("Who is making a target of Valls?", [("REJECTS", "subject", VALLS)]),
        ("Who is slagging off Hamon?", [("REJECTS", "subject", HAMON)]),
        ("Who is in Valls's crosshairs?", [("REJECTS", "object", VALLS)]),
        ("Qui a fait feu de tout bois contre Valls ?", [("REJECTS", "subject", VALLS)]),
        ("Qui tient des propos durs contre Hamon ?", [("REJECTS", "subject", HAMON)]),
        # bringing others into a common front
        ("Who offered to join forces with Valls?", [("INVITED_TO_RALLY", "subject", VALLS)]),
        ("Who proposes joining forces with Jadot?", [("INVITED_TO_RALLY", "subject", JADOT)]),
        ("Whom did Valls bring into a united front?", [("INVITED_TO_RALLY", "object", VALLS)]),
        (
            "Qui Valls a-t-il voulu embarquer dans une alliance ?",
            [("INVITED_TO_RALLY", "object", VALLS)],
        ),
        (
            "Avec qui Jadot a-t-il voulu faire cause commune ?",
            [("INVITED_TO_RALLY", "object", JADOT)],
        ),
        # drifting toward another camp
        ("Who hankers for Macron?", [("TEMPTED_BY", "subject", MACRON)]),
        ("Who was tugged towards Hamon?", [("TEMPTED_BY", "subject", HAMON)]),
        ("Which socialists might peel off toward Macron?", [("TEMPTED_BY", "subject", MACRON)]),
        # dealing with the press for someone
        ("Who handles media relations for Hamon?", [("SPOKESPERSON_OF", "subject", HAMON)]),
        ("Who is Valls's press man?", [("SPOKESPERSON_OF", "subject", VALLS)]),
        ("Qui tient le micro pour Hamon ?", [("SPOKESPERSON_OF", "subject", HAMON)]),
        ("Qui relaie le discours de Jadot ?", [("SPOKESPERSON_OF", "subject", JADOT)]),
    ],
)
def test_an_idiom_of_the_press_reads_as_its_relation(store, question, expected):
    assert reading(store, question) == expected


# -- a request before the question, an actor left out after it ------------------------------------


@pytest.mark.parametrize(
    ("question", "names", "yes"),
    [
        ("Would you happen to know who backs Aubry?", set(), None),
        ("Do you by any chance know who Valls's backers are?", VALLS_BACKERS, None),
        ("Would you happen to know if Jadot backs Hamon?", {JADOT}, "yes"),
        ("Would you know whether Jadot criticised Hamon?", set(), "no"),
    ],
)
def test_a_request_to_know_asks_the_question_after_it(store, question, names, yes):
    answer = ask(store, question)
    assert ({row["name"] for row in answer.rows}, answer.answer) == (names, yes)


@pytest.mark.parametrize(
    ("question", "names"),
    [
        ("Valls laissé de côté, qui a critiqué Hamon ?", HAMON_CRITICS - {VALLS}),
        ("Qui a critiqué Hamon, Chaibi non comprise ?", HAMON_CRITICS - {CHAIBI}),
        ("Qui a soutenu Hamon, Jadot mis de côté ?", HAMON_BACKERS - {JADOT}),
        ("Who backed Hamon, Aubry not included?", HAMON_BACKERS - {AUBRY}),
        ("Jadot left out, who backed Hamon?", HAMON_BACKERS - {JADOT}),
    ],
)
def test_an_actor_left_out_before_or_after_the_question(store, question, names):
    assert {row["name"] for row in ask(store, question).rows} == names


# -- a verb in a role: the role's relation is asked ---------------------------------------------


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Qui défend Jadot en tant que porte-parole ?", [("SPOKESPERSON_OF", "subject", JADOT)]),
        ("Who speaks up for Valls as his spokesman?", [("SPOKESPERSON_OF", "subject", VALLS)]),
        (
            "Qui prend la défense de Mélenchon en qualité de porte-parole ?",
            [("SPOKESPERSON_OF", "subject", MELENCHON)],
        ),
        (
            "Who campaigns for Macron in the role of spokesperson?",
            [("SPOKESPERSON_OF", "subject", MACRON)],
        ),
        (
            "Who stands up for Hamon in his capacity as spokesman?",
            [("SPOKESPERSON_OF", "subject", HAMON)],
        ),
    ],
)
def test_a_verb_done_in_a_role_asks_the_role(store, question, expected):
    assert reading(store, question) == expected


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # guards: a verb alone keeps its relation, a noun with an actor of its own its own
        ("Qui défend Jadot ?", [("SUPPORTS", "subject", JADOT)]),
        (
            "Who attacked Hamon as a spokesman for Valls?",
            [("REJECTS", "subject", HAMON), ("SPOKESPERSON_OF", "subject", VALLS)],
        ),
        (
            "Who either courts Jadot or works as his spokesman?",
            [("INVITED_TO_RALLY", "subject", JADOT), ("SPOKESPERSON_OF", "subject", JADOT)],
        ),
    ],
)
def test_a_verb_with_no_role_keeps_its_relation(store, question, expected):
    assert reading(store, question) == expected
