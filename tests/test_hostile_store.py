"""The embedded store touches only files it owns, refuses newer ones, and fails in one line."""

from __future__ import annotations

import multiprocessing
import os
import sqlite3
from pathlib import Path

import pytest

from alliancegraph.graph.sqlite_store import MIGRATIONS, SQLiteStore
from alliancegraph.graph.store import StoreError, open_store


def foreign_db(path: Path, *tables: str) -> bytes:
    """Another application's SQLite file (rollback journal, its own tables); its bytes."""
    with sqlite3.connect(path) as conn:
        for table in tables:
            conn.execute(f"CREATE TABLE {table} (id INTEGER PRIMARY KEY, body TEXT)")
            conn.execute(f"INSERT INTO {table} (body) VALUES ('theirs')")
    conn.close()
    return path.read_bytes()


def untouched(path: Path, before: bytes) -> None:
    assert path.read_bytes() == before
    assert not Path(f"{path}-wal").exists() and not Path(f"{path}-shm").exists()
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
        assert conn.execute("PRAGMA user_version").fetchone()[0] == 0
    conn.close()


@pytest.mark.parametrize("tables", [("notes",), ("articles", "notes")], ids=["other", "articles"])
def test_another_applications_database_is_refused_before_any_write(tmp_path, tables):
    path = tmp_path / "other.db"
    before = foreign_db(path, *tables)
    with pytest.raises(StoreError) as refused:
        SQLiteStore(path)
    assert str(refused.value) == (
        f"{path}: not an alliancegraph database (it has other tables: {', '.join(tables)}); "
        "nothing was changed"
    )
    untouched(path, before)


def test_a_file_that_is_not_sqlite_is_refused_unchanged(tmp_path):
    path = tmp_path / "notes.db"
    path.write_text("just some notes\n" * 100)
    with pytest.raises(StoreError, match=r"not an alliancegraph database \(file is not a database"):
        SQLiteStore(path)
    assert path.read_text() == "just some notes\n" * 100


def test_a_fifo_or_a_folder_as_the_store_is_refused_without_blocking(tmp_path):
    os.mkfifo(tmp_path / "pipe.db")
    for path in (tmp_path / "pipe.db", tmp_path):
        with pytest.raises(StoreError) as refused:
            SQLiteStore(path)
        assert str(refused.value) == f"{path}: not a regular file, not an alliancegraph database"


def test_a_store_from_a_newer_version_is_refused_for_reading_and_writing(tmp_path):
    path = tmp_path / "future.db"
    SQLiteStore(path).close()
    newer = len(MIGRATIONS) + 1
    with sqlite3.connect(path) as conn:
        conn.execute(f"PRAGMA user_version = {newer}")
    conn.close()
    before = path.read_bytes()
    for create in (True, False):
        with pytest.raises(StoreError) as refused:
            SQLiteStore(path, create=create)
        assert str(refused.value) == (
            f"{path}: written by a newer alliancegraph (schema version {newer}; this one "
            f"knows versions up to {len(MIGRATIONS)}): upgrade alliancegraph to use it"
        )
    assert path.read_bytes() == before


def test_opening_a_missing_store_without_create_creates_nothing(tmp_path):
    path = tmp_path / "typo.db"
    with pytest.raises(StoreError) as refused:
        open_store("local", path, create=False)
    assert str(refused.value) == f"{path}: no such store (`alliancegraph load` creates one)"
    assert list(tmp_path.iterdir()) == []


def _open_at_once(path: str, barrier, errors) -> None:
    barrier.wait()
    try:
        SQLiteStore(path).close()
    except Exception as exc:  # noqa: BLE001 - reported to the parent, which asserts on it
        errors.put(f"{type(exc).__name__}: {exc}")


def test_many_processes_creating_one_new_store_at_once_all_succeed(tmp_path):
    context = multiprocessing.get_context("fork")
    errors = context.Queue()
    for round_ in range(4):
        path = str(tmp_path / f"new-{round_}.db")
        barrier = context.Barrier(6)
        workers = [
            context.Process(target=_open_at_once, args=(path, barrier, errors)) for _ in range(6)
        ]
        for worker in workers:
            worker.start()
        for worker in workers:
            worker.join(60)
            assert worker.exitcode == 0
        with SQLiteStore(path) as store:
            assert store.counts()["articles"] == 0
    failures = []
    while not errors.empty():
        failures.append(errors.get())
    assert failures == []


def test_a_store_locked_by_another_process_fails_in_one_line(tmp_path):
    path = tmp_path / "busy.db"
    SQLiteStore(path).close()
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    holder.execute("UPDATE actors SET camp = NULL")
    try:
        with SQLiteStore(path, timeout=0.2) as store, pytest.raises(StoreError) as refused:
            store.set_camps({"Manuel Valls": 1})
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert str(refused.value) == (
        f"{path}: the database is locked by another process (waited 0.2 s); "
        "try again when it has finished"
    )
