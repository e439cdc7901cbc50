"""Neo4j on hostile ground: malformed URIs, noisy warnings, memory-hungry reads, and a server
that goes away in the middle of a load (a private server, so the suite's own is not disturbed)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from neo4j_support import NEO4J_URI, wipe_neo4j

from alliancegraph.graph import neo4j_server
from alliancegraph.graph.neo4j_store import Neo4jStore
from alliancegraph.graph.sqlite_store import SQLiteStore
from alliancegraph.graph.store import StoreError
from alliancegraph.loaders.readers import read_articles
from alliancegraph.model import Article
from alliancegraph.pipeline import load

PRIVATE_PORT = int(os.environ.get("ALLIANCEGRAPH_FAULT_PORT", "7717"))


def cli(*args: str, env: dict | None = None, timeout: float = 600):
    return subprocess.run(
        [sys.executable, "-m", "alliancegraph", *args], capture_output=True, text=True,
        env={**os.environ, **(env or {})}, timeout=timeout,
    )


@pytest.mark.parametrize(
    ("uri", "reason"),
    [
        ("bolt://127.0.0.1:notaport", "the port must be a number from 1 to 65535"),
        ("bolt://[::1", "Invalid IPv6 URL"),
        ("http://127.0.0.1:7474", "scheme 'http'; use one of bolt, bolt+s"),
        ("bolt://user:secret@127.0.0.1:99999", "the port must be a number"),
    ],
)
def test_a_malformed_neo4j_uri_is_one_line(uri, reason):
    done = cli("stats", "--store", "neo4j", env={"NEO4J_URI": uri}, timeout=120)
    assert done.returncode == 1
    (line,) = done.stderr.strip().splitlines()
    assert line.startswith("Error: invalid Neo4j URI ")
    assert reason in line
    assert "secret" not in line


@pytest.mark.neo4j
def test_server_warnings_are_at_most_one_short_line(neo4j_driver):
    wipe_neo4j(neo4j_driver)
    done = cli("cypher", "MATCH (p:Persn) RETURN p.nam AS name", "--store", "neo4j",
               env={"NEO4J_URI": NEO4J_URI}, timeout=120)
    assert done.returncode == 0, done.stderr
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1, done.stderr
    assert lines[0].startswith("Note: Neo4j warns: ")
    assert len(lines[0]) <= 220


@pytest.mark.neo4j
def test_a_read_that_runs_out_of_memory_fails_once_in_one_line(neo4j_driver):
    with Neo4jStore(uri=NEO4J_URI) as store, pytest.raises(StoreError) as failed:
        # a million kilobyte strings: past any transaction memory the launcher sizes, in seconds
        store.read("WITH reduce(s = '', i IN range(1, 1000) | s + 'x') AS big "
                   "UNWIND range(1, 100000000) AS x RETURN size(collect(big + toString(x))) AS n")
    assert str(failed.value).startswith("query ran out of memory on the Neo4j server")


# -- the server stopped in the middle of a load --------------------------------------------------

ARTICLES = 12
COMMITTED = 3


@pytest.fixture(scope="module")
def private_server(tmp_path_factory):
    """A second Neo4j of our own, started with the project's launcher on another port."""
    home = tmp_path_factory.mktemp("private-neo4j")
    neo4j_server.start(home=home, port=PRIVATE_PORT, timeout=400)
    yield home
    neo4j_server.stop(home=home)


def claims_by_article(store) -> dict[str, set]:
    found: dict[str, set] = {a.id: set() for a in store.articles()}
    for c in store.claims():
        found[c.article].add((c.subject, c.relation, c.object, c.evidence))
    return found


@pytest.mark.neo4j
def test_a_server_stopped_mid_load_leaves_whole_articles_and_the_next_run_loads_the_rest(
    tmp_path, private_server, dev_corpus, extractor
):
    texts = [a for a in read_articles([dev_corpus]) if isinstance(a, Article)]
    feed = tmp_path / "feed.jsonl"
    with feed.open("w", encoding="utf-8") as out:
        for n in range(ARTICLES):
            base = texts[n % len(texts)]
            row = {"date": base.date, "title": f"{base.title} ({n})", "text": base.text}
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
    reference_store = SQLiteStore(":memory:")
    load(reference_store, [feed], extractor=extractor)
    reference = claims_by_article(reference_store)

    uri = f"bolt://127.0.0.1:{PRIVATE_PORT}"
    gate = tmp_path / "gate"
    os.mkfifo(gate)
    loader = subprocess.Popen(
        [sys.executable, "-m", "alliancegraph", "load", str(feed), "--store", "neo4j"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        env={**os.environ, "NEO4J_URI": uri, "ALLIANCEGRAPH_TEST_GATE": f"{gate}:{COMMITTED}"},
    )
    with Path(gate).open("wb"):  # returns once three articles are committed and the loader waits
        neo4j_server.stop(home=private_server)
    _, stderr = loader.communicate(timeout=300)
    assert loader.returncode == 1
    assert "Traceback" not in stderr and "retried" not in stderr, stderr
    (line,) = stderr.strip().splitlines()[-1:]
    assert line == (f"Error: cannot reach Neo4j at {uri}: is it running? start one with "
                    "`alliancegraph neo4j start` or set NEO4J_URI")

    neo4j_server.start(home=private_server, port=PRIVATE_PORT, timeout=400)
    with Neo4jStore(uri=uri) as store:
        partial = claims_by_article(store)
    assert len(partial) == COMMITTED
    for article, claims in partial.items():
        assert claims == reference[article], "an article was stored with only part of its claims"

    rerun = cli("load", str(feed), "--store", "neo4j", "--format", "json", env={"NEO4J_URI": uri})
    assert rerun.returncode == 0, rerun.stderr
    summary = json.loads(rerun.stdout)
    assert (summary["articles_new"], summary["articles_unchanged"]) == (
        ARTICLES - COMMITTED, COMMITTED)
    with Neo4jStore(uri=uri) as store:
        assert claims_by_article(store) == reference
