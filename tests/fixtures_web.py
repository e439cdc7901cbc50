"""A small news web written for the tests, served on 127.0.0.1 by a real HTTP server.

Five outlets print one agency dispatch (our own invented text about public figures), each in its
own page layout with navigation, ads, "Lire aussi" boxes, share buttons, footers and JSON-LD or
OpenGraph metadata; one adds a line of its own, one rewrites the ending, one publishes a day
later. Two more pages carry other stories. RSS and Atom feeds list pages. Three endpoints
misbehave the way real sites do: ``/slow`` never answers within the client's timeout (it waits
until the test ends, so the outcome does not depend on timing), ``/flaky`` answers 500 once and
then the page, and every unknown path is a 404. The server counts the requests per path, so
tests can check that a re-run fetched nothing.
"""

from __future__ import annotations

import json
import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

DISPATCH_PARAGRAPHS = [
    "La présidente de la région Occitanie, Carole Delga, a confirmé mardi son soutien à Anne "
    "Hidalgo pour l'élection présidentielle, lors d'un déplacement à Montpellier consacré aux "
    "transports régionaux.",
    "Devant les élus socialistes du département, l'ancienne ministre a expliqué que la maire de "
    "Paris était selon elle la mieux placée pour rassembler une gauche dispersée, à six mois du "
    "premier tour du scrutin.",
    "La candidate, investie par les militants du parti au début du mois, multiplie les "
    "déplacements en région pour tenter de décoller dans les sondages, où elle reste loin "
    "derrière les favoris de la course.",
    "Au siège du parti, rue de Rivoli à Ivry-sur-Seine, on se félicite de ce ralliement attendu, "
    "qui intervient après plusieurs semaines de discussions discrètes entre les deux équipes "
    "sur le programme économique et la place des régions.",
]
DISPATCH_ENDING = (
    "Les deux femmes doivent tenir une réunion publique commune à Toulouse à la fin du mois, "
    "avant un grand meeting prévu à Paris au début de l'hiver."
)
EDITED_ENDING = (
    "Une réunion publique commune est prévue à Toulouse dans les prochaines semaines, a indiqué "
    "l'entourage de la présidente de région sans donner de date."
)
ADDED_LINE = (
    "Contactée par notre rédaction, la fédération socialiste de l'Hérault n'a pas souhaité "
    "commenter cette annonce."
)

OTHER_STORY = [
    "Le premier secrétaire du Parti socialiste, Olivier Faure, a reçu jeudi le soutien de Boris "
    "Vallaud pour le prochain congrès du parti, qui se tiendra à Marseille au printemps.",
    "Le président du groupe socialiste à l'Assemblée nationale a salué « un cap clair » et appelé "
    "les militants à se rassembler autour de la direction sortante, malgré les critiques venues "
    "des fédérations du Nord.",
    "Les candidats ont jusqu'à la fin du mois pour déposer leurs contributions, qui seront "
    "ensuite soumises au vote des adhérents dans toutes les sections du pays.",
]
THIRD_STORY = [
    "La maire de Nantes, Johanna Rolland, a apporté lundi son soutien à Olivier Faure, à la "
    "veille d'un conseil national consacré à la stratégie d'alliances du parti.",
    "L'élue a défendu devant la presse la ligne du premier secrétaire, estimant que les "
    "socialistes devaient parler à toute la gauche sans renoncer à leur identité propre.",
    "Le conseil national doit se réunir samedi à Paris, en présence des présidents de "
    "fédération et des parlementaires du groupe.",
]


def _paragraphs(items: list[str], tag: str = "p") -> str:
    return "\n".join(f"<{tag}>{text}</{tag}>" for text in items)


def _json_ld(headline: str, date: str, author: str, outlet: str, url: str) -> str:
    data = {
        "@context": "https://schema.org", "@type": "NewsArticle", "headline": headline,
        "datePublished": f"{date}T08:30:00+01:00", "dateModified": f"{date}T17:02:00+01:00",
        "author": {"@type": "Person", "name": author},
        "publisher": {"@type": "Organization", "name": outlet}, "mainEntityOfPage": url,
    }
    return f'<script type="application/ld+json">{json.dumps(data, ensure_ascii=False)}</script>'


