"""Colours and sizes shared by every visual export (GEXF, GraphML, PNG, HTML, GraSS).

Party colours come from the gazetteer and relation colours from the ontology, never from
constants here, so an analyst who recolours a party in ``gazetteer.toml`` sees it everywhere.
"""

from __future__ import annotations

import math

from alliancegraph.ontology import relations
from alliancegraph.ontology.gazetteer import load_gazetteer
from alliancegraph.ontology.vocabulary import hex_to_rgb

GREY = "#B1B1B1"


def party_color(party: str | None) -> str | None:
    """The gazetteer colour of ``party`` (any of its names), or None when it is unknown."""
    if not party:
        return None
    entry = load_gazetteer().party(party)
    return entry.color if entry else None


def actor_color(name: str, attrs: dict | None) -> str:
    """A party's own colour for a party, its party's colour for a person; grey otherwise.

    >>> actor_color("Parti socialiste", {"kind": "party"})
    '#E4007F'
    >>> actor_color("Inconnu", {"kind": "person", "party": None})
    '#B1B1B1'
    """
    attrs = attrs or {}
    if attrs.get("kind") == "party":
        return party_color(name) or party_color(attrs.get("party")) or GREY
    return party_color(attrs.get("party")) or GREY


def relation_color(name: str) -> str:
    """The ontology colour of a relation (by polarity: supports green, rejects red, ...)."""
    found = relations().get(name)
    return found.color if found else GREY


def rgb(color: str) -> tuple[int, int, int]:
    """``"#3030D0"`` -> ``(48, 48, 208)``."""
    return hex_to_rgb(color)


def node_size(supporters: int, base: float = 10.0, step: float = 6.0) -> float:
    """A node size growing with the square root of its distinct supporters.

    The square root keeps a candidate with 100 supporters visible beside one with 2 without
    hiding everyone else.

    >>> node_size(0), node_size(4)
    (10.0, 22.0)
    """
    return round(base + step * math.sqrt(max(supporters, 0)), 2)
