"""A load killed mid-way leaves each article fully stored or absent; a re-run loads the rest.

The cut is deterministic: under ``ALLIANCEGRAPH_TEST_GATE`` the loader commits each article
alone and, after the third commit, waits on a FIFO; the test opens that FIFO (which returns only
once the loader is waiting there) and then interrupts it. No sleeps, no race with the machine's
speed.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from alliancegraph.graph.sqlite_store import SQLiteStore
from alliancegraph.loaders.readers import read_articles
from alliancegraph.model import Article
from alliancegraph.pipeline import load

ARTICLES = 40
COMMITTED = 3  # articles stored when the loader is interrupted


@pytest.fixture(scope="module")
def feed(tmp_path_factory, dev_corpus) -> Path:
    """Forty distinct articles (the dev texts, each numbered) in one JSON Lines file."""
    texts = [a for a in read_articles([dev_corpus]) if isinstance(a, Article)]
    path = tmp_path_factory.mktemp("feed") / "feed.jsonl"
    with path.open("w", encoding="utf-8") as out:
        for n in range(ARTICLES):
            base = texts[n % len(texts)]
            row = {"date": base.date, "title": f"{base.title} ({n})", "text": base.text}
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
    return path


@pytest.fixture(scope="module")
def reference(feed, extractor) -> dict[str, set]:
    """Claims per article from one uninterrupted load: what every stored article must hold."""
    store = SQLiteStore(":memory:")
    load(store, [feed], extractor=extractor)
    return claims_by_article(store)


def claims_by_article(store: SQLiteStore) -> dict[str, set]:
    found: dict[str, set] = {a.id: set() for a in store.articles()}
    for c in store.claims():
        found[c.article].add((c.subject, c.relation, c.object, c.evidence))
    return found


def start_load(feed: Path, db: Path, gate: Path) -> subprocess.Popen:
    command = [sys.executable, "-m", "alliancegraph", "load", str(feed), "--db", str(db)]
    env = {**os.environ, "ALLIANCEGRAPH_TEST_GATE": f"{gate}:{COMMITTED}"}
    return subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)


def interrupt_at_the_gate(process: subprocess.Popen, gate: Path, sig: int) -> int:
    with gate.open("wb"):  # returns once the loader has committed and opened its end
        process.send_signal(sig)
        process.wait(timeout=60)
    return process.returncode


@pytest.mark.parametrize("sig", [signal.SIGINT, signal.SIGKILL], ids=["ctrl-c", "kill-9"])
def test_interrupted_load_is_consistent_and_resumes(tmp_path, feed, reference, sig):
    db, gate = tmp_path / "g.db", tmp_path / "gate"
    os.mkfifo(gate)
    code = interrupt_at_the_gate(start_load(feed, db, gate), gate, sig)
    assert code != 0

    with SQLiteStore(db) as store:
        partial = claims_by_article(store)
    assert len(partial) == COMMITTED
    for article, claims in partial.items():
        assert claims == reference[article], "an article was stored with only part of its claims"

    rerun = subprocess.run(
        [
            sys.executable,
            "-m",
            "alliancegraph",
            "load",
            str(feed),
            "--db",
            str(db),
            "--format",
            "json",
        ],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert rerun.returncode == 0, rerun.stderr
    summary = json.loads(rerun.stdout)
    assert summary["articles_new"] == ARTICLES - len(partial)
    assert summary["articles_unchanged"] == len(partial)
    with SQLiteStore(db) as store:
        assert claims_by_article(store) == reference
