"""A load killed mid-way leaves each article fully stored or absent; a re-run loads the rest."""

from __future__ import annotations

import json
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from alliancegraph.graph.sqlite_store import SQLiteStore
from alliancegraph.loaders.readers import read_articles
from alliancegraph.model import Article
from alliancegraph.pipeline import load

ARTICLES = 40


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


def stored_articles(db: Path) -> int:
    try:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as conn:
            return conn.execute("SELECT count(*) FROM articles").fetchone()[0]
    except sqlite3.Error:
        return 0


def start_load(feed: Path, db: Path) -> subprocess.Popen:
    command = [sys.executable, "-m", "alliancegraph", "load", str(feed), "--db", str(db)]
    return subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE)


def interrupt_once_some_are_stored(process: subprocess.Popen, db: Path, sig: int) -> int:
    deadline = time.monotonic() + 120
    while stored_articles(db) == 0:
        assert process.poll() is None, process.stderr.read().decode()
        assert time.monotonic() < deadline, "no article was committed within 120 s"
        time.sleep(0.05)
    process.send_signal(sig)
    process.wait(timeout=60)
    return process.returncode


@pytest.mark.parametrize("sig", [signal.SIGINT, signal.SIGKILL], ids=["ctrl-c", "kill-9"])
def test_interrupted_load_is_consistent_and_resumes(tmp_path, feed, reference, sig):
    db = tmp_path / "g.db"
    code = interrupt_once_some_are_stored(start_load(feed, db), db, sig)
    assert code != 0

    with SQLiteStore(db) as store:
        partial = claims_by_article(store)
    assert 0 < len(partial) < ARTICLES, "the load should have been cut mid-way"
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
