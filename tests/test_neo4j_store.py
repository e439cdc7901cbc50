"""Neo4jStore against a real Neo4j server: same answers as SQLite, idempotent, read-only reads.

No mocks: every test talks to the server at ``NEO4J_URI`` (default ``bolt://127.0.0.1:7687``,
which ``make test`` starts). When it is down the tests fail with a hint, they never skip.
Community has only the ``neo4j`` database, so each test wipes it first.
"""

from __future__ import annotations

import json
import socket

import pytest
from neo4j_support import NEO4J_URI, wipe_neo4j

import alliancegraph.graph.neo4j_store as neo4j_store
from alliancegraph.graph.neo4j_store import Neo4jStore
from alliancegraph.graph.neo4j_ties import tie_type
from alliancegraph.graph.sqlite_store import SQLiteStore
from alliancegraph.graph.store import StoreError, open_store
from alliancegraph.model import Actor, Article, Claim, Extraction
from alliancegraph.ontology import relation_names

pytestmark = pytest.mark.neo4j

URI = NEO4J_URI

# The store's own bookkeeping (:StoreMeta: the version of its derived data) is no graph data.
NODE_COUNT = "MATCH (n) WHERE NOT n:StoreMeta RETURN count(n) AS n"
# Claims and mentions; the per-tie summaries (TIE_*, graph/neo4j_ties.py) are derived from them.
REL_COUNT = "MATCH ()-[r]->() WHERE NOT type(r) STARTS WITH 'TIE_' RETURN count(r) AS n"

# -- fixtures -------------------------------------------------------------------------------------


@pytest.fixture(scope="session")
def driver(neo4j_driver):
    """A raw driver for wiping and for checking what the store wrote."""
    return neo4j_driver


def run(driver, query: str, **params) -> list[dict]:
    with driver.session(database="neo4j") as session:
        return session.run(query, **params).data()


@pytest.fixture
def store(driver):
    """A Neo4jStore on a wiped database."""
    wipe_neo4j(driver)
    with Neo4jStore(uri=URI) as opened:
        yield opened


def snapshot(driver) -> tuple[int, int]:
    """Total node and relationship counts: what must not move on a re-load or a refused read."""
    return run(driver, NODE_COUNT)[0]["n"], run(driver, REL_COUNT)[0]["n"]


# -- hand-made extractions ------------------------------------------------------------------------

A1 = Article("art-0129", "2017-01-29", "Valls, Hamon et la gauche", "texte " * 40,
             url="https://example.org/0129", source="0129.txt")
A2 = Article("art-0205", "2017-02-05", "Mélenchon et Jadot", "mots " * 25, source="0205.txt")
A0 = Article("art-0115", "2017-01-15", "Avant la primaire", "avant " * 10, source="0115.txt")


def claim(subject, relation, obj, article, evidence="", cue="", confidence=0.8, **kinds):
    return Claim(subject, relation, obj, article.id, article.date, evidence or f"{subject} {cue}",
                 cue or relation.lower(), confidence, **kinds)


def extractions() -> list[Extraction]:
    """Two articles sharing actors, all six relations, persons and parties, a group claim."""
    first = Extraction(
        A1,
        claims=[
            claim("Manuel Valls", "SUPPORTS", "Emmanuel Macron", A1, cue="soutient"),
            claim("Benoît Hamon", "REJECTS", "Manuel Valls", A1, cue="rejette", confidence=0.9),
            claim("Benoît Hamon", "INVITED_TO_RALLY", "Yannick Jadot", A1, cue="appelle"),
            claim("Parti socialiste", "TEMPTED_BY", "Emmanuel Macron", A1, cue="tentés",
                  subject_kind="party", group="certains au PS", confidence=0.6),
            claim("Benoît Hamon", "MEMBER_OF", "Parti socialiste", A1, cue="membre",
                  object_kind="party"),
            claim("Benjamin Griveaux", "SPOKESPERSON_OF", "Emmanuel Macron", A1,
                  cue="porte-parole"),
            # Same key as the first claim: the first one wins in both stores.
            claim("Manuel Valls", "SUPPORTS", "Emmanuel Macron", A1, cue="appuie",
                  confidence=0.5),
        ],
        actors=[
            Actor("Manuel Valls", "person", "m", "Parti socialiste"),
            Actor("Benoît Hamon", "person", "m", "Parti socialiste"),
            Actor("Emmanuel Macron", "person", "m", "En marche"),
            Actor("Yannick Jadot", "person", "m", None),
            Actor("Parti socialiste", "party"),
            # Griveaux is only in a claim: stored as an actor, not as a mention.
        ],
    )
    second = Extraction(
        A2,
        claims=[
            claim("Jean-Luc Mélenchon", "REJECTS", "Benoît Hamon", A2, cue="refuse"),
            claim("Yannick Jadot", "SUPPORTS", "Benoît Hamon", A2, cue="rejoint"),
            claim("Yannick Jadot", "MEMBER_OF", "Europe Écologie Les Verts", A2,
                  object_kind="party"),
            claim("La France insoumise", "REJECTS", "Parti socialiste", A2,
                  subject_kind="party", object_kind="party"),
        ],
        actors=[
            Actor("Jean-Luc Mélenchon", "person", "m", "La France insoumise"),
            Actor("Yannick Jadot", "person", "m", "Europe Écologie Les Verts"),
            Actor("Benoît Hamon", "person", "m", "Génération.s"),
            Actor("Europe Écologie Les Verts", "party"),
            Actor("La France insoumise", "party"),
            Actor("Parti socialiste", "party"),
        ],
    )
    return [first, second]


