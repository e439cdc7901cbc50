"""A GraSS style sheet for Neo4j Browser (drop the file on ``:style``, or paste it there).

GraSS selects nodes only by label and relationships only by type, never by a property value.
The Neo4j store labels an actor ``:Actor:Person`` or ``:Actor:Party`` and keeps the party's
name as a property, so a colour per party is not expressible without a label per party (which
the store does not add, and which would have to be whitelisted through the ontology like every
label spliced into Cypher). What we chose: persons and parties get one colour each (parties
larger), captions show ``{name}`` (articles ``{title}``), and every relationship type gets its
ontology colour, by polarity, with its type as caption. There is no ``node.Actor`` rule: every
actor also has ``Person`` or ``Party``, and a rule on the shared label could win over theirs.
The per-party colours live in the GEXF, GraphML, PNG and HTML exports.
"""

from __future__ import annotations

from alliancegraph.graph.exports.common import ExportSummary, Output, output_files, text_sink
from alliancegraph.graph.exports.style import rgb
from alliancegraph.ontology import label_for, relations

PERSON_COLOR = "#6C7A89"
PARTY_COLOR = "#F2C14E"
ARTICLE_COLOR = "#E6E6E6"
MENTION_COLOR = "#C8C8C8"


def _darker(color: str, factor: float = 0.8) -> str:
    r, g, b = rgb(color)
    return f"#{int(r * factor):02X}{int(g * factor):02X}{int(b * factor):02X}"


def _text_on(color: str) -> str:
    """Black or white caption, whichever reads better on ``color`` (relative luminance)."""
    r, g, b = rgb(color)
    luminance = 0.2126 * r + 0.7152 * g + 0.0722 * b
    return "#2A2C34" if luminance > 150 else "#FFFFFF"


def _rule(selector: str, properties: dict[str, str]) -> str:
    body = "".join(f"  {key}: {value};\n" for key, value in properties.items())
    return f"{selector} {{\n{body}}}\n"


def _node_rule(label: str, color: str, diameter: int, caption: str) -> str:
    return _rule(f"node.{label}", {
        "color": color,
        "border-color": _darker(color),
        "text-color-internal": _text_on(color),
        "diameter": f"{diameter}px",
        "caption": f'"{caption}"',
    })


def grass() -> str:
    """The style sheet's text."""
    rules = [
        _rule("node", {
            "diameter": "50px", "color": "#A5ABB6", "border-color": "#9AA1AC",
            "border-width": "2px", "text-color-internal": "#FFFFFF", "font-size": "10px",
        }),
        _rule("relationship", {
            "color": "#A5ABB6", "shaft-width": "2px", "font-size": "8px", "padding": "3px",
            "text-color-external": "#000000", "text-color-internal": "#FFFFFF",
            "caption": '"<type>"',
        }),
        _node_rule(label_for("person"), PERSON_COLOR, 55, "{name}"),
        _node_rule(label_for("party"), PARTY_COLOR, 80, "{name}"),
        _node_rule("Article", ARTICLE_COLOR, 35, "{title}"),
    ]
    for name, relation in relations().items():
        width = "3px" if relation.sign else "1px"  # signed ties matter most for camps
        rules.append(_rule(f"relationship.{name}", {
            "color": relation.color, "shaft-width": width, "text-color-external": "#000000",
            "caption": '"<type>"',
        }))
    rules.append(_rule("relationship.MENTIONS", {
        "color": MENTION_COLOR, "shaft-width": "1px", "caption": '""',
    }))
    return "\n".join(rules)


def write_grass(out: Output, store: object | None = None) -> ExportSummary:
    """Write the GraSS file; ``store`` is accepted (and unused) so every export has one shape.

    Returns an :class:`ExportSummary` with no node or edge count: a style sheet holds no graph.
    """
    with text_sink(out) as handle:
        handle.write(grass())
    return ExportSummary("grass", None, None, output_files(out))
