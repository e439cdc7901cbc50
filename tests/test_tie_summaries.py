"""The embedded store's per-tie summaries stay exact under every kind of write.

The named queries read the summaries (graph/ties.py) when no date window is given, and the
claims themselves inside a window. So after each write the summaries must equal what the
claims state, and every named query must give the same rows both ways: without a window, and
with a window that holds every claim. Hypothesis drives random sequences of loads, re-loads,
re-extractions, review decisions, copy regroupings and camp splits over a handful of actors.
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from alliancegraph.graph.sqlite_store import MIGRATIONS, SQLiteStore
from alliancegraph.graph.ties import stored_summaries, summaries_from_claims
from alliancegraph.loaders.copies import Regrouped
from alliancegraph.model import Actor, Article, Claim, Extraction
from alliancegraph.queries.library import ORDER, get_query
from alliancegraph.queries.run import run_query
from alliancegraph.review.decisions import Decision

PERSONS = ["Anne Martin", "Paul Durand", "Luc Bernard", "Marie Petit"]
PARTIES = ["Parti socialiste", "Les Républicains"]  # two families in the gazetteer
RELATIONS = ["SUPPORTS", "REJECTS", "TEMPTED_BY", "INVITED_TO_RALLY", "SPOKESPERSON_OF"]
ARTICLES = [f"a{n}" for n in range(5)]
DATES = ["2017-01-10", "2017-02-20", "2017-03-30"]
EVERY_CLAIM = "1000-01-01"  # a window that holds every claim: the queries read the claims


def kind(name: str) -> str:
    return "party" if name in PARTIES else "person"


tie = st.one_of(
    st.tuples(st.sampled_from(PERSONS), st.sampled_from(RELATIONS),
              st.sampled_from(PERSONS + PARTIES)).filter(lambda t: t[0] != t[2]),
    st.tuples(st.sampled_from(PERSONS), st.just("MEMBER_OF"), st.sampled_from(PARTIES)),
)
article = st.tuples(st.sampled_from(ARTICLES), st.sampled_from(DATES),
                    st.lists(tie, max_size=6, unique=True),
                    st.dictionaries(st.sampled_from(PERSONS), st.sampled_from(PARTIES)))
write = st.one_of(
    st.tuples(st.just("load"), article),
    st.tuples(st.just("reextract"), article),
    st.tuples(st.just("reject"), st.integers(0, 50)),
    st.tuples(st.just("correct"), st.integers(0, 50), st.sampled_from(PERSONS + PARTIES)),
    st.tuples(st.just("add"), st.sampled_from(ARTICLES), tie),
    st.tuples(st.just("copies"), st.lists(st.tuples(st.sampled_from(ARTICLES),
                                                    st.sampled_from(ARTICLES)), max_size=3)),
    st.tuples(st.just("camps"), st.dictionaries(st.sampled_from(PERSONS + PARTIES),
                                                st.integers(0, 2) | st.none())),
)


def extraction(article_id: str, date: str, ties, parties: dict[str, str]) -> Extraction:
    claims = [
        Claim(s, r, o, article_id, date, f"{s} {r} {o} ({article_id}).", "cue", 0.8,
              subject_kind=kind(s), object_kind=kind(o))
        for s, r, o in ties
    ]
    actors = [Actor(name, "person", party=party) for name, party in parties.items()]
    return Extraction(Article(article_id, date, f"Titre {article_id}", "Texte."), claims, actors)


def apply(store: SQLiteStore, step: tuple) -> None:
    """One write of any kind, through the store's own API."""
    action = step[0]
    stored = store.db.execute(
        "SELECT subject, relation, object, article, evidence, date FROM claims "
        "ORDER BY article, subject, relation, object").fetchall()
    if action in ("load", "reextract"):
        store.write([extraction(*step[1])], replace=action == "reextract")
    elif action in ("reject", "correct") and stored:
        s, r, o, art, sentence, date = stored[step[1] % len(stored)]
        new = {}
        if action == "correct":
            target = step[2] if step[2] != s else PERSONS[0] if s != PERSONS[0] else PERSONS[1]
            new = {"new_object": target, "new_object_kind": kind(target),
                   "new_subject": s, "new_relation": r, "new_subject_kind": kind(s)}
        store.record_review(Decision(action, art, sentence, s, r, o, date=date,
                                     subject_kind=kind(s), object_kind=kind(o), **new))
    elif action == "add":
        dates = dict(store.db.execute("SELECT id, date FROM articles").fetchall())
        if step[1] in dates:
            s, r, o = step[2]
            store.record_review(Decision("add", step[1], f"{s} ajouté ({r}).", s, r, o,
                                         date=dates[step[1]], subject_kind=kind(s),
                                         object_kind=kind(o)))
    elif action == "copies":
        dates = dict(store.db.execute("SELECT id, date FROM articles").fetchall())
        store.set_copies([Regrouped(copy, original, dates[original])
                          for copy, original in step[1] if copy in dates and original in dates])
    elif action == "camps":
        store.set_camps(step[1])