def late_earlier_article() -> Extraction:
    """An article dated before the others, loaded after them: it must not change any party."""
    return Extraction(
        A0,
        claims=[claim("Manuel Valls", "REJECTS", "Benoît Hamon", A0, cue="critique")],
        actors=[
            Actor("Manuel Valls", "person", "m", "Sans étiquette"),
            Actor("Benoît Hamon", "person", "m", "Parti socialiste"),
        ],
    )


def load_all(target) -> None:
    target.write(extractions())
    target.write([late_earlier_article()])


EXPECTED_COUNTS = {"articles": 3, "persons": 6, "parties": 3, "claims": 11, "mentions": 13}

# -- writes ---------------------------------------------------------------------------------------


def test_write_counts_and_result(store):
    result = store.write(extractions())
    assert (result.articles_new, result.articles_unchanged) == (2, 0)
    assert result.claims == 11  # both rows of the duplicate key are counted, as in SQLite
    store.write([late_earlier_article()])
    assert store.counts() == EXPECTED_COUNTS
    assert store.has_article(A1.id) and store.has_article(A0.id)
    assert not store.has_article("nope")


def test_reload_changes_nothing(store, driver):
    load_all(store)
    before = snapshot(driver)
    assert before == (3 + 9, 11 + 13)  # articles + actors; claims + mentions
    again = store.write([*extractions(), late_earlier_article()])
    assert (again.articles_new, again.articles_unchanged, again.claims) == (0, 3, 0)
    assert snapshot(driver) == before
    assert store.counts() == EXPECTED_COUNTS


def test_duplicate_article_in_one_batch_is_written_once(store, driver):
    first = extractions()[0]
    result = store.write([first, first])
    assert (result.articles_new, result.articles_unchanged) == (1, 1)
    assert store.counts()["articles"] == 1


def test_data_model(store, driver):
    load_all(store)
    valls = run(driver, "MATCH (a:Actor {name: 'Manuel Valls'}) RETURN labels(a) AS l, a AS a")[0]
    assert sorted(valls["l"]) == ["Actor", "Person"]
    # Latest dated mention wins: the 15 January article, loaded last, leaves the party alone.
    assert valls["a"]["party"] == "Parti socialiste"
    assert valls["a"]["party_date"] == "2017-01-29"
    assert valls["a"]["gender"] == "m"
    hamon = run(driver, "MATCH (a:Actor {name: 'Benoît Hamon'}) RETURN a")[0]["a"]
    assert (hamon["party"], hamon["party_date"]) == ("Génération.s", "2017-02-05")
    ps = run(driver, "MATCH (a:Actor {name: 'Parti socialiste'}) RETURN labels(a) AS l, a")[0]
    assert sorted(ps["l"]) == ["Actor", "Party"]
    assert ps["a"]["family"] == "left"
    article = run(driver, "MATCH (a:Article {id: $id}) RETURN a", id=A1.id)[0]["a"]
    assert article == {"id": A1.id, "date": A1.date, "title": A1.title, "url": A1.url,
                       "source": A1.source, "words": 40, "copy_of": A1.id}
    tempted = run(driver, "MATCH (:Party)-[r:TEMPTED_BY]->(:Person) RETURN properties(r) AS r")
    tempted = tempted[0]["r"]
    assert tempted["group"] == "certains au PS"
    assert (tempted["article"], tempted["date"], tempted["cue"]) == (A1.id, A1.date, "tentés")
    kept = run(driver, "MATCH (:Person {name: 'Manuel Valls'})-[r:SUPPORTS]->() "
                       "RETURN properties(r) AS r")
    assert [row["r"]["cue"] for row in kept] == ["soutient"]
    types = {row["t"] for row in run(driver, "MATCH ()-[r]->() RETURN DISTINCT type(r) AS t")}
    # claims, their per-tie summaries (graph/neo4j_ties.py) and mentions; nothing else
    assert types == {*relation_names(), *(tie_type(r) for r in relation_names()), "MENTIONS"}
    griveaux = run(driver, "MATCH (:Article)-[:MENTIONS]->(a {name: 'Benjamin Griveaux'}) "
                           "RETURN count(a) AS n")[0]["n"]
    assert griveaux == 0


