"""Saved web pages: only the article's text and its provenance get through, never markup.

The pages (``fixtures_web``) are written like real news pages: menus, ads, "Lire aussi" boxes,
share buttons, comments, footers, JSON-LD or OpenGraph metadata.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from fixtures_web import (
    ADDED_LINE,
    DISPATCH_PARAGRAPHS,
    DISPATCH_TITLE,
    OUTLETS,
    all_pages,
    atom_feed,
    rss_feed,
)

from alliancegraph.loaders.feeds import feed_items
from alliancegraph.loaders.html import PageError, PageHints, parse_html
from alliancegraph.loaders.readers import ReadProblem, detect_format, read_articles

BASE = "https://www.example.org"
PAGES = all_pages(BASE)
BOILERPLATE = [
    "Lire aussi", "lire aussi", "Publicité", "abonnez-vous", "Les plus lus", "Mentions légales",
    "Partager", "newsletter", "Contenus sponsorisés", "cookies", "Sur le même sujet",
    "commentaires", "Mots-clés", "Voir aussi", "Vous aimerez aussi", "Accueil", "Tous droits",
    "Emmanuel Macron", "Jean-Luc Mélenchon", "Manuel Valls", "Valérie Pécresse",
]


def page(path: str, **hints) -> object:
    return parse_html(PAGES[path].encode("utf-8"), path, PageHints(**hints) if hints else None)


@pytest.mark.parametrize("path", [path for path, *_ in OUTLETS])
def test_only_the_article_text_reaches_the_extractor(path):
    article = page(path)
    assert article.title == DISPATCH_TITLE
    assert DISPATCH_PARAGRAPHS[0] in article.text
    for words in BOILERPLATE:
        assert words not in article.text, words
    assert "<" not in article.text and ">" not in article.text


def test_provenance_comes_from_json_ld():
    article = page("/infosplus/presidentielle/delga-soutient-hidalgo")
    assert (article.date, article.outlet, article.author) == (
        "2026-10-13", "Infos Plus", "Rédaction Infos Plus",
    )
    assert article.canonical_url == f"{BASE}/infosplus/presidentielle/delga-soutient-hidalgo"
    assert ADDED_LINE in article.text


def test_provenance_comes_from_opengraph_and_meta_tags():
    article = page("/courrier/2026/10/13/soutien-delga")
    assert (article.date, article.outlet, article.author) == (
        "2026-10-13", "Le Courrier National", "Paul Bernard",
    )


def test_a_page_with_only_a_time_element_is_dated_by_it():
    article = page("/blog/2026/10/delga-hidalgo")
    assert (article.date, article.outlet, article.author) == (
        "2026-10-14", "Le Blog de la Rue", None,
    )


def test_two_urls_of_one_page_are_one_article():
    plain = page("/gazette/politique/rolland-faure.html",
                 url=f"{BASE}/gazette/politique/rolland-faure.html")
    tracked = page("/gazette/politique/rolland-faure.html",
                   url=f"{BASE}/gazette/politique/rolland-faure.html?utm_source=rss#top")
    assert plain.id == tracked.id
    assert tracked.canonical_url == f"{BASE}/gazette/politique/rolland-faure.html"
    assert tracked.url.endswith("?utm_source=rss#top")  # as given, kept as provenance


def test_a_page_without_a_date_is_refused_unless_a_feed_dates_it():
    undated = "<html><body><article><p>" + " ".join(DISPATCH_PARAGRAPHS) + "</p></article>"
    with pytest.raises(PageError, match="no publication date"):
        parse_html(undated, "sans-date.html")
    assert parse_html(undated, "sans-date.html", PageHints(date="2026-10-13")).date == "2026-10-13"


def test_a_page_without_article_text_is_refused():
    with pytest.raises(PageError, match="no article text"):
        parse_html("<html><head><title>Accueil</title></head><body><nav>Menu</nav>"
                   "<footer>Contact</footer></body></html>", "vide.html",
                   PageHints(date="2026-10-13"))


def test_a_saved_page_loads_without_markup_even_named_as_text(tmp_path):
    # What users tried: a saved page named with a date, whose last name touched the markup.
    saved = tmp_path / "2017-01-29-article.txt"
    saved.write_text("<!DOCTYPE html><html><head><title>Primaire</title></head><body><article>"
                     "<h1>Primaire : le soir du second tour</h1><p>Manuel Valls a reconnu sa "
                     "défaite dimanche soir. François Loncle, député, a déclaré qu'il se "
                     "tournait vers Emmanuel Macron.</p></body></html>", encoding="utf-8")
    [article] = read_articles([saved])
    assert article.date == "2017-01-29"
    assert article.text.endswith("vers Emmanuel Macron.")
    assert "<" not in article.text


@pytest.mark.parametrize(("name", "head", "kind"), [
    ("page.html", b"anything", "html"),
    ("page.htm", b"anything", "html"),
    ("flux.xml", b"anything", "feed"),
    ("flux.rss", b"anything", "feed"),
    ("urls.txt", b"# lundi\nhttps://example.org/a\n\nhttps://example.org/b\n", "urls"),
    ("article.txt", b"date 2017-01-29\nHamon gagne\n", "text"),
    ("page.txt", b"\xef\xbb\xbf<!doctype html><html>", "html"),
    ("sans-extension", b'<?xml version="1.0"?>\n<feed xmlns="http://www.w3.org/2005/Atom">',
     "feed"),
    ("articles.jsonl", b'{"date": "2017-01-29"}', "jsonl"),
])
def test_the_reader_is_picked_from_the_extension_then_the_content(name, head, kind):
    assert detect_format(Path(name), head) == kind


def test_a_folder_of_saved_pages_loads_each_page(tmp_path):
    for path, *_ in OUTLETS:
        (tmp_path / (path.strip("/").replace("/", "-") + ".html")).write_text(PAGES[path])
    items = list(read_articles([tmp_path]))
    assert len(items) == 5
    assert {a.outlet for a in items} == {
        "La Gazette du Midi", "Le Courrier National", "Infos Plus", "Le Blog de la Rue",
        "Le Matin de l'Est",
    }


def test_a_file_that_is_not_a_page_is_one_problem(tmp_path):
    broken = tmp_path / "vide.html"
    broken.write_bytes(b"")
    [problem] = read_articles([broken])
    assert isinstance(problem, ReadProblem)
    assert str(problem) == f"{broken}: empty page"


def test_rss_and_atom_items_carry_their_urls_and_hints():
    rss = feed_items(rss_feed(BASE, ["/a", "/b"]).encode())
    assert [(h.url, h.date, h.outlet) for h in rss] == [
        (f"{BASE}/a?utm_source=rss", "2026-10-13", "Le Courrier National - Politique"),
        (f"{BASE}/b?utm_source=rss", "2026-10-13", "Le Courrier National - Politique"),
    ]
    atom = feed_items(atom_feed(BASE, ["/c"]).encode())
    assert [(h.url, h.date, h.outlet) for h in atom] == [
        (f"{BASE}/c", "2026-11-16", "La Gazette du Midi"),
    ]


def test_a_file_that_is_not_a_feed_is_refused():
    with pytest.raises(PageError, match="not an RSS or Atom feed"):
        feed_items(b"<html><body>pas un flux</body></html>")


def test_the_article_container_is_kept_whatever_its_class_words():
    # Its class holds "comments" and its text starts with a share button: still the article.
    html = ('<html><head><meta name="date" content="2026-10-13"></head><body>'
            '<div class="article-body has-comments"><div>Partager</div>'
            + "".join(f"<p>{p}</p>" for p in DISPATCH_PARAGRAPHS)
            + '<div class="comments">Un lecteur : Manuel Valls soutient Anne Hidalgo</div>'
            "</div></body></html>")
    article = parse_html(html, "conteneur.html")
    assert DISPATCH_PARAGRAPHS[0] in article.text and DISPATCH_PARAGRAPHS[-1] in article.text
    assert "Manuel Valls" not in article.text
