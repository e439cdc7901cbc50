"""Both stores give identical answers: every named query and its pages, every question of the
question sets and of the question matrix's sample, every composed shape in every window, the
fracture report.

The dev graph (``fixtures_graph``) is written into a real Neo4j server (``NEO4J_URI``, default
``bolt://127.0.0.1:7687``, started by ``make test``) and into the embedded store; each query
then runs as Cypher on one and as SQL on the other, and the rows must be equal: same keys,
same order, same nested lists. When Neo4j is down these tests fail with a hint; they never skip.
"""

from __future__ import annotations

import pytest
from fixtures_graph import dev_extractions, dev_store
from neo4j_support import NEO4J_URI, wipe_neo4j
from test_ask_matrix import MATRIX
from test_ask_questions import FRESH, QUESTIONS, as_params, ask_fresh, check_fresh

from alliancegraph.graph.fractures import analyse
from alliancegraph.graph.neo4j_store import Neo4jStore
from alliancegraph.queries import ask, named_queries, run_query

pytestmark = pytest.mark.neo4j

URI = NEO4J_URI
NEO4J_SAMPLE = 200  # of the question matrix's sample: its first questions, every axis in them

# Parameters for every named query: the cases the dev graph answers, and some it does not.
CASES: dict[str, list[dict]] = {
    "backs-but-eyes": [{"backs": "Valls", "eyes": "Macron"}, {"backs": "Hamon", "eyes": "Macron"}],
    "supporters": [{"of": "Hamon"}, {"of": "Valls"}, {"of": "Macron"},
                   {"of": "Hamon", "min_articles": "2"}],
    "supported-by": [{"who": "Montebourg"}, {"who": "Valls"}, {"who": "Jadot"}],
    "tempted": [{"target": "Macron", "party": "PS"}, {"target": "Macron"},
                {"target": "Macron", "party": "EELV"}],
    "rejecters": [{"of": "Hamon"}, {"of": "Valls"}, {"of": "PS"}],
    "rejected-by": [{"who": "Mélenchon"}, {"who": "Loncle"}, {"who": "Jadot"}],
    "invitations-made": [{"inviter": "Hamon"}, {"inviter": "Valls"}],
    "invitations-received": [{"invited": "Mélenchon"}, {"invited": "PS"}],
    "spokespersons": [{"of": "Mélenchon"}, {"of": "Macron"}, {"of": "Hamon"}],
    "spoken-for": [{"who": "Chaibi"}, {"who": "Castaner"}],
    "members": [{"party": "PS"}, {"party": "EELV"}, {"party": "LFI"}, {"party": "EM"}],
    "rejected-invitations": [{"inviter": "Hamon"}, {}, {"inviter": "Valls"}],
    "defectors": [{"party": "PS"}, {"party": "EELV"}, {"party": "LFI"}],
    "timeline": [{"actor": "Loncle"}, {"actor": "Hamon"}, {"actor": "PS"}],
    "between": [{"a": "Hamon", "b": "Mélenchon"}, {"a": "Valls", "b": "Hamon"},
                {"a": "Jadot", "b": "Loncle"}],
    "cross-camp-ties": [{}],
}
WINDOWS = [(None, None), ("2017-01-25", None), (None, "2017-01"), ("2017-02", "2017-03-31")]


def test_every_named_query_has_parity_cases():
    assert set(CASES) == set(named_queries())


@pytest.fixture(scope="module")
def driver(neo4j_driver):
    """A raw driver to wipe the database."""
    return neo4j_driver


def load(driver, store: Neo4jStore) -> None:
    wipe_neo4j(driver)
    store.write(dev_extractions())


@pytest.fixture(scope="module")
def neo4j(driver):
    """A Neo4jStore holding only the dev graph (written once for the module)."""
    with Neo4jStore(uri=URI) as store:
        load(driver, store)
        yield store


@pytest.fixture
def both(driver, neo4j):
    """(embedded, Neo4j) holding the same graph; Neo4j is reloaded if something changed it."""
    embedded = dev_store()
    if neo4j.counts() != embedded.counts() or any(
        attrs["camp"] is not None for attrs in neo4j.actor_attributes().values()
    ):
        load(driver, neo4j)
    return embedded, neo4j


def test_both_stores_hold_the_same_graph(both):
    embedded, neo4j = both
    assert neo4j.counts() == embedded.counts()
    assert neo4j.actor_attributes() == embedded.actor_attributes()
    assert list(neo4j.claims()) == list(embedded.claims())