def test_schema_is_created_once(store, driver):
    constraints = run(driver, "SHOW CONSTRAINTS YIELD name RETURN name ORDER BY name")
    indexes = run(driver, "SHOW INDEXES YIELD name RETURN name ORDER BY name")
    assert {"actor_name", "article_id"} <= {row["name"] for row in constraints}
    assert {"person_party", "actor_camp", "actor_key", "actor_surname_key"} <= {
        row["name"] for row in indexes}
    with Neo4jStore(uri=URI):
        pass
    assert run(driver, "SHOW CONSTRAINTS YIELD name RETURN name ORDER BY name") == constraints
    assert run(driver, "SHOW INDEXES YIELD name RETURN name ORDER BY name") == indexes


def test_unknown_relation_writes_nothing_of_its_batch(store, driver):
    bad = Extraction(
        A2,
        claims=[claim("Yannick Jadot", "ADMIRES", "Benoît Hamon", A2)],
        actors=[Actor("Yannick Jadot", "person")],
    )
    with pytest.raises(StoreError, match="unknown relation 'ADMIRES'"):
        store.write([extractions()[0], bad])
    assert snapshot(driver) == (0, 0)
    # A batch committed before stays; the failing one is simply absent.
    store.write([late_earlier_article()])
    with pytest.raises(StoreError):
        store.write([bad])
    assert store.counts()["articles"] == 1
    assert not store.has_article(A2.id)


# -- parity with the embedded store ---------------------------------------------------------------


@pytest.fixture
def both(store):
    local = SQLiteStore(":memory:")
    load_all(store)
    load_all(local)
    yield store, local
    local.close()


def test_claims_equal_sqlite_in_the_same_order(both):
    neo, local = both
    assert list(neo.claims()) == list(local.claims())
    for since, until in [("2017-01-20", None), (None, "2017-01-29"), ("2017-02-01", "2017-02-28"),
                         ("2018-01-01", None)]:
        assert list(neo.claims(since, until)) == list(local.claims(since, until))


def test_actors_attributes_counts_articles_equal_sqlite(both):
    neo, local = both
    assert neo.counts() == local.counts() == EXPECTED_COUNTS
    assert neo.actors() == local.actors()
    assert neo.actor_attributes() == local.actor_attributes()
    assert neo.articles() == local.articles()


def test_set_camps_equals_sqlite(both):
    neo, local = both
    for target in both:
        target.set_camps({"Manuel Valls": 0, "Emmanuel Macron": 0, "Benoît Hamon": 1})
        target.set_camps({"Manuel Valls": 1, "Parti socialiste": None, "Yannick Jadot": 0})
    assert neo.actor_attributes() == local.actor_attributes()
    assert neo.actor_attributes()["Emmanuel Macron"]["camp"] is None


def test_party_rule_equals_sqlite_in_and_across_batches(store):
    """The party seen at the latest date wins, whatever the order inside or across batches."""
    local = SQLiteStore(":memory:")
    late = Extraction(A2, actors=[Actor("Manuel Valls", "person", None, "Parti socialiste")])
    early = Extraction(A0, actors=[Actor("Manuel Valls", "person", "m", "Sans étiquette")])
    middle = Extraction(A1, actors=[Actor("Manuel Valls", "person", "f", "Autre")])
    for target in (store, local):
        target.write([late, early])
        target.write([middle])
    valls = store.actor_attributes()["Manuel Valls"]
    assert (valls["party"], valls["gender"]) == ("Parti socialiste", "m")
    assert store.actor_attributes() == local.actor_attributes()
    local.close()


