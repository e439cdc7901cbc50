"""How `ask` reads the families of the twelfth session's question round: nouns for those asked
that name any actor in a list (and persons in a count), lead-ins before the question proper,
questions about votes and winners refused, readiness to join read as a temptation, "se
déclarer pour" and "ralliements à", an owner question whose actor receives the noun ("whose
endorsement did X receive"), running someone's campaign, "before the end of" a month, and a
date that says which articles ("the articles from February"). The wordings are data
(``ontology/questions.toml``); none is a question of the fresh sets, and every case of a family
failed before this round (the guards marked so held before and still hold)."""

from __future__ import annotations

import pytest
from fixtures_graph import (
    CASTANER,
    HAMON,
    JADOT,
    LONCLE,
    MACRON,
    MELENCHON,
    PS,
    VALLS,
    names,
)

from alliancegraph.queries import ask, interpret
from alliancegraph.queries.errors import NoMatchError, UnknownNameError

HANOTIN = "Mathieu Hanotin"


def read(store, question: str) -> list[tuple]:
    return [
        (c.relation, c.asked, c.actor, c.negated) for c in interpret(store, question).conditions
    ]


# -- nouns for those asked: any actor in a list, persons in a count ------------------------------


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Which people has Hamon reached out to?", {MELENCHON, JADOT, PS}),
        ("Which politicians did Benoît Hamon invite to join him?", {MELENCHON, JADOT, PS}),
        ("Quels responsables Hamon a-t-il invités ?", {MELENCHON, JADOT, PS}),
        ("Quelles personnalités Hamon a-t-il appelées à le rejoindre ?", {MELENCHON, JADOT, PS}),
        ("Quels élus Hamon a-t-il sollicités ?", {MELENCHON, JADOT, PS}),
        ("Tell me which people Hamon courted", {MELENCHON, JADOT, PS}),
    ],
)
def test_a_noun_for_those_asked_keeps_every_kind_in_a_list(store, question, expected):
    """Nouns such as "people", "politicians", "personnalités", "responsables", "élus" in a
    list stand for "who": the party Hamon invited is named too, as the fresh sets list them."""
    answer = ask(store, question)
    assert answer.interpretation.kind is None
    assert names(answer) == expected


@pytest.mark.parametrize(
    ("question", "count"),
    [
        ("How many people did Hamon reach out to?", 2),  # guard: Jadot and Mélenchon, not the PS
        ("Combien de personnes Hamon a-t-il sollicitées ?", 2),  # guard
    ],
)
def test_a_count_of_people_still_counts_persons(store, question, count):
    assert ask(store, question).to_dict()["count"] == count


def test_the_kinds_own_name_still_keeps_persons_in_a_list(store):
    """Guard: "quelles personnes" names the kind itself (persons only)."""
    assert names(ask(store, "Quelles personnes Hamon a-t-il sollicitées ?")) == {MELENCHON, JADOT}


# -- lead-ins before the question proper ---------------------------------------------------------


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        ("Quick one: did Jadot back Hamon?", "yes"),
        ("A short question: is Castaner Macron's spokesman?", "yes"),
        ("One question: has Valls attacked Jadot?", "no"),
        ("Une petite question : Jadot a-t-il soutenu Hamon ?", "yes"),
        ("Question rapide : Valls a-t-il critiqué Hamon ?", "yes"),
        ("Quick one: Rossignol backs Valls?", "yes"),
        ("Une question : Jadot soutient Macron ?", "no"),
    ],
)
def test_a_lead_in_before_a_yes_no_question_is_passed_over(store, question, answer):
    assert ask(store, question).answer == answer


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Salut ! Tu sais qui soutient Macron ?", {VALLS}),
        ("Salut ! Vous savez qui parle au nom de Macron ?", {CASTANER}),
    ],
)
def test_a_request_after_a_greeting_is_passed_over(store, question, expected):
    assert names(ask(store, question)) == expected


# -- votes, turnout and winners are not in the graph ---------------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "What share of the vote did Valls win in the first round?",
        "Which candidate is going to win?",
        "Who is going to win the election in May?",
        "How many voters turned out for the primary?",
        "Combien d'électeurs ont choisi Hamon ?",
        "Quelle part des voix Valls a-t-il obtenue ?",
        "Combien d'électeurs soutiennent Hamon ?",
        "What was Hamon's share of the vote?",
    ],
)
def test_votes_and_winners_are_refused_with_the_closest_readings(store, question):
    with pytest.raises(NoMatchError, match="closest: "):
        ask(store, question)