def layout_gazette(base: str, path: str, title: str, date: str, body: list[str]) -> str:
    """A regional daily: JSON-LD, a menu, a "Lire aussi" box between paragraphs, ads, a footer."""
    url = f"{base}{path}"
    return f"""<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8">
<title>{title} - La Gazette du Midi</title>
<link rel="canonical" href="{url}">
{_json_ld(title, date, "Claire Martin", "La Gazette du Midi", url)}
</head><body>
<header class="site-header"><a href="/">La Gazette du Midi</a>
<nav class="main-nav"><ul><li><a href="/politique">Politique</a></li><li><a href="/eco">Économie
</a></li><li><a href="/sport">Sport</a></li></ul></nav></header>
<div class="ad-slot">Publicité — Offre spéciale : abonnez-vous pour 1 € le premier mois</div>
<main><article>
<h1>{title}</h1>
<p class="byline">Par Claire Martin, le {date}</p>
{_paragraphs(body[:2])}
<div class="lire-aussi"><strong>Lire aussi :</strong> <a href="/politique/primaire">Primaire :
Emmanuel Macron dénonce une campagne « sans idées »</a></div>
{_paragraphs(body[2:])}
</article></main>
<aside class="sidebar"><h3>Les plus lus</h3><ul><li>Manuel Valls soutient Jean Dupont</li>
<li>Le marché de Noël ouvre samedi</li></ul></aside>
<footer class="site-footer"><p>© La Gazette du Midi — Mentions légales — Contact</p></footer>
</body></html>"""


def layout_courrier(base: str, path: str, title: str, date: str, body: list[str]) -> str:
    """A national weekly: OpenGraph only, share buttons, an inline "À lire aussi" paragraph."""
    url = f"{base}{path}"
    return f"""<!doctype html>
<html lang="fr"><head><meta charset="utf-8">
<title>{title} | Le Courrier National</title>
<meta property="og:title" content="{title}">
<meta property="og:site_name" content="Le Courrier National">
<meta property="og:url" content="{url}">
<meta property="og:type" content="article">
<meta property="article:published_time" content="{date}T06:00:00Z">
<meta name="author" content="Paul Bernard">
</head><body>
<div id="menu"><a href="/">Accueil</a> | <a href="/france">France</a> |
<a href="/monde">Monde</a></div>
<div class="share-buttons"><a href="#">Partager sur Facebook</a>
<a href="#">Partager sur X</a></div>
<div class="content"><div class="article-body">
<h1 class="headline">{title}</h1>
{_paragraphs(body[:1])}
<p>À lire aussi : Présidentielle, Jean-Luc Mélenchon rejette toute alliance avec le PS</p>
{_paragraphs(body[1:])}
</div></div>
<div class="newsletter">Recevez chaque matin notre newsletter politique.</div>
<div class="outbrain">Contenus sponsorisés : Les 10 villes où il fait bon vivre</div>
<div id="footer">Le Courrier National, 12 rue des Presses, Paris. Tous droits réservés.</div>
</body></html>"""


def layout_depeche(base: str, path: str, title: str, date: str, body: list[str]) -> str:
    """A news portal: JSON-LD, breadcrumbs, a "Sur le même sujet" list, a cookie banner."""
    url = f"{base}{path}"
    return f"""<html><head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>{title}</title>
{_json_ld(title, date, "Rédaction Infos Plus", "Infos Plus", url)}
<link rel="canonical" href="{url}">
</head><body>
<div class="cookie-consent">Nous utilisons des cookies. <button>Accepter</button></div>
<ol class="breadcrumb"><li>Accueil</li><li>Politique</li><li>Présidentielle</li></ol>
<section id="story"><h1>{title}</h1><div class="text">
{_paragraphs(body)}
</div></section>
<section class="related-articles"><h2>Sur le même sujet</h2><ul>
<li>Valérie Pécresse rejette la main tendue de Xavier Bertrand</li>
<li>Le Parti socialiste tiendra son congrès à Marseille</li></ul></section>
<div class="pub">Annonce : crédit immobilier à taux réduit</div>
<footer>Infos Plus © 2026 <a href="/cgu">CGU</a></footer>
</body></html>"""


