"""`alliancegraph serve`: the app's guards over real HTTP, then an analyst's session in a real
browser (Debian's chromium driven by Playwright), which saves the README's screenshots."""

from __future__ import annotations

import http.client
import json
import shutil
import subprocess
import sys
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from conftest import EXAMPLES, REPO
from neo4j_support import NEO4J_URI, wipe_neo4j

from alliancegraph import review
from alliancegraph.graph.sqlite_store import SQLiteStore
from alliancegraph.pipeline import load
from alliancegraph.web.server import start

SCREENSHOTS = REPO / "docs" / "screenshots"
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--no-first-run", "--disable-sync",
]
QUESTION = "who backs Valls but eyes Macron"
TEMPTED_SENTENCE = "Macron est une possibilité"
MISSED = ("« Je ne me reconnais pas dans le projet de Benoît Hamon », a expliqué le député de "
          "Loire-Atlantique, qui s'était pourtant engagé à soutenir le vainqueur de la primaire.")
HOSTILE = 'Hamon <img src=x onerror="document.title=\'pwned\'"> soutient <b>Valls</b>.'


@pytest.fixture(scope="module")
def loaded_db(tmp_path_factory, extractor) -> Path:
    """examples/articles in an embedded store, loaded once; each test works on a copy."""
    path = tmp_path_factory.mktemp("web") / "loaded.db"
    with SQLiteStore(path) as store:
        load(store, [EXAMPLES], extractor=extractor)
    return path


@pytest.fixture
def db(loaded_db, tmp_path) -> Path:
    copy = tmp_path / "app.db"
    shutil.copy(loaded_db, copy)
    return copy


@pytest.fixture
def server(db):
    """The app on 127.0.0.1 and a free port, stopped at the end of the test."""
    running = start(lambda: SQLiteStore(db))
    yield running
    running.stop()


def request(server, method: str, path: str, headers: dict | None = None, body=None):
    """One raw HTTP request (http.client lets a test forge Host and Origin)."""
    connection = http.client.HTTPConnection(server.host, server.port, timeout=30)
    headers = {"Host": f"127.0.0.1:{server.port}", **(headers or {})}
    data = json.dumps(body).encode() if body is not None else None
    connection.request(method, path, body=data, headers=headers)
    response = connection.getresponse()
    payload = response.read()
    connection.close()
    return response, payload


def a_claim_id(db: Path) -> str:
    with SQLiteStore(db) as store:
        return review.queue(store, limit=1)[0]["id"]


# -- guards -------------------------------------------------------------------------------------


def test_the_app_binds_loopback_by_default(server):
    assert server.host == "127.0.0.1"
    assert server.server.servers[0].sockets[0].getsockname()[0] == "127.0.0.1"


def test_nothing_is_served_without_the_token(server):
    assert request(server, "GET", "/")[0].status == 403
    assert request(server, "GET", "/api/graph")[0].status == 403
    assert request(server, "GET", "/?token=wrong")[0].status == 403


def test_the_printed_url_logs_in_with_a_strict_cookie(server):
    response, _ = request(server, "GET", f"/?token={server.token}")
    assert response.status == 303
    cookie = response.getheader("set-cookie")
    assert server.token in cookie and "HttpOnly" in cookie and "SameSite=strict" in cookie
    page, body = request(server, "GET", "/", {"Cookie": f"alliancegraph_token={server.token}"})
    assert page.status == 200 and b"alliancegraph" in body
    assert "default-src 'self'" in page.getheader("content-security-policy")
    assert page.getheader("access-control-allow-origin") is None


def test_a_state_change_needs_the_token_header_not_only_the_cookie(server, db):
    claim = a_claim_id(db)
    cookie = {"Cookie": f"alliancegraph_token={server.token}"}
    refused, body = request(server, "POST", "/api/review/reject", cookie, {"claim": claim})
    assert refused.status == 403 and b"token" in body
    token = {"X-AllianceGraph-Token": server.token, "Content-Type": "application/json"}
    done, body = request(server, "POST", "/api/review/reject", token, {"claim": claim})
    assert done.status == 200 and json.loads(body)["action"] == "reject"


