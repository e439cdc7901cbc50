"""Worker processes: never more than the CPUs or the work, and never outliving the loader."""

from __future__ import annotations

import json
import multiprocessing
import os
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


def test_workers_are_capped_by_the_cpus_and_the_articles(tmp_path, extractor):
    path = tmp_path / "one.txt"
    path.write_text("date 2017-01-29\nTitre\n\nBenoît Hamon soutient Manuel Valls.")
    children: list[int] = []
    report = load(
        SQLiteStore(":memory:"), [path], workers=(os.cpu_count() or 1) + 3, extractor=extractor,
        on_article=lambda _: children.append(len(multiprocessing.active_children())),
    )
    assert report.articles_new == 1
    assert children == [0]  # one article: no pool at all, let alone cpu_count + 3 processes


def alive(pid: int) -> bool:
    """Running (a zombie waiting for a reaper is dead: it holds no memory and no files)."""
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except FileNotFoundError:
        return False
    return state != "Z"


def children_of(pid: int) -> list[int]:
    try:
        return [int(c) for c in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()]
    except FileNotFoundError:
        return []


def stored(db: Path) -> int:
    try:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as conn:
            return conn.execute("SELECT count(*) FROM articles").fetchone()[0]
    except sqlite3.Error:
        return 0


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
@pytest.mark.skipif((os.cpu_count() or 1) < 2, reason="one CPU: the pool is never started")
def test_workers_die_with_a_killed_loader(tmp_path, dev_corpus):
    texts = [a for a in read_articles([dev_corpus]) if isinstance(a, Article)]
    feed = tmp_path / "feed.jsonl"
    with feed.open("w", encoding="utf-8") as out:
        for n in range(60):
            base = texts[n % len(texts)]
            row = {"date": base.date, "title": f"{base.title} ({n})", "text": base.text}
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
    db = tmp_path / "g.db"
    loader = subprocess.Popen(
        [sys.executable, "-m", "alliancegraph", "load", str(feed), "--db", str(db),
         "--workers", "2"],
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
    )
    deadline = time.monotonic() + 240
    while not (len(children_of(loader.pid)) == 2 and stored(db) > 0):  # both workers serving
        assert loader.poll() is None, loader.stderr.read().decode()
        assert time.monotonic() < deadline, "the workers never started"
        time.sleep(0.05)
    workers = children_of(loader.pid)
    loader.send_signal(signal.SIGKILL)
    loader.wait(30)
    deadline = time.monotonic() + 30
    while any(alive(pid) for pid in workers) and time.monotonic() < deadline:
        time.sleep(0.05)
    survivors = [pid for pid in workers if alive(pid)]
    for pid in survivors:  # do not leave them running on the machine if the test fails
        os.kill(pid, signal.SIGKILL)
    assert survivors == []
