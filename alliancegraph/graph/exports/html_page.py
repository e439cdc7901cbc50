"""The self-contained HTML page: one file, inline SVG, the graph as JSON, our viewer JS and CSS.

Text from articles reaches the page only as JSON data, which the viewer puts in the DOM with
``textContent``/``setAttribute`` (never as markup), and the JSON itself has ``<``, ``>`` and
``&`` escaped as ``\\u003c`` etc., so an evidence sentence holding ``</script>`` cannot end the
data block. A Content-Security-Policy forbids every network request at view time.
"""

from __future__ import annotations

import html
import json
from importlib import resources

from alliancegraph.graph.exports.common import ExportError, Output, text_sink
from alliancegraph.graph.exports.layout import camp_name
from alliancegraph.graph.exports.picture import Picture
from alliancegraph.graph.store import ArticleInfo
from alliancegraph.ontology import relations

PX = 110.0  # pixels per layout unit
ANCHOR = {"left": "start", "right": "end", "center": "middle"}
BASELINE = {"bottom": "auto", "top": "hanging", "center": "middle"}
CSP = ("default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; "
       "img-src data:; base-uri 'none'; form-action 'none'")


def resource(name: str) -> str:
    """A file shipped beside this module (``viewer.js``, ``viewer.css``)."""
    return resources.files("alliancegraph.graph.exports").joinpath(name).read_text("utf-8")


def script_json(data: object) -> str:
    """JSON safe inside ``<script type="application/json">``: no ``<``, ``>``, ``&`` left raw.

    >>> script_json({"e": "</script><b>&"})
    '{"e":"\\\\u003c/script\\\\u003e\\\\u003cb\\\\u003e\\\\u0026"}'
    """
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def _article(info: ArticleInfo | None, article_id: str, date: str) -> dict:
    if info is None:
        return {"id": article_id, "title": None, "url": None, "date": date}
    url = info.url if info.url and info.url.lower().startswith(("http://", "https://")) else None
    return {"id": info.id, "title": info.title, "url": url, "date": date}


def page_data(picture: Picture, articles: dict[str, ArticleInfo]) -> dict:
    """The JSON the viewer draws from: nodes with positions, ties with their provenance."""
    index = {name: i for i, name in enumerate(picture.names)}
    nodes = []
    for name in picture.names:
        place = picture.layout.nodes[name]
        stats = picture.scan.actors[name]
        camp = picture.camps.get(name)
        nodes.append({
            "id": index[name], "name": name, "kind": picture.kind(name),
            "party": picture.party(name), "camp": camp_name(camp) if camp is not None else None,
            "color": picture.color(name), "size": picture.size(name),
            "supporters": len(stats.supporters), "degree": stats.degree,
            "x": round(place.x * PX, 1), "y": round(-place.y * PX, 1),
            "lx": round(place.label_x * PX, 1), "ly": round(-place.label_y * PX, 1),
            "anchor": ANCHOR[place.ha], "baseline": BASELINE[place.va],
        })
    known = relations()
    edges, ranks = [], {}
    for tie in picture.ties:
        pair = frozenset((tie.subject, tie.object))
        ranks[pair] = ranks.get(pair, -1) + 1
        relation = known.get(tie.relation)
        edges.append({
            "s": index[tie.subject], "t": index[tie.object], "relation": tie.relation,
            "label": relation.label_en if relation else tie.relation,
            "label_fr": relation.label_fr if relation else tie.relation,
            "polarity": relation.polarity if relation else None,
            "color": picture.tie_color(tie), "claims": len(tie.articles),
            "evidence": tie.evidence, "cue": tie.cue, "group": tie.group,
            "confidence": round(tie.confidence, 3),
            "article": _article(articles.get(tie.article), tie.article, tie.date),
            "dates": [d.isoformat() for d in sorted(tie.dates)], "rank": ranks[pair],
        })
    camps = [
        {"name": name, "x": round(cx * PX, 1), "y": round(-(cy + radius + 0.75) * PX, 1)}
        for name, (cx, cy, radius) in picture.layout.camps.items()
    ]
    legend = {
        "relations": [{"name": r, "label": known[r].label_en, "color": known[r].color}
                      for r in picture.relations_shown()],
        "parties": [{"name": p, "color": c} for p, c in picture.parties_shown()],
    }
    return {"title": picture.title(), "nodes": nodes, "edges": edges, "camps": camps,
            "legend": legend}


PAGE = """<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="{csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="alliancegraph">
<title>{title}</title>
<style>
{css}
</style>
</head>
<body>
<header>
<h1>{title}</h1>
<p class="help">Drag to pan, scroll to zoom, hover an actor or a tie for details,
click a tie to keep its details open.</p>
</header>
<main id="stage">
<svg id="graph" xmlns="http://www.w3.org/2000/svg" role="img" aria-label="{title}">
<defs id="markers"></defs>
<g id="viewport"></g>
</svg>
<div id="tooltip" role="tooltip" hidden></div>
<aside id="legend" aria-label="Legend"></aside>
</main>
<noscript><p>This page draws the graph with JavaScript; please enable it.</p></noscript>
<script type="application/json" id="graph-data">{data}</script>
<script>
{js}
</script>
</body>
</html>
"""


def render_page(picture: Picture, articles: dict[str, ArticleInfo]) -> str:
    """The page's text."""
    js, css = resource("viewer.js"), resource("viewer.css")
    if "</script" in js.lower() or "</style" in css.lower():
        raise ExportError("viewer.js/viewer.css must not contain a closing tag")
    return PAGE.format(
        csp=html.escape(CSP, quote=False), title=html.escape(picture.title()), css=css,
        data=script_json(page_data(picture, articles)), js=js,
    )


def write_page(picture: Picture, articles: dict[str, ArticleInfo], out: Output) -> None:
    with text_sink(out) as handle:
        handle.write(render_page(picture, articles))
