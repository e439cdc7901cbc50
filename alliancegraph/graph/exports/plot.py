"""Pictures of the graph: a PNG (matplotlib, Agg) and a self-contained interactive HTML page.

Both draw the same :class:`~.picture.Picture`: actors laid out by camp, coloured by party
(gazetteer), ties coloured by polarity (ontology), with a legend and a title. The PNG is
deterministic (seeded layout, no timestamp in the file) so it can live in the docs.
"""

from __future__ import annotations

import math
from collections import defaultdict

import matplotlib

matplotlib.use("Agg")  # no display, ever: the CLI and CI draw into files

import matplotlib.pyplot as plt  # noqa: E402
from matplotlib import patheffects  # noqa: E402
from matplotlib.lines import Line2D  # noqa: E402
from matplotlib.patches import FancyArrowPatch  # noqa: E402

from alliancegraph.graph.exports.common import ExportSummary, Output, output_files  # noqa: E402
from alliancegraph.graph.exports.html_page import write_page  # noqa: E402
from alliancegraph.graph.exports.picture import Picture, build_picture  # noqa: E402
from alliancegraph.ontology import relations  # noqa: E402

HALO = [patheffects.withStroke(linewidth=3.2, foreground="white")]
INCH_PER_UNIT = 1.25
FONT = "DejaVu Sans"  # ships with matplotlib, has every accent of French names


def _figure(picture: Picture) -> tuple[plt.Figure, plt.Axes, plt.Axes]:
    """A figure whose drawing area has the layout's proportions, plus a legend column.

    Sizing the figure from the layout (instead of forcing an aspect ratio afterwards) keeps
    rings round and leaves no empty bands above and below the camps.
    """
    x0, y0, x1, y1 = picture.layout.bounds()
    data_w, data_h = x1 - x0 + 3.4, y1 - y0 + 2.2
    scale = min(INCH_PER_UNIT, 26.0 / data_w, 18.0 / data_h)
    main_w = data_w * scale
    main_h = max(data_h * scale, 5.0)
    extra = (main_h / scale - data_h) / 2  # keep the aspect: spread spare height evenly
    legend_w, title_h = 3.3, 0.7
    width, height = main_w + legend_w, main_h + title_h
    fig = plt.figure(figsize=(width, height), dpi=150)
    ax = fig.add_axes((0.0, 0.0, main_w / width, main_h / height))
    ax.set_axis_off()
    ax.set_xlim(x0 - 1.7, x1 + 1.7)
    ax.set_ylim(y0 - 0.8 - extra, y1 + 1.4 + extra)
    legend_ax = fig.add_axes((main_w / width, 0.0, legend_w / width, main_h / height))
    legend_ax.set_axis_off()
    fig.text(0.012, 1 - 0.4 / height, picture.title(), fontsize=13, fontfamily=FONT,
             va="center", ha="left")
    return fig, ax, legend_ax


def _draw_ties(ax: plt.Axes, picture: Picture) -> None:
    seen_pairs: dict[frozenset, int] = defaultdict(int)
    for tie in picture.ties:
        a, b = picture.layout.nodes[tie.subject], picture.layout.nodes[tie.object]
        if tie.subject == tie.object:
            continue  # a self-tie has no direction to draw
        pair = frozenset((tie.subject, tie.object))
        rank = seen_pairs[pair]
        seen_pairs[pair] += 1
        shrink_a = picture.size(tie.subject) / 2 + 2
        shrink_b = picture.size(tie.object) / 2 + 3
        ax.add_patch(FancyArrowPatch(
            (a.x, a.y), (b.x, b.y),
            connectionstyle=f"arc3,rad={0.12 + 0.12 * rank}",
            arrowstyle="-|>", mutation_scale=11,
            linewidth=1.1 + 0.9 * math.log1p(len(tie.articles) - 1),
            color=picture.tie_color(tie), alpha=0.8, linestyle=_dash(tie.relation),
            shrinkA=shrink_a, shrinkB=shrink_b, zorder=1,
        ))


def _dash(relation: str) -> str:
    """Affiliations (member of, spokesperson of) dashed: a tie of belonging, not a stance."""
    found = relations().get(relation)
    return "--" if found is not None and found.polarity == "affiliation" else "-"


def _draw_nodes(ax: plt.Axes, picture: Picture) -> list:
    for kind, marker in (("person", "o"), ("party", "s")):
        names = [n for n in picture.names if picture.kind(n) == kind]
        if not names:
            continue
        ax.scatter(
            [picture.layout.nodes[n].x for n in names],
            [picture.layout.nodes[n].y for n in names],
            s=[picture.size(n) ** 2 for n in names],
            c=[picture.color(n) for n in names],
            marker=marker, edgecolors="#333333", linewidths=0.8, zorder=3,
        )
    texts = []
    to_data = ax.transData.inverted()
    for name in picture.names:
        place = picture.layout.nodes[name]
        # the name starts just off the node's rim, in the direction the layout chose
        dx, dy = place.label_x - place.x, place.label_y - place.y
        norm = math.hypot(dx, dy) or 1.0
        gap = (picture.size(name) / 2 + 3) * fig_dpi(ax) / 72
        px, py = ax.transData.transform((place.x, place.y))
        lx, ly = to_data.transform((px + gap * dx / norm, py + gap * dy / norm))
        weight = "bold" if picture.kind(name) == "party" else "normal"
        texts.append(ax.text(
            lx, ly, name, ha=place.ha, va=place.va, fontsize=9.5,
            fontfamily=FONT, fontweight=weight, color="#1A1A1A", path_effects=HALO, zorder=4,
        ))
    return texts