@pytest.mark.parametrize("name", list(CASES))
def test_named_query_gives_identical_rows_on_both_stores(both, name):
    embedded, neo4j = both
    answered = 0
    for params in CASES[name]:
        for since, until in WINDOWS:
            expected = run_query(embedded, name, params, since=since, until=until)
            got = run_query(neo4j, name, params, since=since, until=until)
            assert got.params == expected.params
            assert got.rows == expected.rows, (name, params, since, until)
            answered += len(expected.rows)
    if name != "cross-camp-ties":  # no camps before the fracture analysis writes them
        assert answered > 0, f"{name}: no case returned rows, parity would prove nothing"


@pytest.mark.parametrize("name", list(CASES))
def test_pages_of_a_named_query_are_identical_on_both_stores(both, name):
    embedded, neo4j = both
    params = CASES[name][0]
    every = run_query(embedded, name, params).rows
    for offset in range(len(every) + 1):
        expected = run_query(embedded, name, params, limit=2, offset=offset).rows
        assert expected == every[offset:offset + 2]
        assert run_query(neo4j, name, params, limit=2, offset=offset).rows == expected


@pytest.mark.parametrize("spec", as_params(QUESTIONS + FRESH + MATRIX[:NEO4J_SAMPLE]))
def test_question_gives_identical_answers_on_both_stores(both, spec):
    embedded, neo4j = both
    if "refuse" in spec:  # refused on both, with the closest readings
        assert ask_fresh(embedded, spec) is None and ask_fresh(neo4j, spec) is None
        return
    expected, got = ask(embedded, spec["text"]), ask(neo4j, spec["text"])
    assert got.interpretation == expected.interpretation
    assert (got.query.name, got.params, got.rows) == (
        expected.query.name, expected.params, expected.rows,
    )
    if "actors" in spec:  # the fresh set: the actors written down, on Neo4j too
        check_fresh(got, spec)


# Composed shapes (several conditions, both directions, negation, a party, no actor), asked
# in every window, with an evidence cap and in pages: the two composed texts must agree.
COMPOSED = [
    "who supports Valls and rejects Hamon",
    "who backs Hamon but not Valls",
    "who invited Mélenchon and Jadot",
    "quels socialistes soutiennent Valls",
    "quels socialistes soutiennent Valls mais lorgnent vers Macron",
    "who was invited by Hamon but rejects Hamon?",
    "whom is Loncle tempted by",
    "which party does Hamon belong to?",
    "who supports Hamon but is not a member of the PS",
    "qui au sein du PS critique Hamon",
    "Hamon's critics who back Valls",
    "quels socialistes ne soutiennent pas Hamon",
    "who supports Hamon or Valls",
    "quels socialistes soutiennent Hamon ou Valls mais pas Macron",
    "who rejects Valls and supports Hamon or Jadot",
    "Did Jadot endorse Hamon?",
    "Quels partis sont tentés par Macron ?",
    "who supports Hamon but is not in the PS",
    "qui critique le plus hors du PS",
    "est-ce que Valls et Loncle soutiennent Macron ?",
    "Macron est-il soutenu par des socialistes ?",
    "who else backs Hamon, apart from Montebourg and Aubry?",
    "qui a le plus de soutiens, hormis Hamon ?",
    "the non-socialist critics of Hamon",
    "qui n'est pas au PS",  # a membership denied alone: outside the party (eleventh session)
    "who is a member of EELV or LFI",  # memberships joined by "or"
    "Who speaks for Mélenchon or is a member of EELV?",
    "quelle porte-parole a attaqué Hamon",  # a relation noun as a condition of anyone
]


@pytest.mark.parametrize("question", COMPOSED)
def test_composed_shapes_agree_in_every_window_cap_and_page(both, question):
    embedded, neo4j = both
    answered = 0
    for since, until in WINDOWS:
        for evidence in (None, 1):
            expected = ask(embedded, question, since=since, until=until, evidence=evidence)
            assert expected.query.name == "composed", question
            got = ask(neo4j, question, since=since, until=until, evidence=evidence)
            assert got.rows == expected.rows, (question, since, until, evidence)
            answered += len(expected.rows)
    every = ask(embedded, question).rows
    for offset in range(len(every) + 1):
        page = ask(embedded, question, limit=1, offset=offset).rows
        assert page == every[offset:offset + 1]
        assert ask(neo4j, question, limit=1, offset=offset).rows == page
    assert answered > 0, f"{question}: no rows in any window, parity would prove nothing"


