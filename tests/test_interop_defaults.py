"""The defaults a consumer relies on reach the file when the CLI leaves an option unset.

The interop check (tools/interop/check.py) found that ``alliancegraph export --format gexf``
wrote one edge per claim and spells that never end, although the writer's defaults are one edge
per tie and 90-day spells: the CLI passes ``None`` for every option the user did not give, and
``export()`` handed that ``None`` on. Gephi's default import then merged 27 claim edges into 23
and dropped four claims' evidence. These tests call ``export()`` the way the CLI does.
"""

from __future__ import annotations

import io

from fixtures_exports import all_claims, make_store
from lxml import etree

from alliancegraph.graph.exports import export
from alliancegraph.graph.exports.gexf import GEXF_NS

UNSET = {"aggregate": None, "dynamic": False, "hold_days": None, "yed": False,
         "since": None, "until": None}


def test_an_unset_aggregate_gives_one_gexf_edge_per_tie():
    ties = {(c.subject, c.relation, c.object) for c in all_claims()}
    summary = export(make_store(), "gexf", io.BytesIO(), **UNSET)
    assert summary.edges == len(ties) < len(all_claims())


def test_an_unset_hold_days_lets_dynamic_spells_end():
    out = io.BytesIO()
    export(make_store(), "gexf", out, **{**UNSET, "dynamic": True})
    spells = etree.fromstring(out.getvalue()).iterfind(".//g:spell", {"g": GEXF_NS})
    ends = [spell.get("end") for spell in spells]
    assert ends and None not in ends


def test_graphml_keeps_its_own_default_of_one_edge_per_claim():
    summary = export(make_store(), "graphml", io.BytesIO(), **UNSET)
    assert summary.edges == len(all_claims())
