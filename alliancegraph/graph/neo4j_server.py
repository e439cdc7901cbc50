"""Control a real local Neo4j Community 5.26 server for development and CI.

There is no Docker and no Neo4j tarball on the machines this project runs on, only Java 17 and
Maven Central. So ``tools/neo4j-server`` holds a tiny Maven project that embeds the Neo4j DBMS
with Bolt enabled; this module builds it on demand, runs it as a detached JVM, and tells whether
it answers. The CLI (``alliancegraph neo4j start|stop|status``) and ``make test`` use it, and it
also runs on its own::

    python -m alliancegraph.graph.neo4j_server start|stop|status [--port N] [--home DIR]

Auth is off unless ``NEO4J_PASSWORD`` is set (user ``NEO4J_USER``, default ``neo4j``). The
password travels to the JVM only through its environment; it is never put on a command line,
in a log, or in an error message.
"""

from __future__ import annotations

import argparse
import contextlib
import fcntl
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from alliancegraph.graph.neo4j_memory import MemoryPlan, MemorySizeError, memory_plan

__all__ = [
    "DEFAULT_PORT",
    "Neo4jServerError",
    "ServerStatus",
    "build",
    "default_home",
    "java_command",
    "launcher_dir",
    "main",
    "start",
    "status",
    "stop",
]

DEFAULT_PORT = 7687
HOST = "127.0.0.1"  # not "localhost": it may resolve to ::1, where the server does not listen
MAIN_CLASS = "alliancegraph.Neo4jServer"
READY_MARKER = "alliancegraph-neo4j ready "
LAUNCHER_ENV = "ALLIANCEGRAPH_NEO4J_LAUNCHER"
HOME_ENV = "ALLIANCEGRAPH_NEO4J_HOME"

# Flags from Neo4j's own neo4j.conf for Java 17; all accepted by Java 17. The heap (-Xms, which
# also silences Neo4j's "initial heap not configured" warning, and -Xmx) comes from the memory
# plan (:mod:`.neo4j_memory`).
JVM_FLAGS = [
    "--add-opens=java.base/java.nio=ALL-UNNAMED",
    "--add-opens=java.base/java.io=ALL-UNNAMED",
    "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
    "--enable-native-access=ALL-UNNAMED",
    "-Dio.netty.tryReflectionSetAccessible=true",
]

_PID_FILE = "server.pid"
_PORT_FILE = "server.port"
_LOG_FILE = "server.log"
_MEMORY_FILE = "server.memory"
_BUILD_STAMP = ".alliancegraph-build-stamp"
_LOG_TAIL_LINES = 20

# Children started by this Python process, so that stop() can reap them instead of waiting on a
# zombie (a dead child that nobody waited for still "exists" for os.kill(pid, 0)).
_children: dict[int, subprocess.Popen[bytes]] = {}


class Neo4jServerError(Exception):
    """A server could not be built, started or stopped.

    The first line of the message says what went wrong; for start failures the last lines of
    the server log follow, since the cause is usually only visible there.
    """


@dataclass(frozen=True)
class ServerStatus:
    """What a caller needs to decide whether to connect, start, or report.

    ``running`` means Bolt answers at ``uri`` (whoever runs it); ``pid`` is the process of the
    server started for ``home`` if it is alive, so ``running=False`` with a pid means it is still
    starting or is hung. ``version`` is the Neo4j version when a session could be opened.
    """

    running: bool
    pid: int | None
    uri: str
    home: Path
    version: str | None = None
    memory: MemoryPlan | None = None

    def describe(self) -> str:
        """One line for humans (CLI output)."""
        if self.running:
            who = f"pid {self.pid}" if self.pid else "not started from this home"
            ver = f"Neo4j {self.version}" if self.version else "Neo4j"
            memory = f"; {self.memory.describe()}" if self.memory and self.pid else ""
            return f"{ver} running at {self.uri} ({who}, home {self.home}){memory}"
        if self.pid:
            return (
                f"Neo4j process {self.pid} alive but not answering at {self.uri} (home {self.home})"
            )
        return f"Neo4j not running at {self.uri} (home {self.home})"


# --------------------------------------------------------------------------- locations


def launcher_dir() -> Path:
    """Where the Maven launcher project lives; overridable for installed (non-checkout) use."""
    override = os.environ.get(LAUNCHER_ENV)
    if override:
        return Path(override).expanduser().resolve()
    return Path(__file__).resolve().parents[2] / "tools" / "neo4j-server"


def default_home() -> Path:
    """Store, logs and pid file live outside the repo so a fresh checkout keeps its data."""
    override = os.environ.get(HOME_ENV)
    if override:
        return Path(override).expanduser().resolve()
    return Path.home() / ".local" / "share" / "alliancegraph" / "neo4j"


