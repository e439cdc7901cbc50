"""Latency of every named query on synthetic graphs of 10k, 100k and 1M claims, on both stores.

Why: an analyst asks the same few questions again and again; a question must come back at
once on a graph of a million claims, on the embedded store as on Neo4j. The graphs are built
from Extraction objects directly (no spaCy: this is about query speed), with a hub-heavy
degree distribution (Zipf weights 1/rank: many minor actors, a few hubs each named in several
percent of all claims), and every query is asked about the hubs, its worst case.

Per size and store: median and p95 of 30 warm in-process ``run_query`` calls per query (fewer
for a query that takes seconds: see :data:`BUDGET_S`), with the names index prebuilt as a
long-lived caller would keep it; the cost of building that index (what every call pays when
none is passed, as ``alliancegraph query`` does); and each median as a ratio to the smallest
graph's. Then ``alliancegraph ask`` from the shell on the largest
embedded store, against ``alliancegraph --help`` (process start-up) as baseline.

The target question, backs-but-eyes, is also asked the way analysts would ask it: about
``--pairs`` (backs, eyes) pairs sampled from the claims themselves (a SUPPORTS claim drawn at
random, so a hub is drawn as often as it is named, then one of its subject's TEMPTED_BY
objects), each timed warm; the table gives the median, p90, p95 and worst pair.

Targets (issue 12): a typical question < 50 ms and any question's first page (``limit`` 100,
hubs included) < 100 ms on the 1M graph on both stores; ``ask`` from the shell < 0.5 s.

Neo4j: by default a dedicated server is started for the benchmark (its home the cache's
``neo4j`` folder, see ``bench/cache.py``; port 7690) and stopped afterwards, so no one else's
database is wiped;
``--neo4j-uri`` uses a running server instead, and WIPES its ``neo4j`` database.

    .venv/bin/python bench/bench_query_latency.py            # 10k, 100k, 1M claims
    .venv/bin/python bench/bench_query_latency.py --quick    # 2k and 20k claims, 10 runs
"""

from __future__ import annotations

import argparse
import hashlib
import logging
import os
import random
import shutil
import statistics
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from functools import partial
from itertools import accumulate
from pathlib import Path

import neo4j
from cache import add_cache_option, cache_dir, use_cache
from make_corpus import CITIES, FIRST_NAMES, SURNAMES, CorpusSpec

from alliancegraph.graph.sqlite_store import SQLiteStore
from alliancegraph.graph.store import Store, StoreError
from alliancegraph.model import Actor, Article, Claim, Extraction
from alliancegraph.ontology.gazetteer import load_gazetteer
from alliancegraph.queries.library import get_query

ROOT = Path(__file__).resolve().parents[1]
NEO4J_PORT = 7690
TARGET_MS = 50.0
ASK_TARGET_S = 0.5
# Seconds of timed calls per query at most: a query taking seconds gets fewer runs (at least 5,
# the count is printed), so one slow query cannot hold the benchmark for an hour.
BUDGET_S = 60.0
SLOW_S = 10.0  # a query slower than this once is not repeated
CAP_S = 30.0  # and one slower than this is cut off (Neo4jStore's own read timeout is 30 s)
START_YEAR = 2016
PAGE = 100  # the first page, as `alliancegraph ask` and `query` show it by default
PAGE_TARGET_MS = 100.0
# The hub case again with `evidence=3`: what a capped answer costs where lists are longest.
EVIDENCE_CAP = 3
CAPPED = f"hub, evidence={EVIDENCE_CAP}"
UNBOUNDED = {"since": None, "until": None, "evidence": None,  # the implicit parameters, unset
             "limit": None, "offset": None}

# (relation, share of claims, evidence template, cue)
RELATIONS = (
    ("SUPPORTS", 35, "{s} a apporté son soutien à {o} lors d'un meeting à {city}.", "soutien"),
    ("REJECTS", 22, "{s} a dénoncé le projet de {o}, jugé « irréaliste ».", "dénoncer"),
    ("TEMPTED_BY", 10, "{s} se dit tenté par {o}, selon plusieurs de ses proches.", "tenté par"),
    ("INVITED_TO_RALLY", 8, "{s} a proposé à {o} de construire une majorité.", "proposer à"),
    ("SPOKESPERSON_OF", 7, "{s}, porte-parole de {o}, a jugé la campagne ouverte.", "porte-parole"),
    ("MEMBER_OF", 18, "{s}, élu {o}, a réuni ses soutiens à {city}.", "apposition"),
)


# -- timing helpers (also used by the other bench scripts) -------------------------------------


