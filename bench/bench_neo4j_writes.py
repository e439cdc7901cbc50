"""Write throughput: batched ``Neo4jStore.write`` against one transaction per claim (and SQLite).

Why: a load of a few thousand articles must not cost one network round trip and one commit per
claim. This generates a deterministic synthetic corpus (Extraction objects built directly, no
spaCy), then measures claims per second for

* Neo4j, ``Neo4jStore.write`` (UNWIND batches, ``BATCH_ARTICLES`` articles per transaction);
* Neo4j, one ``execute_write`` per claim (one MERGE query each) on a subset;
* SQLite, ``SQLiteStore.write`` and one transaction per claim, on the same data (a temp file).

The batched Neo4j path must be at least 20 times faster than the per-claim one (exit status 1
otherwise). Each figure is the best of ``--repeat`` interleaved rounds: on a shared machine the
ratio moves with the load (15x to 40x was seen on a busy 2-core box), so run it on a quiet one.

WARNING: it wipes the Neo4j database at ``NEO4J_URI`` (default ``bolt://127.0.0.1:7687``).

    .venv/bin/python bench/bench_neo4j_writes.py [--claims 20000] [--articles 2000]
        [--per-claim 2000] [--batch-sizes 50,200,1000] [--repeat 5]
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from neo4j import ManagedTransaction

import alliancegraph.graph.neo4j_store as neo4j_store
from alliancegraph.graph.neo4j_store import Neo4jStore
from alliancegraph.graph.sqlite_store import SQLiteStore
from alliancegraph.graph.store import StoreError
from alliancegraph.model import Actor, Article, Claim, Extraction
from alliancegraph.ontology import label_for, relation, relation_names

SEED = 20170129
CAST_PERSONS = 6
CAST_PARTIES = 2
WORDS = ("nous", "la", "gauche", "primaire", "soutien", "candidat", "rassembler", "projet",
         "jamais", "avec", "contre", "voter", "appel", "France", "le", "de", "une", "campagne")
MIN_RATIO = 20.0
PARTIES = ("Parti socialiste", "La France insoumise", "Europe Écologie Les Verts",
           "Les Républicains", "En marche", "Rassemblement national", "MoDem",
           "Parti communiste français")

# -- Cypher and SQL of the per-claim baseline (types only from the ontology whitelist) -----------

WIPE = "MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS"
PER_CLAIM_MERGE = """
MERGE (s:Actor {{name: $subject}}) ON CREATE SET s:{subject_label}
MERGE (o:Actor {{name: $object}}) ON CREATE SET o:{object_label}
MERGE (s)-[r:{type} {{article: $article}}]->(o)
  ON CREATE SET r.date = $date, r.evidence = $evidence, r.cue = $cue,
                r.confidence = $confidence, r.group = $group