def assert_summaries_exact(store: SQLiteStore) -> None:
    assert stored_summaries(store.db) == summaries_from_claims(store.db)
    pairs = store.db.execute(
        "SELECT actor, other FROM neighbours ORDER BY actor, other").fetchall()
    assert [tuple(p) for p in pairs] == sorted(
        {(s, o) for s, _, o, *_ in summaries_from_claims(store.db)}
        | {(o, s) for s, _, o, *_ in summaries_from_claims(store.db)})
    camps = [row[0] for row in store.db.execute("SELECT camp FROM camps ORDER BY camp")]
    assert camps == [row[0] for row in store.db.execute(
        "SELECT DISTINCT camp FROM actors WHERE camp IS NOT NULL ORDER BY camp")]


def every_call(store: SQLiteStore):
    """Each named query with every actor or party in each of its slots (two-slot queries
    with a few pairs), as (name, params)."""
    names = {row[0] for row in store.db.execute("SELECT name FROM actors")}
    for name in ORDER:
        query = get_query(name)
        slots = [p for p in query.params if p.kind in ("actor", "party") and p.required]
        if not slots:
            yield name, {}
        elif len(slots) == 1:
            pool = PARTIES if slots[0].kind == "party" else PERSONS + PARTIES
            yield from ((name, {slots[0].name: who}) for who in pool if who in names)
        else:
            for a in PERSONS + PARTIES[:1]:
                for b in PERSONS[:2] + PARTIES[:1]:
                    if a != b and {a, b} <= names:
                        yield name, {slots[0].name: a, slots[1].name: b}


def assert_queries_agree(store: SQLiteStore) -> None:
    """Summaries (no window) and claims (a window holding every claim) give the same rows,
    whole and paged."""
    store.set_camps({row[0]: row[1] for row in store.db.execute("SELECT name, camp FROM actors")})
    for name, params in every_call(store):
        for page in ({}, {"limit": 2, "offset": 1}):
            summarised = run_query(store, name, params, **page).rows
            counted = run_query(store, name, params, since=EVERY_CLAIM, **page).rows
            assert summarised == counted, (name, params, page)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(steps=st.lists(write, min_size=1, max_size=12))
def test_summaries_match_the_claims_after_any_sequence_of_writes(steps):
    store = SQLiteStore(":memory:")
    for step in steps:
        apply(store, step)
        assert_summaries_exact(store)
    assert_queries_agree(store)


@pytest.fixture
def loaded() -> SQLiteStore:
    """Three articles: two report that Anne supports Paul, one of them a copy of the other."""
    store = SQLiteStore(":memory:")
    store.write([
        extraction("a0", "2017-01-10", [("Anne Martin", "SUPPORTS", "Paul Durand")], {}),
        extraction("a1", "2017-02-20", [("Anne Martin", "SUPPORTS", "Paul Durand"),
                                        ("Luc Bernard", "REJECTS", "Paul Durand")], {}),
        extraction("a2", "2017-03-30", [("Luc Bernard", "SUPPORTS", "Anne Martin")], {}),
    ])
    return store


