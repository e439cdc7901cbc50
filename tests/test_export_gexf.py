"""The GEXF 1.3 export: schema-valid (static and dynamic), Gephi's viz, time, escaping, memory."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from fixtures_exports import TRICKY, actor_names, all_claims, make_store, peak_memory
from lxml import etree

from alliancegraph.graph.exports.gexf import GEXF_NS, VIZ_NS, write_gexf
from alliancegraph.ontology.gazetteer import load_gazetteer

SCHEMA_DIR = Path(__file__).parent / "data" / "gexf-1.3"
NS = {"g": GEXF_NS, "viz": VIZ_NS}


@pytest.fixture(scope="module")
def schema() -> etree.RelaxNG:
    return etree.RelaxNG(etree.parse(str(SCHEMA_DIR / "gexf.rng")))


@pytest.fixture(scope="module")
def store():
    return make_store(camps=True)


def export(store, tmp_path: Path, **options) -> etree._ElementTree:
    path = tmp_path / "graph.gexf"
    write_gexf(store, path, **options)
    return etree.parse(str(path))


def attvalues(element) -> dict[str, str]:
    return {a.get("for"): a.get("value") for a in element.iterfind("g:attvalues/g:attvalue", NS)}


def node(doc, name: str):
    found = doc.xpath("//g:node[@id=$name]", namespaces=NS, name=name)
    return found[0] if found else None


def edges(doc, source: str, target: str, kind: str):
    return doc.xpath(
        "//g:edge[@source=$s and @target=$t and @kind=$k]", namespaces=NS, s=source, t=target,
        k=kind,
    )


def color(element) -> str:
    c = element.find("viz:color", NS)
    return "#{:02X}{:02X}{:02X}".format(int(c.get("r")), int(c.get("g")), int(c.get("b")))


@pytest.mark.parametrize("aggregate", [False, True])
@pytest.mark.parametrize("dynamic", [False, True])
def test_export_validates_against_the_gexf_13_relax_ng_schema(
    store, tmp_path, schema, aggregate, dynamic
):
    doc = export(store, tmp_path, aggregate=aggregate, dynamic=dynamic)
    assert schema.validate(doc), schema.error_log
    graph = doc.find("g:graph", NS)
    assert graph.get("mode") == ("dynamic" if dynamic else "static")
    if dynamic:
        assert graph.get("timeformat") == "date"


def test_the_schema_copy_rejects_what_gephi_would_not_read(schema):
    """The validator is not a rubber stamp: an edge without a target fails."""
    bad = etree.fromstring(
        f'<gexf xmlns="{GEXF_NS}" version="1.3"><graph><nodes><node id="a"/></nodes>'
        '<edges><edge source="a"/></edges></graph></gexf>'
    )
    assert not schema.validate(bad)


def test_summary_counts_nodes_and_edges(store, tmp_path):
    summary = write_gexf(store, tmp_path / "g.gexf", aggregate=False)
    assert (summary.nodes, summary.edges) == (len(actor_names()), len(all_claims()))
    summary = write_gexf(store, tmp_path / "g.gexf")
    triples = {(c.subject, c.relation, c.object) for c in all_claims()}
    assert summary.edges == len(triples)


def test_by_default_one_edge_per_tie_keeps_every_claim(store, tmp_path):
    """Gephi's default import merges parallel edges of one type: one edge per tie loses none."""
    doc = export(store, tmp_path)
    seen = {}
    for edge in doc.iterfind(".//g:edge", NS):
        key = (edge.get("source"), edge.get("kind"), edge.get("target"))
        assert key not in seen  # nothing for Gephi to merge
        seen[key] = attvalues(edge)
    assert sum(int(v["claims"]) for v in seen.values()) == len(all_claims())
    for claim in all_claims():
        values = seen[(claim.subject, claim.relation, claim.object)]
        assert claim.article in values["articles"].split()
        assert f"{claim.date} [{claim.article}]" in values["evidence"]


