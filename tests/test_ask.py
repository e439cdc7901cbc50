"""Questions in plain French or English: which query they ask, and what the dev graph answers."""

from __future__ import annotations

import pytest
from fixtures_graph import LONCLE_ROW, dev_store

from alliancegraph.ontology.gazetteer import fold
from alliancegraph.queries import (
    NoMatchError,
    QueryError,
    UnknownNameError,
    ask,
    example_questions,
    match_question,
)
from alliancegraph.queries.ask import PATTERNS, fold_with_positions


@pytest.fixture(scope="module")
def store():
    return dev_store()


# -- questions to queries -------------------------------------------------------------------------

QUESTIONS = [
    ("who backs Valls but eyes Macron", "backs-but-eyes", {"backs": "Valls", "eyes": "Macron"}),
    ("Who supports Valls but is tempted by Macron?", "backs-but-eyes",
     {"backs": "Valls", "eyes": "Macron"}),
    ("qui soutient Valls mais lorgne vers Macron", "backs-but-eyes",
     {"backs": "Valls", "eyes": "Macron"}),
    ("Qui soutient Valls mais est tenté par Macron ?", "backs-but-eyes",
     {"backs": "Valls", "eyes": "Macron"}),
    ("who supports Hamon", "supporters", {"of": "Hamon"}),
    ("Who backs Benoît Hamon?", "supporters", {"of": "Benoît Hamon"}),
    ("qui soutient Hamon", "supporters", {"of": "Hamon"}),
    ("Qui sont les soutiens de Hamon ?", "supporters", {"of": "Hamon"}),
    ("who does Montebourg support", "supported-by", {"who": "Montebourg"}),
    ("Qui Montebourg soutient-il ?", "supported-by", {"who": "Montebourg"}),
    ("qui est soutenu par Montebourg", "supported-by", {"who": "Montebourg"}),
    ("qui a rejeté l'invitation de Hamon", "rejected-invitations", {"inviter": "Hamon"}),
    ("Qui a refusé l'invitation d'Hamon ?", "rejected-invitations", {"inviter": "Hamon"}),
    ("who rejected Hamon's invitation", "rejected-invitations", {"inviter": "Hamon"}),
    ("who turned down the invitation from Hamon", "rejected-invitations", {"inviter": "Hamon"}),
    ("rejected invitations", "rejected-invitations", {}),
    ("qui est tenté par Macron au PS", "tempted", {"target": "Macron", "party": "PS"}),
    ("Qui est tenté par Macron au sein du Parti socialiste ?", "tempted",
     {"target": "Macron", "party": "Parti socialiste"}),
    ("who in the PS is tempted by Macron", "tempted", {"target": "Macron", "party": "PS"}),
    ("who is tempted by Macron", "tempted", {"target": "Macron"}),
    ("timeline of Loncle", "timeline", {"actor": "Loncle"}),
    ("chronologie de Loncle", "timeline", {"actor": "Loncle"}),
    ("La chronologie d'Hamon", "timeline", {"actor": "Hamon"}),
    ("what links Hamon and Mélenchon", "between", {"a": "Hamon", "b": "Mélenchon"}),
    ("entre Hamon et Mélenchon", "between", {"a": "Hamon", "b": "Mélenchon"}),
    ("Quels liens entre Hamon et Mélenchon ?", "between", {"a": "Hamon", "b": "Mélenchon"}),
    ("defectors from the PS", "defectors", {"party": "PS"}),
    ("qui quitte le PS", "defectors", {"party": "PS"}),
    ("Qui quitte les Verts ?", "defectors", {"party": "Verts"}),
    ("cross-camp ties", "cross-camp-ties", {}),
    ("les liens entre camps", "cross-camp-ties", {}),
]


@pytest.mark.parametrize("question,query,params", QUESTIONS, ids=[q for q, _, _ in QUESTIONS])
def test_question_maps_to_query_and_parameters(question, query, params):
    assert match_question(question) == (query, params)


def test_names_are_cut_from_the_question_as_typed():
    # Matching happens on folded text; the captured name keeps its accents and capitals.
    assert match_question("QUI SOUTIENT MÉLENCHON ?") == ("supporters", {"of": "MÉLENCHON"})


def test_folding_keeps_track_of_where_each_character_came_from():
    text = "Qui a rejeté l'invitation d'Hamon ?"
    folded, where = fold_with_positions(text)
    assert folded == fold(text) == "qui a rejete l invitation d hamon"
    start = folded.index("hamon")
    assert text[where[start]: where[start + 4] + 1] == "Hamon"