def fig_dpi(ax: plt.Axes) -> float:
    return float(ax.figure.dpi)


def _declutter(fig: plt.Figure, ax: plt.Axes, texts: list, rounds: int = 60) -> None:
    """Push overlapping names apart vertically, in screen space, a few pixels at a time.

    The ring layout already keeps most names apart; this settles the rest (spring layouts,
    long party names beside a neighbouring ring) without a dependency.
    """
    if len(texts) < 2:
        return
    renderer = fig.canvas.get_renderer()
    to_data = ax.transData.inverted()
    for _ in range(rounds):
        boxes = [t.get_window_extent(renderer).expanded(1.04, 1.15) for t in texts]
        moved = False
        for i in range(len(texts)):
            for j in range(i + 1, len(texts)):
                if not boxes[i].overlaps(boxes[j]):
                    continue
                overlap = min(boxes[i].y1, boxes[j].y1) - max(boxes[i].y0, boxes[j].y0)
                step = overlap / 2 + 1
                upper, lower = (i, j) if boxes[i].y0 >= boxes[j].y0 else (j, i)
                for index, dy in ((upper, step), (lower, -step)):
                    x, y = ax.transData.transform(texts[index].get_position())
                    texts[index].set_position(to_data.transform((x, y + dy)))
                    boxes[index] = texts[index].get_window_extent(renderer).expanded(1.04, 1.15)
                moved = True
        if not moved:
            return


def _legend(legend_ax: plt.Axes, picture: Picture) -> None:
    """One legend column: ties by relation, then party colours and the two node shapes."""
    labels = relations()
    blank = {"linestyle": "", "marker": ""}
    handles = [Line2D([], [], label="Ties (colour = polarity)", **blank)]
    handles += [
        Line2D([], [], color=labels[r].color, linewidth=2.4, linestyle=_dash(r),
               label=f"{labels[r].label_en}")
        for r in picture.relations_shown()
    ]
    handles.append(Line2D([], [], label=" ", **blank))
    handles.append(Line2D([], [], label="Party colours", **blank))
    handles += [
        Line2D([], [], linestyle="", marker="o", markersize=9, markerfacecolor=color,
               markeredgecolor="#333333", label=party)
        for party, color in picture.parties_shown()[:14]
    ]
    handles.append(Line2D([], [], label=" ", **blank))
    handles += [
        Line2D([], [], linestyle="", marker="o", markersize=8, markerfacecolor="white",
               markeredgecolor="#333333", label="person"),
        Line2D([], [], linestyle="", marker="s", markersize=8, markerfacecolor="white",
               markeredgecolor="#333333", label="party"),
    ]
    legend = legend_ax.legend(handles=handles, loc="upper left", bbox_to_anchor=(0.02, 1.0),
                              frameon=False, prop={"family": FONT, "size": 9.5},
                              handlelength=1.8, borderaxespad=0.0)
    for text in legend.get_texts():
        if text.get_text() in {"Ties (colour = polarity)", "Party colours"}:
            text.set_fontweight("bold")


def _camp_titles(ax: plt.Axes, picture: Picture) -> None:
    for name, (cx, cy, radius) in picture.layout.camps.items():
        ax.text(cx, cy + radius + 0.75, name, ha="center", va="bottom", fontsize=11,
                fontfamily=FONT, fontweight="bold", color="#555555", zorder=2)


def plot_png(
    store,
    out: Output,
    camps: dict[str, int] | None = None,
    since: str | None = None,
    until: str | None = None,
    max_actors: int = 80,
    seed: int = 7,
) -> ExportSummary:
    """Draw the actors by camp as a PNG (``out`` is a path or a binary file).

    Parameters
    ----------
    store : Store
        Any store.
    camps : dict, optional
        Camp number by actor name (the fracture analysis' output); default: the camps stored
        on the actors, and a seeded spring layout when there are none.
    since, until : str, optional
        ISO date bounds on the claims' dates.
    max_actors : int
        Draw only this many of the most connected actors, for legibility.
    seed : int
        Seed of the spring layout: the same store gives the same picture.
    """
    picture = build_picture(store, camps, since, until, max_actors=max_actors, seed=seed)
    fig, ax, legend_ax = _figure(picture)
    try:
        _draw_ties(ax, picture)
        texts = _draw_nodes(ax, picture)
        _camp_titles(ax, picture)
        _legend(legend_ax, picture)
        _declutter(fig, ax, texts)
        fig.savefig(out, format="png", bbox_inches="tight", pad_inches=0.3,
                    facecolor="white", metadata={"Software": None})
    finally:
        plt.close(fig)
    return ExportSummary("png", len(picture.names), len(picture.ties), output_files(out))


def plot_html(
    store,
    out: Output,
    camps: dict[str, int] | None = None,
    since: str | None = None,
    until: str | None = None,
    max_actors: int = 150,
    seed: int = 7,
) -> ExportSummary:
    """Write ONE self-contained HTML page: inline SVG, the graph as JSON, our own small JS.

    Pan by dragging, zoom with the wheel, hover an actor or a tie for its details (a tie shows
    its relation, evidence sentence, article and date). Nothing is fetched at view time: the
    page's Content-Security-Policy forbids it. Parameters are those of :func:`plot_png`.
    """
    picture = build_picture(store, camps, since, until, max_actors=max_actors, seed=seed)
    articles = {a.id: a for a in store.articles()}
    write_page(picture, articles, out)
    return ExportSummary("html", len(picture.names), len(picture.ties), output_files(out))