# -- ready to join: a temptation; moving into a camp: a support ---------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "Who would be ready to join Macron?",
        "Who is poised to join Macron?",
        "Who is about to switch to Macron?",
        "Qui est sur le point de rallier Macron ?",
        "Qui serait disposé à rejoindre Macron ?",
        "Qui serait prêt à passer dans le camp de Macron ?",
    ],
)
def test_readiness_to_join_is_a_temptation(store, question):
    assert read(store, question) == [("TEMPTED_BY", "subject", MACRON, False)]


def test_readiness_keeps_a_party_filter_and_a_yes_no(store):
    assert names(ask(store, "Quels socialistes sont prêts à passer chez Macron ?")) == {LONCLE, PS}
    assert ask(store, "Is Loncle ready to join Macron?").answer == "yes"


@pytest.mark.parametrize(
    "question",
    [
        "Qui a basculé dans le camp Macron ?",
        "Qui est passé dans le camp de Macron ?",
    ],
)
def test_moving_into_a_camp_is_a_support(store, question):
    assert read(store, question) == [("SUPPORTS", "subject", MACRON, False)]


# -- "se déclarer pour", "ralliements à" ------------------------------------------------------


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Qui s'est déclaré pour Valls ?", [("SUPPORTS", "subject", VALLS, False)]),
        ("Qui se déclare pour Macron ?", [("SUPPORTS", "subject", MACRON, False)]),
        (
            "Quels socialistes se sont déclarés pour Macron ?",
            [("SUPPORTS", "subject", MACRON, False)],
        ),
        ("les ralliements à Valls", [("SUPPORTS", "subject", VALLS, False)]),
        (
            "Quels socialistes ont affiché leur soutien à Macron ?",
            [("SUPPORTS", "subject", MACRON, False)],
        ),
        ("Quels ralliements Hamon a-t-il reçus ?", [("SUPPORTS", "subject", HAMON, False)]),
    ],
)
def test_declaring_for_and_rallyings_are_support(store, question, expected):
    assert read(store, question) == expected


def test_declaring_for_answers_a_yes_no(store):
    assert ask(store, "Jadot s'est-il déclaré pour Hamon ?").answer == "yes"
    assert ask(store, "Mélenchon s'est-il déclaré pour Hamon ?").answer == "no"


# -- "whose <noun> did X receive": X is the noun's object --------------------------------------


@pytest.mark.parametrize(
    ("question", "relation", "actor"),
    [
        ("Whose criticism did Valls face?", "REJECTS", VALLS),
        ("Whose criticism did Hamon get in January?", "REJECTS", HAMON),
        ("Whose endorsement did Jadot win?", "SUPPORTS", JADOT),
        ("Whose endorsements has Valls received?", "SUPPORTS", VALLS),
    ],
)
def test_whose_noun_received_asks_for_its_makers(store, question, relation, actor):
    assert read(store, question) == [(relation, "subject", actor, False)]


def test_whose_noun_without_receiving_keeps_the_owners_tie(store):
    """Guard: "whose spokesperson is X" still asks whom X speaks for."""
    assert read(store, "Whose spokesperson is Castaner?") == [
        ("SPOKESPERSON_OF", "object", CASTANER, False)
    ]


# -- running someone's campaign is backing that candidate --------------------------------------


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Who runs Benoît Hamon's campaign?", ("SUPPORTS", "subject", HAMON, False)),
        ("Who is running Valls's campaign?", ("SUPPORTS", "subject", VALLS, False)),
        ("Whose campaign did Hanotin manage?", ("SUPPORTS", "object", HANOTIN, False)),
        ("Whose campaign is Mathieu Hanotin running?", ("SUPPORTS", "object", HANOTIN, False)),
        ("Whose campaign does Hanotin run?", ("SUPPORTS", "object", HANOTIN, False)),
    ],
)
def test_running_a_campaign_is_support(store, question, expected):
    assert read(store, question) == [expected]