def many_articles(count: int) -> list[Extraction]:
    """``count`` small articles over a year, sharing 40 persons and the parties of extractions()."""
    parties = ["Parti socialiste", "La France insoumise", "Europe Écologie Les Verts"]
    persons = [f"Personne {i:02d}" for i in range(40)]
    relations = [r for r in relation_names() if r != "MEMBER_OF"]
    found = []
    for index in range(count):
        article = Article(f"many-{index:05d}", f"2017-{1 + index % 12:02d}-{1 + index % 27:02d}",
                          f"Article {index}", "mot " * (5 + index % 7), source=f"{index}.txt")
        subject, obj = persons[index % 40], persons[(index * 7 + 3) % 40]
        party = parties[(index // 40) % 3]
        found.append(Extraction(article, claims=[
            claim(subject, relations[index % len(relations)], obj, article),
            claim(subject, "MEMBER_OF", party, article, object_kind="party"),
        ], actors=[Actor(subject, "person", "f" if index % 40 < 20 else "m", party),
                   Actor(obj, "person"), Actor(party, "party")]))
    return found


def test_parity_with_sqlite_across_many_batches(store):
    """More articles than either store puts in one transaction, in a shuffled date order."""
    local = SQLiteStore(":memory:")
    corpus = many_articles(1_300)
    for target in (store, local):
        target.write(corpus)
    assert store.counts() == local.counts()
    assert store.counts()["articles"] == 1_300
    assert store.actor_attributes() == local.actor_attributes()
    assert list(store.claims("2017-03-01", "2017-06-30")) == list(
        local.claims("2017-03-01", "2017-06-30"))
    assert list(store.claims()) == list(local.claims())
    local.close()


# -- analyst reads --------------------------------------------------------------------------------


def test_read_match_with_parameters(store):
    load_all(store)
    rows = store.read(
        "MATCH (s:Actor)-[r:REJECTS]->(o:Actor {name: $target}) "
        "RETURN s.name AS subject, r.date AS date ORDER BY date, subject",
        {"target": "Benoît Hamon"},
    )
    assert rows == [
        {"subject": "Manuel Valls", "date": "2017-01-15"},
        {"subject": "Jean-Luc Mélenchon", "date": "2017-02-05"},
    ]


def test_read_returns_json_ready_values(store):
    load_all(store)
    rows = store.read(
        "MATCH p = (s:Person {name: $name})-[r:SUPPORTS]->(o) "
        "RETURN s, r, p, date(r.date) AS day, [s.name, o.name] AS pair",
        {"name": "Manuel Valls"},
    )
    assert len(rows) == 1
    row = rows[0]
    json.dumps(rows)
    assert row["s"]["_labels"] == ["Actor", "Person"] and row["s"]["name"] == "Manuel Valls"
    assert row["r"]["_type"] == "SUPPORTS"
    assert (row["r"]["_start"], row["r"]["_end"]) == ("Manuel Valls", "Emmanuel Macron")
    assert [n["name"] for n in row["p"]["nodes"]] == ["Manuel Valls", "Emmanuel Macron"]
    assert row["day"] == "2017-01-29"
    assert row["pair"] == ["Manuel Valls", "Emmanuel Macron"]


REFUSED = [
    ("CREATE (:X {name: $v})", "'w'"),
    ("MERGE (a:Actor {name: $v}) RETURN a", "'rw'"),
    ("MATCH (a:Actor) SET a.camp = 3", "'w'"),
    ("MATCH (a:Actor) REMOVE a:Person", "'w'"),
    ("MATCH (n) DETACH DELETE n", "'w'"),
    ("MATCH (a:Actor) FOREACH (x IN [1] | CREATE (:X))", "'w'"),
    ("CALL db.createLabel('Intrus')", "'w'"),
    ("CREATE INDEX intrus IF NOT EXISTS FOR (x:X) ON (x.y)", "'s'"),
    ("LOAD CSV FROM 'file:///etc/hostname' AS line RETURN line", "LOAD CSV"),
    ("TERMINATE TRANSACTIONS 'neo4j-transaction-1'", "TERMINATE TRANSACTIONS"),
]


@pytest.mark.parametrize(("query", "why"), REFUSED, ids=[q.split()[0] + str(i)
                                                        for i, (q, _) in enumerate(REFUSED)])
def test_read_refuses_writes_and_changes_nothing(store, driver, query, why):
    load_all(store)
    before = snapshot(driver), store.actor_attributes()
    labels = run(driver, "CALL db.labels() YIELD label RETURN collect(label) AS l")[0]["l"]
    with pytest.raises(StoreError, match="^refused: ") as info:
        store.read(query, {"v": "Intrus"})
    assert why in str(info.value)
    if why.startswith("'"):
        assert "is not read-only (query type" in str(info.value)
    assert (snapshot(driver), store.actor_attributes()) == before
    assert run(driver, "CALL db.labels() YIELD label RETURN collect(label) AS l")[0]["l"] == labels


WRITES = [q for q, why in REFUSED if why == "'w'" or why == "'rw'"]


@pytest.mark.parametrize("query", WRITES, ids=[q.split()[0] + str(i) for i, q in enumerate(WRITES)])
def test_the_package_s_own_reads_skip_the_plan_check_but_still_cannot_write(store, driver, query):
    """``own=True`` (named and composed queries) skips the EXPLAIN round trip: the read
    transaction is what keeps them read-only, and the server refuses any write in it."""
    load_all(store)
    before = snapshot(driver), store.actor_attributes()
    with pytest.raises(StoreError, match="Writing in read access mode not allowed"):
        store.read(query, {"v": "Intrus"}, own=True)
    assert (snapshot(driver), store.actor_attributes()) == before


def test_a_refused_write_stays_refused_when_asked_again(store, driver):
    """Only read-only verdicts are remembered per text: a write is planned and refused each
    time, and a remembered read does not open the door to anything else."""
    load_all(store)
    read = "MATCH (a:Actor {name: $v}) RETURN a.name AS name"
    write = "MATCH (a:Actor {name: $v}) SET a.camp = 9"
    for _ in range(2):
        assert store.read(read, {"v": "Manuel Valls"}) == [{"name": "Manuel Valls"}]
        with pytest.raises(StoreError, match="^refused: "):
            store.read(write, {"v": "Manuel Valls"})
    assert run(driver, "MATCH (a:Actor {camp: 9}) RETURN count(a) AS n")[0]["n"] == 0


def test_read_bad_query_is_a_one_line_store_error(store):
    with pytest.raises(StoreError, match="^query failed: ") as info:
        store.read("MATCH (n RETURN n")
    assert "\n" not in str(info.value)


def test_read_times_out(store, monkeypatch):
    monkeypatch.setattr(neo4j_store, "READ_TIMEOUT_S", 0.5)
    with pytest.raises(StoreError, match="timed out"):
        store.read("UNWIND range(1, 1000000000) AS x WITH x WHERE x < 0 RETURN count(x) AS n")


# -- connection -----------------------------------------------------------------------------------


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def test_server_down_gives_a_hint_without_traceback(driver):
    uri = f"bolt://127.0.0.1:{free_port()}"
    with pytest.raises(StoreError) as info:
        Neo4jStore(uri=uri, password="s3cret-value")
    message = str(info.value)
    assert message.startswith(f"cannot reach Neo4j at {uri}: is it running?")
    assert "alliancegraph neo4j start" in message and "NEO4J_URI" in message
    assert "s3cret-value" not in message and "\n" not in message
    assert info.value.__cause__ is None and info.value.__suppress_context__


def test_missing_database_gives_a_hint(driver):
    with pytest.raises(StoreError, match="database 'nowhere' does not exist on .*NEO4J_DATABASE"):
        Neo4jStore(uri=URI, database="nowhere")


def test_environment_defaults_and_no_secret_in_repr(driver, monkeypatch):
    monkeypatch.setenv("NEO4J_URI", URI)
    monkeypatch.setenv("NEO4J_USER", "analyste")
    monkeypatch.setenv("NEO4J_PASSWORD", "s3cret-value")
    monkeypatch.delenv("NEO4J_DATABASE", raising=False)
    with open_store("neo4j") as opened:  # auth is off on the test server: any password passes
        assert (opened.uri, opened.user, opened.database) == (URI, "analyste", "neo4j")
        assert (opened.dialect, opened.name) == ("cypher", "neo4j")
        assert "s3cret-value" not in repr(opened) and "s3cret-value" not in str(vars(opened))


def test_userinfo_in_uri_is_never_echoed():
    with pytest.raises(StoreError) as info:
        Neo4jStore(uri="bolt://someone:s3cret-value@127.0.0.1:7687")
    assert "s3cret-value" not in str(info.value)
