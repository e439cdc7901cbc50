"""Fracture lines: the signed graph of the left, its split into camps, and the report.

On the dev corpus the answer is known: Valls's supporters (Loncle, Rossignol, Carvounas) and
Hamon's (Montebourg, Aubry, Jadot) end up in different camps, and Loncle, tempted by Macron,
is at risk of leaving the left.
"""

from __future__ import annotations

import networkx as nx
import pytest
from fixtures_graph import A29, F23, dev_store

from alliancegraph.graph.fractures import (
    analyse,
    frustration,
    planted_signed_graph,
    signed_graph,
    split_camps,
)
from alliancegraph.graph.sqlite_store import SQLiteStore
from alliancegraph.model import Actor, Article, Claim, Extraction
from alliancegraph.queries import run_query

HAMON_CAMP = ["Arnaud Montebourg", "Benoît Hamon", "Martine Aubry", "Mathieu Hanotin",
              "Yannick Jadot"]
VALLS_CAMP = ["Emmanuel Macron", "François Loncle", "Jean-Luc Mélenchon", "Laurence Rossignol",
              "Leïla Chaibi", "Luc Carvounas", "Manuel Valls"]


@pytest.fixture(scope="module")
def store():
    return dev_store()


@pytest.fixture(scope="module")
def graph(store):
    return signed_graph(store.claims(), store.actor_attributes())


# -- the signed graph -----------------------------------------------------------------------------


def test_support_and_invitations_are_positive_rejections_negative(graph):
    assert graph["Arnaud Montebourg"]["Benoît Hamon"]["sign"] == 1
    assert graph["Benoît Hamon"]["Yannick Jadot"]["relations"] == ["INVITED_TO_RALLY", "SUPPORTS"]
    assert graph["Benoît Hamon"]["Yannick Jadot"]["weight"] == 2  # two articles
    assert graph["Benoît Hamon"]["Manuel Valls"]["sign"] == -1


def test_a_spokesperson_stands_with_the_principal(graph, store):
    assert graph["Jean-Luc Mélenchon"]["Leïla Chaibi"]["sign"] == 1
    without = signed_graph(store.claims(), store.actor_attributes(), affiliations=False)
    assert not without.has_edge("Jean-Luc Mélenchon", "Leïla Chaibi")


def test_a_refused_invitation_is_a_negative_tie_that_remembers_both_sides(graph, store):
    tie = graph["Benoît Hamon"]["Jean-Luc Mélenchon"]
    assert (tie["sign"], tie["weight"], tie["positive"], tie["negative"], tie["conflict"]) == (
        -1, 1, 2, 1, True,
    )
    net = signed_graph(store.claims(), store.actor_attributes(), conflict="net")
    assert (net["Benoît Hamon"]["Jean-Luc Mélenchon"]["sign"],
            net["Benoît Hamon"]["Jean-Luc Mélenchon"]["weight"]) == (1, 1)


def test_temptation_is_a_pull_not_a_tie(graph):
    assert not graph.has_edge("François Loncle", "Emmanuel Macron")
    assert graph.nodes["François Loncle"]["pulls"] == {
        "Emmanuel Macron": {"articles": [A29], "first": "2017-01-29", "last": "2017-01-29",
                            "family": "centre"},
    }


def test_scope_is_the_left_and_those_tied_to_it(graph):
    assert sorted(graph) == sorted([*HAMON_CAMP, *VALLS_CAMP, "David Cormand"])
    assert graph.nodes["Emmanuel Macron"]["left"] is False  # in scope: tied to Valls and Hamon
    assert "Christophe Castaner" not in graph  # tied only to Macron
    assert "Parti socialiste" not in graph  # persons only by default


def test_parties_can_be_nodes(store):
    with_parties = signed_graph(store.claims(), store.actor_attributes(), parties=True)
    assert with_parties["Jean-Luc Mélenchon"]["Parti socialiste"]["sign"] == -1
    assert with_parties["Benoît Hamon"]["Parti socialiste"]["relations"] == [
        "INVITED_TO_RALLY", "MEMBER_OF",
    ]


def test_the_window_bounds_the_claims(store):
    january = signed_graph(store.claims(), store.actor_attributes(), until="2017-01-31")
    assert not january.has_edge("Manuel Valls", "Emmanuel Macron")  # a March claim
    assert january["Benoît Hamon"]["Jean-Luc Mélenchon"]["sign"] == 1  # no refusal yet


# -- splitting into camps -------------------------------------------------------------------------


