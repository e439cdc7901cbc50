"""Every measurement set's gold is well formed, so that a score against it means what it says.

The sets under ``tests/data/`` (``real``…, ``blind``…, ``fresh``, ``heldout``, ``news1``…) are
annotated by hand before the extractor runs on them. A typo in a relation, an edge listed both
as required and as forbidden, or a gold article whose text is neither in the folder nor listed
in ``sources.tsv`` (the real sets keep their texts out of git) would silently change the score.
These checks read only the gold files: they never run the extractor, so they can cover a set
that must stay untuned.
"""

from __future__ import annotations

import csv
import json
import re
from pathlib import Path

import pytest

from alliancegraph.ontology.vocabulary import relation, relation_names

DATA = Path(__file__).parent / "data"
SETS = sorted(path.parent for path in DATA.glob("*/gold.json"))
KINDS = ("edges", "optional", "forbidden")


def _gold(set_dir: Path) -> dict:
    return json.loads((set_dir / "gold.json").read_text(encoding="utf-8"))


def _sources(set_dir: Path) -> dict[str, dict[str, str]]:
    path = set_dir / "sources.tsv"
    if not path.is_file():
        return {}
    with path.open(encoding="utf-8", newline="") as handle:
        return {row["file"]: row for row in csv.DictReader(handle, delimiter="\t")}


def test_the_newest_sets_are_among_those_checked():
    names = {path.name for path in SETS}
    newest = {
        "real18",
        "blind18",
        "real17",
        "blind17",
        "real16",
        "blind16",
        "real15",
        "blind15",
        "real14",
        "blind14",
        "real13",
        "blind13",
        "real12",
        "blind12",
        "real11",
        "blind11",
        "real10",
        "blind10",
    }
    assert newest | {"heldout"} <= names


@pytest.mark.parametrize("set_dir", SETS, ids=lambda path: path.name)
def test_every_edge_names_an_ontology_relation_and_two_different_actors(set_dir):
    gold = _gold(set_dir)
    assert set(gold["relations"]) <= set(relation_names())
    for article in gold["articles"]:
        for kind in KINDS:
            for subject, name, obj in article.get(kind, []):
                assert name in gold["relations"], (article["file"], kind, name)
                assert subject and obj and subject != obj, (article["file"], kind, subject)


@pytest.mark.parametrize("set_dir", SETS, ids=lambda path: path.name)
def test_no_edge_is_listed_twice_within_or_across_required_optional_and_forbidden(set_dir):
    for article in _gold(set_dir)["articles"]:
        listed = [tuple(edge) for kind in KINDS for edge in article.get(kind, [])]
        repeated = {edge for edge in listed if listed.count(edge) > 1}
        assert not repeated, (article["file"], sorted(repeated))


@pytest.mark.parametrize("set_dir", SETS, ids=lambda path: path.name)
def test_party_objects_are_parties_the_gold_declares(set_dir):
    """An edge whose object must be a party (MEMBER_OF) names one of the gold's ``parties``,
    the canonical names the scorer maps the extractor's spellings to."""
    gold = _gold(set_dir)
    parties = set(gold["parties"])
    party_only = {name for name in gold["relations"] if relation(name).object_kinds == ("party",)}
    for article in gold["articles"]:
        for kind in KINDS:
            for _subject, name, obj in article.get(kind, []):
                if name in party_only:
                    assert obj in parties, (article["file"], kind, obj)


@pytest.mark.parametrize("set_dir", SETS, ids=lambda path: path.name)
def test_every_annotated_article_is_in_the_folder_or_listed_with_its_digest(set_dir):
    """Constructed sets keep their texts beside the gold; real-news sets list each text's file,
    SHA-256 and date in ``sources.tsv`` (``check_texts.py`` compares the digests)."""
    sources = _sources(set_dir)
    for article in _gold(set_dir)["articles"]:
        name = article["file"]
        if name in sources:
            assert re.fullmatch(r"[0-9a-f]{64}", sources[name]["sha256"]), name
            if "date" in article:
                assert sources[name]["date"] == article["date"], name
        else:
            text = set_dir / name
            assert text.is_file(), f"{text}: neither in the folder nor in sources.tsv"
            if "date" in article:
                first = text.read_text(encoding="utf-8").split("\n", 1)[0]
                assert first.startswith(f"date {article['date']}"), name