def percentile(values: Sequence[float], fraction: float) -> float:
    """Nearest-rank percentile: p95 of 30 runs is the 29th value, a real observed latency."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(fraction * len(ordered)) - 1))]


def timed(call: Callable[[], object], runs: int, warmup: int = 3) -> list[float]:
    """Wall-clock seconds of ``runs`` calls after ``warmup`` untimed ones (caches warm)."""
    for _ in range(warmup):
        call()
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        call()
        times.append(time.perf_counter() - started)
    return times


def print_table(title: str, rows: list[dict]) -> None:
    """A plain aligned table: the bench output is read in a terminal and pasted in RESULTS.md."""
    print(f"\n## {title}")
    if not rows:
        print("(no rows)")
        return
    columns = list(rows[0])
    cells = [[_cell(row.get(c)) for c in columns] for row in rows]
    widths = [max(len(c), *(len(r[i]) for r in cells)) for i, c in enumerate(columns)]
    print(" | ".join(c.ljust(w) for c, w in zip(columns, widths, strict=True)))
    print("-|-".join("-" * w for w in widths))
    for row in cells:
        print(" | ".join(v.ljust(w) for v, w in zip(row, widths, strict=True)))


def _cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:.3g}" if abs(value) < 100 else f"{value:,.0f}"
    if isinstance(value, int):
        return f"{value:,}"
    return str(value)


# -- the synthetic graph -----------------------------------------------------------------------


@dataclass(frozen=True)
class GraphSpec:
    """A synthetic graph: ``claims`` claims, 10 per article, one person per 50 claims."""

    claims: int
    seed: int = 1
    per_article: int = 10
    months: int = 36

    @property
    def persons(self) -> int:
        return max(300, self.claims // 50)

    @property
    def articles(self) -> int:
        return -(-self.claims // self.per_article)

    @property
    def key(self) -> str:
        return f"claims{self.claims}-seed{self.seed}"

    @property
    def cache_name(self) -> str:
        """The cached store's file name. The graph draws its parties from the shipped
        gazetteer, so a gazetteer with other parties makes another graph, and another file."""
        parties = "|".join(p.name for p in load_gazetteer().parties)
        return f"{self.key}-parties{hashlib.sha1(parties.encode()).hexdigest()[:8]}"


def person_names(count: int) -> list[str]:
    """``count`` distinct full names: simple surnames first, then double-barrelled ones."""
    firsts = [*FIRST_NAMES["f"], *FIRST_NAMES["m"]]
    surnames = [*SURNAMES, *(f"{a}-{b}" for a in SURNAMES for b in SURNAMES if a != b)]
    names = (f"{first} {last}" for last in surnames for first in firsts)
    return [name for name, _ in zip(names, range(count), strict=False)]


@dataclass
class Cast:
    """People ranked by prominence (rank 0 is the biggest hub), their parties, and weights."""

    people: list[str]
    party_of: dict[str, str]
    cumulative: list[float]

    @property
    def hubs(self) -> list[str]:
        return self.people[:5]


def cast(spec: GraphSpec) -> Cast:
    """People with 1/rank weights (Zipf): the top few are named in a large share of claims."""
    rng = random.Random(spec.seed)
    parties = [p.name for p in load_gazetteer().parties]
    people = person_names(spec.persons)
    rng.shuffle(people)
    party_weights = [1 / (rank + 1) for rank in range(len(parties))]
    party_of = {p: rng.choices(parties, party_weights)[0] for p in people}
    cumulative = list(accumulate(1 / (rank + 1) for rank in range(len(people))))
    return Cast(people, party_of, cumulative)


def synthetic_extractions(spec: GraphSpec) -> Iterator[Extraction]:
    """The articles of ``spec`` as extractions, streamed: memory stays flat at any size."""
    rng = random.Random(spec.seed + 1)
    who = cast(spec)
    relation_weights = list(accumulate(r[1] for r in RELATIONS))
    left = spec.claims
    for number in range(spec.articles):
        size = min(spec.per_article, left)
        left -= size
        month = rng.randrange(spec.months)
        date = f"{START_YEAR + month // 12}-{month % 12 + 1:02d}-{rng.randrange(1, 29):02d}"
        ident = hashlib.sha256(f"{spec.key}/{number}".encode()).hexdigest()[:16]
        article = Article(ident, date, f"Article synthétique {number}", "", None, "synthetic")
        claims: dict[tuple, Claim] = {}
        subjects = rng.choices(who.people, cum_weights=who.cumulative, k=size)
        objects = rng.choices(who.people, cum_weights=who.cumulative, k=size)
        kinds = rng.choices(RELATIONS, cum_weights=relation_weights, k=size)
        for subject, obj, kind in zip(subjects, objects, kinds, strict=True):
            relation, _, template, cue = kind
            if relation == "MEMBER_OF":
                obj = who.party_of[subject]
            elif obj == subject:
                continue
            claim = Claim(
                subject, relation, obj, ident, date,
                template.format(s=subject, o=obj, city=rng.choice(CITIES)), cue,
                round(rng.uniform(0.6, 0.95), 2),
                object_kind="party" if relation == "MEMBER_OF" else "person",
            )
            claims.setdefault(claim.key, claim)
        yield Extraction(article, list(claims.values()), _actors(claims.values(), who))


def _actors(claims, who: Cast) -> list[Actor]:
    names = {c.subject for c in claims} | {c.object for c in claims if c.object_kind == "person"}
    parties = {c.object for c in claims if c.object_kind == "party"}
    return [Actor(n, "person", party=who.party_of[n]) for n in sorted(names)] + [
        Actor(p, "party") for p in sorted(parties)
    ]


def camps(store: Store) -> dict[str, int]:
    """Two camps by political family (left-ish 0, the rest 1), so cross-camp-ties has work."""
    attributes = store.actor_attributes()
    gazetteer = load_gazetteer()

    def family(name: str, attrs: dict) -> str | None:
        party = name if attrs["kind"] == "party" else attrs.get("party")
        entry = gazetteer.party(party) if party else None
        return entry.camp if entry else None

    return {
        name: 0 if family(name, attrs) in {"far-left", "left", "green"} else 1
        for name, attrs in attributes.items()
    }


def fill(store: Store, spec: GraphSpec) -> float:
    """Write the graph of ``spec`` into ``store`` (batched by the store itself); seconds taken."""
    started = time.perf_counter()
    store.write(synthetic_extractions(spec))
    store.set_camps(camps(store))
    return time.perf_counter() - started


def degrees(path: Path) -> dict:
    """The shape of the graph: persons, the top hub's share of claims, the median degree."""
    with SQLiteStore(path) as store:
        one = lambda sql: store.db.execute(sql).fetchone()[0]  # noqa: E731
        claims = one("SELECT count(*) FROM claims")
        top = one("SELECT count(*) AS n FROM claims GROUP BY object ORDER BY n DESC LIMIT 1")
        per_actor = store.db.execute(
            """SELECT count(*) FROM (SELECT subject AS a FROM claims
                                     UNION ALL SELECT object FROM claims) GROUP BY a"""
        )
        median = statistics.median(row[0] for row in per_actor)
        persons = store.counts()["persons"]
    return {"persons": persons, "top_hub_share": top / claims, "median_degree": median}