def test_backs_but_eyes_on_neo4j_names_loncle_with_evidence(both):
    _, neo4j = both
    [row] = ask(neo4j, "qui soutient Valls mais lorgne vers Macron").rows
    assert row["name"] == "François Loncle"
    assert [(e["relation"], e["target"]) for e in row["evidence"]] == [
        ("SUPPORTS", "Manuel Valls"), ("TEMPTED_BY", "Emmanuel Macron"),
    ]


def test_the_fracture_report_is_the_same_on_both_stores(both):
    embedded, neo4j = both
    for since, until in WINDOWS:
        assert analyse(neo4j, since, until).to_dict() == analyse(embedded, since, until).to_dict()


def test_camps_written_back_give_the_same_cross_camp_ties(both):
    embedded, neo4j = both
    analyse(embedded, write_back=True, monthly=False)
    analyse(neo4j, write_back=True, monthly=False)
    assert neo4j.actor_attributes() == embedded.actor_attributes()
    for since, until in WINDOWS:
        expected = run_query(embedded, "cross-camp-ties", since=since, until=until).rows
        assert run_query(neo4j, "cross-camp-ties", since=since, until=until).rows == expected
    assert len(run_query(neo4j, "cross-camp-ties").rows) == 7


# A constructed article whose actors the gazetteer does not know: names are found in the store
# itself, without accents or capitals, by a LIKE pattern in SQLite and a regular expression in
# Neo4j, and both stores answer the same.
CONSTRUCTED = "2017-04-02-conseil-regional"
SPOKESWOMAN = "Éléonore Tréguier"
COUNCILLOR = "Gaël Kerbrat-Lénaïc"


def constructed_article():
    from alliancegraph.model import Actor, Article, Claim, Extraction

    sentence_1 = (f"{SPOKESWOMAN}, porte-parole de Benoît Hamon en Bretagne, a dénoncé "
                  "« la trahison » de Manuel Valls.")
    sentence_2 = f"{COUNCILLOR}, conseiller régional, soutient Benoît Hamon."
    date = "2017-04-02"

    def claim(s, r, o, sentence, kinds=("person", "person")):
        return Claim(subject=s, relation=r, object=o, article=CONSTRUCTED, date=date,
                     evidence=sentence, cue="test", confidence=0.9, subject_kind=kinds[0],
                     object_kind=kinds[1])

    claims = [
        claim(SPOKESWOMAN, "SPOKESPERSON_OF", "Benoît Hamon", sentence_1),
        claim(SPOKESWOMAN, "REJECTS", "Manuel Valls", sentence_1),
        claim(COUNCILLOR, "SUPPORTS", "Benoît Hamon", sentence_2),
        claim(COUNCILLOR, "MEMBER_OF", "Parti socialiste", sentence_2, ("person", "party")),
    ]
    article = Article(id=CONSTRUCTED, date=date, title="Conseil régional",
                      text=f"{sentence_1}\n\n{sentence_2}")
    actors = [Actor(SPOKESWOMAN, "person", "f", None), Actor(COUNCILLOR, "person", "m", None),
              Actor("Benoît Hamon", "person", "m", "Parti socialiste"),
              Actor("Manuel Valls", "person", "m", "Parti socialiste"),
              Actor("Parti socialiste", "party")]
    return Extraction(article, claims, actors)


@pytest.mark.parametrize("question,expected", [
    ("whom does treguier speak for", ["Benoît Hamon"]),
    ("quels socialistes critiquent Valls", ["Mathieu Hanotin"]),  # her party is unknown
    ("who rejects Valls and speaks for Hamon", [SPOKESWOMAN]),
    ("qui soutient Hamon et appartient au PS",
     ["Arnaud Montebourg", COUNCILLOR, "Martine Aubry", "Mathieu Hanotin"]),
    ("les soutiens de Hamon en avril 2017", [COUNCILLOR]),
    ("whose spokesperson is TREGUIER", ["Benoît Hamon"]),
    ("qui Kerbrat-Lenaic soutient-il", ["Benoît Hamon"]),
])
def test_store_only_names_are_found_alike_on_both_stores(driver, neo4j, question, expected):
    embedded = dev_store()
    embedded.write([constructed_article()])
    neo4j.write([constructed_article()])  # the `both` fixture reloads the dev graph after
    got, want = ask(neo4j, question), ask(embedded, question)
    assert [r["name"] for r in want.rows] == expected
    assert (got.interpretation, got.rows) == (want.interpretation, want.rows)