def _home(home: Path | str | None) -> Path:
    return Path(home).expanduser().resolve() if home is not None else default_home()


def _uri(port: int) -> str:
    return f"bolt://{HOST}:{port}"


# --------------------------------------------------------------------------- build


def _sources(launcher: Path) -> Iterator[Path]:
    yield launcher / "pom.xml"
    src = launcher / "src"
    if src.is_dir():
        yield from (p for p in src.rglob("*") if p.is_file())


def _is_built(launcher: Path) -> bool:
    target = launcher / "target"
    stamp = target / _BUILD_STAMP
    main_class = target / "classes" / Path(*MAIN_CLASS.split(".")).with_suffix(".class")
    lib = target / "lib"
    if not (stamp.is_file() and main_class.is_file() and lib.is_dir()):
        return False
    if not any(lib.glob("neo4j-*.jar")):
        return False
    built_at = stamp.stat().st_mtime
    return all(p.stat().st_mtime <= built_at for p in _sources(launcher))


def build(quiet: bool = True) -> Path:
    """Build the launcher only when needed, so start() stays fast after the first (cold) build.

    Rebuilds when ``target/classes`` or ``target/lib`` is missing or the pom or a source file is
    newer than the last successful build. Concurrent callers (CLI and ``make test``) serialise
    on a lock file. Returns the launcher folder.
    """
    launcher = launcher_dir()
    if not (launcher / "pom.xml").is_file():
        raise Neo4jServerError(
            f"Neo4j launcher not found at {launcher} (set {LAUNCHER_ENV} to tools/neo4j-server)"
        )
    if _is_built(launcher):
        return launcher
    mvn = shutil.which("mvn")
    if mvn is None:
        raise Neo4jServerError("mvn not found on PATH (needed once to build the Neo4j launcher)")
    if shutil.which("java") is None:
        raise Neo4jServerError("java not found on PATH")
    target = launcher / "target"
    target.mkdir(exist_ok=True)
    with open(target / ".build.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if _is_built(launcher):  # another process built it while we waited
            return launcher
        started = time.time()
        try:
            proc = subprocess.run(
                [mvn, "-q", "-B", "package"],
                cwd=launcher,
                stdin=subprocess.DEVNULL,
                capture_output=quiet,
                text=True,
                timeout=1800,
            )
        except subprocess.TimeoutExpired as exc:
            raise Neo4jServerError("mvn build failed: timed out after 1800 s") from exc
        if proc.returncode != 0:
            output = ((proc.stdout or "") + (proc.stderr or "")).strip().splitlines()
            errors = [ln for ln in output if "ERROR" in ln] or output
            detail = errors[0].strip() if errors else f"exit code {proc.returncode}"
            tail = "\n".join(output[-_LOG_TAIL_LINES:])
            msg = f"mvn build failed: {detail}"
            raise Neo4jServerError(msg + ("\n" + tail if tail else ""))
        stamp = target / _BUILD_STAMP
        stamp.write_text(f"built in {time.time() - started:.1f} s\n")
        # Stamp with the build's start time: a source edited during the build triggers a rebuild.
        os.utime(stamp, (started, started))
    return launcher


def java_command(home: Path, port: int, memory: MemoryPlan) -> list[str]:
    """The exact JVM command line, kept in one place for docs and debugging (no secrets in it)."""
    java = shutil.which("java")
    if java is None:
        raise Neo4jServerError("java not found on PATH")
    return [
        java,
        *memory.jvm_flags(),
        *JVM_FLAGS,
        "-cp",
        "target/classes:target/lib/*",
        MAIN_CLASS,
        "--home",
        str(home),
        "--port",
        str(port),
        *memory.launcher_args(),
    ]


# --------------------------------------------------------------------------- processes


def _read_int(path: Path) -> int | None:
    try:
        return int(path.read_text().strip())
    except (OSError, ValueError):
        return None


def _alive(pid: int) -> bool:
    """True if ``pid`` is a live (not zombie) process; reaps it if it is our own dead child."""
    child = _children.get(pid)
    if child is not None and child.poll() is not None:
        return False  # reaped; the caller pops it and may read its exit code
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
        return stat.rsplit(")", 1)[1].split()[0] != "Z"
    except (OSError, IndexError):
        return True


def _is_our_server(pid: int) -> bool:
    """Guards against pid reuse: a stale pid file must not make us signal some other process."""
    if not _alive(pid):
        return False
    try:
        cmdline = Path(f"/proc/{pid}/cmdline").read_bytes()
    except OSError:
        return True  # no /proc (not Linux): trust the pid file
    return MAIN_CLASS.encode() in cmdline


def _server_pid(home: Path) -> int | None:
    pid = _read_int(home / _PID_FILE)
    return pid if pid is not None and _is_our_server(pid) else None


def _port_open(port: int, timeout: float = 0.5) -> bool:
    try:
        with socket.create_connection((HOST, port), timeout=timeout):
            return True
    except OSError:
        return False


def _log_tail(home: Path, lines: int = _LOG_TAIL_LINES) -> str:
    try:
        text = (home / _LOG_FILE).read_text(errors="replace")
    except OSError:
        return "(no server log)"
    tail = text.strip().splitlines()[-lines:]
    return "\n".join(tail) if tail else "(server log is empty)"


def _log_says_ready(home: Path) -> bool:
    try:
        return READY_MARKER in (home / _LOG_FILE).read_text(errors="replace")
    except OSError:
        return False


def _auth() -> tuple[str, str] | None:
    password = os.environ.get("NEO4J_PASSWORD")
    if not password:
        return None
    return (os.environ.get("NEO4J_USER") or "neo4j", password)


def _probe(port: int) -> tuple[bool, str | None]:
    """(answers, version): Bolt answers at all, and the server version if a session opened.

    An auth failure still means a server answers; only the version stays unknown.
    """
    if not _port_open(port):
        return False, None
    try:
        from neo4j import GraphDatabase
        from neo4j.exceptions import AuthError, Neo4jError, ServiceUnavailable
    except ImportError as exc:
        raise Neo4jServerError("the neo4j Python driver is not installed") from exc
    try:
        with GraphDatabase.driver(_uri(port), auth=_auth(), connection_timeout=3.0) as driver:
            driver.verify_connectivity()
            agent = driver.get_server_info().agent  # e.g. "Neo4j/5.26.29"
            return True, agent.split("/", 1)[-1]
    except (AuthError, Neo4jError):
        return True, None
    except (ServiceUnavailable, OSError):
        return False, None
    except Exception:  # the driver raises a few other kinds while a server is half up
        return False, None


def _terminate(pid: int, timeout: float) -> None:
    """SIGTERM lets the JVM shutdown hook release the store lock; SIGKILL only as last resort."""
    with contextlib.suppress(ProcessLookupError):
        os.kill(pid, signal.SIGTERM)
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if not _alive(pid):
            return
        time.sleep(0.1)
    with contextlib.suppress(ProcessLookupError):
        os.kill(pid, signal.SIGKILL)
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline and _alive(pid):
        time.sleep(0.1)


def _clear_state(home: Path) -> None:
    for name in (_PID_FILE, _PORT_FILE, _MEMORY_FILE):
        with contextlib.suppress(FileNotFoundError):
            (home / name).unlink()


# --------------------------------------------------------------------------- public API


def start(home: Path | None = None, port: int = DEFAULT_PORT, timeout: float = 180) -> ServerStatus:
    """Make sure a server for ``home`` answers on ``port``, starting one only if needed.

    Idempotent so ``make test`` and the CLI can call it blindly. The JVM runs detached (its own
    session) so it outlives the caller; its output goes to ``home/server.log`` (the previous
    one is kept as ``server.log.1``). On failure no half-started process is left behind.
    """
    if not 1 <= port <= 65535:
        raise Neo4jServerError(f"port {port} is out of range (1-65535)")
    home = _home(home)
    try:
        home.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise Neo4jServerError(f"cannot create server home {home}: {exc.strerror}") from exc

    pid = _server_pid(home)
    if pid is not None:
        running_port = _read_int(home / _PORT_FILE)
        if running_port is not None and running_port != port:
            raise Neo4jServerError(
                f"a server for {home} already runs on port {running_port} (pid {pid}); "
                "stop it first"
            )
        return _wait_ready(home, pid, port, timeout, owned=False)
    _clear_state(home)  # stale files from a crash or a reboot

    if _port_open(port):
        raise Neo4jServerError(f"port {port} already in use by another process")

    try:
        memory = memory_plan()
    except MemorySizeError as exc:
        raise Neo4jServerError(str(exc)) from None
    launcher = build()
    cmd = java_command(home, port, memory)

    log_path = home / _LOG_FILE
    if log_path.exists():
        log_path.replace(home / (_LOG_FILE + ".1"))
    with open(log_path, "wb") as log:
        proc = subprocess.Popen(
            cmd,
            cwd=launcher,
            stdin=subprocess.DEVNULL,
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
            env=os.environ.copy(),  # NEO4J_PASSWORD reaches the JVM only this way
        )
    _children[proc.pid] = proc
    (home / _PID_FILE).write_text(f"{proc.pid}\n")
    (home / _PORT_FILE).write_text(f"{port}\n")
    memory.save(home / _MEMORY_FILE)
    return _wait_ready(home, proc.pid, port, timeout, owned=True)


def _wait_ready(home: Path, pid: int, port: int, timeout: float, owned: bool) -> ServerStatus:
    deadline = time.monotonic() + timeout
    while True:
        if not _alive(pid):
            child = _children.pop(pid, None)
            code = None
            if child is not None:  # may still be an unreaped zombie: collect its exit code
                with contextlib.suppress(subprocess.TimeoutExpired):
                    code = child.wait(timeout=5)
            _clear_state(home)
            how = f" with code {code}" if code is not None else ""
            raise Neo4jServerError(
                f"Neo4j server exited{how} during startup (log: {home / _LOG_FILE})\n"
                + _log_tail(home)
            )
        # Cheap checks first: the driver is only asked once the JVM says Bolt is up.
        if (_log_says_ready(home) or not owned) and _port_open(port):
            answers, version = _probe(port)
            if answers:
                if version is None and _auth() is not None:
                    # Bolt answers but refuses our credentials: not usable, say so plainly.
                    raise Neo4jServerError(
                        f"Neo4j at {_uri(port)} rejected the credentials of user "
                        f"{_auth()[0]!r} (NEO4J_USER/NEO4J_PASSWORD)"
                    )
                return ServerStatus(True, pid, _uri(port), home, version,
                                    MemoryPlan.load(home / _MEMORY_FILE))
        if time.monotonic() >= deadline:
            if owned:
                _terminate(pid, 30)
                _clear_state(home)
            raise Neo4jServerError(
                f"Neo4j server did not answer at {_uri(port)} within {timeout:.0f} s "
                f"(log: {home / _LOG_FILE})\n" + _log_tail(home)
            )
        time.sleep(0.25)


def stop(home: Path | None = None, timeout: float = 60) -> bool:
    """Stop the server started for ``home`` so its port and store lock are free again.

    Returns False when nothing was running (stale pid files are cleaned up either way).
    """
    home = _home(home)
    pid = _server_pid(home)
    if pid is None:
        _clear_state(home)
        return False
    _terminate(pid, timeout)
    child = _children.pop(pid, None)
    if child is not None:  # our own child: reap it so no zombie is left behind
        with contextlib.suppress(subprocess.TimeoutExpired):
            child.wait(timeout=5)
    if _alive(pid):
        raise Neo4jServerError(f"could not stop Neo4j server (pid {pid}) even with SIGKILL")
    _clear_state(home)
    return True


def status(home: Path | None = None, port: int | None = None) -> ServerStatus:
    """Report whether Bolt answers and which process serves ``home``, without changing anything.

    ``port`` defaults to the one recorded when the server for ``home`` was started, else 7687.
    """
    home = _home(home)
    if port is None:
        port = _read_int(home / _PORT_FILE) or DEFAULT_PORT
    pid = _server_pid(home)
    answers, version = _probe(port)
    return ServerStatus(answers, pid, _uri(port), home, version,
                        MemoryPlan.load(home / _MEMORY_FILE))


# --------------------------------------------------------------------------- command line


def main(argv: list[str] | None = None) -> int:
    """``start|stop|status``; exit 0 on success, 1 with one ``Error:`` line on failure.

    ``status`` exits 3 when no server answers (the LSB convention), so scripts can test it.
    """
    parser = argparse.ArgumentParser(
        prog="python -m alliancegraph.graph.neo4j_server",
        description="Run a local Neo4j Community server for alliancegraph.",
    )
    parser.add_argument("command", choices=["start", "stop", "status", "build"])
    parser.add_argument(
        "--port", type=int, default=None, help=f"Bolt port (default {DEFAULT_PORT})"
    )
    parser.add_argument(
        "--home",
        type=Path,
        default=None,
        help=f"server home (default ${HOME_ENV} or ~/.local/share/alliancegraph/neo4j)",
    )
    parser.add_argument("--timeout", type=float, default=None, help="seconds to wait")
    args = parser.parse_args(argv)
    try:
        if args.command == "build":
            print(f"Neo4j launcher built in {build(quiet=False)}")
        elif args.command == "start":
            st = start(args.home, args.port or DEFAULT_PORT, args.timeout or 180)
            print(st.describe())
        elif args.command == "stop":
            home = _home(args.home)
            if stop(home, args.timeout or 60):
                print(f"Neo4j server stopped (home {home})")
            else:
                print(f"no Neo4j server was running (home {home})")
        else:
            st = status(args.home, args.port)
            print(st.describe())
            return 0 if st.running else 3
    except Neo4jServerError as exc:
        first, _, rest = str(exc).partition("\n")
        print(f"Error: {first}", file=sys.stderr)
        if rest:
            print(rest, file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