def sqlite_store(spec: GraphSpec, rebuild: bool = False) -> tuple[Path, float | None]:
    """The embedded store of ``spec``, built once and kept in the cache's ``latency`` folder.

    A marker file is written last, so a build interrupted half-way is redone, never reused.
    Returns the path and the build time (None when reused).
    """
    stores = cache_dir("latency")
    stores.mkdir(parents=True, exist_ok=True)
    path = stores / f"{spec.cache_name}.db"
    done = path.with_suffix(".done")
    if done.exists() and path.exists() and not rebuild:
        return path, None
    for stale in (path, done, Path(f"{path}-wal"), Path(f"{path}-shm")):
        stale.unlink(missing_ok=True)
    with SQLiteStore(path) as store:
        seconds = fill(store, spec)
        store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    done.write_text(f"{seconds:.1f} s\n")
    return path, seconds


# -- Neo4j ---------------------------------------------------------------------------------------

# Relationships first, then nodes: DETACH DELETE of 10,000 nodes at once would take a hub's
# 70,000 relationships into one inner transaction and exceed the server's memory pool (1 GB heap).
WIPE = (
    "MATCH ()-[r]->() CALL (r) { DELETE r } IN TRANSACTIONS OF 10000 ROWS",
    "MATCH (n) CALL (n) { DELETE n } IN TRANSACTIONS OF 10000 ROWS",
)


class Neo4jBench:
    """A Neo4j store for the benchmark, on a server we start (and stop) unless one is given."""

    def __init__(self, uri: str | None) -> None:
        from alliancegraph.graph import neo4j_server

        # The synthetic graph has no group claims, so every query reading `r.group` makes the
        # server send a "property does not exist" notification, which the driver logs per call.
        logging.getLogger("neo4j.notifications").setLevel(logging.ERROR)
        self.started = False
        self.store: Store | None = None
        if uri is None:
            before = neo4j_server.status(cache_dir("neo4j"), NEO4J_PORT)
            if not before.running:
                print(f"starting a dedicated Neo4j for the benchmark (port {NEO4J_PORT})")
                neo4j_server.start(cache_dir("neo4j"), NEO4J_PORT)
                self.started = True
            uri = f"bolt://127.0.0.1:{NEO4J_PORT}"
        self.uri = uri

    def load(self, spec: GraphSpec, expected: dict[str, int]) -> tuple[Store, float | None]:
        """Wipe the database, then write ``spec`` through ``Neo4jStore.write``; seconds taken.

        A database that already holds exactly ``expected`` (the embedded store's counts of the
        same deterministic graph) is reused, as the cached SQLite files are: None seconds.
        """
        from alliancegraph.graph.neo4j_store import Neo4jStore

        if self.store is None:
            self.store = Neo4jStore(uri=self.uri)
        if self.store.counts() == expected:
            return self.store, None
        if self.started:
            self._restart_empty()
        else:
            with self.store.driver.session(database=self.store.database) as session:
                for statement in WIPE:
                    session.run(statement).consume()
        return self.store, fill(self.store, spec)

    def _restart_empty(self) -> None:
        """Our own server is emptied by deleting its store: deleting a million relationships
        in Cypher can exceed the launcher's transaction memory (1 GB heap)."""
        from alliancegraph.graph import neo4j_server
        from alliancegraph.graph.neo4j_store import Neo4jStore

        self.store.close()
        neo4j_server.stop(cache_dir("neo4j"))
        shutil.rmtree(cache_dir("neo4j") / "data", ignore_errors=True)
        neo4j_server.start(cache_dir("neo4j"), NEO4J_PORT)
        self.store = Neo4jStore(uri=self.uri)

    def close(self) -> None:
        if self.store is not None:
            self.store.close()
        if self.started:
            from alliancegraph.graph import neo4j_server

            neo4j_server.stop(cache_dir("neo4j"))


