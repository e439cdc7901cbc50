"""The colours every visual export shares: told apart, also by colour-blind readers."""

from __future__ import annotations

from colour_vision import closest_pair

from alliancegraph.graph.exports.picture import NO_PARTY
from alliancegraph.graph.exports.style import GREY, actor_color
from alliancegraph.ontology import relations

# The parties a picture of the left mostly shows, and the big ones beside them.
MAIN_PARTIES = ["Parti socialiste", "La France insoumise", "Parti communiste français",
                "Europe Écologie Les Verts", "En Marche", "Les Républicains"]


def palette() -> dict[str, str]:
    colours = {f"party {p}": actor_color(p, {"kind": "party"}) for p in MAIN_PARTIES}
    colours |= {f"tie {name}": r.color for name, r in relations().items()}
    colours[NO_PARTY] = GREY
    return colours


def test_parties_ties_and_grey_are_told_apart_under_every_colour_vision():
    distance, a, b, vision = closest_pair(palette())
    assert distance >= 12, f"{a} and {b} look alike with {vision} (ΔE {distance:.1f})"


def test_the_old_palette_would_have_failed():
    """LFI, the PCF and 'rejects' were three near-identical reds: the check catches it."""
    old = {"LFI": "#CC2443", "PCF": "#DD0000", "rejects": "#D62728"}
    assert closest_pair(old)[0] < 12
