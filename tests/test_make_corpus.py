"""The synthetic corpus generator (bench/make_corpus.py): reproducible, readable, honest gold.

The load benchmark scores the store against this gold, so a gold that drifts from the text
would make every figure in bench/RESULTS.md meaningless. Fast: five articles, no spaCy.
"""

from __future__ import annotations

import importlib.util
import json
import re
import sys
from pathlib import Path

import pytest

from alliancegraph.loaders.readers import ReadProblem, read_articles

BENCH = Path(__file__).resolve().parents[1] / "bench" / "make_corpus.py"
SPEC_ARGS = {"articles": 5, "actors": 30, "parties": 4, "months": 6, "seed": 7}


@pytest.fixture(scope="module")
def make_corpus():
    """bench/ is scripts, not a package: import the generator from its path, with bench/ on
    the path as when the script runs (it imports its sibling ``cache``)."""
    if str(BENCH.parent) not in sys.path:
        sys.path.insert(0, str(BENCH.parent))
    spec = importlib.util.spec_from_file_location("make_corpus", BENCH)
    module = importlib.util.module_from_spec(spec)
    sys.modules["make_corpus"] = module
    spec.loader.exec_module(module)
    return module


def _tree(root: Path) -> dict[str, bytes]:
    files = sorted(p for p in root.rglob("*") if p.is_file())
    return {str(p.relative_to(root)): p.read_bytes() for p in files}


@pytest.mark.parametrize("fmt", ["txt", "jsonl"])
def test_same_seed_same_bytes(make_corpus, tmp_path, fmt):
    spec = make_corpus.CorpusSpec(**SPEC_ARGS)
    make_corpus.write_corpus(spec, tmp_path / "a", fmt)
    make_corpus.write_corpus(spec, tmp_path / "b", fmt)
    other = make_corpus.CorpusSpec(**{**SPEC_ARGS, "seed": 8})
    make_corpus.write_corpus(other, tmp_path / "c", fmt)
    assert _tree(tmp_path / "a") == _tree(tmp_path / "b")
    assert _tree(tmp_path / "a") != _tree(tmp_path / "c")


@pytest.mark.parametrize("fmt", ["txt", "jsonl"])
def test_files_parse_with_the_readers(make_corpus, tmp_path, fmt):
    spec = make_corpus.CorpusSpec(**SPEC_ARGS)
    files = make_corpus.write_corpus(spec, tmp_path, fmt)
    items = list(read_articles([files.articles]))
    assert not [i for i in items if isinstance(i, ReadProblem)]
    gold = json.loads(files.gold.read_text(encoding="utf-8"))["articles"]
    assert sorted(a.date for a in items) == sorted(g["date"] for g in gold)
    assert sum(a.words for a in items) == files.words
    assert all(250 <= a.words <= 600 for a in items)


def _sentences(text: str) -> list[str]:
    return [s for s in re.split(r"\n\n+|(?<=[.»])\s+(?=[A-ZÀ-Ý«])", text) if s]


def test_gold_lists_exactly_the_planted_claims(make_corpus, tmp_path):
    """Each sentence naming a person plants one pair of the gold (edge or forbidden), and back."""
    spec = make_corpus.CorpusSpec(**{**SPEC_ARGS, "articles": 20})
    files = make_corpus.write_corpus(spec, tmp_path, "txt")
    gold = json.loads(files.gold.read_text(encoding="utf-8"))
    shorts = {name: aliases[0] for name, aliases in gold["parties"].items()}
    first_names = {n for names in make_corpus.FIRST_NAMES.values() for n in names}
    assert any(entry["forbidden"] for entry in gold["articles"])
    for entry in gold["articles"]:
        article = next(iter(read_articles([files.articles / entry["file"]])))
        person_sentences = [
            s for s in _sentences(article.text) if first_names & set(re.findall(r"\w+", s))
        ]
        edges = [tuple(e) for e in entry["edges"]]
        assert edges and len(set(edges)) == len(edges)
        pairs = {(s, o) for s, _, o in edges + [tuple(e) for e in entry["forbidden"]]}
        assert len(person_sentences) == len(pairs)
        for subject, relation, obj in edges + [tuple(e) for e in entry["forbidden"]]:
            assert relation in gold["relations"]
            target = f"{shorts[obj]}," if relation == "MEMBER_OF" else obj
            found = [s for s in person_sentences if s.startswith(subject) and target in s]
            assert len(found) == 1, (subject, relation, obj)