def test_the_exact_split_of_a_balanced_triangle():
    graph = nx.Graph()
    graph.add_edge("a", "b", sign=1)
    graph.add_edge("b", "c", sign=-1)
    graph.add_edge("a", "c", sign=-1)
    split = split_camps(graph, weight=None, method="exact")
    assert (split.camps, split.frustration, split.optimal, split.method) == (
        {"a": 1, "b": 1, "c": 2}, 0, True, "exact",
    )


def test_an_unbalanced_triangle_frustrates_one_tie():
    graph = nx.Graph()
    for u, v in (("a", "b"), ("b", "c"), ("a", "c")):
        graph.add_edge(u, v, sign=-1)
    split = split_camps(graph, weight=None)
    assert split.frustration == 1 and split.optimal and len(split.frustrated) == 1


def test_three_hostile_cliques_need_three_camps():
    graph = nx.Graph()
    cliques = [["a1", "a2"], ["b1", "b2"], ["c1", "c2"]]
    for clique in cliques:
        graph.add_edge(*clique, sign=1)
    for i, one in enumerate(cliques):
        for other in cliques[i + 1:]:
            graph.add_edge(one[0], other[0], sign=-1)
    assert split_camps(graph, k=2, weight=None).frustration == 1
    three = split_camps(graph, k=3, weight=None, method="exact")
    assert three.frustration == 0 and three.optimal
    assert len({three.camps[c[0]] for c in cliques}) == 3


def test_exact_recovers_planted_camps_without_noise():
    graph = planted_signed_graph(40, noise=0.0, seed=7)
    split = split_camps(graph, method="exact")
    assert split.frustration == 0 and split.optimal
    planted = graph.graph["planted"]
    assert all((split.camps[u] == split.camps[v]) == (planted[u] == planted[v])
               for u, v in graph.edges())


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_heuristic_matches_the_proven_optimum_on_noisy_graphs(seed):
    graph = planted_signed_graph(60, noise=0.1, seed=seed)
    exact = split_camps(graph, method="exact")
    heuristic = split_camps(graph, method="heuristic")
    assert exact.optimal and exact.method == "exact"
    assert heuristic.method == "heuristic" and not heuristic.optimal
    assert heuristic.frustration == exact.frustration
    assert exact.frustration <= graph.graph["planted_frustration"]
    assert frustration(graph, exact.camps)[0] == exact.frustration


def test_auto_is_exact_for_small_graphs_and_heuristic_beyond_the_limit():
    graph = planted_signed_graph(30, seed=5)
    assert split_camps(graph).method == "exact"
    assert split_camps(graph, exact_max=10).method == "heuristic"


def test_camp_one_holds_the_actor_with_the_most_positive_ties():
    graph = nx.Graph()
    for friend in ("b", "c", "d"):
        graph.add_edge("a", friend, sign=1)
    graph.add_edge("z", "y", sign=1)
    graph.add_edge("a", "z", sign=-1)
    assert split_camps(graph, weight=None).camps == {
        "a": 1, "b": 1, "c": 1, "d": 1, "y": 2, "z": 2,
    }


def test_bad_options_are_refused():
    with pytest.raises(ValueError, match="method must be one of"):
        split_camps(nx.Graph(), method="fast")
    with pytest.raises(ValueError, match="k must be at least 2"):
        split_camps(nx.Graph(), k=1)


# -- the report on the dev corpus -----------------------------------------------------------------


@pytest.fixture(scope="module")
def report(store):
    return analyse(store)


def test_valls_and_hamon_supporters_are_in_different_camps(report):
    assert (report.method, report.optimal, report.frustration) == ("exact", True, 0)
    assert [(c["camp"], c["members"]) for c in report.camps] == [
        (1, HAMON_CAMP), (2, VALLS_CAMP),
    ]
    assert report.camps[0]["parties"] == {"Parti socialiste": 4, "Europe Écologie Les Verts": 1}
    for valls_side in ("François Loncle", "Laurence Rossignol", "Luc Carvounas"):
        for hamon_side in ("Arnaud Montebourg", "Martine Aubry", "Yannick Jadot"):
            assert report.camp_of(valls_side) != report.camp_of(hamon_side)


def test_loncle_is_at_risk_tempted_by_macron_outside_the_left(report):
    assert report.at_risk == [{
        "name": "François Loncle", "camp": 2, "tempted_by": "Emmanuel Macron",
        "target_camp": 2, "target_family": "centre", "reason": "outside the left",
        "articles": [A29], "first": "2017-01-29", "last": "2017-01-29",
    }]