def supporters(store: SQLiteStore) -> list[tuple]:
    rows = run_query(store, "supporters", {"of": "Paul Durand"}).rows
    return [(r["name"], r["articles"], r["first"], r["last"]) for r in rows]


def test_a_syndicated_copy_counts_once_and_the_dates_follow_its_group(loaded):
    assert supporters(loaded) == [("Anne Martin", 2, "2017-01-10", "2017-02-20")]
    loaded.set_copies([Regrouped("a1", "a0", "2017-01-10")])
    assert supporters(loaded) == [("Anne Martin", 1, "2017-01-10", "2017-01-10")]
    assert_summaries_exact(loaded)


def test_a_batch_whose_claim_joins_a_copy_group_already_counted_adds_no_article(loaded):
    """A load's batch is folded into the summaries tie by tie: a new claim whose copy group an
    older claim of the tie already stands for (here the original extracted again after its
    copy was grouped with it) adds a claim, not an article."""
    loaded.set_copies([Regrouped("a1", "a0", "2017-01-10")])
    loaded.write([extraction("a0", "2017-01-10", [("Anne Martin", "SUPPORTS", "Paul Durand"),
                                                  ("Marie Petit", "SUPPORTS", "Paul Durand")],
                             {})], replace=True)
    assert_summaries_exact(loaded)
    assert supporters(loaded) == [("Anne Martin", 1, "2017-01-10", "2017-01-10"),
                                  ("Marie Petit", 1, "2017-01-10", "2017-01-10")]


def test_a_re_extraction_that_drops_a_claim_drops_its_tie(loaded):
    loaded.write([extraction("a1", "2017-02-20", [], {})], replace=True)
    assert supporters(loaded) == [("Anne Martin", 1, "2017-01-10", "2017-01-10")]
    rejecters = run_query(loaded, "rejecters", {"of": "Paul Durand"}).rows
    assert rejecters == []
    assert_summaries_exact(loaded)


def test_a_rejected_claim_leaves_the_summaries_and_a_re_load_changes_nothing(loaded):
    before = stored_summaries(loaded.db)
    loaded.write([extraction("a0", "2017-01-10", [("Anne Martin", "SUPPORTS", "Paul Durand")],
                             {})])
    assert stored_summaries(loaded.db) == before
    loaded.record_review(Decision("reject", "a2", "Luc Bernard SUPPORTS Anne Martin (a2).",
                                  "Luc Bernard", "SUPPORTS", "Anne Martin", date="2017-03-30"))
    assert run_query(loaded, "supporters", {"of": "Anne Martin"}).rows == []
    assert_summaries_exact(loaded)


def test_between_and_cross_camp_ties_follow_the_neighbours_and_the_camps(loaded):
    assert [r["via"] for r in run_query(loaded, "between",
                                        {"a": "Luc Bernard", "b": "Paul Durand"}).rows] == [
        None, "Anne Martin"]
    loaded.set_camps({"Anne Martin": 0, "Paul Durand": 1, "Luc Bernard": 1})
    ties = run_query(loaded, "cross-camp-ties").rows
    assert [(r["subject"], r["object"]) for r in ties] == [
        ("Anne Martin", "Paul Durand"), ("Luc Bernard", "Anne Martin")]
    loaded.set_camps({"Anne Martin": 0, "Paul Durand": 0, "Luc Bernard": 0})
    assert run_query(loaded, "cross-camp-ties").rows == []
    assert_summaries_exact(loaded)