def test_cross_origin_and_foreign_host_requests_are_refused(server, db):
    token = {"X-AllianceGraph-Token": server.token}
    body = {"claim": a_claim_id(db)}
    evil = {**token, "Origin": "http://evil.example"}
    assert request(server, "POST", "/api/review/reject", evil, body)[0].status == 403
    cross = {**token, "Sec-Fetch-Site": "cross-site"}
    assert request(server, "POST", "/api/review/reject", cross, body)[0].status == 403
    rebound = {**token, "Host": f"evil.example:{server.port}"}
    assert request(server, "POST", "/api/review/reject", rebound, body)[0].status == 403
    with SQLiteStore(db) as store:
        assert review.decisions(store) == []


def serve_process(db: Path, *options: str) -> tuple[subprocess.Popen, list[str]]:
    """`alliancegraph serve` as a real process, and the lines it printed up to its URL."""
    command = [sys.executable, "-m", "alliancegraph", "serve", "--db", str(db), "--port", "0"]
    process = subprocess.Popen([*command, *options], stderr=subprocess.PIPE, text=True)
    lines = [process.stderr.readline()]
    while "serves at" not in lines[-1] and lines[-1]:
        lines.append(process.stderr.readline())
    return process, lines


def test_the_command_serves_loopback_and_warns_for_any_other_host(db):
    process, lines = serve_process(db)
    try:
        (line,) = lines
        assert line.startswith("alliancegraph serves at http://127.0.0.1:")
        url = urlsplit(line.split()[-1])
        connection = http.client.HTTPConnection(url.hostname, url.port, timeout=30)
        connection.request("GET", f"/?{url.query}")
        assert connection.getresponse().status == 303
    finally:
        process.terminate()
        process.wait(timeout=30)
    process, lines = serve_process(db, "--host", "0.0.0.0")
    process.terminate()
    process.wait(timeout=30)
    assert lines[0].startswith("Warning: serving on 0.0.0.0, reachable from other machines")
    assert "serves at http://0.0.0.0:" in lines[1]


@pytest.mark.neo4j
def test_the_app_reviews_on_neo4j_too(neo4j_driver, extractor):
    from alliancegraph.graph.neo4j_store import Neo4jStore

    wipe_neo4j(neo4j_driver)
    with Neo4jStore(uri=NEO4J_URI) as store:
        load(store, [EXAMPLES], extractor=extractor)
    running = start(lambda: Neo4jStore(uri=NEO4J_URI))
    try:
        auth = {"X-AllianceGraph-Token": running.token}
        ties = json.loads(request(running, "GET", "/api/ties?actor=Loncle", auth)[1])["ties"]
        (tempted,) = [t for t in ties if t["relation"] == "TEMPTED_BY"]
        assert request(running, "POST", "/api/review/reject", auth,
                       {"claim": tempted["id"]})[0].status == 200
        answer = json.loads(request(running, "GET", "/api/ask?q=who+backs+Valls+but+eyes+Macron",
                                    auth)[1])
        assert answer["rows"] == []
        gexf = request(running, "GET", "/api/export.gexf", auth)[1].decode()
        assert TEMPTED_SENTENCE not in gexf and "Manuel Valls" in gexf
    finally:
        running.stop()


# -- in a real browser ----------------------------------------------------------------------------


@pytest.fixture
def page():
    """A chromium page (Debian's browser, never Playwright's download)."""
    from playwright.sync_api import sync_playwright

    assert Path(CHROMIUM).exists(), "chromium is missing: `make browser` installs it"
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        context = browser.new_context(viewport={"width": 1400, "height": 850},
                                      accept_downloads=True)
        yield context.new_page()
        browser.close()


def shot(page, name: str) -> None:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / name))


def ask(page, question: str) -> None:
    page.fill("#question", question)
    page.click("#ask-form button")
    page.wait_for_selector(f"#interpretation:has-text('{question.split()[-1]}')")


def open_tie(page, actor: str, relation: str) -> None:
    page.fill("#search", actor)
    page.click("#search-form button")
    page.click(f"#ties li:has-text('{relation}')")
    page.wait_for_selector("#tie-detail:not([hidden])")