def test_nodes_carry_kind_party_camp_degree_colour_and_size(store, tmp_path):
    doc = export(store, tmp_path, aggregate=False)
    hamon = node(doc, "Benoît Hamon")
    values = attvalues(hamon)
    assert values["kind"] == "person"
    assert values["party"] == "Parti socialiste"
    assert values["camp"] == "1"
    assert int(values["degree"]) == sum(
        ("Benoît Hamon" in (c.subject, c.object)) for c in all_claims()
    )
    assert values["supporters"] == "3"  # Montebourg, Valls, Jadot
    ps = load_gazetteer().party("Parti socialiste").color
    assert color(hamon) == ps  # a person takes the colour of their party
    assert color(node(doc, "Parti socialiste")) == ps  # a party its own colour
    assert attvalues(node(doc, "Parti socialiste"))["family"] == "left"
    assert color(node(doc, "Europe Écologie Les Verts")) == load_gazetteer().party("EELV").color
    sizes = {n.get("id"): float(n.find("viz:size", NS).get("value"))
             for n in doc.iterfind(".//g:node", NS)}
    assert max(sizes, key=sizes.get) == "Benoît Hamon"
    assert sizes["Manuel Valls"] > sizes["Arnaud Montebourg"]


def test_an_actor_of_an_unknown_party_is_grey(tmp_path):
    from alliancegraph.graph.sqlite_store import SQLiteStore
    from alliancegraph.model import Actor, Article, Claim, Extraction

    store = SQLiteStore(":memory:")
    article = Article("a1", "2017-01-05", "t", "x")
    claim = Claim("Jean Inconnu", "SUPPORTS", "Marie Nulle", "a1", "2017-01-05", "e", "c", 0.5)
    actors = [Actor("Jean Inconnu", "person", party="Parti imaginaire"),
              Actor("Marie Nulle", "person")]
    store.write([Extraction(article, [claim], actors)])
    doc = export(store, tmp_path)
    assert color(node(doc, "Jean Inconnu")) == "#B1B1B1"
    assert "camp" not in attvalues(node(doc, "Jean Inconnu"))  # unset, not written empty


def test_one_edge_per_claim_with_kind_colour_and_provenance(store, tmp_path):
    doc = export(store, tmp_path, aggregate=False)
    assert len(doc.findall(".//g:edge", NS)) == len(all_claims())
    (rejects,) = edges(doc, "Leïla Chaibi", "Benoît Hamon", "REJECTS")
    values = attvalues(rejects)
    assert values["evidence"] == TRICKY  # « » " & < > survive the round trip
    assert values["relation"] == "REJECTS" and values["polarity"] == "negative"
    assert values["date"] == "2017-01-29" and float(values["confidence"]) == 0.74
    assert rejects.get("weight") == "1"
    expected = {"SUPPORTS": "#3030D0", "REJECTS": "#3C3C3C", "INVITED_TO_RALLY": "#4BC1F5",
                "TEMPTED_BY": "#D09815"}
    for edge in doc.iterfind(".//g:edge", NS):
        if edge.get("kind") in expected:
            assert color(edge) == expected[edge.get("kind")]
    (group,) = edges(doc, "Parti socialiste", "Emmanuel Macron", "TEMPTED_BY")
    assert attvalues(group)["group"] == "certains au PS"


def test_evidence_is_escaped_in_the_raw_file(store, tmp_path):
    write_gexf(store, tmp_path / "g.gexf")
    raw = (tmp_path / "g.gexf").read_text(encoding="utf-8")
    assert "&lt;bonnet blanc&gt;" in raw and "Hamon &amp; Valls" in raw
    assert "<bonnet" not in raw


def test_aggregated_edges_weigh_their_distinct_articles(store, tmp_path):
    doc = export(store, tmp_path, aggregate=True)
    (valls,) = edges(doc, "Manuel Valls", "Benoît Hamon", "REJECTS")
    assert valls.get("weight") == "2"
    values = attvalues(valls)
    assert len(values["articles"].split()) == 2
    assert values["date"] == "2017-01-23 2017-03-29"
    assert values["claims"] == "2"
    # every claim's sentence, dated, earliest first
    first, second = values["evidence"].split(" | ")
    assert first.startswith("2017-01-23 [") and second.startswith("2017-03-29 [")
    assert "Manuel Valls a dénoncé" in values["evidence"]


def test_dynamic_nodes_start_at_first_appearance(store, tmp_path):
    doc = export(store, tmp_path, dynamic=True)
    assert node(doc, "Benoît Hamon").get("start") == "2017-01-23"
    assert node(doc, "Leïla Chaibi").get("start") == "2017-01-29"
    # the article dated "2017-02" (month precision) becomes a valid date
    assert node(doc, "Europe Écologie Les Verts").get("start") == "2017-02-01"