# -- the measurements ---------------------------------------------------------------------------


def hub_params(spec: GraphSpec) -> dict[str, dict[str, str]]:
    """Every named query asked about the biggest hubs: its heaviest case on this graph."""
    hubs = cast(spec).hubs
    biggest_party = load_gazetteer().parties[0].name
    return {
        "backs-but-eyes": {"backs": hubs[0], "eyes": hubs[1]},
        "supporters": {"of": hubs[0]},
        "supported-by": {"who": hubs[0]},
        "tempted": {"target": hubs[1], "party": biggest_party},
        "rejecters": {"of": hubs[0]},
        "rejected-by": {"who": hubs[0]},
        "invitations-made": {"inviter": hubs[0]},
        "invitations-received": {"invited": hubs[0]},
        "rejected-invitations": {"inviter": hubs[0]},
        "spokespersons": {"of": hubs[0]},
        "spoken-for": {"who": hubs[0]},
        "members": {"party": biggest_party},
        "defectors": {"party": biggest_party},
        "timeline": {"actor": hubs[2]},
        "between": {"a": hubs[0], "b": hubs[1]},
        "cross-camp-ties": {},
    }


def typical_params(db: Path, spec: GraphSpec) -> dict[str, dict[str, str]]:
    """Every named query asked about an actor at the 1st percentile of prominence.

    That is a well-known politician, not a hub (rank 200 of 20,000 on the 1M graph). For
    backs-but-eyes, ``eyes`` is the actor most often eyed by this actor's supporters, read
    from the store, so the answer is never empty. cross-camp-ties has no parameters: only in
    the hub case.
    """
    people = cast(spec).people
    rank = len(people) // 100
    actor, other = people[rank], people[rank + 1]
    with SQLiteStore(db) as store:
        eyed = store.db.execute(
            """SELECT t.object FROM claims AS s
               JOIN claims AS t ON t.subject = s.subject AND t.relation = 'TEMPTED_BY'
               WHERE s.object = ? AND s.relation = 'SUPPORTS' AND t.object <> ?
               GROUP BY t.object ORDER BY count(DISTINCT s.subject) DESC, t.object LIMIT 1""",
            (actor, actor),
        ).fetchone()
    smallest_party = load_gazetteer().parties[CorpusSpec.parties - 1].name
    params = {
        "supporters": {"of": actor},
        "supported-by": {"who": actor},
        "tempted": {"target": actor, "party": smallest_party},
        "rejecters": {"of": actor},
        "rejected-by": {"who": actor},
        "invitations-made": {"inviter": actor},
        "invitations-received": {"invited": actor},
        "rejected-invitations": {"inviter": actor},
        "spokespersons": {"of": actor},
        "spoken-for": {"who": actor},
        "members": {"party": smallest_party},
        "defectors": {"party": smallest_party},
        "timeline": {"actor": actor},
        "between": {"a": actor, "b": other},
    }
    if eyed:
        params = {"backs-but-eyes": {"backs": actor, "eyes": eyed[0]}, **params}
    return params


def composed_questions(spec: GraphSpec, case: str, typical: dict[str, dict]) -> dict[str, str]:
    """Questions no named query answers, one per composed shape, about the hubs or a typical
    actor: ``ask`` composes one query for each (conjunction, contrast, alternative, negation,
    party filter, date)."""
    if case == "hub":
        a, b = cast(spec).hubs[:2]
    else:
        a, b = typical["between"]["a"], typical["between"]["b"]
    party = load_gazetteer().parties[0]
    short = party.short or party.name
    return {
        "ask: supports A and rejects B": f"who supports {a} and rejects {b}",
        "ask: supports A but not B": f"who supports {a} but not {b}",
        "ask: supports A or rejects B": f"who supports {a} or rejects {b}",
        "ask: party members who support A": f"which {short} members support {a}",
        "ask: rejects A and B, in 2017": f"who rejects {a} and rejects {b} in 2017",
    }


def sample_pairs(db: Path, count: int, seed: int) -> list[dict[str, str]]:
    """``count`` backs-but-eyes questions with a non-empty answer, drawn as claims are named.

    A SUPPORTS claim by a person is drawn at random (hubs in proportion to their claims), then
    one of that person's TEMPTED_BY objects: every pair has at least that person in its answer.
    """
    rng = random.Random(seed)
    with SQLiteStore(db) as store:
        supports = [row[0] for row in store.db.execute(
            """SELECT c.rowid FROM claims AS c JOIN actors AS a ON a.name = c.subject
               WHERE c.relation = 'SUPPORTS' AND a.kind = 'person' ORDER BY c.rowid""")]
        pairs: list[dict[str, str]] = []
        while len(pairs) < count and supports:
            subject, backs = store.db.execute(
                "SELECT subject, object FROM claims WHERE rowid = ?", (rng.choice(supports),)
            ).fetchone()
            eyed = [row[0] for row in store.db.execute(
                """SELECT DISTINCT object FROM claims WHERE subject = ? AND relation = 'TEMPTED_BY'
                   AND object <> ? ORDER BY object""", (subject, backs))]
            if eyed:
                pairs.append({"backs": backs, "eyes": rng.choice(eyed)})
    return pairs