def test_an_analyst_explores_rejects_and_adds_in_the_browser(server, page, db):
    problems: list[str] = []
    page.on("pageerror", lambda error: problems.append(str(error)))
    outside: list[str] = []
    page.on("request", lambda r: r.url.startswith(server.base) or outside.append(r.url))
    page.goto(server.url)
    page.wait_for_selector("#status:has-text('ready')")
    with SQLiteStore(db) as store:
        claims = list(store.claims())
    first = [c for c in claims if c.date.startswith("2016-11")]
    assert page.text_content("#counts") == f"17 actors, {len(claims)} claims shown"
    page.locator("#month-to").fill("0")  # the slider replays from the first month
    assert page.text_content("#months") == "2016-11 → 2016-11"
    actors = {c.subject for c in first} | {c.object for c in first}
    assert page.text_content("#counts") == f"{len(actors)} actors, {len(first)} claims shown"
    page.locator("#month-to").fill("4")
    shot(page, "graph.png")

    # Search an actor, open a tie, read its sentence.
    open_tie(page, "Loncle", "TEMPTED_BY")
    assert page.text_content("#actor-name") == "François Loncle"
    assert TEMPTED_SENTENCE in page.text_content("#sentence")
    assert "2017-01-29" in page.text_content("#tie-meta")
    shot(page, "ties.png")

    # Ask in plain words and see the interpretation.
    ask(page, QUESTION)
    assert "backs-but-eyes" in page.text_content("#interpretation")
    assert "François Loncle" in page.text_content("#answer")
    shot(page, "answer.png")

    # Reject the tie: gone from the answer and from the GEXF of the view.
    page.click("nav button[data-tab=ties]")
    open_tie(page, "Loncle", "TEMPTED_BY")
    page.click("#reject")
    page.wait_for_selector("#status:has-text('reject: François Loncle TEMPTED_BY')")
    ask(page, QUESTION)
    assert "0 answer(s)" in page.text_content("#interpretation")
    assert page.locator("#answer li").count() == 0
    with page.expect_download() as download:
        page.click("#gexf")
    gexf = Path(download.value.path()).read_text(encoding="utf-8")
    assert TEMPTED_SENTENCE not in gexf and "Manuel Valls" in gexf

    # Add the claim again, from another sentence: it appears, marked reviewed.
    page.click("nav button[data-tab=ties]")
    open_tie(page, "Loncle", "SUPPORTS")
    page.click("nav button[data-tab=add]")
    page.fill("#add-sentence", HOSTILE)
    page.fill("#add-subject", "Loncle")
    page.select_option("#add-relation", "TEMPTED_BY")
    page.fill("#add-object", "Macron")
    page.click("#add-form button")
    page.wait_for_selector("#status:has-text('add: François Loncle TEMPTED_BY')")
    ask(page, QUESTION)
    assert "François Loncle" in page.text_content("#answer")

    # Article text is text: the sentence shows its markup and runs none of it.
    page.click("nav button[data-tab=ties]")
    page.click("#ties li:has-text('✓ reviewed')")
    assert page.text_content("#sentence") == HOSTILE
    assert page.locator("#sentence img, #sentence b").count() == 0
    assert page.title() == "alliancegraph"

    # The queue, least confident first, then the sentences where nothing was read.
    page.click("nav button[data-tab=queue]")
    page.wait_for_selector("#queue li")
    shot(page, "review.png")
    page.fill("#queue-actor", "de Rugy")
    page.click("#find-missed")
    page.wait_for_selector("#status:has-text('candidate sentences')")
    page.click(f"#missed li:has-text('{MISSED[:40]}') button")
    assert page.input_value("#add-sentence") == MISSED
    page.fill("#add-subject", "de Rugy")
    page.fill("#add-object", "Hamon")
    page.select_option("#add-relation", "REJECTS")
    page.click("#add-form button")
    page.wait_for_selector("#status:has-text('add: François de Rugy REJECTS Benoît Hamon')")
    with page.expect_download() as download:
        page.click("#png")
    assert Path(download.value.path()).read_bytes().startswith(b"\x89PNG")
    assert problems == [] and outside == []
    with SQLiteStore(db) as store:
        actions = [d["action"] for d in review.decisions(store)]
    assert actions == ["reject", "add", "add"]
