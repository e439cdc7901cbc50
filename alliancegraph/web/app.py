"""The routes of ``alliancegraph serve``: one page, JSON reads, review writes, GEXF downloads.

Every handler is a thin call into the library (``ask``, :mod:`alliancegraph.review`, the GEXF
exporter); the store is opened when the app starts, in the server's own thread, and closed
when it stops. Texts from articles travel as JSON and the page only ever sets them as text,
never as HTML.
"""

from __future__ import annotations

import html
import io
import json
from collections.abc import Callable
from contextlib import asynccontextmanager
from pathlib import Path

from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles

from alliancegraph import review
from alliancegraph.graph.exports import ExportError, export
from alliancegraph.graph.store import Store, StoreError
from alliancegraph.queries import QueryError, ask
from alliancegraph.queries.resolve import NameIndex
from alliancegraph.review import ReviewError
from alliancegraph.web.security import Guard
from alliancegraph.web.view import View, ViewStore, graph_data

STATIC = Path(__file__).parent / "static"
BUNDLE = STATIC / "build" / "app.js"
USER_ERRORS = (ReviewError, QueryError, StoreError, ExportError, ValueError)


def _error(exc: Exception, status: int = 400) -> JSONResponse:
    return JSONResponse({"error": str(exc)}, status_code=status)


def _store(request: Request) -> Store:
    return request.app.state.store


async def page(request: Request) -> Response:
    """The one page, with the run's token for the page's own state-changing requests."""
    text = (STATIC / "index.html").read_text(encoding="utf-8")
    token = html.escape(request.app.state.token, quote=True)
    return HTMLResponse(text.replace("{{token}}", token))


async def actors(request: Request) -> Response:
    """Actors whose name contains ``q`` (accents and case ignored), or the one it resolves to."""
    store = _store(request)
    query = request.query_params.get("q", "").strip()
    everyone = store.actors()
    try:
        exact = [NameIndex(everyone).resolve(query)] if query else []
    except QueryError:
        exact = []
    from alliancegraph.ontology.gazetteer import fold

    folded = fold(query)
    found = exact + [a.name for a in everyone if folded in fold(a.name) and a.name not in exact]
    return JSONResponse({"actors": found[:20]})


async def graph(request: Request) -> Response:
    return JSONResponse(graph_data(_store(request)))


async def ties(request: Request) -> Response:
    """Every claim by or about an actor, in date order, with sentence, outlet and id."""
    store = _store(request)
    try:
        name = NameIndex(store.actors()).resolve(request.query_params.get("actor", ""))
    except QueryError as exc:
        return _error(exc, 404)
    rows = [e for e in graph_data(store)["edges"] if name in (e["source"], e["target"])]
    return JSONResponse({"actor": name, "ties": rows})


async def answer(request: Request) -> Response:
    """A question in plain words: the named query chosen, its parameters, and the rows."""
    try:
        result = ask(_store(request), request.query_params.get("q", ""))
    except USER_ERRORS as exc:
        return _error(exc)
    return JSONResponse(result.to_dict())


async def queue(request: Request) -> Response:
    q = request.query_params
    try:
        rows = review.queue(
            _store(request), actor=q.get("actor") or None, relation=q.get("relation") or None,
            since=q.get("since") or None, until=q.get("until") or None,
            limit=int(q.get("limit", "50")),
        )
    except USER_ERRORS as exc:
        return _error(exc)
    return JSONResponse({"claims": rows})


async def candidates(request: Request) -> Response:
    """Sentences where two actors meet a stance word and nothing was read (parses articles)."""
    state = request.app.state
    if getattr(state, "extractor", None) is None:
        from alliancegraph.loaders.extractor import Extractor

        state.extractor = Extractor()  # the spaCy model, loaded once per run
    q = request.query_params
    try:
        rows = review.list(_store(request), "candidates", actor=q.get("actor") or None,
                           limit=int(q.get("limit", "30")), extractor=state.extractor)
    except USER_ERRORS as exc:
        return _error(exc)
    return JSONResponse({"candidates": rows})


async def decisions(request: Request) -> Response:
    return JSONResponse({"decisions": review.decisions(_store(request))})


def _view(request: Request) -> View:
    q = request.query_params

    def many(key: str) -> set[str]:
        return {v for v in q.get(key, "").split(",") if v}

    return View(
        since=q.get("since") or None, until=q.get("until") or None,
        relations=many("relations"), parties=many("parties"), outlets=many("outlets"),
        actor=q.get("actor") or None,
    )


async def gexf(request: Request) -> Response:
    """The current view as GEXF, written by the ordinary exporter."""
    buffer = io.BytesIO()
    try:
        export(ViewStore(_store(request), _view(request)), "gexf", buffer)
    except USER_ERRORS as exc:
        return _error(exc)
    return Response(
        buffer.getvalue(), media_type="application/xml",
        headers={"content-disposition": 'attachment; filename="alliancegraph-view.gexf"'},
    )


ACTIONS: dict[str, Callable] = {
    "accept": lambda store, b: review.accept(store, b["claim"], note=b.get("note")),
    "reject": lambda store, b: review.reject(store, b["claim"], note=b.get("note")),
    "correct": lambda store, b: review.correct(
        store, b["claim"], relation=b.get("relation") or None,
        subject=b.get("subject") or None, object=b.get("object") or None, note=b.get("note"),
    ),
    "add": lambda store, b: review.add(
        store, b["article"], b["sentence"], b["subject"], b["relation"], b["object"],
        note=b.get("note"),
    ),
}


async def decide(request: Request) -> Response:
    """Record one review decision (the reviewer is the one who started the server)."""
    action = request.path_params["action"]
    if action not in ACTIONS:
        return _error(ValueError(f"unknown review action {action!r}"), 404)
    try:
        body = json.loads(await request.body() or b"{}")
        decision = ACTIONS[action](_store(request), body)
    except (KeyError, json.JSONDecodeError) as exc:
        return _error(ValueError(f"bad request body: {exc}"))
    except USER_ERRORS as exc:
        return _error(exc)
    return JSONResponse(decision.to_dict())


def create_app(open_store: Callable[[], Store], token: str, host: str = "127.0.0.1") -> Starlette:
    """The web app over the store ``open_store`` opens (in the server's thread, at start)."""
    if not BUNDLE.exists():
        raise FileNotFoundError(
            f"{BUNDLE} is missing: build the page with `make web` (npm ci && npm run build)"
        )

    @asynccontextmanager
    async def lifespan(app: Starlette):
        app.state.store = open_store()
        try:
            yield
        finally:
            app.state.store.close()

    routes = [
        Route("/", page),
        Route("/api/actors", actors),
        Route("/api/graph", graph),
        Route("/api/ties", ties),
        Route("/api/ask", answer),
        Route("/api/review/queue", queue),
        Route("/api/review/decisions", decisions),
        Route("/api/review/candidates", candidates),
        Route("/api/review/{action}", decide, methods=["POST"]),
        Route("/api/export.gexf", gexf),
        Mount("/static", StaticFiles(directory=STATIC), name="static"),
    ]
    app = Starlette(
        routes=routes, lifespan=lifespan, middleware=[Middleware(Guard, token=token, host=host)]
    )
    app.state.token = token
    return app