def measure_pairs(store: Store, claims: int, pairs: list[dict[str, str]], runs: int = 5) -> dict:
    """The spread of backs-but-eyes over sampled questions: each pair's warm median, then
    the median, p90, p95 and worst of those medians."""
    from alliancegraph.queries.resolve import NameIndex
    from alliancegraph.queries.run import run_query

    names = NameIndex(store.actors())
    medians, rows = [], []
    print(f"{store.name}: {len(pairs)} sampled backs-but-eyes questions ...", flush=True)
    for params in pairs:
        call = partial(run_query, store, "backs-but-eyes", params, names=names)
        rows.append(len(call().rows))  # also the warm-up
        times = timed(call, runs, warmup=0)
        medians.append(statistics.median(times) * 1000)
    median = statistics.median(medians)
    return {
        "store": store.name, "claims": claims, "pairs": len(pairs),
        "rows_median": statistics.median(rows), "rows_max": max(rows),
        "median_ms": median, "p90_ms": percentile(medians, 0.9),
        "p95_ms": percentile(medians, 0.95), "worst_ms": max(medians),
        "target": f"< {TARGET_MS:g} ms: {'met' if within(median) else 'MISSED'}",
    }


@dataclass
class Latency:
    store: str
    claims: int
    case: str
    query: str
    rows: int | None
    runs: int
    median_ms: float | None
    p95_ms: float | None
    page_ms: float | None = None  # the first page (limit PAGE), as ask and query show it
    note: str = ""
    # The 1-minute load average when the query was timed: the machine is shared, and a figure
    # taken at load 8 on 2 cores is not one taken on a quiet machine.
    load: float | None = None


@contextmanager
def deadline(store: Store, seconds: float) -> Iterator[None]:
    """Interrupt a SQLite read after ``seconds``, as Neo4jStore's read timeout does on Neo4j.

    Benchmark-only: it reaches the embedded store's read-only connection, so one runaway query
    on the largest graph is reported as "> N s" instead of holding the benchmark for an hour.
    """
    reader = store._reader() if isinstance(store, SQLiteStore) else None
    timer = threading.Timer(seconds, reader.interrupt) if reader is not None else None
    if timer is not None:
        timer.start()
    try:
        yield
    finally:
        if timer is not None:
            timer.cancel()