def layout_blog(base: str, path: str, title: str, date: str, body: list[str]) -> str:
    """A politics blog: only a <time> element for the date, a tag cloud and comments."""
    url = f"{base}{path}"
    return f"""<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8">
<title>{title} — Le Blog de la Rue</title>
<meta property="og:site_name" content="Le Blog de la Rue">
<link rel="canonical" href="{url}">
</head><body>
<nav><a href="/">Blog</a> <a href="/archives">Archives</a></nav>
<div class="post"><h2 class="post-title">{title}</h2>
<time datetime="{date}" class="published">{date}</time>
<div class="entry">{_paragraphs(body)}</div>
<div class="tags">Mots-clés : Hidalgo, Delga, présidentielle</div></div>
<div class="comments"><h3>3 commentaires</h3><p>Jean-Luc Mélenchon soutient Anne Hidalgo !
Quelle blague.</p></div>
<div class="widget">Archives : novembre, octobre, septembre</div>
</body></html>"""


def layout_matin(base: str, path: str, title: str, date: str, body: list[str]) -> str:
    """A morning paper: microdata-free, meta tags in the head, a "Voir aussi" video teaser."""
    url = f"{base}{path}"
    return f"""<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8">
<title>{title}</title>
<meta name="date" content="{date}">
<meta property="og:site_name" content="Le Matin de l'Est">
<meta property="og:url" content="{url}">
<meta name="author" content="Sophie Lambert">
</head><body>
<div class="navbar"><ul><li>Région</li><li>Politique</li><li>Faits divers</li></ul></div>
<article class="story">
<h1>{title}</h1>
<div class="chapo"><p>{body[0]}</p></div>
<div class="teaser video">Voir aussi : notre vidéo sur la campagne présidentielle</div>
{_paragraphs(body[1:])}
</article>
<div id="taboola-below">Vous aimerez aussi : dix recettes faciles pour l'hiver</div>
<footer class="footer"><p>Le Matin de l'Est — Plan du site — Publicité</p></footer>
</body></html>"""


DISPATCH_TITLE = "Carole Delga apporte son soutien à Anne Hidalgo"
DISPATCH_DATE = "2026-10-13"

# (path, layout, date, body): the five printings of the dispatch.
OUTLETS = [
    ("/gazette/politique/delga-hidalgo.html", layout_gazette, DISPATCH_DATE,
     [*DISPATCH_PARAGRAPHS, DISPATCH_ENDING]),
    ("/courrier/2026/10/13/soutien-delga", layout_courrier, DISPATCH_DATE,
     [*DISPATCH_PARAGRAPHS, DISPATCH_ENDING]),
    ("/infosplus/presidentielle/delga-soutient-hidalgo", layout_depeche, DISPATCH_DATE,
     [*DISPATCH_PARAGRAPHS[:2], ADDED_LINE, *DISPATCH_PARAGRAPHS[2:], DISPATCH_ENDING]),
    ("/blog/2026/10/delga-hidalgo", layout_blog, "2026-10-14",
     [*DISPATCH_PARAGRAPHS, EDITED_ENDING]),
    ("/matin/region/delga-hidalgo-soutien", layout_matin, DISPATCH_DATE,
     [*DISPATCH_PARAGRAPHS, DISPATCH_ENDING]),
]
OTHER_PAGES = [
    ("/courrier/2026/11/05/vallaud-faure", layout_courrier, "2026-11-05",
     "Boris Vallaud soutient Olivier Faure pour le congrès", OTHER_STORY),
    ("/gazette/politique/rolland-faure.html", layout_gazette, "2026-11-16",
     "Johanna Rolland soutient Olivier Faure", THIRD_STORY),
]


def dispatch_pages(base: str) -> dict[str, str]:
    """The five outlets' pages of the dispatch, path -> HTML."""
    return {path: layout(base, path, DISPATCH_TITLE, date, body)
            for path, layout, date, body in OUTLETS}


def other_pages(base: str) -> dict[str, str]:
    return {path: layout(base, path, title, date, body)
            for path, layout, date, title, body in OTHER_PAGES}


