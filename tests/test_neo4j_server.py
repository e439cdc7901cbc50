"""The local Neo4j server, for real: the one `make test` starts, plus one more with auth on.

No mocks: these start and stop real JVMs. The main server (``NEO4J_URI``, default
bolt://127.0.0.1:7687, auth off) must already run; when it does not, these tests fail rather
than skip, since everything else that needs Neo4j would silently go untested.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
from neo4j import GraphDatabase
from neo4j.exceptions import AuthError

from alliancegraph.graph import neo4j_server
from alliancegraph.graph.neo4j_server import Neo4jServerError

pytestmark = pytest.mark.neo4j

MAIN_URI = os.environ.get("NEO4J_URI") or "bolt://127.0.0.1:7687"
MAIN_PORT = int(MAIN_URI.rsplit(":", 1)[1])
REPO = Path(__file__).resolve().parents[1]


def _free_port() -> int:
    """A port nobody listens on now, so the second server never fights another one (asked for
    just before the server starts: other tests, in parallel workers, take ports from the OS
    too)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _port_open(port: int) -> bool:
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=1):
            return True
    except OSError:
        return False


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    stat = Path(f"/proc/{pid}/stat")
    return not (stat.exists() and stat.read_text().rsplit(")", 1)[1].split()[0] == "Z")


def test_main_server_is_running_526() -> None:
    st = neo4j_server.status(port=MAIN_PORT)
    assert st.running, f"no Neo4j at {MAIN_URI}: `make test` should have started it ({st})"
    assert st.uri == MAIN_URI
    assert st.version is not None and st.version.startswith("5.26."), st
    with GraphDatabase.driver(MAIN_URI) as driver:
        records, _, _ = driver.execute_query("RETURN 1 AS one")
    assert records[0]["one"] == 1


def test_cli_status_and_port_clash(tmp_path: Path) -> None:
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "alliancegraph.graph.neo4j_server",
            "status",
            "--port",
            str(MAIN_PORT),
        ],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert proc.returncode == 0, proc.stderr
    assert "5.26." in proc.stdout and MAIN_URI in proc.stdout

    # A new home on the main server's port must refuse to start, not fight over the port.
    with pytest.raises(Neo4jServerError, match=f"port {MAIN_PORT} already in use"):
        neo4j_server.start(tmp_path / "clash", port=MAIN_PORT, timeout=30)
    assert not (tmp_path / "clash" / "server.pid").exists()


def test_auth_server_on_second_port(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    auth_port = _free_port()
    password = "alliance-test-pw-42"
    monkeypatch.setenv("NEO4J_PASSWORD", password)
    monkeypatch.delenv("NEO4J_USER", raising=False)
    monkeypatch.setenv("ALLIANCEGRAPH_NEO4J_MEMORY", "2g")  # memory sized from a budget
    home = tmp_path / "neo4j-auth"
    uri = f"bolt://127.0.0.1:{auth_port}"
    try:
        st = neo4j_server.start(home, port=auth_port, timeout=180)
        assert st.running and st.uri == uri and st.version and st.version.startswith("5.26.")
        assert st.pid is not None
        assert (home / "server.pid").read_text().strip() == str(st.pid)

        again = neo4j_server.start(home, port=auth_port)  # idempotent: same process
        assert again.pid == st.pid

        with GraphDatabase.driver(uri, auth=("neo4j", password)) as driver:
            records, _, _ = driver.execute_query("RETURN 41 + 1 AS answer")
            assert records[0]["answer"] == 42
            settings, _, _ = driver.execute_query(
                "SHOW SETTINGS YIELD name, value WHERE name = $name RETURN value",
                name="dbms.memory.transaction.total.max")
        # a 2 GB budget: the 1 GB minimum heap, transactions up to 70% of it, 1 GB page cache
        assert (st.memory.heap_mb, st.memory.pagecache_mb) == (1024, 1024)
        assert settings[0]["value"] == "716.00MiB"
        assert "heap 1.0 GB, page cache 1.0 GB" in neo4j_server.status(home).describe()

        with (
            GraphDatabase.driver(uri, auth=("neo4j", "not-the-password")) as driver,
            pytest.raises(AuthError),
        ):
            driver.verify_connectivity()

        assert neo4j_server.stop(home) is True
    finally:
        neo4j_server.stop(home)  # never leave a JVM behind, even when an assert failed

    assert not (home / "server.pid").exists()
    deadline = time.monotonic() + 10
    while _port_open(auth_port) and time.monotonic() < deadline:
        time.sleep(0.2)
    assert not _port_open(auth_port), f"port {auth_port} still open after stop()"
    assert not _pid_alive(st.pid)
    assert not neo4j_server.status(home, port=auth_port).running
    assert neo4j_server.stop(home) is False