def test_the_fault_lines_are_the_rejections_between_camps(report):
    assert [(r["kind"], r["a"], r["b"]) for r in report.fault_lines] == [
        ("negative", "Benoît Hamon", "Emmanuel Macron"),
        ("negative", "Benoît Hamon", "François Loncle"),
        ("negative", "Benoît Hamon", "Jean-Luc Mélenchon"),
        ("negative", "Benoît Hamon", "Leïla Chaibi"),
        ("negative", "Benoît Hamon", "Manuel Valls"),
        ("negative", "Manuel Valls", "Mathieu Hanotin"),
    ]
    refusal = report.fault_lines[2]
    assert refusal["conflict"] and refusal["articles"] == [A29, F23]
    assert report.frustrated == [] and report.brokers == []


def test_actors_of_the_left_without_a_tie_are_unplaced(report):
    assert report.unplaced == ["David Cormand"]  # only a membership claim


def test_monthly_rows_follow_the_fracture_as_it_grows(report):
    assert [(m["month"], m["actors"], m["ties"], m["frustration"], m["camp_sizes"])
            for m in report.monthly] == [
        ("2017-01", 10, 11, 1, [5, 5]),  # Mélenchon invited, Chaibi refuses: unbalanced
        ("2017-02", 10, 11, 0, [4, 6]),  # Mélenchon's own refusal settles it
        ("2017-03", 12, 15, 0, [5, 7]),
    ]


def test_the_report_is_plain_json(report):
    data = report.to_dict()
    assert set(data) >= {"camps", "fault_lines", "brokers", "at_risk", "monthly", "method",
                         "optimal", "frustration"}
    assert data["camps"][0]["members"] == HAMON_CAMP


def test_a_window_gives_its_own_split(store):
    january = analyse(store, until="2017-01", monthly=False)
    assert (january.until, january.frustration, january.optimal) == ("2017-01-31", 1, True)
    assert january.camp_of("Manuel Valls") != january.camp_of("Benoît Hamon")
    assert january.camp_of("Arnaud Montebourg") == january.camp_of("Benoît Hamon")


def test_write_back_sets_camps_that_the_cross_camp_query_reads():
    store = dev_store()
    analyse(store, write_back=True, monthly=False)
    assert store.actor_attributes()["François Loncle"]["camp"] == 2
    assert store.actor_attributes()["David Cormand"]["camp"] is None
    ties = run_query(store, "cross-camp-ties").rows
    assert [(r["subject"], r["relation"], r["object"]) for r in ties] == [
        ("Benoît Hamon", "INVITED_TO_RALLY", "Jean-Luc Mélenchon"),
        ("Benoît Hamon", "REJECTS", "Emmanuel Macron"),
        ("Mathieu Hanotin", "REJECTS", "Manuel Valls"),
        ("François Loncle", "REJECTS", "Benoît Hamon"),
        ("Jean-Luc Mélenchon", "REJECTS", "Benoît Hamon"),
        ("Leïla Chaibi", "REJECTS", "Benoît Hamon"),
        ("Manuel Valls", "REJECTS", "Benoît Hamon"),
    ]


# -- brokers and the other camp -------------------------------------------------------------------


def broker_store() -> SQLiteStore:
    """Two Socialist camps {A, B} and {C, D}; E backs A, B and C; F backs A, eyes C."""
    claims = [("A", "SUPPORTS", "B"), ("C", "SUPPORTS", "D"), ("A", "REJECTS", "C"),
              ("B", "REJECTS", "D"), ("E", "SUPPORTS", "A"), ("E", "SUPPORTS", "B"),
              ("E", "SUPPORTS", "C"), ("F", "SUPPORTS", "A"), ("F", "TEMPTED_BY", "C")]
    article = Article("art", "2017-02-01", "Titre", "texte")
    store = SQLiteStore(":memory:")
    store.write([Extraction(
        article,
        [Claim(s, r, o, "art", "2017-02-01", f"{s} {r} {o}", r, 0.9) for s, r, o in claims],
        [Actor(name, "person", party="Parti socialiste") for name in "ABCDEF"],
    )])
    return store


def test_a_broker_has_friends_in_both_camps_and_a_pull_to_the_other_camp_is_a_risk():
    report = analyse(broker_store(), monthly=False)
    assert [c["members"] for c in report.camps] == [["A", "B", "E", "F"], ["C", "D"]]
    assert report.frustration == 1 and report.optimal
    # E backs both sides; C, backed by E across the line, has friends on both sides too.
    assert report.brokers == [
        {"name": "C", "camp": 2, "camps": [1, 2], "positive_ties": ["D", "E"]},
        {"name": "E", "camp": 1, "camps": [1, 2], "positive_ties": ["A", "B", "C"]},
    ]
    assert [(r["name"], r["tempted_by"], r["reason"]) for r in report.at_risk] == [
        ("F", "C", "other camp"),
    ]
    assert [(r["kind"], r["a"], r["b"]) for r in report.frustrated] == [
        ("positive-crossing", "C", "E"),
    ]