"""
SQL_ACTOR = "INSERT OR IGNORE INTO actors (name, kind) VALUES (?, ?)"
SQL_ARTICLE = "INSERT OR IGNORE INTO articles (id, date) VALUES (?, ?)"
# Columns named: the claims table has grown (copy groups, url, outlet) since this was written.
SQL_CLAIM = (
    "INSERT OR IGNORE INTO claims"
    " (subject, relation, object, article, date, evidence, cue, confidence, grp)"
    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
)


@dataclass
class Timing:
    store: str
    method: str
    claims: int
    seconds: float

    @property
    def rate(self) -> float:
        return self.claims / self.seconds if self.seconds else float("inf")


# -- synthetic corpus -----------------------------------------------------------------------------


def corpus(n_claims: int, n_articles: int, seed: int = SEED) -> list[Extraction]:
    """``n_articles`` articles over 2017, ``n_claims`` claims spread evenly among them.

    Shaped like the hand-annotated dev corpus (7 to 15 claims among 5 to 10 actors per article):
    each article has a cast of CAST_PERSONS persons and CAST_PARTIES parties, all mentioned, and
    its claims link cast members. Persons are drawn from 300 with weights 1/rank, so a few hubs
    appear in many articles (as Macron or Hamon do) and the MERGEs meet dense nodes.
    """
    rng = random.Random(seed)
    persons = [f"Personne {i:03d}" for i in range(300)]
    weights = [1 / (rank + 1) for rank in range(len(persons))]
    party_of = {person: rng.choice(PARTIES) for person in persons}
    per_article, extra = divmod(n_claims, n_articles)
    extractions = []
    for index in range(n_articles):
        date = f"2017-{1 + index % 12:02d}-{1 + index % 28:02d}"
        article = Article(f"synthetic-{index:06d}", date, f"Article {index}", "mot " * 300,
                          source=f"synthetic-{index}.txt")
        cast = {"person": _distinct(rng, persons, weights, CAST_PERSONS),
                "party": rng.sample(PARTIES, CAST_PARTIES)}
        claims = [_claim(rng, article, cast)
                  for _ in range(per_article + (1 if index < extra else 0))]
        actors = [Actor(name, "person", None, party_of[name]) for name in cast["person"]]
        actors += [Actor(name, "party") for name in cast["party"]]
        extractions.append(Extraction(article, claims, actors))
    return extractions


def _distinct(rng: random.Random, names: list[str], weights: list[float], count: int) -> list:
    chosen: dict[str, None] = {}
    while len(chosen) < count:
        chosen.setdefault(rng.choices(names, weights)[0])
    return list(chosen)


def _claim(rng: random.Random, article: Article, cast: dict[str, list[str]]) -> Claim:
    rel = relation(rng.choice(relation_names()))
    subject_kind = rng.choice(rel.subject_kinds)
    object_kind = rng.choice(rel.object_kinds)
    subject = rng.choice(cast[subject_kind])
    obj = rng.choice([n for n in cast[object_kind] if n != subject])
    quote = " ".join(rng.choices(WORDS, k=20))  # ~150 characters, like a real evidence sentence
    return Claim(subject, rel.name, obj, article.id, article.date,
                 f"« {quote} », a déclaré {subject} à propos de {obj}.", rel.name.lower(),
                 round(rng.uniform(0.5, 1.0), 2), subject_kind, object_kind,
                 "certains" if subject_kind == "party" and rng.random() < 0.3 else None)


def subset(extractions: list[Extraction], n_claims: int) -> list[Claim]:
    claims = [c for e in extractions for c in e.claims]
    return claims[:n_claims]


# -- Neo4j ----------------------------------------------------------------------------------------


def wipe(driver) -> None:
    with driver.session(database=os.environ.get("NEO4J_DATABASE") or "neo4j") as session:
        session.run(WIPE).consume()


def neo4j_bulk(store: Neo4jStore, extractions: list[Extraction], batch: int) -> Timing:
    wipe(store.driver)
    neo4j_store.BATCH_ARTICLES = batch
    started = time.perf_counter()
    result = store.write(extractions)
    seconds = time.perf_counter() - started
    assert result.claims == sum(len(e.claims) for e in extractions)
    return Timing("neo4j", f"Neo4jStore.write, {batch} articles/tx", result.claims, seconds)


def _merge_one(tx: ManagedTransaction, query: str, claim: Claim) -> None:
    tx.run(query, subject=claim.subject, object=claim.object, article=claim.article,
           date=claim.date, evidence=claim.evidence, cue=claim.cue,
           confidence=claim.confidence, group=claim.group).consume()


def neo4j_per_claim(store: Neo4jStore, claims: list[Claim]) -> Timing:
    wipe(store.driver)
    queries = {
        (c.relation, c.subject_kind, c.object_kind): PER_CLAIM_MERGE.format(
            type=relation(c.relation).name, subject_label=label_for(c.subject_kind),
            object_label=label_for(c.object_kind))
        for c in claims
    }
    with store.driver.session(database=store.database) as session:
        started = time.perf_counter()
        for claim in claims:
            query = queries[(claim.relation, claim.subject_kind, claim.object_kind)]
            session.execute_write(_merge_one, query, claim)
        seconds = time.perf_counter() - started
    return Timing("neo4j", "one execute_write per claim", len(claims), seconds)


# -- SQLite ---------------------------------------------------------------------------------------


def fresh_file(folder: Path, name: str) -> Path:
    for suffix in ("", "-wal", "-shm"):
        (folder / f"{name}{suffix}").unlink(missing_ok=True)
    return folder / name


def sqlite_bulk(folder: Path, extractions: list[Extraction]) -> Timing:
    with SQLiteStore(fresh_file(folder, "bulk.db")) as store:
        started = time.perf_counter()
        result = store.write(extractions)
        seconds = time.perf_counter() - started
    return Timing("sqlite", "SQLiteStore.write", result.claims, seconds)


def sqlite_per_claim(folder: Path, claims: list[Claim]) -> Timing:
    with SQLiteStore(fresh_file(folder, "per-claim.db")) as store:
        db = store.db
        started = time.perf_counter()
        for c in claims:
            db.execute("BEGIN IMMEDIATE")
            db.execute(SQL_ARTICLE, (c.article, c.date))
            db.execute(SQL_ACTOR, (c.subject, c.subject_kind))
            db.execute(SQL_ACTOR, (c.object, c.object_kind))
            db.execute(SQL_CLAIM, (c.subject, c.relation, c.object, c.article, c.date,
                                   c.evidence, c.cue, c.confidence, c.group))
            db.execute("COMMIT")
        seconds = time.perf_counter() - started
    return Timing("sqlite", "one transaction per claim", len(claims), seconds)


def rounds(repeat: int, measures: list) -> list[Timing]:
    """Each measure's fastest of ``repeat`` rounds, the measures interleaved within a round.

    The noise of a shared machine only ever adds time, so the minimum is the estimate; and
    interleaving lets the batched and the per-claim runs sample the same quiet moments.
    """
    found: list[list[Timing]] = [[] for _ in measures]
    for _ in range(max(1, repeat)):
        for index, (measure, *args) in enumerate(measures):
            found[index].append(measure(*args))
    return [min(timings, key=lambda t: t.seconds) for timings in found]


# -- report ---------------------------------------------------------------------------------------


def table(rows: list[Timing]) -> str:
    lines = [f"{'store':<7} {'method':<36} {'claims':>7} {'seconds':>8} {'claims/s':>10}"]
    for row in rows:
        lines.append(f"{row.store:<7} {row.method:<36} {row.claims:>7} {row.seconds:>8.2f} "
                     f"{row.rate:>10,.0f}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--claims", type=int, default=20_000)
    parser.add_argument("--articles", type=int, default=2_000)
    parser.add_argument("--per-claim", type=int, default=2_000)
    parser.add_argument("--batch-sizes", default=str(neo4j_store.BATCH_ARTICLES),
                        help="comma-separated articles per transaction to try")
    parser.add_argument("--repeat", type=int, default=5,
                        help="runs per measurement; the fastest is kept (noise only adds time)")
    parser.add_argument("--quick", action="store_true",
                        help="2,000 claims, 200 per claim, 2 runs: a check in a minute")
    args = parser.parse_args(argv)
    if args.quick:
        args.claims, args.articles, args.per_claim, args.repeat = 2_000, 200, 200, 2
    default_batch = neo4j_store.BATCH_ARTICLES
    sizes = [int(s) for s in args.batch_sizes.split(",")]
    extractions = corpus(args.claims, args.articles)
    claims = subset(extractions, args.per_claim)
    try:
        store = Neo4jStore()
    except StoreError as exc:
        print(f"bench_neo4j_writes: {exc}", file=sys.stderr)
        return 2
    with store:
        # Warm up: plan compilation and JIT are not what this measures.
        neo4j_bulk(store, extractions[:50], default_batch)
        neo4j_per_claim(store, claims[:100])
        measures = [(neo4j_bulk, store, extractions, size) for size in sizes]
        *bulk, single = rounds(args.repeat, [*measures, (neo4j_per_claim, store, claims)])
        neo4j_store.BATCH_ARTICLES = default_batch
        wipe(store.driver)
    with tempfile.TemporaryDirectory() as folder:
        lite_bulk, lite_single = rounds(args.repeat, [(sqlite_bulk, Path(folder), extractions),
                                                      (sqlite_per_claim, Path(folder), claims)])
    print(f"{args.claims} claims over {args.articles} articles (seed {SEED}); "
          f"per-claim baselines on the first {len(claims)} claims; best of {args.repeat}\n")
    print(table([*bulk, single, lite_bulk, lite_single]))
    chosen = next((t for t in bulk if t.method.startswith(f"Neo4jStore.write, {default_batch} ")),
                  bulk[0])
    ratio = chosen.rate / single.rate
    print(f"\nneo4j  batched / per-claim: {ratio:,.1f}x  (required >= {MIN_RATIO:g}x, "
          f"{chosen.method})")
    print(f"sqlite batched / per-claim: {lite_bulk.rate / lite_single.rate:,.1f}x")
    return 0 if ratio >= MIN_RATIO else 1


if __name__ == "__main__":
    sys.exit(main())
