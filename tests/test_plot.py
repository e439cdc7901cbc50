"""Pictures: the PNG (valid, deterministic, laid out by camp) and the interactive HTML page,
checked in a real headless Chromium (Debian's ``chromium`` package; the test fails, never
skips, when it is missing)."""

from __future__ import annotations

import json
import re
import shutil
import struct
import subprocess
from pathlib import Path

import pytest
from fixtures_exports import CAMPS, TRICKY, actor_names, distinct_ties, make_store
from lxml import html as lxml_html

from alliancegraph.graph.exports.html_page import resource
from alliancegraph.graph.exports.picture import build_picture
from alliancegraph.graph.exports.plot import plot_html, plot_png
from alliancegraph.graph.sqlite_store import SQLiteStore
from alliancegraph.model import Actor, Article, Claim, Extraction

INSTALL = "apt-get update && apt-get install -y chromium chromium-driver"
BROWSERS = ("chromium", "chromium-browser", "google-chrome")


@pytest.fixture(scope="module")
def store():
    return make_store(camps=True)


def png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG signature"
    assert data[12:16] == b"IHDR"
    return struct.unpack(">II", data[16:24])


# -- PNG ------------------------------------------------------------------------------------------


def test_png_is_a_valid_png_of_reasonable_size(store, tmp_path):
    summary = plot_png(store, tmp_path / "camps.png")
    data = (tmp_path / "camps.png").read_bytes()
    width, height = png_size(data)
    assert 1200 <= width <= 6000 and 600 <= height <= 4000, (width, height)
    assert 30_000 < len(data) < 5_000_000
    assert data.endswith(b"IEND\xaeB`\x82")
    assert (summary.nodes, summary.edges) == (len(actor_names()), len(distinct_ties()))


def test_png_is_deterministic(store, tmp_path):
    plot_png(store, tmp_path / "a.png")
    plot_png(store, tmp_path / "b.png")
    assert (tmp_path / "a.png").read_bytes() == (tmp_path / "b.png").read_bytes()


def test_camps_given_stored_or_none_choose_the_layout(store):
    stored = build_picture(store)
    assert sorted(stored.layout.camps) == ["Camp 1", "Camp 2", "Camp 3"]
    centre = {name: p for name, p in stored.layout.nodes.items()}
    # in camp order, two rings a row (near-square): 1 and 2 side by side, 3 below 1
    (x1, y1, _), (x2, y2, _), (x3, y3, _) = (stored.layout.camps[c]
                                             for c in ("Camp 1", "Camp 2", "Camp 3"))
    assert x1 < x2 and y1 == y2 and y3 < y1 and x3 == x1
    assert centre["Benoît Hamon"].x < centre["Jean-Luc Mélenchon"].x
    assert centre["Manuel Valls"].y < centre["Benoît Hamon"].y
    given = build_picture(store, camps={n: (1 if n == "Manuel Valls" else 2) for n in CAMPS})
    assert sorted(given.layout.camps) == ["Camp 1", "Camp 2"]
    none = build_picture(make_store(camps=False))
    assert none.layout.camps == {}  # spring layout
    assert set(none.layout.nodes) == actor_names()


def test_png_without_camps_and_with_given_camps(tmp_path):
    plain = make_store(camps=False)
    plot_png(plain, tmp_path / "spring.png")
    plot_png(plain, tmp_path / "given.png", camps={"Benoît Hamon": 0, "Manuel Valls": 1})
    for name in ("spring.png", "given.png"):
        png_size((tmp_path / name).read_bytes())


def test_picture_window_and_max_actors(store, tmp_path):
    summary = plot_png(store, tmp_path / "march.png", since="2017-03-01")
    assert summary.nodes == 5 and summary.edges == 5
    picture = build_picture(store, max_actors=4)
    assert len(picture.names) == 4 and "Benoît Hamon" in picture.names
    assert picture.hidden == len(actor_names()) - 4
    assert all(t.subject in picture.names and t.object in picture.names for t in picture.ties)


def test_the_readme_picture_is_a_png():
    """docs/camps.png is this fixture drawn by plot_png (camps stored on the actors)."""
    path = Path(__file__).resolve().parents[1] / "docs" / "camps.png"
    png_size(path.read_bytes())


# -- HTML page -----------------------------------------------------------------------------------


def page(store, tmp_path, **options) -> tuple[Path, str]:
    path = tmp_path / "graph.html"
    plot_html(store, path, **options)
    return path, path.read_text(encoding="utf-8")


def page_json(text: str) -> dict:
    match = re.search(r'<script type="application/json" id="graph-data">(.*?)</script>', text,
                      re.S)
    return json.loads(match.group(1))


def test_page_is_one_self_contained_file(store, tmp_path):
    _, text = page(store, tmp_path)
    assert "<script src" not in text and "<link" not in text and "@import" not in text
    assert not re.search(r"""(src|href)=["']?(https?:)?//""", text)
    assert "default-src 'none'" in text  # the CSP forbids any fetch at view time
    assert resource("viewer.js").strip() in text and resource("viewer.css").strip() in text
    assert text.count("<script") == 2 and text.count("</script>") == 2