def test_an_old_store_is_upgraded_with_exact_summaries(tmp_path):
    """A store written before the summaries existed gets them, and its triggers, on opening."""
    path = tmp_path / "old.db"
    store = SQLiteStore(path)
    store.write([extraction("a0", "2017-01-10", [("Anne Martin", "SUPPORTS", "Paul Durand")],
                            {})])
    # the version before the summaries' migration (later ones, e.g. the batch fold's, follow)
    before_summaries = next(i for i, m in enumerate(MIGRATIONS) if "CREATE TABLE ties" in m)
    store.db.executescript(f"""DROP TRIGGER ties_after_insert; DROP TRIGGER ties_after_delete;
        DROP TRIGGER ties_after_update; DROP TRIGGER camps_after_insert;
        DROP TRIGGER camps_after_update; DROP TRIGGER camps_after_delete;
        DROP TABLE ties; DROP TABLE neighbours; DROP TABLE camps;
        DROP INDEX claims_by_group; DROP INDEX actors_by_camp; DROP INDEX actors_by_party;
        CREATE INDEX actors_by_party ON actors(party);
        PRAGMA user_version = {before_summaries};""")
    store.close()
    upgraded = SQLiteStore(path)
    assert stored_summaries(upgraded.db) == [
        ("Anne Martin", "SUPPORTS", "Paul Durand", 1, 1, "2017-01-10", "2017-01-10")]
    upgraded.write([extraction("a1", "2017-02-20", [("Anne Martin", "SUPPORTS", "Paul Durand")],
                               {})])
    assert_summaries_exact(upgraded)
    assert supporters(upgraded) == [("Anne Martin", 2, "2017-01-10", "2017-02-20")]


# Each grouped query, the actor in its slot and the tie it lists (subject, relation, object).
GROUPED = [
    ("supporters", {"of": "Paul Durand"}, ("Anne Martin", "SUPPORTS", "Paul Durand")),
    ("supported-by", {"who": "Anne Martin"}, ("Anne Martin", "SUPPORTS", "Paul Durand")),
    ("tempted", {"target": "Paul Durand"}, ("Anne Martin", "TEMPTED_BY", "Paul Durand")),
    ("rejecters", {"of": "Paul Durand"}, ("Anne Martin", "REJECTS", "Paul Durand")),
    ("rejected-by", {"who": "Anne Martin"}, ("Anne Martin", "REJECTS", "Paul Durand")),
    ("invitations-made", {"inviter": "Anne Martin"},
     ("Anne Martin", "INVITED_TO_RALLY", "Paul Durand")),
    ("invitations-received", {"invited": "Paul Durand"},
     ("Anne Martin", "INVITED_TO_RALLY", "Paul Durand")),
    ("spokespersons", {"of": "Parti socialiste"},
     ("Anne Martin", "SPOKESPERSON_OF", "Parti socialiste")),
    ("spoken-for", {"who": "Anne Martin"},
     ("Anne Martin", "SPOKESPERSON_OF", "Parti socialiste")),
    ("members", {"party": "Parti socialiste"}, ("Anne Martin", "MEMBER_OF", "Parti socialiste")),
]


def dispatch_and_copy(store, article=lambda *at: extraction(*at, {})) -> None:
    """Every tie of GROUPED stated by a dispatch (a0) and by a syndicated copy of it (a1)."""
    ties = sorted({t for _, _, t in GROUPED})
    store.write([article("a0", "2017-01-10", ties), article("a1", "2017-02-20", ties)])
    store.set_copies([Regrouped("a1", "a0", "2017-01-10")])


def assert_a_copy_counts_once(store) -> None:
    """The README's promise for every grouped query: ``articles`` counts the copy group once
    (with or without a date window), the evidence lists both copies, each with its page's
    ``url`` and ``outlet``."""
    for name, params, (subject, _, obj) in GROUPED:
        for window in ({}, {"since": EVERY_CLAIM}):
            rows = run_query(store, name, params, **window).rows
            listed = obj if subject in params.values() else subject
            assert [(r["name"], r["articles"], r["evidence_total"]) for r in rows] == [
                (listed, 1, 2)], (name, window)
            assert [(e["article"], "url" in e, "outlet" in e) for e in rows[0]["evidence"]] == [
                ("a0", True, True), ("a1", True, True)], (name, window)


def test_every_grouped_query_counts_a_syndicated_copy_once():
    store = SQLiteStore(":memory:")
    dispatch_and_copy(store)
    assert_a_copy_counts_once(store)
