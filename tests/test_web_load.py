"""`alliancegraph load` on URL lists, RSS/Atom feeds and saved pages, end to end, on both stores.

The pages come from a real HTTP server on 127.0.0.1 (``web_site``), which counts every request:
a re-run must fetch nothing and change nothing, and ``--offline`` must load from the cache. One
dispatch printed by five outlets is five articles in one copy group, so its tie counts one
article while every copy's URL stays in the evidence. Neo4j runs against the server the suite
starts (``NEO4J_URI``); these tests never skip.
"""

from __future__ import annotations

import json

import pytest
from fixtures_web import DISPATCH_DATE, OUTLETS, all_pages, atom_feed, rss_feed
from neo4j_support import NEO4J_URI, wipe_neo4j
from typer.testing import CliRunner

from alliancegraph.cli import app

runner = CliRunner()
DISPATCH = [path for path, *_ in OUTLETS]
OUTLET_NAMES = {
    "La Gazette du Midi", "Le Courrier National", "Infos Plus", "Le Blog de la Rue",
    "Le Matin de l'Est",
}


def run(*args) -> object:
    return runner.invoke(app, [str(a) for a in args], catch_exceptions=False)


@pytest.fixture(params=["local", "neo4j"])
def target(request, tmp_path, monkeypatch) -> list[str]:
    """The store options of every command: a fresh embedded file, or the emptied Neo4j."""
    if request.param == "neo4j":
        wipe_neo4j(request.getfixturevalue("neo4j_driver"))
        monkeypatch.setenv("NEO4J_URI", NEO4J_URI)
        return ["--store", "neo4j"]
    return ["--db", tmp_path / "g.db"]


def load(target, *args) -> tuple[object, dict]:
    result = run("load", *args, *target, "--format", "json")
    return result, json.loads(result.stdout)


def supporters(target, of: str) -> list[dict]:
    result = run("query", "supporters", "-p", f"of={of}", *target, "--format", "json",
                 "--evidence", "all")  # every copy's sentence, not the first three
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def stats(target) -> dict:
    return json.loads(run("stats", *target, "--format", "json").stdout)


def url_list(tmp_path, site, paths) -> object:
    urls = tmp_path / "urls.txt"
    lines = ["# revue de presse du 13 octobre", ""] + [site.url(p) for p in paths]
    urls.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return urls


def test_five_printings_of_one_dispatch_count_as_one_article(web_site, tmp_path, target):
    cache = tmp_path / "cache"
    urls = url_list(tmp_path, web_site, DISPATCH)
    result, summary = load(target, urls, "--cache", cache)
    assert result.exit_code == 0, result.output
    assert (summary["articles_new"], summary["copies"], summary["articles_failed"]) == (5, 4, 0)
    assert "4 syndicated copies grouped" in result.stderr
    assert web_site.requests == 5

    [delga] = supporters(target, "Hidalgo")
    assert (delga["name"], delga["articles"]) == ("Carole Delga", 1)
    assert (delga["first"], delga["last"]) == (DISPATCH_DATE, DISPATCH_DATE)
    assert {e["url"] for e in delga["evidence"]} == {web_site.url(p) for p in DISPATCH}
    assert {e["outlet"] for e in delga["evidence"]} == OUTLET_NAMES
    assert stats(target)["articles"] == 5

    # A re-run fetches nothing and changes nothing.
    before = (stats(target), supporters(target, "Hidalgo"))
    result, summary = load(target, urls, "--cache", cache)
    assert result.exit_code == 0, result.output
    assert (summary["articles_new"], summary["articles_unchanged"]) == (0, 5)
    assert web_site.requests == 5
    assert (stats(target), supporters(target, "Hidalgo")) == before


def test_offline_loads_from_the_cache_alone(web_site, tmp_path, target):
    cache = tmp_path / "cache"
    urls = url_list(tmp_path, web_site, DISPATCH[:2])
    result = run("load", urls, "--cache", cache, "--db", tmp_path / "warm.db")
    assert result.exit_code == 0, result.output
    assert web_site.requests == 2
    result, summary = load(target, urls, "--cache", cache, "--offline")
    assert result.exit_code == 0, result.output
    assert summary["articles_new"] == 2
    assert web_site.requests == 2
    more = url_list(tmp_path, web_site, DISPATCH[2:3])
    result, summary = load(target, more, "--cache", cache, "--offline")
    assert result.exit_code == 1
    assert f"{web_site.url(DISPATCH[2])}: not in the cache (offline)" in result.stderr
    assert web_site.requests == 2


def test_a_page_that_fails_is_one_line_and_the_others_load(web_site, tmp_path, target):
    urls = url_list(tmp_path, web_site, ["/introuvable", "/flaky", DISPATCH[0]])
    urls.write_text(urls.read_text() + "www.sans-schema.fr/page\n", encoding="utf-8")
    result, summary = load(target, urls, "--cache", tmp_path / "cache")
    assert result.exit_code == 1
    errors = [line for line in result.stderr.splitlines() if line.startswith("Error:")]
    assert errors == [
        f"Error: {urls}:6: not an http(s) URL: 'www.sans-schema.fr/page'",
        f"Error: {web_site.url('/introuvable')}: HTTP 404 Not Found",
    ]
    assert (summary["articles_new"], summary["articles_failed"]) == (2, 2)
    assert web_site.hits["/flaky"] == 2  # a 500, then the page
    assert [row["name"] for row in supporters(target, "Faure")] == ["Johanna Rolland"]


def test_rss_and_atom_feeds_load_their_items(web_site, tmp_path, target):
    rss = tmp_path / "courrier.xml"
    rss.write_text(rss_feed(web_site.base, DISPATCH[:3]), encoding="utf-8")
    atom = tmp_path / "gazette.atom"
    rolland = "/gazette/politique/rolland-faure.html"
    atom.write_text(atom_feed(web_site.base, [rolland, DISPATCH[0]]), encoding="utf-8")
    result, summary = load(target, rss, atom, "--cache", tmp_path / "cache")
    assert result.exit_code == 0, result.output
    # The Atom feed repeats a page the RSS feed listed (with tracking parameters): one article.
    assert (summary["articles_new"], summary["articles_unchanged"]) == (4, 1)
    [delga] = supporters(target, "Hidalgo")
    assert delga["articles"] == 1
    assert {e["url"] for e in delga["evidence"]} == {
        web_site.url(p) for p in DISPATCH[:3]
    }
    [rolland_row] = supporters(target, "Faure")
    assert rolland_row["evidence"][0]["outlet"] == "La Gazette du Midi"


def test_saved_pages_load_and_no_actor_name_holds_markup(tmp_path, target):
    saved = tmp_path / "saved"
    saved.mkdir()
    for path, html in all_pages("https://www.example.org").items():
        if path in DISPATCH or path.endswith(".html"):
            (saved / (path.strip("/").replace("/", "-").removesuffix(".html") + ".html")
             ).write_text(html, encoding="utf-8")
    pages = sorted(saved.glob("*.html"))
    assert len(pages) == 6
    result, summary = load(target, *pages, "--input-format", "html")
    assert result.exit_code == 0, result.output
    assert (summary["articles_new"], summary["copies"]) == (6, 4)
    actors = json.loads(run("query", "timeline", "-p", "actor=Carole Delga", *target,
                            "--format", "json").stdout)
    names = {row["subject"] for row in actors} | {row["object"] for row in actors}
    assert names >= {"Carole Delga", "Anne Hidalgo"}
    assert not any(c in name for name in names for c in "<>/")
    [delga] = supporters(target, "Hidalgo")
    assert delga["articles"] == 1 and len(delga["evidence"]) == 5