def test_a_possessive_phrase_takes_a_name_of_several_words(store):
    assert read(store, "who speaks on Jean-Luc Mélenchon's behalf") == [
        ("SPOKESPERSON_OF", "subject", MELENCHON, False)
    ]


# -- dates: "before the end of" a month, and the articles of a period ---------------------------


@pytest.mark.parametrize(
    ("question", "since", "until"),
    [
        ("Qui a soutenu Valls avant la fin février 2017 ?", None, "2017-02-28"),
        ("Qui a soutenu Valls avant la fin mars 2017 ?", None, "2017-03-31"),
        ("who attacked Hamon before end of January 2017", None, "2017-01-31"),
        ("who backed Valls by end January 2017", None, "2017-01-31"),
        ("Qui soutient Hamon d'après les articles de février 2017 ?", "2017-02-01", "2017-02-28"),
        ("Selon les articles de janvier 2017, qui soutient Valls ?", "2017-01-01", "2017-01-31"),
        ("which claims from January 2017 say who backs Valls", "2017-01-01", "2017-01-31"),
        ("who backed Hamon, according to articles from February 2017?", "2017-02-01", "2017-02-28"),
    ],
)
def test_a_month_end_and_the_articles_of_a_period(store, question, since, until):
    got = interpret(store, question)
    assert (got.since, got.until) == (since, until)


@pytest.mark.parametrize(
    ("question", "since", "until"),
    [
        ("who backed Hamon from February 2017", "2017-02-01", None),  # guard: a start alone
        ("qui a critiqué Hamon avant fin février 2017", None, "2017-02-20"),  # guard: before
        # the late-February part (no article: "fin février" is that part)
    ],
)
def test_from_a_date_alone_and_before_a_month_part_keep_their_reading(
    store, question, since, until
):
    got = interpret(store, question)
    assert (got.since, got.until) == (since, until)


@pytest.mark.parametrize(
    ("question", "since", "until"),
    [
        ("What party was Castaner from on 1 March 2017?", "2017-03-01", "2017-03-01"),
        ("Which party does Jadot come from in 2016?", "2016-01-01", "2016-12-31"),
    ],
)
def test_from_ending_a_wording_leaves_the_date_to_the_word_after_it(store, question, since, until):
    """ "From" belongs to "which party is X from"; the date is the one "on" or "in" opens."""
    got = interpret(store, question)
    assert (got.since, got.until) == (since, until)
    assert [c.relation for c in got.conditions] == ["MEMBER_OF"]


# -- a second object after the wording's own preposition, repeated ------------------------------


@pytest.mark.parametrize(
    ("question", "relation", "second"),
    [
        ("Qui s'en est pris à Hamon et au PS ?", "REJECTS", PS),
        ("Qui s'oppose à Valls ainsi qu'au PS ?", "REJECTS", PS),
        ("Qui s'en prend aussi bien à Macron qu'au Parti socialiste ?", "REJECTS", PS),
        ("Qui a fait allégeance à Hamon et au PS ?", "SUPPORTS", PS),
    ],
)
def test_a_repeated_preposition_names_a_second_object(store, question, relation, second):
    """ "au" after "à X et" is the wording's "à" again, not "in the PS" (a filter)."""
    got = interpret(store, question)
    assert [(c.relation, c.actor) for c in got.conditions][1:] == [(relation, second)]
    assert got.party is None


def test_a_party_preposition_alone_still_filters(store):
    """Guard: "qui soutient Hamon au PS" keeps the PS as a filter."""
    assert interpret(store, "Qui soutient Hamon au PS ?").party == PS


# -- a fraction of a party is the party ----------------------------------------------------------


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        ("Une partie du PS soutient-elle Hamon ?", "no"),
        ("Une frange du PS est-elle tentée par Macron ?", "yes"),
        ("Certains au PS sont-ils tentés par Macron ?", "yes"),
        ("Is a section of the PS tempted by Macron?", "yes"),
        ("Does a faction of the Socialist Party back Hamon?", "no"),
    ],
)
def test_a_fraction_of_a_party_asks_about_the_party(store, question, answer):
    """The graph stores a party's fractions' stances on the party ("certains au PS"): the
    question is about the PS's own claims, not about socialists in general."""
    got = ask(store, question)
    assert got.interpretation.only == PS
    assert got.answer == answer