def test_dynamic_edges_end_when_the_alliance_breaks(store, tmp_path):
    doc = export(store, tmp_path, dynamic=True, aggregate=False, hold_days=None)
    (support,) = edges(doc, "Manuel Valls", "Benoît Hamon", "SUPPORTS")
    assert (support.get("start"), support.get("end")) == ("2017-01-29", "2017-03-28")
    first, last = sorted(edges(doc, "Manuel Valls", "Benoît Hamon", "REJECTS"),
                         key=lambda e: e.get("start"))
    assert (first.get("start"), first.get("end")) == ("2017-01-23", "2017-01-28")
    assert (last.get("start"), last.get("end")) == ("2017-03-29", None)
    (jadot,) = edges(doc, "Yannick Jadot", "Benoît Hamon", "SUPPORTS")
    assert jadot.get("start") == "2017-02-01" and jadot.get("end") is None


def test_dynamic_aggregated_edges_have_one_spell_per_period(store, tmp_path):
    doc = export(store, tmp_path, dynamic=True, aggregate=True, hold_days=None)
    (rejects,) = edges(doc, "Manuel Valls", "Benoît Hamon", "REJECTS")
    spells = [(s.get("start"), s.get("end")) for s in rejects.iterfind("g:spells/g:spell", NS)]
    assert spells == [("2017-01-23", "2017-01-28"), ("2017-03-29", None)]


def test_dynamic_claims_hold_for_a_while_so_the_timeline_does_not_only_accumulate(
    store, tmp_path
):
    doc = export(store, tmp_path, dynamic=True)  # 90 days by default
    (jadot,) = edges(doc, "Yannick Jadot", "Benoît Hamon", "SUPPORTS")
    spells = [(s.get("start"), s.get("end")) for s in jadot.iterfind("g:spells/g:spell", NS)]
    assert spells == [("2017-02-01", "2017-05-01")]  # 90 days, its first day included
    (rejects,) = edges(doc, "Manuel Valls", "Benoît Hamon", "REJECTS")
    spells = [(s.get("start"), s.get("end")) for s in rejects.iterfind("g:spells/g:spell", NS)]
    assert spells == [("2017-01-23", "2017-01-28"), ("2017-03-29", "2017-06-26")]
    doc = export(store, tmp_path, dynamic=True, hold_days=3)
    (jadot,) = edges(doc, "Yannick Jadot", "Benoît Hamon", "SUPPORTS")
    assert jadot.find("g:spells/g:spell", NS).get("end") == "2017-02-03"


def test_a_claim_restated_while_it_holds_extends_its_spell():
    from datetime import date

    from alliancegraph.graph.exports.scan import EdgeGroup, GraphScan

    tie = EdgeGroup("A", "SUPPORTS", "B")
    tie.dates = {date(2017, 1, 1), date(2017, 1, 20), date(2017, 3, 1)}
    assert GraphScan().spells(tie, hold=30) == [
        (date(2017, 1, 1), date(2017, 2, 18)), (date(2017, 3, 1), date(2017, 3, 30)),
    ]
    assert GraphScan().spells(tie, hold=None) == [(date(2017, 1, 1), None)]


def test_since_and_until_bound_the_claims(store, tmp_path):
    doc = export(store, tmp_path, since="2017-01-29", until="2017-02-28", aggregate=False)
    dates = {attvalues(e)["date"] for e in doc.iterfind(".//g:edge", NS)}
    assert dates == {"2017-01-29", "2017-02"}
    assert node(doc, "Arnaud Montebourg") is None  # only in the 23 January article


def test_writes_to_open_text_and_binary_files(store, schema):
    text, binary = io.StringIO(), io.BytesIO()
    write_gexf(store, text)
    write_gexf(store, binary)
    assert text.getvalue().encode("utf-8") == binary.getvalue()
    assert schema.validate(etree.fromstring(binary.getvalue()))


@pytest.mark.parametrize("dynamic", [False, True])
def test_memory_does_not_grow_with_the_number_of_claims(dynamic):
    """Streaming: 8x more claims must not cost 8x more memory (per-claim objects kept)."""

    def export(store, out):
        write_gexf(store, out, dynamic=dynamic, aggregate=False)

    small = peak_memory(export, 500)
    large = peak_memory(export, 4_000)
    assert large < small * 2 + 200_000, (small, large)


# -- the package entry point the CLI calls --------------------------------------------------------