def measure_queries(
    store: Store, spec: GraphSpec, cases: dict[str, dict[str, dict]], runs: int
) -> tuple[list[Latency], float]:
    """Every named query of every case ``runs`` times (warm); and the cost of a names index.

    The first call is timed too: one slower than :data:`CAP_S` is cut off and reported as
    such; one slower than :data:`SLOW_S` is not repeated (its first call is the figure).
    """
    from alliancegraph.queries.resolve import NameIndex

    index_times = timed(lambda: NameIndex(store.actors()), max(3, runs // 3), warmup=1)
    names = NameIndex(store.actors())
    results = [
        measure_one(store, spec, case, name, params, names, runs)
        for case, queries in cases.items()
        for name, params in queries.items()
        if not name.startswith("ask: ")
    ]
    results += [
        measure_call(store, spec, case, name, partial(_ask_rows, store, question), runs)
        for case, queries in cases.items()
        for name, question in queries.items()
        if name.startswith("ask: ")
    ]
    return results, statistics.median(index_times) * 1000


def _ask_rows(store: Store, question: str, limit: int | None = None) -> list[dict]:
    """A composed question asked in process, as ``alliancegraph ask`` does (names looked up)."""
    from alliancegraph.queries.ask import ask

    return ask(store, question, limit=limit).rows


def measure_one(store: Store, spec: GraphSpec, case: str, name: str, params: dict, names,
                runs: int) -> Latency:
    """Median and p95 of one named query with one set of parameters."""
    from alliancegraph.queries.run import run_query

    evidence = EVIDENCE_CAP if case == CAPPED else None

    def call(limit: int | None = None) -> list[dict]:
        return run_query(store, name, params, names=names, evidence=evidence, limit=limit).rows

    return measure_call(store, spec, case, name, call, runs)


def measure_call(store: Store, spec: GraphSpec, case: str, name: str,
                 call: Callable[..., list], runs: int) -> Latency:
    """Median and p95 of ``call()`` (the whole answer), and the median of ``call(PAGE)``."""
    started = time.perf_counter()
    try:
        with deadline(store, CAP_S):
            call(PAGE)
    except StoreError as exc:
        return Latency(store.name, spec.claims, case, name, None, 0, None, None, None,
                       f"first page > {CAP_S:g} s, cut off ({exc})", os.getloadavg()[0])
    first_page = time.perf_counter() - started
    half = BUDGET_S / 2
    page_runs = runs if first_page * runs <= half else max(3, int(half / first_page))
    page_ms = statistics.median(timed(partial(call, PAGE), page_runs, warmup=1)) * 1000
    started = time.perf_counter()
    try:
        with deadline(store, CAP_S):
            rows = len(call())
    except StoreError as exc:
        return Latency(store.name, spec.claims, case, name, None, 0, None, None, page_ms,
                       f"> {CAP_S:g} s, cut off ({exc})", os.getloadavg()[0])
    first = time.perf_counter() - started
    if first > SLOW_S:
        times = [first]
    else:
        count = runs if first * runs <= BUDGET_S else max(5, int(BUDGET_S / first))
        times = timed(call, count, warmup=1 if count < runs else 3)
    return Latency(store.name, spec.claims, case, name, rows, len(times),
                   statistics.median(times) * 1000, percentile(times, 0.95) * 1000, page_ms,
                   load=os.getloadavg()[0])


def shell_times(args: list[str], runs: int = 5) -> float:
    """Median wall time of running the ``alliancegraph`` command with ``args``."""
    command = [str(ROOT / ".venv" / "bin" / "alliancegraph"), *args]
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        subprocess.run(command, check=True, capture_output=True, cwd=ROOT)
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def measure_ask(db: Path, cases: dict[str, dict[str, dict]]) -> list[dict]:
    """``alliancegraph ask`` on the embedded store vs ``alliancegraph --help`` (start-up).

    Asked with the backs-but-eyes parameters of each case (the hubs, and a typical pair) and
    one composed question per case, in the default table output and in JSON (first page each).
    """
    baseline = shell_times(["--help"])
    rows = []
    for case, queries in cases.items():
        questions = []
        if "backs-but-eyes" in queries:
            params = queries["backs-but-eyes"]
            questions.append(f"who backs {params['backs']} but eyes {params['eyes']}")
        questions += [q for n, q in queries.items() if n == "ask: supports A and rejects B"]
        cap = ["--evidence", str(EVIDENCE_CAP)] if case == CAPPED else []
        for question in questions:
            for output in ("table", "json"):
                ask = shell_times(["ask", question, "--db", str(db), "--format", output, *cap])
                rows.append({
                    "case": case, "format": output,
                    "command": f'alliancegraph ask "{question}" --db {db.name} -f {output}'
                               + "".join(f" {c}" for c in cap),
                    "median_s": ask, "help_s": baseline, "ratio": ask / baseline,
                    "target": f"< {ASK_TARGET_S:g} s: {'met' if ask < ASK_TARGET_S else 'MISSED'}",
                })
    return rows


# -- plans, for a missed target -----------------------------------------------------------------


def sqlite_plan(store: SQLiteStore, name: str, params: dict) -> list[str]:
    """EXPLAIN QUERY PLAN of a named query's SQL: which index each step uses."""
    rows = store.db.execute(
        "EXPLAIN QUERY PLAN " + get_query(name).sql, {**params, **UNBOUNDED}
    )
    depth: dict[int, int] = {0: -1}
    lines = []
    for ident, parent, _, detail in rows:
        depth[ident] = depth.get(parent, -1) + 1
        lines.append("  " * depth[ident] + detail)
    return lines


def neo4j_profile(store: Store, name: str, params: dict) -> list[str]:
    """PROFILE of a named query's Cypher: operators with rows and db hits."""
    with store.driver.session(database=store.database) as session:
        result = session.run(
            "PROFILE " + get_query(name).cypher, {**params, **UNBOUNDED}
        )
        for _ in result:  # the profile exists only once every row has been pulled
            pass
        summary = result.consume()
    lines: list[str] = []

    def walk(plan: dict, depth: int) -> None:
        args = plan.get("args", {})
        detail = str(args.get("Details", ""))[:90]
        lines.append(
            f"{'  ' * depth}{plan['operatorType'].split('@')[0]} rows={plan.get('rows')} "
            f"hits={plan.get('dbHits')} {detail}"
        )
        for child in plan.get("children", ()):
            walk(child, depth + 1)

    walk(summary.profile, 0)
    return lines


def db_hits(store: Store, cases: dict[str, dict[str, dict]]) -> list[dict]:
    """Neo4j's own count of the work of each named query's first page: PROFILE's db hits.

    Unlike milliseconds, db hits do not depend on what else the machine is doing, so a before
    and an after taken on a loaded machine still compare. A query over :data:`CAP_S` is cut.
    """
    from alliancegraph.queries.resolve import NameIndex
    from alliancegraph.queries.run import resolve_params

    names = NameIndex(store.actors())
    rows = []
    for case, queries in cases.items():
        evidence = EVIDENCE_CAP if case == CAPPED else None
        for name, given in queries.items():
            if name.startswith("ask: "):
                continue
            params = {**resolve_params(store, get_query(name), given, names), **UNBOUNDED,
                      "limit": PAGE, "evidence": evidence}
            row = {"case": case, "query": name, "rows": None, "db_hits": None, "note": ""}
            try:
                with store.driver.session(database=store.database) as session:
                    result = session.run(neo4j.Query("PROFILE " + get_query(name).cypher,
                                                     timeout=CAP_S), params)
                    row["rows"] = sum(1 for _ in result)
                    row["db_hits"] = _hits(result.consume().profile)
            except neo4j.exceptions.Neo4jError as exc:
                row["note"] = (exc.code or "").rsplit(".", 1)[-1]
            rows.append(row)
    return rows


def _hits(plan: dict) -> int:
    return plan.get("dbHits", 0) + sum(_hits(child) for child in plan.get("children", ()))


# -- main ---------------------------------------------------------------------------------------


def label(claims: int) -> str:
    return f"{claims // 1_000_000}M" if claims >= 1_000_000 else f"{claims // 1000}k"


def growth_rows(latencies: list[Latency]) -> list[dict]:
    """Per store, case and query: the median at each size, and its ratio to the smallest's."""
    sizes = sorted({lat.claims for lat in latencies})
    cells = {(lat.store, lat.case, lat.query, lat.claims): lat.median_ms for lat in latencies}
    rows = []
    for key in dict.fromkeys((lat.store, lat.case, lat.query) for lat in latencies):
        base = cells.get((*key, sizes[0]))
        row: dict = dict(zip(("store", "case", "query"), key, strict=True))
        for size in sizes:
            row[f"ms_{label(size)}"] = cells.get((*key, size))
        for size in sizes[1:]:
            value = cells.get((*key, size))
            row[f"x_{label(size)}"] = value / base if value is not None and base else None
        rows.append(row)
    return rows


def run_size(spec: GraphSpec, neo: Neo4jBench | None, runs: int, rebuild: bool,
             only: set[str], pairs: int = 0, embedded: bool = True) -> tuple:
    """Build (or reuse) both stores for one size and time every query (or ``only``) on each,
    then ``pairs`` sampled backs-but-eyes questions. The embedded store is always built (the
    parameters are read from it), but its queries are timed only with ``embedded``."""
    path, built = sqlite_store(spec, rebuild)
    questions = sample_pairs(path, pairs, spec.seed) if pairs else []
    spread = []
    shape = degrees(path)
    cases = {"hub": hub_params(spec), "typical": typical_params(path, spec)}
    cases[CAPPED] = {n: p for n, p in cases["hub"].items() if "evidence" in get_query(n).columns}
    for case in ("hub", "typical"):
        cases[case].update(composed_questions(spec, case, cases["typical"]))
    if only:
        cases = {c: {n: p for n, p in qs.items()
                     if n in only or ("ask" in only and n.startswith("ask: "))}
                 for c, qs in cases.items()}
    builds = [{"store": "local", "claims": spec.claims, "build_s": built, **shape,
               "db": str(path)}]
    latencies, index_ms = [], []
    if embedded:
        with SQLiteStore(path) as local:
            found, ms = measure_queries(local, spec, cases, runs)
            latencies += found
            index_ms.append({"store": "local", "claims": spec.claims, "names_index_ms": ms})
            if questions:
                spread.append(measure_pairs(local, spec.claims, questions))
    if neo is not None:
        with SQLiteStore(path) as local:
            expected = local.counts()
        store, seconds = neo.load(spec, expected)
        builds.append({"store": "neo4j", "claims": spec.claims, "build_s": seconds, **shape,
                       "db": neo.uri})
        found, ms = measure_queries(store, spec, cases, runs)
        latencies += found
        index_ms.append({"store": "neo4j", "claims": spec.claims, "names_index_ms": ms})
        if questions:
            spread.append(measure_pairs(store, spec.claims, questions))
    return path, cases, builds, latencies, index_ms, spread


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="10000,100000,1000000", help="claims per graph")
    parser.add_argument("--runs", type=int, default=30)
    parser.add_argument("--quick", action="store_true", help="2k and 20k claims, 10 runs")
    parser.add_argument("--no-neo4j", action="store_true", help="embedded store only")
    parser.add_argument("--no-sqlite", action="store_true",
                        help="time Neo4j only (the embedded store is still built: the "
                             "questions' parameters are read from it); no shell `ask` either")
    parser.add_argument("--neo4j-uri", default=os.environ.get("BENCH_NEO4J_URI"),
                        help="use this running server (its database is WIPED)")
    parser.add_argument("--rebuild", action="store_true", help="rebuild cached SQLite stores")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--only", default="",
                        help="time only these queries (comma-separated; ask: the composed ones)")
    parser.add_argument("--explain", default="", help="also print plans of these queries")
    parser.add_argument("--pairs", type=int, default=50,
                        help="sampled backs-but-eyes questions per size and store (0: none)")
    parser.add_argument("--hits", action="store_true",
                        help="only PROFILE each named query's first page on Neo4j (db hits)")
    parser.add_argument("--ask-only", action="store_true",
                        help="only time `alliancegraph ask` on the largest embedded store")
    add_cache_option(parser)
    args = parser.parse_args(argv)
    use_cache(args.cache)
    return args


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    sizes = [2000, 20000] if args.quick else [int(s) for s in args.sizes.split(",")]
    runs = 10 if args.quick else args.runs
    if args.ask_only:
        spec = GraphSpec(sizes[-1], args.seed)
        path, _ = sqlite_store(spec)
        cases = {"hub": hub_params(spec), "typical": typical_params(path, spec)}
        print_table("alliancegraph ask from the shell (median of 5)", measure_ask(path, cases))
        return 0
    only = {n for n in args.only.split(",") if n}
    neo = None if args.no_neo4j else Neo4jBench(args.neo4j_uri)
    if args.hits and neo is not None:
        try:
            for claims in sizes:
                spec = GraphSpec(claims, args.seed)
                path, _ = sqlite_store(spec)
                with SQLiteStore(path) as local:
                    expected = local.counts()
                store, _ = neo.load(spec, expected)
                cases = {"hub": hub_params(spec), "typical": typical_params(path, spec)}
                cases[CAPPED] = {n: p for n, p in cases["hub"].items()
                                 if "evidence" in get_query(n).columns}
                if only:
                    cases = {c: {n: p for n, p in qs.items() if n in only}
                             for c, qs in cases.items()}
                print_table(f"First page (limit {PAGE}) on Neo4j, {claims:,} claims: "
                            "PROFILE db hits", db_hits(store, cases))
        finally:
            neo.close()
        return 0
    builds, latencies, index_ms, spreads = [], [], [], []
    try:
        for claims in sizes:
            spec = GraphSpec(claims, args.seed)
            print(f"graph of {claims:,} claims ...", flush=True)
            pairs = args.pairs if not only or "backs-but-eyes" in only else 0
            path, cases, b, lat, idx, spread = run_size(spec, neo, runs, args.rebuild, only,
                                                        pairs, embedded=not args.no_sqlite)
            builds += b
            latencies += lat
            index_ms += idx
            spreads += spread
        report(builds, latencies, index_ms, runs)
        if spreads:
            print_table("Target: backs-but-eyes over sampled questions (each pair's warm median,"
                        " 5 runs; ms)", spreads)
        missed = [lat for lat in latencies if lat.query == "backs-but-eyes"
                  and lat.claims == sizes[-1] and not within(lat.median_ms)]
        wanted = {*args.explain.split(",")} - {""} | ({"backs-but-eyes"} if missed else set())
        explain(path, neo, cases, sorted(wanted))
        if not args.no_sqlite:
            print_table("alliancegraph ask from the shell (median of 5)",
                        measure_ask(path, cases))
    finally:
        if neo is not None:
            neo.close()
    return 0


