"""The Neo4j Browser style sheet: well-formed GraSS, captions by name, ontology colours."""

from __future__ import annotations

import io
import re

from alliancegraph.graph.exports.grass import write_grass
from alliancegraph.ontology import relations

# A rule's body may hold quoted captions with braces in them ("{name}").
RULE = re.compile(r'([\w.*]+)\s*\{((?:[^{}"]|"[^"]*")*)\}')
DECLARATION = re.compile(r'\s*([\w-]+)\s*:\s*("[^"]*"|[^;"]+?)\s*;')


def parse(text: str) -> dict[str, dict[str, str]]:
    """A strict little GraSS reader: every byte must belong to a rule or be whitespace."""
    rules = {}
    rest = RULE.sub("", text)
    assert rest.strip() == "", f"text outside rules: {rest.strip()!r}"
    for selector, body in RULE.findall(text):
        declarations = dict(DECLARATION.findall(body))
        assert DECLARATION.sub("", body).strip() == "", f"bad declaration in {selector}"
        assert selector not in rules, f"duplicate rule {selector}"
        rules[selector] = declarations
    return rules


def grass_rules(tmp_path) -> dict[str, dict[str, str]]:
    summary = write_grass(tmp_path / "style.grass")
    assert summary.format == "grass" and summary.files == (tmp_path / "style.grass",)
    return parse((tmp_path / "style.grass").read_text(encoding="utf-8"))


def test_grass_is_well_formed_with_defaults(tmp_path):
    rules = grass_rules(tmp_path)
    assert {"node", "relationship"} <= set(rules)
    for declarations in rules.values():
        for key, value in declarations.items():
            if "color" in key:
                assert re.fullmatch(r"#[0-9A-F]{6}", value), (key, value)
            if key in {"diameter", "shaft-width", "font-size", "padding", "border-width"}:
                assert re.fullmatch(r"\d+px", value), (key, value)
            if key == "caption":
                assert re.fullmatch(r'"[^"]*"', value), value


def test_persons_and_parties_are_captioned_by_name_and_coloured(tmp_path):
    rules = grass_rules(tmp_path)
    assert rules["node.Person"]["caption"] == '"{name}"'
    assert rules["node.Party"]["caption"] == '"{name}"'
    assert rules["node.Article"]["caption"] == '"{title}"'
    assert rules["node.Person"]["color"] != rules["node.Party"]["color"]
    assert int(rules["node.Party"]["diameter"][:-2]) > int(rules["node.Person"]["diameter"][:-2])
    assert "node.Actor" not in rules  # a shared-label rule could override Person/Party


def test_every_relation_has_its_ontology_colour_and_type_caption(tmp_path):
    rules = grass_rules(tmp_path)
    for name, relation in relations().items():
        rule = rules[f"relationship.{name}"]
        assert rule["color"] == relation.color.upper()
        assert rule["caption"] == '"<type>"'
    assert rules["relationship.SUPPORTS"]["color"] == "#3030D0"
    assert rules["relationship.REJECTS"]["color"] == "#3C3C3C"


def test_write_grass_to_an_open_file():
    buffer = io.StringIO()
    write_grass(buffer)
    assert "relationship.TEMPTED_BY" in buffer.getvalue()