def test_export_dispatches_every_format(store, tmp_path):
    from alliancegraph.graph.exports import FORMATS, export

    assert list(FORMATS) == ["gexf", "graphml", "csv", "turtle", "jsonld", "grass"]
    for fmt in FORMATS:
        out = tmp_path / ("csv" if fmt == "csv" else f"graph.{fmt}")
        summary = export(store, fmt, out)
        assert summary.files and all(f.exists() for f in summary.files), fmt
        if fmt == "gexf":  # one edge per tie
            ties = {(c.subject, c.relation, c.object) for c in all_claims()}
            assert summary.edges == len(ties)
        elif fmt != "grass":
            assert summary.edges == len(all_claims()), fmt
    assert export(store, "jsonld", tmp_path / "g.jsonld").format == "json-ld"


def test_export_refuses_unknown_formats_and_options(store, tmp_path):
    from alliancegraph.graph.exports import ExportError, export

    with pytest.raises(ExportError, match="unknown export format 'pdf'.*gexf"):
        export(store, "pdf", tmp_path / "x.pdf")
    with pytest.raises(ExportError, match="'csv' does not take --dynamic"):
        export(store, "csv", tmp_path / "csv", dynamic=True)
    with pytest.raises(ExportError, match="'turtle' does not take --aggregate"):
        export(store, "turtle", tmp_path / "g.ttl", aggregate=True)
    # the CLI passes every flag: unset ones are dropped for the formats that lack them
    for fmt in ("csv", "turtle", "jsonld", "grass", "graphml"):
        export(store, fmt, tmp_path / f"out-{fmt}", aggregate=False, dynamic=False,
               since=None, until=None)
    summary = export(store, "gexf", tmp_path / "g.gexf", aggregate=True, dynamic=True)
    assert summary.edges < len(all_claims())


def test_xml_special_characters_and_controls_round_trip(tmp_path, schema):
    """& < > " ' and controls in names, article ids and sentences come back as written.

    Text fields come back as their cleaned text (controls and newlines made spaces); ids keep
    the raw name, a tab included (written ``&#9;``), so edges still point at their nodes.
    """
    from alliancegraph.graph.exports.common import clean_text
    from alliancegraph.graph.sqlite_store import SQLiteStore
    from alliancegraph.model import Actor, Article, Claim, Extraction

    subject, obj = "Jean \"Le\" & <Fils> d'Arc", "Marie\tNulle"
    evidence = "« A & <B> », dit \"C\" à l'AFP\x0b,\x01 puis\nrien."
    article = Article("a&<\"'>1", "2017-01-05", "t", "x")
    claim = Claim(subject, "SUPPORTS", obj, article.id, "2017-01-05", evidence, "c'est <\x0c>", 0.5)
    store = SQLiteStore(":memory:")
    store.write([Extraction(article, [claim], [Actor(subject, "person"), Actor(obj, "person")])])
    for aggregate in (False, True):
        doc = export(store, tmp_path, aggregate=aggregate)
        assert schema.validate(doc), schema.error_log
        (edge,) = edges(doc, subject, obj, "SUPPORTS")
        values = attvalues(edge)
        prefix = f"2017-01-05 [{article.id}] " if aggregate else ""  # per tie: dated sentences
        assert values["evidence"] == prefix + clean_text(evidence)
        assert values["evidence"] == prefix + "« A & <B> », dit \"C\" à l'AFP , puis rien."
        assert values["cue"] == "c'est < >"
        assert values["articles"] == article.id
        assert node(doc, obj).get("label") == "Marie Nulle"
        assert node(doc, subject).get("label") == subject


def test_a_name_xml_cannot_hold_is_refused(tmp_path):
    """XML 1.0 has no way to write most C0 controls: refuse rather than write a broken file."""
    from alliancegraph.graph.exports.common import ExportError
    from alliancegraph.graph.sqlite_store import SQLiteStore
    from alliancegraph.model import Actor, Article, Claim, Extraction

    article = Article("a1", "2017-01-05", "t", "x")
    claim = Claim("Jean\x01", "SUPPORTS", "Marie", "a1", "2017-01-05", "e", "c", 0.5)
    store = SQLiteStore(":memory:")
    actors = [Actor("Jean\x01", "person"), Actor("Marie", "person")]
    store.write([Extraction(article, [claim], actors)])
    with pytest.raises(ExportError, match="cannot hold the character"):
        write_gexf(store, tmp_path / "g.gexf")
