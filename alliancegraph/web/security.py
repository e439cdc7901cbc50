"""Who may talk to the local app: the browser that opened the printed URL, and nobody else.

Like Jupyter, each run makes a random token and prints a URL carrying it. Opening that URL
sets an ``HttpOnly``, ``SameSite=Strict`` cookie, so the app's own pages and reads work; a
state-changing request (anything but GET/HEAD) must also carry the token in the
``X-AllianceGraph-Token`` header, which the page reads from its own HTML (another site can
neither read that page nor set the header without a CORS grant, which this app never gives).
Two more checks stop cross-site and DNS-rebinding requests: the ``Host`` must be the address
the app serves on (or a loopback name), and an ``Origin`` or ``Sec-Fetch-Site`` header, when
the browser sends one, must say the request comes from the app itself.
"""

from __future__ import annotations

import secrets
from urllib.parse import urlsplit

from starlette.responses import PlainTextResponse, RedirectResponse
from starlette.types import ASGIApp, Receive, Scope, Send

TOKEN_HEADER = "x-alliancegraph-token"
COOKIE = "alliancegraph_token"
SAFE_METHODS = {"GET", "HEAD"}
LOOPBACK_NAMES = {"127.0.0.1", "localhost", "::1"}
WILDCARDS = {"0.0.0.0", "::", ""}
OPEN_PREFIXES = ("/static/",)  # the bundle and style sheet: no data, no state

# Every response: no framing, no sniffing, and the page may only load from this server.
SECURITY_HEADERS = [
    (b"x-content-type-options", b"nosniff"),
    (b"x-frame-options", b"DENY"),
    (b"referrer-policy", b"no-referrer"),
    (b"content-security-policy",
     b"default-src 'self'; img-src 'self' data: blob:; script-src 'self'; style-src 'self'; "
     b"connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'"),
]


def new_token() -> str:
    return secrets.token_urlsafe(24)


def _hostname(value: str) -> str:
    """The host part of a ``Host`` header (``[::1]:8000`` -> ``::1``)."""
    return (urlsplit(f"//{value}").hostname or "").lower()


class Guard:
    """ASGI middleware enforcing the token, the Host check and the same-origin check."""

    def __init__(self, app: ASGIApp, token: str, host: str) -> None:
        self.app = app
        self.token = token
        # Bound to every interface, the app is reached under names it cannot know: the token
        # alone guards it then (a rebound name never carries the loopback cookie).
        self.hosts = None if host in WILDCARDS else LOOPBACK_NAMES | {host.lower()}

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = {k.decode("latin-1"): v.decode("latin-1") for k, v in scope["headers"]}
        refusal = self.refusal(scope, headers)
        if refusal == "login":
            response = RedirectResponse("/", status_code=303)
            response.set_cookie(COOKIE, self.token, httponly=True, samesite="strict")
            await response(scope, receive, send)
            return
        if refusal:
            await PlainTextResponse(refusal + "\n", status_code=403)(scope, receive, send)
            return

        async def send_secured(message) -> None:
            if message["type"] == "http.response.start":
                message["headers"] = [*message.get("headers", []), *SECURITY_HEADERS]
            await send(message)

        await self.app(scope, receive, send_secured)

    def refusal(self, scope: Scope, headers: dict[str, str]) -> str | None:
        """Why the request is refused (None when it may pass; ``"login"`` to set the cookie)."""
        host = headers.get("host", "")
        if self.hosts is not None and _hostname(host) not in self.hosts:
            return f"forbidden: unexpected Host {host!r}"
        origin = headers.get("origin")
        if origin is not None and urlsplit(origin).netloc.lower() != host.lower():
            return "forbidden: cross-origin request"
        if headers.get("sec-fetch-site") == "cross-site":
            return "forbidden: cross-site request"
        path, method = scope["path"], scope["method"]
        if path.startswith(OPEN_PREFIXES) and method in SAFE_METHODS:
            return None
        query = dict(
            part.split("=", 1) for part in scope.get("query_string", b"").decode().split("&")
            if "=" in part
        )
        if path == "/" and method in SAFE_METHODS and self._same(query.get("token")):
            return "login"
        if method not in SAFE_METHODS:
            if not self._same(headers.get(TOKEN_HEADER)):
                return "forbidden: missing or wrong token header"
            return None
        cookie = _cookie(headers.get("cookie", ""), COOKIE)
        if self._same(cookie) or self._same(headers.get(TOKEN_HEADER)):
            return None
        return "forbidden: open the URL with the token that `alliancegraph serve` printed"

    def _same(self, given: str | None) -> bool:
        return bool(given) and secrets.compare_digest(given.encode(), self.token.encode())


def _cookie(header: str, name: str) -> str | None:
    for part in header.split(";"):
        key, _, value = part.strip().partition("=")
        if key == name:
            return value
    return None
