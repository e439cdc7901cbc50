"""Running the app: ``alliancegraph serve`` in the foreground, or in a thread for tests.

The server binds 127.0.0.1 unless told otherwise (another host prints a warning: anyone who
can reach it and learns the token can change the graph), makes a fresh token for each run and
prints the URL that carries it, as Jupyter does.
"""

from __future__ import annotations

import ipaddress
import socket
import threading
from collections.abc import Callable
from dataclasses import dataclass

import uvicorn

from alliancegraph.graph.store import Store
from alliancegraph.web.app import create_app
from alliancegraph.web.security import new_token

DEFAULT_HOST = "127.0.0.1"


def is_loopback(host: str) -> bool:
    """>>> is_loopback("127.0.0.1"), is_loopback("localhost"), is_loopback("0.0.0.0")
    (True, True, False)
    """
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


@dataclass
class Running:
    """A server started by :func:`start`: its URL (with the token) and how to stop it."""

    host: str
    port: int
    token: str
    server: uvicorn.Server
    thread: threading.Thread

    @property
    def base(self) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"http://{host}:{self.port}"

    @property
    def url(self) -> str:
        return f"{self.base}/?token={self.token}"

    def stop(self) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=30)


def _bind(host: str, port: int) -> socket.socket:
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind((host, port))
    sock.listen(64)
    return sock


def _server(open_store: Callable[[], Store], host: str, token: str) -> uvicorn.Server:
    app = create_app(open_store, token, host)
    config = uvicorn.Config(app, log_level="warning", access_log=False, lifespan="on")
    return uvicorn.Server(config)


def start(open_store: Callable[[], Store], host: str = DEFAULT_HOST, port: int = 0) -> Running:
    """Serve in a background thread (port 0: any free port); returns once it answers."""
    token = new_token()
    sock = _bind(host, port)
    server = _server(open_store, host, token)
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    while not server.started:
        if not thread.is_alive():
            raise RuntimeError("the web server stopped while starting")
        thread.join(timeout=0.05)
    return Running(host, sock.getsockname()[1], token, server, thread)


def serve(
    open_store: Callable[[], Store],
    host: str = DEFAULT_HOST,
    port: int = 8765,
    announce: Callable[[str], None] = print,
) -> None:
    """Serve in the foreground until Ctrl-C; ``announce`` receives the URL and any warning."""
    if not is_loopback(host):
        announce(f"Warning: serving on {host}, reachable from other machines; anyone with "
                 "the token can change the graph")
    token = new_token()
    sock = _bind(host, port)
    shown = f"[{host}]" if ":" in host else host
    announce(f"alliancegraph serves at http://{shown}:{sock.getsockname()[1]}/?token={token}")
    _server(open_store, host, token).run(sockets=[sock])