def test_page_data_holds_every_actor_and_the_exact_evidence(store, tmp_path):
    _, text = page(store, tmp_path)
    data = page_json(text)
    assert {n["name"] for n in data["nodes"]} == actor_names()
    names = [n["name"] for n in data["nodes"]]
    chaibi = [e for e in data["edges"]
              if names[e["s"]] == "Leïla Chaibi" and e["relation"] == "REJECTS"]
    assert chaibi[0]["evidence"] == TRICKY
    assert chaibi[0]["article"]["date"] == "2017-01-29"
    assert chaibi[0]["article"]["title"].startswith("Benoît Hamon remporte")
    assert "<bonnet" not in text and "Hamon & Valls" not in text  # only escaped forms


def test_a_script_closing_tag_in_evidence_cannot_break_out(tmp_path):
    evil = '</script><script>alert("pwned")</script><!-- & <b>'
    store = SQLiteStore(":memory:")
    article = Article("a1", "2017-01-05", "Titre </title>", "x", "javascript:alert(1)")
    claim = Claim("Jean <Dupont>", "SUPPORTS", "Marie \"Curie\"", "a1", "2017-01-05", evil,
                  "soutient", 0.5)
    store.write([Extraction(article, [claim], [Actor("Jean <Dupont>", "person"),
                                               Actor("Marie \"Curie\"", "person")])])
    _, text = page(store, tmp_path)
    assert text.count("</script>") == 2 and "alert(\"pwned\")" not in text
    data = page_json(text)
    assert data["edges"][0]["evidence"] == evil
    assert data["edges"][0]["article"]["url"] is None  # only http(s) links are kept


# -- in a real browser ---------------------------------------------------------------------------


def browser() -> str:
    for name in BROWSERS:
        found = shutil.which(name)
        if found:
            return found
    pytest.fail(f"headless Chromium is needed for the HTML page test; install it: {INSTALL}",
                pytrace=False)


def chromium(url: str, tmp_path: Path, *extra: str) -> str:
    command = [
        browser(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
        "--no-first-run", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", f"--user-data-dir={tmp_path / 'chromium-profile'}",
        "--virtual-time-budget=5000", *extra, url,
    ]
    done = subprocess.run(command, capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout


@pytest.fixture(scope="module")
def rendered(store, tmp_path_factory):
    """The page as Chromium leaves it after the viewer ran its self-test on the Chaibi tie."""
    tmp_path = tmp_path_factory.mktemp("browser")
    path, text = page(store, tmp_path)
    data = page_json(text)
    names = [n["name"] for n in data["nodes"]]
    index = next(i for i, e in enumerate(data["edges"])
                 if names[e["s"]] == "Leïla Chaibi" and e["relation"] == "REJECTS")
    dom = chromium(f"{path.as_uri()}#selftest={index}", tmp_path, "--dump-dom")
    return data, lxml_html.fromstring(dom)


def test_browser_draws_every_node_and_tie_from_the_json(rendered):
    data, dom = rendered
    (svg,) = dom.xpath("//svg[@id='graph']")
    assert svg.get("data-rendered") == str(len(data["nodes"])) == str(len(actor_names()))
    assert svg.get("data-rendered-edges") == str(len(data["edges"]))
    drawn = {g.get("data-name") for g in dom.xpath("//g[@data-name]")}
    assert drawn == actor_names()
    labels = {t.text_content() for t in dom.xpath("//g[@data-name]/text")}
    assert labels == actor_names()  # accents intact: Mélenchon, Leïla, Écologie
    legend = dom.xpath("//aside[@id='legend']")[0].text_content()
    assert "supports" in legend and "Parti socialiste" in legend


def test_browser_tooltip_shows_relation_evidence_article_and_date(rendered):
    _, dom = rendered
    body = dom.xpath("//body")[0]
    tooltip = body.get("data-selftest-tooltip")
    assert "Leïla Chaibi → Benoît Hamon" in tooltip
    assert "rejects (REJECTS)" in tooltip
    assert TRICKY in tooltip  # quotes, & and <> shown as text, not markup
    assert "2017-01-29" in tooltip and "Benoît Hamon remporte la primaire" in tooltip
    assert "Parti socialiste" in body.get("data-selftest-node")


def test_browser_wheel_zooms_and_drag_pans(rendered):
    _, dom = rendered
    body = dom.xpath("//body")[0]
    assert float(body.get("data-selftest-zoom")) > 1.0
    transform = body.get("data-selftest-transform")
    x, y, k = map(float, re.match(r"translate\(([-\d.e]+),([-\d.e]+)\) scale\(([-\d.e]+)\)",
                                  transform).groups())
    assert k > 1.0 and (x, y) != (0.0, 0.0)


def test_browser_screenshot_is_not_blank(store, tmp_path):
    path, _ = page(store, tmp_path)
    shot = tmp_path / "page.png"
    chromium(path.as_uri(), tmp_path, f"--screenshot={shot}", "--window-size=1200,800")
    data = shot.read_bytes()
    assert png_size(data) == (1200, 800)
    assert len(data) > 20_000  # a blank white page compresses to a few kB