def rss_feed(base: str, paths: list[str]) -> str:
    items = "\n".join(
        f"<item><title>Article {n}</title><link>{base}{path}?utm_source=rss</link>"
        f"<pubDate>Tue, 13 Oct 2026 08:00:00 +0100</pubDate><guid>{base}{path}</guid></item>"
        for n, path in enumerate(paths)
    )
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Le Courrier National - Politique</title>
<link>{base}/courrier</link><description>Les derniers articles</description>
{items}
</channel></rss>"""


def atom_feed(base: str, paths: list[str]) -> str:
    entries = "\n".join(
        f"<entry><title>Article {n}</title><link href=\"{base}{path}\"/>"
        f"<id>{base}{path}</id><updated>2026-11-16T09:00:00Z</updated></entry>"
        for n, path in enumerate(paths)
    )
    return f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>La Gazette du Midi</title>
<id>{base}/gazette</id><updated>2026-11-16T09:00:00Z</updated>
{entries}
</feed>"""


@dataclass
class Site:
    """The running server: its base URL, pages by path, and the requests it answered (per
    path, with their User-Agent, and the most ever in flight at once)."""

    base: str
    pages: dict[str, str] = field(default_factory=dict)
    hits: Counter = field(default_factory=Counter)
    agents: set = field(default_factory=set)
    release: threading.Event = field(default_factory=threading.Event)
    in_flight: int = 0
    most_in_flight: int = 0
    lock: threading.Lock = field(default_factory=threading.Lock)

    def url(self, path: str) -> str:
        return f"{self.base}{path}"

    @property
    def requests(self) -> int:
        return sum(self.hits.values())


def serve(site_pages) -> tuple[ThreadingHTTPServer, Site]:
    """Start the server on 127.0.0.1, a free port, in a daemon thread; pages come from
    ``site_pages(base)`` (path -> HTML), plus ``/slow``, ``/flaky`` and ``/flaky-page``."""
    site = Site(base="")

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 (the http.server API)
            path = self.path.split("?", 1)[0]
            with site.lock:
                site.hits[path] += 1
                site.agents.add(self.headers.get("User-Agent"))
                site.in_flight += 1
                site.most_in_flight = max(site.most_in_flight, site.in_flight)
            self.counted = True
            try:
                self._answer(path)
            finally:
                self._done()

        def _done(self) -> None:
            """The request leaves the in-flight count before its response is sent: once the
            client has the response it may send the next one, which must not find this one
            still counted (that would be a race, not concurrency)."""
            if self.counted:
                self.counted = False
                with site.lock:
                    site.in_flight -= 1

        def _answer(self, path: str) -> None:
            if path == "/slow":
                site.release.wait(30)
            if path.startswith("/busy/"):
                time.sleep(0.05)  # long enough for concurrent requests to overlap
            if path == "/flaky" and site.hits[path] == 1:
                return self._send(500, "text/plain", "server error, try again")
            page = site.pages.get("/busy" if path.startswith("/busy/") else path)
            if page is None:
                return self._send(404, "text/html", "<h1>Page introuvable</h1>")
            kind = "application/xml" if path.endswith(".xml") else "text/html; charset=utf-8"
            self._send(200, kind, page)

        def _send(self, status: int, kind: str, text: str) -> None:
            data = text.encode("utf-8")
            self.send_response(status)
            self.send_header("Content-Type", kind)
            self.send_header("Content-Length", str(len(data)))
            self._done()
            self.end_headers()
            self.wfile.write(data)

        def log_message(self, *args) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    site.base = f"http://127.0.0.1:{server.server_address[1]}"
    site.pages.update(site_pages(site.base))
    threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True).start()
    return server, site


def all_pages(base: str) -> dict[str, str]:
    """Every page of the test web: the dispatch five times, two other stories, the feeds."""
    pages = {**dispatch_pages(base), **other_pages(base)}
    pages["/slow"] = pages[OTHER_PAGES[0][0]]
    pages["/flaky"] = pages[OTHER_PAGES[1][0]]
    pages["/busy"] = pages[OTHER_PAGES[1][0]]
    pages["/feeds/courrier.xml"] = rss_feed(base, [path for path, *_ in OUTLETS[:3]])
    pages["/feeds/gazette.xml"] = atom_feed(base, [OTHER_PAGES[1][0], OUTLETS[0][0]])
    return pages