def test_a_part_of_a_party_is_a_membership(store):
    """ "a part of" is a membership wording, not the French "à part" (except)."""
    assert ask(store, "Is Valls a part of the PS?").answer == "yes"


# -- who leads a party: no relation says it, refused with what the graph holds ----------------


@pytest.mark.parametrize(
    "question",
    [
        "Who leads the PS?",
        "Who is in charge of La France insoumise?",
        "Qui est à la tête d'EELV ?",
        "Qui dirige le PS en 2017 ?",
        "Qui est le premier secrétaire du PS ?",
    ],
)
def test_leading_a_party_is_refused_with_the_partys_readings(store, question):
    with pytest.raises(NoMatchError, match="closest: ") as refused:
        ask(store, question)
    closest = str(refused.value).split("closest: ")[1]
    assert "Hamon" not in closest  # the party named, not a stand-in person


def test_running_a_campaign_is_not_leading_a_party(store):
    """Guard: "dirige la campagne de X" stays a support."""
    assert read(store, "Qui dirige la campagne de Hamon ?") == [
        ("SUPPORTS", "subject", HAMON, False)
    ]


# -- any short lead-in before a colon that names no one and asks nothing -----------------------


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        ("Real quick: did Valls back Macron?", "yes"),
        ("Dumb question: is Jadot an EELV member?", "yes"),
        ("Just checking: Castaner speaks for Macron, right?", "yes"),
        ("Juste pour vérifier : Jadot soutient Hamon ?", "yes"),
        ("Petite question bête : Loncle est-il tenté par Macron ?", "yes"),
    ],
)
def test_a_lead_in_of_any_words_is_passed_over(store, question, answer):
    assert ask(store, question).answer == answer


def test_a_lead_in_with_a_word_like_more_is_no_ranking(store):
    assert names(ask(store, "Sorry, one more: who backs Valls?")) == {
        LONCLE,
        "Laurence Rossignol",
        "Luc Carvounas",
    }


def test_a_topic_taken_up_by_a_pronoun_is_still_a_name(store):
    """Guard: "Zorglub : qui le soutient ?" names someone the graph lacks."""
    with pytest.raises(UnknownNameError):
        ask(store, "Zorglub : qui le soutient ?")


# -- a source before a date: which articles, not "after" ----------------------------------------


@pytest.mark.parametrize(
    ("question", "since", "until"),
    [
        ("D'après la presse de février 2017, qui soutient Hamon ?", "2017-02-01", "2017-02-28"),
        ("Selon l'article du 29 janvier 2017, qui soutient Valls ?", "2017-01-29", "2017-01-29"),
        (
            "In the claims from January 2017, did Loncle flirt with Macron?",
            "2017-01-01",
            "2017-01-31",
        ),
        (
            "According to the articles from February 2017, is Castaner Macron's voice?",
            "2017-02-01",
            "2017-02-28",
        ),
    ],
)
def test_a_source_before_a_date_says_which_articles(store, question, since, until):
    got = interpret(store, question)
    assert (got.since, got.until) == (since, until)
    assert got.conditions


def test_according_to_a_source_leaves_a_noun_its_reading(store):
    """ "according *to* Le Monde" is no preposition left at the end of a noun ("the
    spokeswoman *of*"): Hamon's supporters, not whom Hamon supports."""
    assert read(store, "Hamon's supporters according to Le Monde?") == [
        ("SUPPORTS", "subject", HAMON, False)
    ]


# -- a yes/no about one actor and a refused offer is answered, not listed -----------------------


@pytest.mark.parametrize(
    "question",
    [
        "Did the PS reject Hamon's offer?",
        "La France insoumise a-t-elle rejeté l'offre de Hamon ?",
        "Did EELV turn down Hamon's invitation?",
    ],
)
def test_a_yes_no_about_a_refused_offer_is_answered(store, question):
    """A party asked about is no inviter: the question is answered yes or no about it (the
    rejected-invitations query would list every refusal of Hamon's offers)."""
    got = ask(store, question)
    assert got.answer == "no"


def test_did_anyone_refuse_an_offer_still_lists_the_refusals(store):
    """Guard: with no one asked about, the named query names who refused."""
    assert {r["invited"] for r in ask(store, "did anybody turn down Hamon's offer?").rows} == {
        MELENCHON
    }
