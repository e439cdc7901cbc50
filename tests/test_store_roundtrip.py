"""Both stores read back exactly what was written, and the same thing (hypothesis).

Random extractions — accents, quotes, month-precision dates, an actor mentioned by several
articles with different parties and genders, the same claim read in two articles, web pages
with or without a canonical URL, an outlet and an author — are
written to the embedded store and to Neo4j; everything the ``Store`` interface reads back
must be equal between the two, and must contain every claim written. The merge rules (first
gender kept, latest-dated party wins, first claim per key wins) are thereby checked on both
sides at once, instead of in two hand-written copies that can drift; so is each claim's web
provenance (its article's copy group, canonical URL else URL, and outlet), which claim equality
leaves out. A party whose political family changes in the gazetteer between two loads keeps
the first one known in both stores.
"""

from __future__ import annotations

import textwrap

import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st
from neo4j_support import NEO4J_URI, wipe_neo4j

from alliancegraph.graph.sqlite_store import SQLiteStore
from alliancegraph.model import Actor, Article, Claim, Extraction
from alliancegraph.ontology import relations
from alliancegraph.ontology.gazetteer import load_gazetteer

PERSONS = ["Benoît Hamon", "Jean-Luc Mélenchon", "Élise « Lulu » O'Neil", "A & <B>", "Zoé"]
PARTIES = ["Parti socialiste", "La France insoumise", "Parti imaginaire"]
GENDERS = [None, "f", "m"]

dates = st.builds(
    lambda y, m, d: f"{y}-{m:02d}" if d is None else f"{y}-{m:02d}-{d:02d}",
    st.integers(2016, 2018), st.integers(1, 12), st.none() | st.integers(1, 28),
)


@st.composite
def extraction(draw, index: int) -> Extraction:
    date = draw(dates)
    text = draw(st.text(min_size=1, max_size=40)) + f" #{index}"
    url = draw(st.none() | st.just(f"https://example.org/{index}?utm_source=x"))
    article = Article(f"art-{index}", date, draw(st.sampled_from(["Titre", "« Un titre » & co"])),
                      text, url=url, source=draw(st.none() | st.just("Le Quotidien")),
                      canonical_url=draw(st.none() | st.just(f"https://example.org/{index}"))
                      if url else None,
                      outlet=draw(st.none() | st.sampled_from(["Le Quotidien", "L'Écho & <Co>"])),
                      author=draw(st.none() | st.just("Zoé Durand")))
    persons = draw(st.lists(st.sampled_from(PERSONS), min_size=1, max_size=4, unique=True))
    actors = [Actor(p, "person", draw(st.sampled_from(GENDERS)),
                    draw(st.none() | st.sampled_from(PARTIES))) for p in persons]
    parties = draw(st.lists(st.sampled_from(PARTIES), max_size=2, unique=True))
    actors += [Actor(p, "party") for p in parties]
    claims = []
    for relation, spec in relations().items():
        objects = parties if spec.object_kinds == ("party",) else persons + parties
        if not objects or not draw(st.booleans()):
            continue
        subject, obj = draw(st.sampled_from(persons)), draw(st.sampled_from(objects))
        if subject == obj:
            continue
        claims.append(Claim(
            subject, relation, obj, article.id, date,
            draw(st.sampled_from(["« Il soutient X »", 'dit-il "non" & <oui>', "Phrase."])),
            draw(st.sampled_from(["soutenir", "rejeter", ""])),
            draw(st.floats(0.0, 1.0).map(lambda x: round(x, 3))),
            "person", "party" if obj in PARTIES else "person",
        ))
    return Extraction(article, claims, actors)


def read_back(store) -> dict:
    return {
        "claims": sorted(store.claims(), key=lambda c: c.key),
        "provenance": sorted((c.key, c.copy_of, c.url, c.outlet) for c in store.claims()),
        "actors": sorted(store.actors(), key=lambda a: a.name),
        "attributes": store.actor_attributes(),
        "articles": sorted(store.articles(), key=lambda a: a.id),
        "mentions": sorted(store.mentions()),
        "counts": store.counts(),
    }


@pytest.fixture(scope="module")
def neo4j_store(neo4j_driver):
    from alliancegraph.graph.neo4j_store import Neo4jStore

    store = Neo4jStore(uri=NEO4J_URI)
    yield store
    store.close()


@pytest.mark.neo4j
# No shrinking: each example costs a Neo4j round trip, and a failing one is printed anyway.
@settings(max_examples=25, deadline=None, phases=[Phase.explicit, Phase.generate],
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_both_stores_read_back_the_same_graph(data, neo4j_store, neo4j_driver):
    batches = [data.draw(extraction(i)) for i in range(data.draw(st.integers(1, 6)))]
    wipe_neo4j(neo4j_driver)
    embedded = SQLiteStore(":memory:")
    half = len(batches) // 2  # two writes, so merges across write calls are exercised too
    for store in (embedded, neo4j_store):
        store.write(batches[:half])
        store.write(batches[half:])
    local, remote = read_back(embedded), read_back(neo4j_store)
    assert remote == local
    keys = {c.key for e in batches for c in e.claims}
    assert {c.key for c in local["claims"]} == keys
    pages = {e.article.id: e.article for e in batches}
    assert [(url, outlet) for (_, _, _, article), copy_of, url, outlet in local["provenance"]] == [
        (pages[article].canonical_url or pages[article].url, pages[article].outlet)
        for (_, _, _, article), *_ in local["provenance"]
    ]
    assert all(copy_of == key[3] for key, copy_of, *_ in local["provenance"])
    embedded.close()


@pytest.mark.neo4j
def test_a_party_keeps_the_first_family_known_in_both_stores(
    neo4j_store, neo4j_driver, tmp_path, monkeypatch
):
    """The family is read from the gazetteer when a batch is written: an analyst's file that
    moves a party to another family later leaves the stored family alone, and gives one to a
    party that had none."""
    def mentioning(index: int) -> Extraction:
        article = Article(f"fam-{index}", f"2017-0{index}-01", "Titre", f"Texte {index}.")
        return Extraction(article, [], [Actor("Parti socialiste", "party"),
                                        Actor("Parti imaginaire", "party")])

    wipe_neo4j(neo4j_driver)
    embedded = SQLiteStore(":memory:")
    mine = tmp_path / "mine.toml"
    mine.write_text(textwrap.dedent("""
        [[party]]
        name = "Parti socialiste"
        camp = "centre"
        [[party]]
        name = "Parti imaginaire"
        camp = "green"
    """), encoding="utf-8")
    try:
        for store in (embedded, neo4j_store):
            store.write([mentioning(1)])
        monkeypatch.setenv("ALLIANCEGRAPH_GAZETTEER", str(mine))
        load_gazetteer.cache_clear()
        for store in (embedded, neo4j_store):
            store.write([mentioning(2)])
    finally:
        load_gazetteer.cache_clear()
    for store in (embedded, neo4j_store):
        families = {name: attrs["family"] for name, attrs in store.actor_attributes().items()}
        assert families == {"Parti socialiste": "left", "Parti imaginaire": "green"}, store.name
    embedded.close()