def within(median_ms: float | None, target: float = TARGET_MS) -> bool:
    return median_ms is not None and median_ms < target


def report(builds: list[dict], latencies: list[Latency], index_ms: list[dict], runs: int) -> None:
    print_table("Store builds (Store.write of synthetic extractions; blank = reused)", builds)
    print_table(
        f"Named query latency, warm, in-process, {runs} runs (ms)",
        [vars(lat) for lat in latencies],
    )
    print_table("Names index build per call when run_query gets no index (ms)", index_ms)
    print_table("Growth: median (ms) per size, and as a ratio to the smallest graph's",
                growth_rows(latencies))
    largest = max(lat.claims for lat in latencies)
    flagship = [
        {
            "store": lat.store, "claims": lat.claims, "case": lat.case, "rows": lat.rows,
            "median_ms": lat.median_ms, "p95_ms": lat.p95_ms,
            "target": f"< {TARGET_MS:g} ms: {'met' if within(lat.median_ms) else 'MISSED'}",
        }
        for lat in latencies
        if lat.query == "backs-but-eyes" and lat.claims == largest
    ]
    print_table("Target: backs-but-eyes on the largest graph", flagship)
    missed = [
        {"store": lat.store, "claims": lat.claims, "case": lat.case, "query": lat.query,
         "median_ms": lat.median_ms, "page_ms": lat.page_ms,
         "why": "first page" if not within(lat.page_ms, PAGE_TARGET_MS) else "typical"}
        for lat in latencies
        if lat.claims == largest and (not within(lat.page_ms, PAGE_TARGET_MS) or (
            lat.case == "typical" and not within(lat.median_ms)))
    ]
    print_table(f"Targets missed on the largest graph (first page < {PAGE_TARGET_MS:g} ms, "
                f"typical question < {TARGET_MS:g} ms)", missed)


def explain(path: Path, neo: Neo4jBench | None, cases: dict, names: list[str]) -> None:
    """Print the plans of the named queries (both cases) on the largest graph, both stores."""
    from alliancegraph.queries.resolve import NameIndex
    from alliancegraph.queries.run import resolve_params

    with SQLiteStore(path) as local:
        index = NameIndex(local.actors())
        for case, queries in cases.items():
            for name in (n for n in names if n in queries):
                resolved = resolve_params(local, get_query(name), queries[name], index)
                print(f"\n### EXPLAIN QUERY PLAN {name}, {case} case (local)")
                print("\n".join(sqlite_plan(local, name, resolved)))
                if neo is not None and neo.store is not None:
                    print(f"\n### PROFILE {name}, {case} case (neo4j)")
                    print("\n".join(neo4j_profile(neo.store, name, resolved)))


if __name__ == "__main__":
    sys.exit(main())