def test_every_example_question_is_understood_by_its_own_pattern():
    for pattern in PATTERNS:
        if pattern.example:
            assert match_question(pattern.example)[0] == pattern.query


def test_a_question_nobody_understands_lists_examples():
    with pytest.raises(NoMatchError) as caught:
        match_question("quel temps fera-t-il demain ?")
    message = str(caught.value)
    assert message.startswith("no question pattern matches 'quel temps fera-t-il demain ?'; try:")
    assert "who backs Valls but eyes Macron" in message and "qui quitte le PS" in message
    assert "\n" not in message
    assert isinstance(caught.value, QueryError)
    assert len(example_questions()) >= 10


# -- questions answered ---------------------------------------------------------------------------

def test_french_and_english_backs_but_eyes_give_the_same_answer_with_evidence(store):
    english = ask(store, "who backs Valls but eyes Macron")
    french = ask(store, "qui soutient Valls mais lorgne vers Macron")
    assert english.query.name == french.query.name == "backs-but-eyes"
    assert english.params == french.params == {"backs": "Manuel Valls", "eyes": "Emmanuel Macron"}
    assert english.rows == french.rows == [LONCLE_ROW]


def test_who_supports_hamon_in_both_languages(store):
    expected = ["Arnaud Montebourg", "Martine Aubry", "Mathieu Hanotin", "Yannick Jadot"]
    assert [r["name"] for r in ask(store, "who supports Hamon").rows] == expected
    assert [r["name"] for r in ask(store, "qui soutient Hamon").rows] == expected


def test_who_does_montebourg_support(store):
    assert [r["name"] for r in ask(store, "who does Montebourg support").rows] == ["Benoît Hamon"]


def test_who_rejected_hamons_invitation(store):
    [row] = ask(store, "qui a rejeté l'invitation de Hamon").rows
    assert (row["inviter"], row["invited"], row["rejected_by"]) == (
        "Benoît Hamon", "Jean-Luc Mélenchon", ["Jean-Luc Mélenchon", "Leïla Chaibi"],
    )


def test_who_in_the_ps_is_tempted_by_macron(store):
    result = ask(store, "qui est tenté par Macron au PS")
    assert result.params == {"target": "Emmanuel Macron", "party": "Parti socialiste"}
    assert [r["name"] for r in result.rows] == ["François Loncle", "Parti socialiste"]


def test_timeline_of_loncle_in_both_languages(store):
    english, french = ask(store, "timeline of Loncle"), ask(store, "chronologie de Loncle")
    assert english.rows == french.rows
    assert [(r["relation"], r["object"]) for r in english.rows] == [
        ("REJECTS", "Benoît Hamon"), ("SUPPORTS", "Manuel Valls"),
        ("TEMPTED_BY", "Emmanuel Macron"),
    ]


def test_what_links_hamon_and_melenchon_in_both_languages(store):
    english = ask(store, "what links Hamon and Mélenchon")
    french = ask(store, "entre Hamon et Mélenchon")
    assert english.rows == french.rows
    assert [(r["hops"], r["via"]) for r in english.rows] == [
        (1, None), (2, "Leïla Chaibi"), (2, "Parti socialiste"),
    ]


def test_defectors_from_the_ps_in_both_languages(store):
    english, french = ask(store, "defectors from the PS"), ask(store, "qui quitte le PS")
    assert english.rows == french.rows
    assert [(r["name"], r["relation"], r["target"]) for r in english.rows] == [
        ("François Loncle", "TEMPTED_BY", "Emmanuel Macron"),
        ("Manuel Valls", "SUPPORTS", "Emmanuel Macron"),
    ]


def test_a_question_takes_the_date_window(store):
    assert ask(store, "who supports Hamon", since="2017-02").params == {
        "of": "Benoît Hamon", "min_articles": 1,
    }
    assert [r["name"] for r in ask(store, "who supports Hamon", since="2017-02").rows] == [
        "Mathieu Hanotin", "Yannick Jadot",
    ]


def test_a_misspelt_name_in_a_question_is_an_error_quoting_it(store):
    with pytest.raises(UnknownNameError,
                       match=r"^no actor named 'Vals'; did you mean: Manuel Valls\?$"):
        ask(store, "who backs Vals but eyes Macron")
